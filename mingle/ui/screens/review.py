"""ReviewScreen: after the event — whom you met, follow-ups to act on, intros, targets, memory."""

from __future__ import annotations

from datetime import date

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Footer, Header, Static

from mingle.domain.event.review import (
    LOSING_TOUCH_DAYS,
    Review,
    draft_followup,
    followup_status,
)
from mingle.domain.introductions.suggest import STATE_LABELS, is_open
from mingle.domain.records.models import Event, FollowUp, now
from mingle.services.review import drifting, gather_review
from mingle.services.watching import watch_weakly
from mingle.store.settings import LOSING_TOUCH_SETTING
from mingle.store.undo import UndoStep
from mingle.ui.commands import Command, bindings
from mingle.ui.messages import DataChanged
from mingle.ui.safe_text import literal_text
from mingle.ui.screens.base import EventScreen, undo_command
from mingle.ui.screens.dialogs import MessageDialog
from mingle.ui.screens.followup_changes import (
    change_commands,
    due_date_form,
    on_due_chosen,
    snoozed,
)
from mingle.ui.screens.form import Field, FormScreen, Values
from mingle.ui.widgets.virtual_list import VirtualList

STATUS_STYLE = {"overdue": "warning", "due": "accent", "done": "good", "later": "muted"}

Line = tuple[tuple[str, str, bool], ...]
"""A line of the review's details: (text, style, typed by the user) parts; the style is the
name of a VirtualList style or ''."""


class ReviewScreen(EventScreen):
    """The review of the current event (or an earlier one, with [ and ])."""

    COMMAND_LIST = (
        Command("review.done", "Done", "Mark the highlighted follow-up done (or open again)",
                "d", "done"),
        *change_commands("review"),
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
        self._lines: list[Line] = []
        self._changes = 0  # changes seen in the store
        self._shown: tuple[object, ...] | None = None  # `_state()` when last gathered

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(classes="bar"):
            yield Static(id="review-title", classes="screen-title")
            yield Static(id="review-numbers", classes="counts")
        yield Static(id="review-chart", classes="status-line")
        yield Static("Follow-ups", classes="screen-title")
        yield VirtualList(self._render_followup, id="followups",
                          empty_text="No follow-ups: write !follow 3d in a note to make one.")
        # Hundreds of people met: only the lines on screen are drawn.
        yield VirtualList(self._render_line, id="review-detail", show_cursor=False)
        yield Footer()

    def _store_changed(self, old: object, new: object) -> None:
        self._changes += 1

    def _state(self) -> tuple[object, ...]:
        """What the review shown depends on besides its event: the store's changes, the day."""
        return (self._changes, self.event_id, date.today(), self.losing_touch_days)

    def on_screen_resume(self) -> None:
        # Also sent when the screen is first shown; gathered again only if anything changed.
        if self._shown != self._state():
            self.reload()

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
        if self._shown is None:  # the first time: from now on, told of every change
            watch_weakly((store.people, store.attendance, store.notes, store.followups,
                          store.intros, store.events), self, "_store_changed")
        event = self._event()
        listing = self.query_one("#followups", VirtualList)
        if event is None:
            self._review = None
            self._followups = []
            self._lines = []
            self.query_one("#review-detail", VirtualList).set_count(0)
            self.show_no_event(listing)
            self.query_one("#review-title", Static).update("Review")
            self._shown = self._state()
            return
        review = gather_review(store, event)
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
        self._lines = self._details(review)
        self.query_one("#review-detail", VirtualList).set_count(len(self._lines))
        self._shown = self._state()

    def _render_followup(self, index: int, width: int) -> list[Text]:
        followup = self._followups[index]
        listing = self.query_one("#followups", VirtualList)
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

    def _render_line(self, index: int, width: int) -> list[Text]:
        detail = self.query_one("#review-detail", VirtualList)
        parts = []
        for text, name, typed in self._lines[index]:
            style = detail.style(name) if name else ""
            parts.append(literal_text(text, style=style) if typed else Text(text, style=style))
        return [Text.assemble(*parts)]

    def _details(self, review: Review) -> list[Line]:
        """People met, introductions, targets and losing touch, one line each.

        Only (text, style, typed) parts: the lines are drawn when scrolled to, what the user
        typed through literal_text (never markup).
        """
        store = self.app.store
        lines: list[Line] = []

        def say(text: str, style: str = "") -> tuple[str, str, bool]:
            return (text, style, False)

        def typed(text: str, style: str = "") -> tuple[str, str, bool]:
            return (text, style, True)

        def heading(text: str) -> None:
            if lines:
                lines.append(())
            lines.append((say(text, "heading"),))

        heading("People met, in order")
        for met in review.met:
            at = met.attendance
            time = f"{at.met_at:%H:%M}" if at.met_at else "--:--"
            minutes = f"{at.talk_seconds // 60} min" if at.talk_seconds else ""
            lines.append((say(f"  {time}  ", "muted"), typed(met.person.display_name, "strong"),
                          say(f"  {minutes} {'+' * met.rating}", "muted")))
            learned = met.learned
            if learned:
                lines.append((say("         "), typed(learned)))
        if not review.met:
            lines.append((say("  nobody marked met yet", "muted"),))
        heading("Introductions")
        for intro in review.intros:
            a, b = store.people.get(intro.a_id), store.people.get(intro.b_id)
            closed = not is_open(intro.state)
            lines.append((say(f"  [{STATE_LABELS[intro.state]}] ",
                              "muted" if closed else "warning"),
                          typed(f"{a.display_name if a else '?'} ↔ "
                                f"{b.display_name if b else '?'}")))
        if not review.intros:
            lines.append((say("  none at this event", "muted"),))
        heading("Your targets")
        for target, who in review.targets_met:
            lines.append((say("  ✓ ", "good"), typed(target), say(" — "), typed(", ".join(who))))
        for target in review.targets_missed:
            lines.append((say("  ✗ ", "warning"), typed(target),
                          say(" — nobody met yet", "muted")))
        days = self.losing_touch_days
        heading(f"Losing touch (quiet for {days}+ days)")
        quiet = drifting(store, date.today(), days)
        for item in quiet:
            lines.append((say(f"  {item.days:>3} days  ", "muted"),
                          typed(item.person.display_name, "strong"), say(" — "),
                          typed(item.promise)))
        if not quiet:
            lines.append((say("  nobody: you are in touch with everyone you owe", "muted"),))
        lines.append(())  # a blank line at the end, as under a block of text
        return lines

    # -- actions ---------------------------------------------------------------------------

    def _current(self) -> FollowUp | None:
        listing = self.query_one("#followups", VirtualList)
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
            listing = self.query_one("#followups", VirtualList)
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
                self.query_one("#followups", VirtualList).cursor = i

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
