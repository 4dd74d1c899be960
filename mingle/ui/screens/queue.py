"""QueueScreen: present people ranked for the user, each with the reason in plain words."""

from __future__ import annotations

from datetime import datetime

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.widgets import Static

from mingle.domain.event.queue import TALKING_NOW, QueueEntry
from mingle.domain.records.models import QueueState
from mingle.store.undo import UndoStep
from mingle.ui.commands import Command, bindings
from mingle.ui.messages import DataChanged
from mingle.ui.safe_text import literal_text
from mingle.ui.screens.base import ListScreen, undo_command
from mingle.ui.widgets.virtual_list import VirtualList

RERANK_SECONDS = 30


def format_duration(seconds: int) -> str:
    minutes, seconds = divmod(max(0, seconds), 60)
    return f"{minutes:02d}:{seconds:02d}"


class QueueScreen(ListScreen):
    """Work through the room: talk, mark met, skip, snooze, star, note."""

    COMMAND_LIST = (
        Command("queue.talk", "Talk", "Start talking to the highlighted person (a timer runs)",
                "t", "talk"),
        Command("queue.met", "Met", "Mark the highlighted person as met", "m", "met"),
        Command("queue.skip", "Skip", "Skip (or un-skip) the highlighted person", "s", "skip"),
        Command("queue.snooze", "Snooze", "Hide for 15 minutes, then bring back", "z", "snooze"),
        Command("queue.star", "Star", "Star or unstar: starred people rise", "asterisk,f",
                "star"),
        Command("queue.note", "Quick note", "Write a note about the highlighted person", "n",
                "note", label="Note"),
        Command("queue.intros", "Who should they meet?", "The best people to introduce "
                "them to, with the reasons", "i", "intros", label="Intros"),
        Command("queue.person", "Person page", "Everything known about the highlighted person",
                "enter", "person", footer=False),
        undo_command("queue"),
    )
    BINDINGS = bindings(COMMAND_LIST)
    AUTO_FOCUS = "#queue"
    PARTS = "queue"
    HEADING = "Queue"

    def __init__(self) -> None:
        super().__init__()
        self._entries: list[QueueEntry] = []

    def compose_bar(self) -> ComposeResult:
        yield Static(id="queue-talking", classes="talking")

    def make_list(self) -> VirtualList:
        return VirtualList(self._render_row, row_height=2, id="queue",
                           empty_text="Nobody here yet: check people in on the check-in "
                                      "screen (F3).")

    def on_mount(self) -> None:
        self.set_interval(1, self._tick)
        self.set_interval(RERANK_SECONDS, self.rerank)

    def on_screen_resume(self) -> None:
        self.rerank()  # also sent when the screen is first shown

    @on(DataChanged)
    def _data_changed(self) -> None:
        self.rerank()

    # -- ranking and drawing ---------------------------------------------------------------

    def rerank(self, keep_person: str | None = None) -> None:
        """Rank again (check-ins, notes and goals change it), keeping the highlighted person."""
        live = self.live
        listing = self.query_one(VirtualList)
        if live is None:
            self._entries = []
            self.show_no_event(listing)
            self.show_counts("")
            return
        keep_person = keep_person or self.highlighted_person_id()
        self._entries = live.queue()
        cursor = live.queue_position(keep_person) if keep_person else None
        listing.set_count(len(self._entries), cursor or 0)
        present, _ = live.counts()
        self.show_counts(f"{present} here · {live.met_count()} met")
        snoozed = live.snoozed()
        self.show_status(literal_text(
            f"snoozed ({len(snoozed)}): " + ", ".join(
                f"{p.display_name} until {a.snoozed_until:%H:%M}" for p, a in snoozed)
            if snoozed else ""))
        self._tick()

    def _render_row(self, index: int, width: int) -> list[Text]:
        if index >= len(self._entries):
            return [Text(""), Text("")]
        entry = self._entries[index]
        listing = self.query_one(VirtualList)
        person, attendance = entry.person, entry.attendance
        role = ", ".join(x for x in (person.title, person.company) if x)
        marks = {QueueState.TALKING: "▶ ", QueueState.MET: "✓ ", QueueState.SKIPPED: "· "}
        mark = marks.get(attendance.queue, "")
        star = "★ " if attendance.starred else ""
        first = Text.assemble(
            (f"{index + 1:>3}. ", listing.style("muted")),
            (mark, listing.style("good")),
            (star, listing.style("warning")),
            literal_text(person.display_name, style=listing.style("strong")),
            (" — " if role else "", listing.style("muted")),
            literal_text(role, style=listing.style("muted")),
        )
        muted = attendance.queue in (QueueState.MET, QueueState.SKIPPED)
        second = Text.assemble(
            ("     ", ""),
            literal_text(entry.reason, style=listing.style("muted" if muted else "accent")),
        )
        return [first, second]

    def _tick(self) -> None:
        talking = None
        for entry in self._entries:  # someone talking ranks above everyone else
            if entry.score < TALKING_NOW:
                break
            if entry.attendance.queue == QueueState.TALKING:
                talking = entry
                break
        label = self.query_one("#queue-talking", Static)
        if talking is None or talking.attendance.talking_since is None:
            label.update("")
            return
        since = talking.attendance.talking_since
        seconds = talking.attendance.talk_seconds + int(
            (datetime.now().astimezone() - since).total_seconds())
        label.update(literal_text(
            f"Talking with {talking.person.display_name} · {format_duration(seconds)}"))

    # -- actions ---------------------------------------------------------------------------

    def _highlighted(self) -> QueueEntry | None:
        listing = self.query_one(VirtualList)
        if not self._entries or listing.cursor >= len(self._entries):
            return None
        return self._entries[listing.cursor]

    def highlighted_person_id(self) -> str | None:
        entry = self._highlighted()
        return entry.person.id if entry else None

    def _act(self, verb: str) -> None:
        live = self.require_live()
        entry = self._highlighted()
        if live is None or entry is None:
            return
        person_id = entry.person.id
        changed = getattr(live, verb)(person_id, log=self.undo_log)
        if verb == "snooze" and changed is not None and changed.snoozed_until is not None:
            self.say(f"{entry.person.display_name} snoozed until "
                     f"{changed.snoozed_until:%H:%M} · Ctrl+Z undoes")
        elif verb != "start_talking" and self.undo_log:
            step = self.undo_log.peek()
            self.say(f"{step.words[0].upper()}{step.words[1:]} · Ctrl+Z undoes" if step else "")
        # After met/skip/snooze the person sinks; the cursor stays at the same place in the
        # list so the next person is highlighted.
        listing = self.query_one(VirtualList)
        position = listing.cursor
        if verb in ("mark_met", "skip", "snooze"):
            self.rerank(keep_person="")
            listing.cursor = min(position, max(0, listing.count - 1))
        else:
            self.rerank(keep_person=person_id)

    def show_undone(self, step: UndoStep) -> None:
        self.rerank(keep_person=self.person_of(step))

    def action_intros(self) -> None:
        person_id = self.highlighted_person_id()
        if person_id is not None:
            self.app.open_intros_for(person_id)

    def action_talk(self) -> None:
        self._act("start_talking")

    def action_met(self) -> None:
        self._act("mark_met")

    def action_skip(self) -> None:
        self._act("skip")

    def action_snooze(self) -> None:
        self._act("snooze")

    def action_star(self) -> None:
        self._act("toggle_star")
