"""FollowUpsScreen: the follow-ups of every event in one inbox (overdue, due, later; done)."""

from __future__ import annotations

from collections import Counter
from datetime import date

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Footer, Header, Static

from mingle.domain.event.review import followup_status, order_followups
from mingle.domain.records.models import FollowUp, now
from mingle.ui.commands import Command, bindings
from mingle.ui.messages import DataChanged
from mingle.ui.safe_text import literal_text
from mingle.ui.screens.followup_changes import (
    change_commands,
    due_date_form,
    on_due_chosen,
    snoozed,
)
from mingle.ui.screens.typed import MingleScreen
from mingle.ui.widgets.virtual_list import VirtualList

STATUS_STYLE = {"overdue": "warning", "due": "accent", "done": "good", "later": "muted"}


class FollowUpsScreen(MingleScreen[None]):
    """Every open follow-up, soonest first; `v` shows the done ones, which can be reopened."""

    AUTO_FOCUS = "#inbox-list"
    COMMAND_LIST = (
        Command("inbox.done", "Done / reopen", "Mark the highlighted follow-up done (or, among "
                "the done ones, open it again)", "d", "done", label="Done"),
        *change_commands("inbox"),
        Command("inbox.view", "Open / done", "Switch between the open follow-ups and the done "
                "ones", "v", "switch_view", label="Show done"),
        Command("inbox.person", "Person page", "Everything known about this person", "enter",
                "person", label="Person"),
        Command("inbox.undo", "Undo", "Reverse the last change on this screen", "ctrl+z",
                "undo"),
        Command("inbox.back", "Back", "Return to the previous screen", "escape", "back"),
    )
    BINDINGS = bindings(COMMAND_LIST)

    def __init__(self) -> None:
        super().__init__()
        self.showing_done = False
        self._rows: list[FollowUp] = []

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(classes="bar"):
            yield Static(id="inbox-title", classes="screen-title")
            yield Static(id="inbox-counts", classes="counts")
        yield VirtualList(self._render_row, id="inbox-list",
                          empty_text="Nothing to follow up. Notes with !follow 3d add some.")
        yield Static(id="inbox-status", classes="status-line")
        yield Footer()

    def on_screen_resume(self) -> None:
        self.reload(self.highlighted_id())

    @on(DataChanged)
    def _data_changed(self) -> None:
        self.reload()

    # -- drawing ---------------------------------------------------------------------------

    def reload(self, keep: str | None = None, cursor: int | None = None) -> None:
        """List the follow-ups again; the cursor goes to `keep` if listed, else to `cursor`."""
        everything = order_followups(self.app.store.followups)
        today = date.today()
        counts = Counter(followup_status(f, today) for f in everything)
        self._rows = [f for f in everything if (f.done_at is not None) == self.showing_done]
        title = "Follow-ups done" if self.showing_done else "Follow-ups — every event"
        self.query_one("#inbox-title", Static).update(title)
        self.query_one("#inbox-counts", Static).update(
            f"{counts['overdue']} overdue · {counts['due']} due this week · {counts['later']} "
            f"later · {counts['done']} done", layout=False)
        listing = self.query_one(VirtualList)
        listing.empty_text = ("Nothing done yet." if self.showing_done else
                              "Nothing to follow up. Notes with !follow 3d add some.")
        ids = [f.id for f in self._rows]
        at = ids.index(keep) if keep in ids else (cursor if cursor is not None
                                                   else listing.cursor)
        listing.set_count(len(self._rows), at)
        listing.redraw()

    def _render_row(self, index: int, width: int) -> list[Text]:
        followup = self._rows[index]
        store = self.app.store
        listing = self.query_one(VirtualList)
        status = followup_status(followup, date.today())
        person = store.people.get(followup.person_id)
        event = store.events.get(followup.event_id)
        if followup.done_at is not None:
            when = f"{followup.done_at:%d %b}"
        else:
            when = f"{followup.due:%a %d %b}" if followup.due else "no date"
        return [Text.assemble(
            (f" {status:<8}", listing.style(STATUS_STYLE[status])),
            (f"{when:<11}", listing.style("muted")),
            literal_text(person.display_name if person else "?", style=listing.style("strong")),
            (" — ", listing.style("muted")),
            literal_text(followup.action),
            ("  · ", listing.style("muted")),
            literal_text(event.name if event else "no event", style=listing.style("muted")),
        )]

    # -- actions ---------------------------------------------------------------------------

    def current(self) -> FollowUp | None:
        """The highlighted follow-up."""
        listing = self.query_one(VirtualList)
        return self._rows[listing.cursor] if listing.cursor < len(self._rows) else None

    def highlighted_id(self) -> str | None:
        followup = self.current()
        return followup.id if followup else None

    def _change(self, before: FollowUp, after: FollowUp, words: str) -> None:
        position = self.query_one(VirtualList).cursor
        self.app.store.save(after)
        self.undo_log.record(words, before=[before])
        self._say(f"{words} · Ctrl+Z undoes")
        self.reload(after.id, cursor=position)  # one done leaves the list: the next is here

    def action_done(self) -> None:
        followup = self.current()
        if followup is None:
            return
        person = self.app.store.people.get(followup.person_id)
        who = person.display_name if person else "?"
        if followup.done_at is None:
            self._change(followup, followup.evolve(done_at=now()), f"Done: {who}")
        else:
            self._change(followup, followup.evolve(done_at=None), f"Open again: {who}")

    def action_snooze(self) -> None:
        followup = self.current()
        if followup is not None and followup.done_at is None:
            later = snoozed(followup)
            self._change(followup, later, f"Snoozed to {later.due:%a %d %b}")

    def action_due(self) -> None:
        followup = self.current()
        if followup is not None:
            self.app.push_screen(due_date_form(followup), on_due_chosen(
                lambda due: self._change(followup, followup.evolve(due=due),
                                         f"Due {due or 'some day'}")))

    def action_switch_view(self) -> None:
        self.showing_done = not self.showing_done
        self.reload(cursor=0)

    def action_undo(self) -> None:
        undone = self.undo_log.undo(self.app.store)
        if undone is None:
            self._say("Nothing to undo")
            return
        step, _ = undone
        self._say(f"Undone: {step.words}")
        kept = step.before[0]
        if isinstance(kept, FollowUp) and (kept.done_at is not None) != self.showing_done:
            self.showing_done = not self.showing_done
        self.reload(kept.id)

    def action_person(self) -> None:
        followup = self.current()
        if followup is not None:
            self.app.open_person(followup.person_id)

    def action_back(self) -> None:
        self.dismiss(None)

    def _say(self, words: str) -> None:
        self.query_one("#inbox-status", Static).update(literal_text(words), layout=False)
