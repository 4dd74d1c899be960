"""ReviewScreen: after the event — whom you met, follow-ups to act on, intros, targets, memory."""

from __future__ import annotations

from datetime import date

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.widgets import Footer, Header, Static

from mingle.domain.event.review import (
    LOSING_TOUCH_DAYS,
    SNOOZE_DAYS,
    Review,
    build_review,
    draft_followup,
    followup_status,
    losing_touch,
)
from mingle.domain.introductions.suggest import STATE_LABELS, is_open
from mingle.domain.records.models import Event, FollowUp, now
from mingle.domain.records.text import clean_line
from mingle.store.settings import LOSING_TOUCH_SETTING
from mingle.store.undo import UndoStep
from mingle.ui.commands import Command, bindings
from mingle.ui.messages import DataChanged
from mingle.ui.safe_text import literal_text
from mingle.ui.screens.base import EventScreen, undo_command
from mingle.ui.screens.dialogs import MessageDialog
from mingle.ui.screens.followup_changes import due_date_form, on_due_chosen, snoozed
from mingle.ui.screens.form import Field, FormScreen, Values
from mingle.ui.widgets.virtual_list import VirtualList

STATUS_STYLE = {"overdue": "warning", "due": "accent", "done": "good", "later": "muted"}


class ReviewScreen(EventScreen):
    """The review of the current event (or an earlier one, with [ and ])."""

    COMMAND_LIST = (
        Command("review.done", "Done", "Mark the highlighted follow-up done (or open again)",
                "d", "done"),
        Command("review.snooze", "Snooze", f"Move the follow-up {SNOOZE_DAYS} days later", "z",
                "snooze"),
        Command("review.due", "Change due date", "Set the follow-up's due date", "e", "due",
                label="Due date"),
        Command("review.draft", "Follow-up draft", "A personal message from your notes, copied "
                "to the clipboard", "m", "draft", label="Draft"),
        Command("review.person", "Person page", "Everything known about this person", "enter",
                "person"),
        Command("review.earlier", "Earlier event", "Review the event before this one",
                "left_square_bracket", "other(-1)", footer=False),
        Command("review.later", "Later event", "Review the event after this one",
                "right_square_bracket", "other(1)", footer=False),
        Command("review.export", "Export", "CSV, vCards, a Markdown report, calendar "
                "follow-ups", "x", "export"),
        Command("review.losing_touch", "Losing-touch days", "After how many quiet days someone "
                "you owe a follow-up shows as losing touch", "l", "losing_touch_days",
                footer=False),
        undo_command("review"),
    )
    BINDINGS = bindings(COMMAND_LIST)
    AUTO_FOCUS = "#followups"

    def __init__(self) -> None:
        super().__init__()
        self.event_id: str | None = None
        self._review: Review | None = None
        self._followups: list[FollowUp] = []

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(classes="bar"):
            yield Static(id="review-title", classes="screen-title")
            yield Static(id="review-numbers", classes="counts")
        yield Static(id="review-chart", classes="status-line")
        yield Static("Follow-ups", classes="screen-title")
        yield VirtualList(self._render_followup, id="followups",
                          empty_text="No follow-ups: write !follow 3d in a note to make one.")
        with VerticalScroll(id="review-detail"):
            yield Static(id="review-text")
        yield Footer()

    def on_screen_resume(self) -> None:
        self.reload()  # also sent when the screen is first shown

    @on(DataChanged)
    def _data_changed(self) -> None:
        self.reload()

    def _events(self) -> list[Event]:
        return sorted(self.app.store.events, key=lambda e: (e.date or date.min, e.created))

    def _event(self) -> Event | None:
        store = self.app.store
        if self.event_id is None:
            current = self.app.current_event
            self.event_id = current.id if current else None
        return store.events.get(self.event_id)

    @property
    def losing_touch_days(self) -> int:
        value = self.app.store.setting(LOSING_TOUCH_SETTING, LOSING_TOUCH_DAYS)
        return value if isinstance(value, int) and value > 0 else LOSING_TOUCH_DAYS

    def reload(self) -> None:
        """Gather the review again (marking done, notes and check-ins change it)."""
        store = self.app.store
        event = self._event()
        listing = self.query_one(VirtualList)
        if event is None:
            self._review = None
            self._followups = []
            self.show_no_event(listing)
            self.query_one("#review-title", Static).update("Review")
            return
        attendance = []
        for link in store.attendance.where("event_id", event.id):
            person = store.people.get(link.person_id)
            if person is not None:
                attendance.append((person, link))
        review = build_review(event, attendance, store.notes.where("event_id", event.id),
                              store.followups, store.intros)
        self._review = review
        self._followups = review.followups
        listing.set_count(len(self._followups))
        self.query_one("#review-title", Static).update(literal_text(f"Review — {event.name}"))
        self.query_one("#review-numbers", Static).update(
            f"{review.present} present · {len(review.met)} met · {review.notes} notes · "
            f"{review.intros_made} intros made", layout=False)
        self.query_one("#review-chart", Static).update(
            Content.assemble(("Conversations  ", "bold"), (review.chart or "none yet", ""),
                             (f"   {review.chart_span}", "$text-muted")))
        self.query_one("#review-text", Static).update(self._details(review))

    def _render_followup(self, index: int, width: int) -> list[Text]:
        followup = self._followups[index]
        listing = self.query_one(VirtualList)
        status = followup_status(followup, date.today())
        person = self.app.store.people.get(followup.person_id)
        when = f"{followup.due:%a %d %b}" if followup.due else "no date"
        return [Text.assemble(
            (f" {status:<8}", listing.style(STATUS_STYLE[status])),
            (f"{when:<11}", listing.style("muted")),
            literal_text(person.display_name if person else "?", style=listing.style("strong")),
            (" — ", listing.style("muted")),
            literal_text(followup.action),
        )]

    def _details(self, review: Review) -> Content:
        """People met, introductions, targets and losing touch, as one block of text.

        Built as (text, style) parts in one `Content.assemble`: an event of 500 people
        would otherwise make thousands of small Content objects. User text goes through
        clean_line, and assemble never parses markup.
        """
        store = self.app.store
        parts: list[str | tuple[str, str]] = []

        def line(*pieces: str | tuple[str, str]) -> None:
            parts.extend(pieces)
            parts.append("\n")

        def heading(text: str) -> None:
            if parts:
                parts.append("\n")
            line((text, "bold $text-primary"))

        heading("People met, in order")
        for met in review.met:
            at = met.attendance
            time = f"{at.met_at:%H:%M}" if at.met_at else "--:--"
            minutes = f"{at.talk_seconds // 60} min" if at.talk_seconds else ""
            line((f"  {time}  ", "$text-muted"), (clean_line(met.person.display_name), "bold"),
                 (f"  {minutes} {'+' * met.rating}", "$text-muted"))
            if met.learned:
                line("         ", clean_line(met.learned))
        if not review.met:
            line(("  nobody marked met yet", "$text-muted"))
        heading("Introductions")
        for intro in review.intros:
            a, b = store.people.get(intro.a_id), store.people.get(intro.b_id)
            closed = not is_open(intro.state)
            line((f"  [{STATE_LABELS[intro.state]}] ",
                  "$text-muted" if closed else "$text-warning"),
                 clean_line(f"{a.display_name if a else '?'} ↔ {b.display_name if b else '?'}"))
        if not review.intros:
            line(("  none at this event", "$text-muted"))
        heading("Your targets")
        for target, who in review.targets_met:
            line(("  ✓ ", "$text-success"), clean_line(target), " — ", clean_line(", ".join(who)))
        for target in review.targets_missed:
            line(("  ✗ ", "$text-warning"), clean_line(target),
                 (" — nobody met yet", "$text-muted"))
        days = self.losing_touch_days
        heading(f"Losing touch (quiet for {days}+ days)")
        drifting = losing_touch(store.people, store.followups, store.notes, store.attendance,
                                date.today(), days)
        for item in drifting:
            line((f"  {item.days:>3} days  ", "$text-muted"),
                 (clean_line(item.person.display_name), "bold"), " — ",
                 clean_line(item.promise))
        if not drifting:
            line(("  nobody: you are in touch with everyone you owe", "$text-muted"))
        return Content.assemble(*parts)

    # -- actions ---------------------------------------------------------------------------

    def _current(self) -> FollowUp | None:
        listing = self.query_one(VirtualList)
        return self._followups[listing.cursor] if self._followups else None

    def highlighted_person_id(self) -> str | None:
        followup = self._current()
        return followup.person_id if followup else None

    def _save(self, followup: FollowUp, words: str, *, next_one: bool = False) -> None:
        before = self.app.store.followups.get(followup.id)
        self.app.store.save(followup)
        person = self.app.store.people.get(followup.person_id)
        who = person.display_name if person else "?"
        self.undo_log.record(f"{words[0].lower()}{words[1:]} ({who})",
                             [before] if before else [])
        self.notify(f"{words} ({who}) · Ctrl+Z undoes", markup=False)
        if next_one:  # done: it sinks, and the next follow-up to act on is highlighted
            listing = self.query_one(VirtualList)
            position = listing.cursor
            self.reload()
            listing.cursor = min(position, max(0, listing.count - 1))
        else:
            self._show(followup.id)

    def _show(self, followup_id: str | None) -> None:
        """Reload with the highlight on a follow-up (it may have moved in the list)."""
        self.reload()
        for i, item in enumerate(self._followups):
            if item.id == followup_id:
                self.query_one(VirtualList).cursor = i

    def show_undone(self, step: UndoStep) -> None:
        self._show(step.before[0].id if step.before else None)

    def action_done(self) -> None:
        followup = self._current()
        if followup is not None:
            done = followup.done_at is None
            self._save(followup.evolve(done_at=now() if done else None),
                       "Done" if done else "Open again", next_one=done)

    def action_snooze(self) -> None:
        followup = self._current()
        if followup is not None and followup.done_at is None:
            later = snoozed(followup)
            self._save(later, f"Snoozed to {later.due:%a %d %b}")

    def action_due(self) -> None:
        followup = self._current()
        if followup is not None:
            self.app.push_screen(due_date_form(followup), on_due_chosen(
                lambda due: self._save(followup.evolve(due=due), f"Due {due or 'some day'}")))

    def action_draft(self) -> None:
        followup = self._current()
        review = self._review
        if followup is None or review is None:
            return
        store = self.app.store
        person = store.people.get(followup.person_id)
        if person is None:
            return
        topics = [t for n in sorted(store.notes.where("person_id", person.id),
                                    key=lambda n: n.created) for t in n.tags]
        promises = [f.action for f in store.followups.where("person_id", person.id)
                    if f.done_at is None]
        offered = []
        for intro in [*store.intros.where("a_id", person.id),
                      *store.intros.where("b_id", person.id)]:
            if is_open(intro.state):
                other = store.people.get(intro.b_id if intro.a_id == person.id else intro.a_id)
                if other is not None:
                    offered.append(other.display_name)
        message = draft_followup(person, review.event, topics, promises, offered,
                                 store.me.name)
        self.app.copy_to_clipboard(message)
        self.app.push_screen(MessageDialog("Follow-up draft (copied to the clipboard)",
                                           message))

    def action_other(self, step: int) -> None:
        events = self._events()
        ids = [e.id for e in events]
        if not ids:
            return
        position = ids.index(self.event_id) if self.event_id in ids else len(ids) - 1
        self.event_id = ids[max(0, min(len(ids) - 1, position + step))]
        self.reload()

    def action_export(self) -> None:
        self.app.action_export()

    def action_losing_touch_days(self) -> None:
        def check(values: Values) -> tuple[str, str] | None:
            text = values["days"].strip()
            return None if text.isdigit() and int(text) > 0 else ("days", "A whole number.")

        def chosen(values: Values | None) -> None:
            if values is not None:
                self.app.store.set_setting(LOSING_TOUCH_SETTING, int(values["days"]))
                self.reload()

        self.app.push_screen(FormScreen(
            "Losing touch after",
            [Field("days", "Days", str(self.losing_touch_days))], check=check), chosen)
