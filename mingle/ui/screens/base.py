"""Base for the event screens: they need a current event and share the app's commands."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.visual import VisualType
from textual.widgets import Footer, Header, Static

from mingle.services.live_event import LiveEvent
from mingle.store.undo import UndoStep
from mingle.ui.commands import Command
from mingle.ui.screens.typed import MingleScreen
from mingle.ui.widgets.virtual_list import VirtualList

NO_EVENT = "No current event. Press F2 to choose or create one."
BACK = Command("screen.back", "Back", "Return to the previous screen", "escape", "back")
"""Shown (first in the footer) only when the screen was pushed on top of another."""
UNDO_HELP = "Undo the last actions on this screen, one per press (several levels)"


def undo_command(screen: str) -> Command:
    """Ctrl+Z on a screen (its own id, so that keymaps can move it)."""
    return Command(f"{screen}.undo", "Undo", UNDO_HELP, "ctrl+z", "undo", footer=False)


class EventScreen(MingleScreen[None]):
    """A screen about the current event; shows a hint when no event is chosen.

    Each screen keeps its own `undo_log`: Ctrl+Z undoes the last actions taken on it.
    """

    def __init__(self) -> None:
        super().__init__()

    @property
    def live(self) -> LiveEvent | None:
        return self.app.live

    def require_live(self) -> LiveEvent | None:
        """The live event, or None after telling the user to choose one."""
        if self.live is None:
            self.notify("Choose or create an event first (F2).", severity="warning")
        return self.live

    def show_no_event(self, listing: VirtualList) -> None:
        """Empty the list and say how to choose an event."""
        listing.empty_text = NO_EVENT
        listing.set_count(0)

    def highlighted_person_id(self) -> str | None:
        """The person under the cursor (each screen says how to find them)."""
        raise NotImplementedError

    @property
    def is_pushed(self) -> bool:
        """True when the screen sits on top of another one (Esc leads back to it)."""
        stack = self.app.screen_stack
        return self in stack and stack.index(self) > 0

    def action_back(self) -> None:
        if self.is_pushed and self.app.screen is self:
            self.app.pop_screen()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "back":
            return self.is_pushed
        return True

    def say(self, words: str) -> None:
        """Tell the user what an action did (screens with a status line show it there)."""
        self.notify(words, markup=False)

    def action_undo(self) -> None:
        step = self.undo_log.peek()
        if step is None:
            self.say("Nothing to undo on this screen")
            return
        if self.live is not None:
            self.live.undo(self.undo_log)
        else:
            self.undo_log.undo(self.app.store)
        self.say(f"Undone: {step.words}")
        self.show_undone(step)

    def show_undone(self, step: UndoStep) -> None:
        """Redraw after an undo, the highlight on what it gave back (screens refine it)."""
        self.app.data_changed()

    @staticmethod
    def person_of(step: UndoStep) -> str | None:
        """The person an undone step was about, to highlight them again."""
        for record in (*step.before, *step.created):
            person_id = getattr(record, "person_id", None) or getattr(record, "a_id", None)
            if isinstance(person_id, str):
                return person_id
        return None

    def action_note(self) -> None:
        person_id = self.highlighted_person_id()
        if person_id is not None:
            self.app.open_note(person_id)

    def action_person(self) -> None:
        person_id = self.highlighted_person_id()
        if person_id is not None:
            self.app.open_person(person_id)

    def on_virtual_list_selected(self) -> None:
        self.action_person()  # Enter on a list: the person page


class ListScreen(EventScreen):
    """An event screen that is a list: a title bar (title, counts), the list, a status line.

    The parts are named after `PARTS`: #checkin-title, #checkin-counts, #checkin-status.
    Subclasses give the list (`make_list`) and may add to the bar or above the list.
    """

    PARTS: ClassVar[str] = ""
    HEADING: ClassVar[str] = ""
    """The title shown until the screen sets its own."""
    STATUS_LINE: ClassVar[bool] = True

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id=f"{self.PARTS}-bar", classes="bar"):
            yield Static(self.HEADING, id=f"{self.PARTS}-title", classes="screen-title")
            yield from self.compose_bar()
            yield Static(id=f"{self.PARTS}-counts", classes="counts")
        yield from self.compose_above_list()
        yield self.make_list()
        if self.STATUS_LINE:
            yield Static(id=f"{self.PARTS}-status", classes="status-line")
        yield Footer()

    def make_list(self) -> VirtualList:
        """The screen's list (its rows drawn by the screen)."""
        raise NotImplementedError

    def compose_bar(self) -> ComposeResult:
        """Widgets of the title bar between the title and the counts (none by default)."""
        yield from ()

    def compose_above_list(self) -> ComposeResult:
        """Widgets between the title bar and the list (none by default)."""
        yield from ()

    def show_title(self, title: VisualType) -> None:
        """Put a title (text, or literal user text) in the title bar."""
        self.query_one(f"#{self.PARTS}-title", Static).update(title)

    def show_counts(self, counts: str) -> None:
        """Put the counts at the right of the title bar."""
        self.query_one(f"#{self.PARTS}-counts", Static).update(counts, layout=False)

    def show_status(self, status: VisualType) -> None:
        """Put a line in the status line under the list."""
        self.query_one(f"#{self.PARTS}-status", Static).update(status, layout=False)
