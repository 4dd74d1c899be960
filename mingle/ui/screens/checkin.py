"""CheckInScreen: the attendee list with a filter box; Enter checks the highlighted person in."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Footer, Header, Input, Static

from mingle.domain.records.models import AttendanceStatus, Role
from mingle.ui.commands import Command, bindings
from mingle.ui.safe_text import literal_text
from mingle.ui.screens.base import EventScreen
from mingle.ui.screens.person_forms import WalkInScreen
from mingle.ui.widgets.virtual_list import VirtualList

STATUS_WORDS = {
    AttendanceStatus.DECLINED: "declined",
    AttendanceStatus.WAITLISTED: "waitlist",
    AttendanceStatus.LEFT: "left",
}


class CheckInScreen(EventScreen):
    """Type a few letters, Enter: done. Works for a host at the door and for an attendee."""

    AUTO_FOCUS = "#filter"
    COMMAND_LIST = (
        Command("checkin.toggle", "Check in / out", "Check the highlighted person in, or out again",
                "enter", "toggle", priority=True, label="In/out"),
        Command("checkin.undo", "Undo check-in", "Reverse the last check-in change", "ctrl+z",
                "undo", label="Undo"),
        Command("checkin.walk_in", "Walk-in", "Add someone not on the list, checked in at once",
                "ctrl+n", "walk_in"),
        Command("checkin.note", "Quick note", "Write a note about the highlighted person",
                "ctrl+t", "note", label="Note"),
        Command("checkin.person", "Person page", "Everything known about the highlighted person",
                "ctrl+o", "person", label="Person"),
        Command("checkin.me", "I'm here", "Check yourself in (the event starts for you)",
                "ctrl+g", "check_myself_in", label="I'm here"),
        Command("checkin.clear", "Clear filter", "Empty the filter box", "escape", "clear",
                footer=False),
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
        self._keep_on_refilter: str | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="checkin-bar", classes="bar"):
            yield Static(id="checkin-title", classes="screen-title")
            yield Static(id="checkin-counts", classes="counts")
        yield Input(id="filter", placeholder="Type part of a name, company or email…")
        yield VirtualList(self._render_row, row_key=self._row_key, id="attendees",
                          empty_text="Nobody matches. Ctrl+N adds a walk-in.")
        yield Static(id="checkin-status", classes="status-line")
        yield Footer()

    def on_mount(self) -> None:
        self._list = self.query_one(VirtualList)
        self._list.can_focus = False

    def on_screen_resume(self) -> None:
        self.reload()  # also sent when the screen is first shown

    # -- drawing ---------------------------------------------------------------------------

    def reload(self, keep_person: str | None = None) -> None:
        """Redraw everything, keeping the highlighted person where possible."""
        live = self.live
        listing = self.query_one(VirtualList)
        if live is None:
            self._hits = []
            self.query_one("#checkin-title", Static).update("Check-in")
            self.show_no_event(listing)
            return
        host = live.event.role == Role.HOST
        self.refresh_bindings()  # "I'm here" is shown to attendees only
        self.query_one("#checkin-title", Static).update(
            "Check-in — guests at the door" if host else "Who's here")
        listing.empty_text = ("Nobody matches. Ctrl+N adds a walk-in." if len(live)
                              else "Nobody on the list yet. Ctrl+N adds someone.")
        if not host and live.event.started is None:
            self._say(Text("You are not checked in yet: Ctrl+G when you arrive."))
        self._refilter(keep_person or self.highlighted_person_id())

    def _refilter(self, keep_person: str | None = None) -> None:
        """Apply the filter box; the cursor goes to `keep_person` if shown, else to the top."""
        live = self.live
        if live is None:
            return
        self._hits = live.search(self.query_one("#filter", Input).value)
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
        self.query_one("#checkin-counts", Static).update(
            f"{present} {word} / {expected} expected · {len(self._hits)} shown", layout=False)

    def _row_key(self, index: int) -> tuple[str, object, object]:
        return self.live.row_key(self._hits[index])  # type: ignore[union-attr]

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
        name_w = max(12, rest * 4 // 10)
        company_w = max(0, rest * 3 // 10)
        email_w = max(0, rest - name_w - company_w)
        star = "★ " if attendance.starred else ""
        row = Text.assemble(
            mark,
            _cell(star + person.display_name, name_w, listing.style("strong")),
            _cell(person.company, company_w),
            _cell(person.emails[0] if person.emails else "", email_w, listing.style("muted")),
        )
        return [row]

    # -- keys ------------------------------------------------------------------------------

    @on(Input.Changed, "#filter")
    def _filter_changed(self) -> None:
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

    def action_page(self, direction: int) -> None:
        listing = self.query_one(VirtualList)
        self.action_move(direction * max(1, listing.size.height - 1))

    def action_toggle(self) -> None:
        live = self.require_live()
        person_id = self.highlighted_person_id()
        if live is None or person_id is None:
            return
        changed = live.toggle_check_in(person_id)
        if changed is None:
            return
        person = self.app.store.people.get(person_id)
        verb = "in" if changed.status == AttendanceStatus.PRESENT else "out"
        self._say(literal_text(f"Checked {verb}: {person.display_name if person else '?'}"
                               " · Ctrl+Z undoes"))
        self._clear_filter_keeping(person_id)

    def _clear_filter_keeping(self, person_id: str) -> None:
        """Empty the filter for the next guest; the cursor stays on this person."""
        box = self.query_one("#filter", Input)
        if box.value:
            self._keep_on_refilter = person_id
            box.value = ""
        else:
            self._refilter(person_id)

    def action_undo(self) -> None:
        live = self.require_live()
        if live is None:
            return
        undone = live.undo()
        self._say(literal_text(f"Undone: {undone}") if undone else literal_text("Nothing to undo"))
        self.reload()

    def action_clear(self) -> None:
        self.query_one("#filter", Input).value = ""

    def action_walk_in(self) -> None:
        live = self.require_live()
        if live is None:
            return

        def added(values: dict[str, str] | None) -> None:
            if values is None:
                return
            person, _ = live.walk_in(values["name"], values["company"], values["email"])
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

    def _say(self, message) -> None:
        self.query_one("#checkin-status", Static).update(message, layout=False)


def _cell(text: str, width: int, style=None) -> Text:
    """A fixed-width cell of literal user text, cut with an ellipsis."""
    if width <= 0:
        return Text("")
    cell = literal_text(text, style=style or "")
    cell.truncate(width - 1, overflow="ellipsis", pad=True)
    cell.append(" ")
    return cell
