"""IntrosScreen: who should meet whom, and the introductions under way (double opt-in)."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on

from mingle.domain.introductions.suggest import (
    MAX_SHARED_COUNTED,
    NEED_MET,
    ROLE_FIT,
    SHARED_INTEREST,
    STATE_LABELS,
    IllegalIntroMove,
    Suggestion,
    is_open,
    next_step,
    suggest_pair,
)
from mingle.domain.records.models import Intro, IntroState
from mingle.services.intro_desk import IntroDesk
from mingle.store.undo import UndoStep
from mingle.ui.commands import Command, bindings
from mingle.ui.messages import DataChanged
from mingle.ui.safe_text import literal_text
from mingle.ui.screens.base import BACK, ListScreen, undo_command
from mingle.ui.screens.dialogs import MessageDialog
from mingle.ui.widgets.virtual_list import VirtualList


@dataclass(slots=True)
class Row:
    """A line of the list: a fresh suggestion, or an introduction being tracked."""

    suggestion: Suggestion | None = None
    intro: Intro | None = None

    @property
    def ids(self) -> tuple[str, str]:
        """The ids of A and B."""
        if self.intro is not None:
            return self.intro.a_id, self.intro.b_id
        assert self.suggestion is not None
        return self.suggestion.a.id, self.suggestion.b.id


class IntrosScreen(ListScreen):
    """Event-wide pairs, or the best people for one person; act on them by keyboard."""

    COMMAND_LIST = (
        BACK,
        Command("intros.next", "Next step", "Suggested → asked A → asked B → both agreed → "
                "introduced", "a", "next_step"),
        Command("intros.decline", "Declined", "One of them said no (kept, never suggested "
                "again)", "x", "decline"),
        Command("intros.dismiss", "Dismiss", "Not a good pair: never show it again", "d",
                "dismiss_pair"),
        Command("intros.explain", "Why this pair", "The parts of the pair's score, each with "
                "its points", "e", "explain", label="Why"),
        Command("intros.draft", "Draft message", "A short introduction from your notes, to copy",
                "m", "draft", footer=False),
        Command("intros.card", "Show B's card", "B's card as a QR code for A to scan", "c",
                "card", footer=False),
        Command("intros.scope", "Whole network", "Switch between people here and your whole "
                "network", "w", "scope", footer=False),
        Command("intros.person", "Person page", "Everything known about A", "enter", "person",
                footer=False),
        undo_command("intros"),
    )
    BINDINGS = bindings(COMMAND_LIST)
    AUTO_FOCUS = "#intros"
    PARTS = "intros"
    STATUS_LINE = False  # what an action did is said in a notification

    def __init__(self, focus_person: str | None = None) -> None:
        super().__init__()
        self.focus_person = focus_person
        self.network = False
        self._rows: list[Row] = []
        self._desk: IntroDesk | None = None

    def make_list(self) -> VirtualList:
        return VirtualList(self._render_row, row_height=2, id="intros",
                           empty_text="No one to introduce yet: check people in, and note "
                                      "what they need and offer.")

    def on_screen_resume(self) -> None:
        self.reload()  # also sent when the screen is first shown

    @on(DataChanged)
    def _data_changed(self) -> None:
        self.reload()

    def reload(self, keep_pair: frozenset[str] | None = None) -> None:
        """Suggest again (check-ins and notes change the pairs) and list tracked intros.

        The highlight stays on the pair it was on (or `keep_pair`) wherever it moved to.
        """
        keep_pair = keep_pair or self._pair(self._current())
        store = self.app.store
        if self._desk is None:  # built once; kept up to date with each change after
            self._desk = IntroDesk(store, self.app.current_event)
        else:
            self._desk.refresh(self.app.current_event)
        scope = "whole network" if self.network else "people here"
        if self.focus_person is not None:
            person = store.people.get(self.focus_person)
            name = person.display_name if person else "?"
            self.show_title(literal_text(f"Who should {name} meet? ({scope})"))
            suggestions = self._desk.for_person(self.focus_person, network=self.network)
            tracked = [i for i in self._desk.tracked()
                       if self.focus_person in (i.a_id, i.b_id)]
        else:
            self.show_title(f"Introductions ({scope})")
            suggestions = self._desk.suggestions(network=self.network)
            tracked = self._desk.tracked()
        self._rows = [Row(intro=i) for i in tracked] + [Row(suggestion=s) for s in suggestions]
        listing = self.query_one(VirtualList)
        pairs = [self._pair(row) for row in self._rows]
        cursor = pairs.index(keep_pair) if keep_pair in pairs else listing.cursor
        listing.set_count(len(self._rows), min(cursor, max(0, len(self._rows) - 1)))
        open_count = sum(1 for i in tracked if is_open(i.state))
        self.show_counts(f"{open_count} under way · {len(suggestions)} suggested")

    def _render_row(self, index: int, width: int) -> list[Text]:
        row = self._rows[index]
        listing = self.query_one(VirtualList)
        store = self.app.store
        if row.intro is not None:
            intro = row.intro
            a, b = store.people.get(intro.a_id), store.people.get(intro.b_id)
            names = f"{a.display_name if a else '?'} ↔ {b.display_name if b else '?'}"
            state = f"[{STATE_LABELS[intro.state]}]"
            first = Text.assemble((f" {state:<14}", listing.style("warning")),
                                  literal_text(names, style=listing.style("strong")))
            reason = intro.reason
        else:
            assert row.suggestion is not None
            suggestion = row.suggestion
            names = f"{suggestion.a.display_name} ↔ {suggestion.b.display_name}"
            first = Text.assemble((f" {'+' + str(suggestion.score):<14}", listing.style("good")),
                                  literal_text(names, style=listing.style("strong")))
            reason = suggestion.reason
        second = Text.assemble((" " * 15, ""), literal_text(reason, style=listing.style("accent")))
        return [first, second]

    # -- actions ---------------------------------------------------------------------------

    def _current(self) -> Row | None:
        listing = self.query_one(VirtualList)
        return self._rows[listing.cursor] if listing.cursor < len(self._rows) else None

    @staticmethod
    def _pair(row: Row | None) -> frozenset[str] | None:
        return None if row is None else frozenset(row.ids)

    def show_undone(self, step: UndoStep) -> None:
        intro = next(iter((*step.before, *step.created)), None)
        self.reload(frozenset((intro.a_id, intro.b_id)) if isinstance(intro, Intro) else None)

    def highlighted_person_id(self) -> str | None:
        row = self._current()
        return None if row is None else row.ids[0]

    def _move(self, state: IntroState | None) -> None:
        row = self._current()
        if row is None or self._desk is None:
            return
        try:
            if row.suggestion is not None:
                first = state or IntroState.ASKED_A
                self._desk.record(row.suggestion, first, log=self.undo_log)
                words = f"Now tracked: {STATE_LABELS[first]}"
            else:
                assert row.intro is not None
                target = state or next_step(row.intro.state)
                if target is None:
                    self.notify("This introduction is closed.", severity="warning")
                    return
                self._desk.move(row.intro, target, log=self.undo_log)
                words = f"Moved to {STATE_LABELS[target]}"
        except IllegalIntroMove as exc:
            self.notify(str(exc), severity="warning", markup=False)
            return
        step = self.undo_log.peek()
        names = step.words.split(": ", 1)[-1] if step else ""
        self.notify(f"{names}: {words} · Ctrl+Z undoes", markup=False)
        if state == IntroState.DISMISSED:
            # The pair is gone from the list: the highlight moves on to the next one.
            position = self.query_one(VirtualList).cursor
            self.reload(keep_pair=frozenset())
            listing = self.query_one(VirtualList)
            listing.cursor = min(position, max(0, listing.count - 1))
        else:
            self.reload(keep_pair=self._pair(row))

    def action_next_step(self) -> None:
        self._move(None)

    def action_decline(self) -> None:
        self._move(IntroState.DECLINED)

    def action_dismiss_pair(self) -> None:
        self._move(IntroState.DISMISSED)

    def _suggestion_of(self, row: Row) -> Suggestion | None:
        if row.suggestion is not None:
            return row.suggestion
        store = self.app.store
        intro = row.intro
        assert intro is not None
        a, b = store.people.get(intro.a_id), store.people.get(intro.b_id)
        return suggest_pair(a, b) if a and b else None

    def action_draft(self) -> None:
        row = self._current()
        if row is None or self._desk is None:
            return
        suggestion = self._suggestion_of(row)
        if suggestion is None:
            return
        message = self._desk.draft(suggestion)
        self.app.copy_to_clipboard(message)
        self.app.push_screen(MessageDialog("Introduction draft (copied to the clipboard)",
                                           message))

    def action_explain(self) -> None:
        row = self._current()
        suggestion = self._suggestion_of(row) if row is not None else None
        if suggestion is None:
            return
        lines = [f"{part.points:+d}  {part.text}" for part in suggestion.parts]
        lines += ["", f"{suggestion.score:+d}  in all",
                  "", f"Points: a need the other offers {NEED_MET:+d} (each way), a shared "
                      f"interest {SHARED_INTEREST:+d} (up to {MAX_SHARED_COUNTED}), a role "
                      f"that fits {ROLE_FIT:+d}."]
        self.app.push_screen(MessageDialog(
            f"Why {suggestion.a.display_name} ↔ {suggestion.b.display_name}", "\n".join(lines)))

    def action_card(self) -> None:
        row = self._current()
        if row is None:
            return
        self.app.show_card_of(row.ids[1])

    def action_scope(self) -> None:
        self.network = not self.network
        self.reload()
