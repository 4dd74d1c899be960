"""CheckInScreen: the attendee list with a filter box; Enter checks the highlighted person in."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Input

from mingle.domain.event.tickets import looks_scanned
from mingle.domain.records.models import AttendanceStatus, Person, Role
from mingle.services.live_event import TicketScan
from mingle.store.undo import UndoStep
from mingle.ui.commands import Command, bindings
from mingle.ui.messages import DataChanged
from mingle.ui.safe_text import literal_text
from mingle.ui.screens.base import ListScreen
from mingle.ui.screens.person_forms import WalkInScreen
from mingle.ui.widgets.virtual_list import VirtualList

STATUS_WORDS = {
    AttendanceStatus.DECLINED: "declined",
    AttendanceStatus.WAITLISTED: "waitlist",
    AttendanceStatus.LEFT: "left",
}


class FilterBox(Input):
    """The filter box: its Enter (read in order with the letters before it) checks in."""

    BINDINGS = [Binding("enter", "submit", "In/out", id="checkin.toggle",
                        tooltip="Check the highlighted person in, or out again")]


class CheckInScreen(ListScreen):
    """Type a few letters, Enter: done. Works for a host at the door and for an attendee."""

    AUTO_FOCUS = "#filter"
    PARTS = "checkin"
    COMMAND_LIST = (
        # Not a priority binding: Enter must reach the box after the letters typed before it
        # (a scanner types a whole code and Enter at once), so the box's Submitted runs it.
        Command("checkin.toggle", "Check in / out", "Check the highlighted person in, or out again",
                "enter", "check_in_out", label="In/out", footer=False),
        Command("checkin.undo", "Undo", "Undo the last check-ins, check-outs and walk-ins, one "
                "per press", "ctrl+z", "undo"),
        Command("checkin.walk_in", "Walk-in", "Add someone not on the list, checked in at once",
                "ctrl+n", "walk_in"),
        Command("checkin.note", "Quick note", "Write a note about the highlighted person",
                "ctrl+t", "note", label="Note"),
        Command("checkin.person", "Person page", "Everything known about the highlighted person",
                "ctrl+o", "person", footer=False),
        Command("checkin.me", "I'm here", "Check yourself in (the event starts for you)",
                "ctrl+g", "check_myself_in", label="I'm here"),
        Command("checkin.clear", "Clear filter", "Empty the filter box (and keep a guest in "
                "when asked)", "escape", "clear", footer=False),
    )
    BINDINGS = [
        *bindings(COMMAND_LIST),
        *bindings([
            Command("checkin.up", "Up", "Previous person", "up", "move(-1)", footer=False),
            Command("checkin.down", "Down", "Next person", "down", "move(1)", footer=False),
            Command("checkin.page_up", "Page up", "", "pageup", "page(-1)", footer=False),
            Command("checkin.page_down", "Page down", "", "pagedown", "page(1)", footer=False),
        ]),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._hits: list[int] = []
        self._hits_for: str | None = None  # the filter text the hits were found for
        self._keep_on_refilter: str | None = None
        self._confirm_out: str | None = None  # asked: Enter again checks this guest out
        self._reminding = False  # the status line says "You are not checked in yet"
        self._said = 0  # how many things the status line has said (a save answers the last)

    def compose_above_list(self) -> ComposeResult:
        yield FilterBox(id="filter", placeholder="Type part of a name, company or email…")

    def make_list(self) -> VirtualList:
        return VirtualList(self._render_row, row_key=self._row_key, id="attendees",
                           empty_text="Nobody matches. Ctrl+N adds a walk-in.")

    def on_mount(self) -> None:
        self._list = self.query_one(VirtualList)
        self._list.can_focus = False

    def on_screen_resume(self) -> None:
        self.reload()  # also sent when the screen is first shown

    @on(DataChanged)
    def _data_changed(self) -> None:
        self.reload()

    def on_screen_suspend(self) -> None:
        # The next visit starts with an empty box: a name typed now must not stick to it.
        self._confirm_out = None
        self.query_one("#filter", Input).value = ""

    # -- drawing ---------------------------------------------------------------------------

    def reload(self, keep_person: str | None = None) -> None:
        """Redraw everything, keeping the highlighted person where possible."""
        live = self.live
        listing = self.query_one(VirtualList)
        if live is None:
            self._hits = []
            self.show_title("Check-in")
            self.show_no_event(listing)
            return
        host = live.event.role == Role.HOST
        self.refresh_bindings()  # "I'm here" is shown to attendees only
        self.show_title("Check-in — guests at the door" if host else "Who's here")
        listing.empty_text = ("Nobody matches. Ctrl+N adds a walk-in." if len(live)
                              else "Nobody on the list yet. Ctrl+N adds someone.")
        if not host and live.event.started is None:
            self._say(Text("You are not checked in yet: Ctrl+G when you arrive."))
            self._reminding = True
        elif self._reminding:
            self._say("")  # a host, or already here: the reminder does not apply
        self._refilter(keep_person or self.highlighted_person_id())

    def _refilter(self, keep_person: str | None = None) -> None:
        """Apply the filter box; the cursor goes to `keep_person` if shown, else to the top."""
        live = self.live
        if live is None:
            return
        self._hits_for = self.query_one("#filter", Input).value
        self._hits = live.search(self._hits_for)
        cursor = 0
        if keep_person is not None:
            position = live.position_of(keep_person)
            if position is not None:
                try:
                    cursor = self._hits.index(position)
                except ValueError:
                    cursor = 0
        self.query_one(VirtualList).set_count(len(self._hits), cursor)
        self._update_counts()

    def _update_counts(self) -> None:
        live = self.live
        if live is None:
            return
        present, expected = live.counts()
        word = "checked in" if live.event.role == Role.HOST else "here"
        self.show_counts(f"{present} {word} / {expected} expected · {len(self._hits)} shown")

    def _row_key(self, index: int) -> tuple[str, object, object]:
        live = self.live
        if live is None or index >= len(self._hits):
            return ("", None, None)
        return live.row_key(self._hits[index])

    def _render_row(self, index: int, width: int) -> list[Text]:
        live = self.live
        if live is None or index >= len(self._hits):
            return [Text("")]
        person, attendance = live.row(self._hits[index])
        listing = self._list
        if attendance.status == AttendanceStatus.PRESENT:
            when = f"{attendance.checked_in_at:%H:%M}" if attendance.checked_in_at else ""
            mark = Text(f" ✓ {when:<5}  ", style=listing.style("good"))
        else:
            word = STATUS_WORDS.get(attendance.status, "")
            mark = Text(f" {word:<8} ", style=listing.style("muted"))
        rest = max(10, width - mark.cell_len)
        ticket = live.ticket_of(person)
        ticket_w = min(len(ticket) + 1, 14 if rest > 90 else 9) if ticket else 0
        name_w = max(12, rest * 4 // 10)
        company_w = max(0, rest * 3 // 10 - ticket_w)
        email_w = max(0, rest - name_w - company_w - ticket_w)
        star = "★ " if attendance.starred else ""
        row = Text.assemble(
            mark,
            _cell(star + person.display_name, name_w, listing.style("strong")),
            _cell(ticket, ticket_w, listing.style("warning")),
            _cell(person.company, company_w),
            _cell(person.emails[0] if person.emails else "", email_w, listing.style("muted")),
        )
        return [row]

    # -- keys ------------------------------------------------------------------------------

    @on(Input.Submitted, "#filter")
    def _submitted(self) -> None:
        self.action_check_in_out()

    @on(Input.Changed, "#filter")
    def _filter_changed(self) -> None:
        self._confirm_out = None
        keep, self._keep_on_refilter = self._keep_on_refilter, None
        self._refilter(keep)

    def highlighted_person_id(self) -> str | None:
        live = self.live
        listing = self.query_one(VirtualList)
        if live is None or not self._hits or listing.cursor >= len(self._hits):
            return None
        return live.row(self._hits[listing.cursor])[0].id

    def action_move(self, delta: int) -> None:
        listing = self.query_one(VirtualList)
        listing.cursor = max(0, min(listing.count - 1, listing.cursor + delta))
        self._confirm_out = None

    def action_page(self, direction: int) -> None:
        listing = self.query_one(VirtualList)
        self.action_move(direction * max(1, listing.size.height - 1))

    def action_check_in_out(self) -> None:
        live = self.require_live()
        if live is None:
            return
        box = self.query_one("#filter", Input)
        if box.value != self._hits_for:
            # Keys typed a moment ago (a scanner types fast) may not have filtered the list
            # yet: Enter must act on what the box says, not on the list as it was.
            self._refilter()
        typed = box.value.strip()
        if typed and " " not in typed:
            scan = live.scan_ticket(typed, log=self.undo_log)
            if scan.outcome != "unknown" or looks_scanned(typed):
                self._show_scan(scan)
                return
        person_id = self.highlighted_person_id()
        if person_id is None:
            if typed:
                self._say(literal_text(f"Nobody matches “{typed}”. Ctrl+N adds a walk-in."))
            return
        attendance = live.attendance_of(person_id)
        person = self.app.store.people.get(person_id)
        if person is None or attendance is None:
            return
        if attendance.status == AttendanceStatus.PRESENT and self._confirm_out != person_id:
            # A second Enter on someone here is more often a slip than a departure: ask.
            self._confirm_out = person_id
            since = f" since {attendance.checked_in_at:%H:%M}" if attendance.checked_in_at else ""
            first = person.display_name.split()[0] if person.display_name.split() else "them"
            self._say(literal_text(f"{person.display_name} is here{since} — Enter again checks "
                                   f"{first} out, Esc keeps {first} in"))
            return
        self._confirm_out = None
        changed = live.toggle_check_in(person_id, log=self.undo_log)
        if changed is None:
            return
        verb = "in" if changed.status == AttendanceStatus.PRESENT else "out"
        self._say_when_saved(f"Checked {verb}: {self._who(person)}")
        self._clear_filter_keeping(person_id)

    def _who(self, person: Person) -> str:
        ticket = self.live.ticket_of(person) if self.live else ""
        return f"{person.display_name} ({ticket})" if ticket else person.display_name

    def _show_scan(self, scan: TicketScan) -> None:
        """Say what a scanned ticket did; the bell rings when it did not check anyone in."""
        person = scan.person
        if scan.outcome == "checked_in" and person is not None:
            self._say_when_saved(f"✓ Ticket {scan.code}: checked in {self._who(person)}")
            self._clear_filter_keeping(person.id)
            return
        self.app.bell()
        if scan.outcome == "already_in" and person is not None:
            since = scan.attendance.checked_in_at if scan.attendance else None
            self._say(literal_text(f"Already here: {self._who(person)}"
                                   f"{f' since {since:%H:%M}' if since else ''}"
                                   f" (ticket {scan.code} used twice?)"))
            self._clear_filter_keeping(person.id)
        elif scan.outcome == "several":
            names = ", ".join(p.display_name for p in scan.holders)
            self._say(literal_text(f"Ticket {scan.code} is an order of {len(scan.holders)}: "
                                   f"{names} — check each one in by name"))
        else:
            self._say(literal_text(f"✗ Unknown ticket code: {scan.code} — nobody checked in"))
            self.query_one("#filter", Input).value = ""

    def _clear_filter_keeping(self, person_id: str) -> None:
        """Empty the filter for the next guest; the cursor stays on this person."""
        box = self.query_one("#filter", Input)
        if box.value:
            self._keep_on_refilter = person_id
            box.value = ""
        else:
            self._refilter(person_id)

    def show_undone(self, step: UndoStep) -> None:
        self.reload(keep_person=self.person_of(step))

    def say(self, words: str) -> None:
        self._say(literal_text(words))

    def action_clear(self) -> None:
        if self._confirm_out is not None:
            person = self.app.store.people.get(self._confirm_out)
            self._say(literal_text(f"Kept {person.display_name if person else '?'} in"))
        self._confirm_out = None
        self.query_one("#filter", Input).value = ""

    def action_walk_in(self) -> None:
        live = self.require_live()
        if live is None:
            return

        def added(values: dict[str, str] | None) -> None:
            if values is None:
                return
            person, _ = live.walk_in(values["name"], values["company"], values["email"],
                                     log=self.undo_log)
            self._say(literal_text(f"Added and checked in: {person.display_name}"))
            self._clear_filter_keeping(person.id)

        typed = self.query_one("#filter", Input).value
        self.app.push_screen(WalkInScreen(typed), added)

    def action_check_myself_in(self) -> None:
        live = self.require_live()
        if live is not None:
            event = live.check_myself_in()
            self._say(literal_text(f"You are checked in since {event.started:%H:%M}."))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # "I'm here" is for attendees; a host runs the door and is there from the start.
        if action == "check_myself_in":
            live = self.live
            return live is not None and live.event.role == Role.ATTENDEE
        return True

    def _say_when_saved(self, words: str) -> None:
        """Say what was done now, and "saved" only once it is on disk."""
        self._say(literal_text(f"{words} · saving… · Ctrl+Z undoes"))
        said = self._said

        def saved(error: BaseException | None) -> None:
            if said == self._said and self.is_attached:  # nothing said since
                outcome = "NOT SAVED (see the header)" if error else "saved"
                self._say(literal_text(f"{words} · {outcome} · Ctrl+Z undoes"))

        self.app.after_save(saved)

    def _say(self, message) -> None:
        self._said += 1
        self._reminding = False
        self.show_status(message)


def _cell(text: str, width: int, style=None) -> Text:
    """A fixed-width cell of literal user text, cut with an ellipsis."""
    if width <= 0:
        return Text("")
    cell = literal_text(text, style=style or "")
    cell.truncate(width - 1, overflow="ellipsis", pad=True)
    cell.append(" ")
    return cell
