"""NoteEditorScreen: a quick note about one person; shows what it understood as you type."""

from __future__ import annotations

from datetime import date

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.timer import Timer
from textual.widgets import Footer, Static, TextArea

from mingle.domain.event.notes import parse_note
from mingle.domain.records.models import Person
from mingle.services.live_event import draft_of, keep_draft
from mingle.store.database import Store
from mingle.ui.safe_text import join, literal
from mingle.ui.screens.typed import MingleModal
from mingle.ui.widgets.note_area import NEW_LINE_HELP, NoteArea

DRAFT_DELAY = 0.4
SYNTAX_HINT = ("#tag · needs: … · offers: … · !follow 3d (or a date) · + or ++ rates · "
               f"Enter saves · {NEW_LINE_HELP} · Esc keeps a draft")


class NoteEditorScreen(MingleModal[str | None]):
    """Enter saves the note (returned); Escape closes and keeps the text as a draft."""

    AUTO_FOCUS = "#note"
    BINDINGS = [Binding("escape", "keep_draft", "Keep draft", id="note.keep_draft")]

    def __init__(self, store: Store, person: Person, context: str = "") -> None:
        super().__init__()
        self._store = store
        self._person = person
        self._where = context
        self._timer: Timer | None = None
        self._done = False
        self._text = draft_of(store, person.id)

    def compose(self) -> ComposeResult:
        draft = self._text
        with Vertical(classes="dialog note-dialog"):
            yield Static(join("Note on ", literal(self._person.display_name, "bold"),
                              "  " if self._where else "", literal(self._where, "$text-muted")),
                         classes="dialog-title")
            yield NoteArea(draft, id="note")
            yield Static(id="understood", classes="understood")
            yield Static(SYNTAX_HINT, classes="dialog-hint")
            if draft:
                yield Static("(draft restored)", classes="dialog-hint")
        yield Footer()

    def on_mount(self) -> None:
        box = self.query_one("#note", NoteArea)
        box.move_cursor(box.document.end)
        self._show_understood(box.text)

    @on(TextArea.Changed, "#note")
    def _changed(self, event: TextArea.Changed) -> None:
        self._text = event.text_area.text
        self._show_understood(self._text)
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(DRAFT_DELAY, self._save_draft)

    def _show_understood(self, text: str) -> None:
        parsed = parse_note(text, date.today())
        lines = parsed.summary() + [f"⚠ {p}" for p in parsed.problems]
        self.query_one("#understood", Static).update(
            literal("Understood: " + "  ·  ".join(lines)) if lines else "")

    def _save_draft(self) -> None:
        if not self._done:
            keep_draft(self._store, self._person.id, self._text)

    @on(NoteArea.Submitted, "#note")
    def _submit(self, event: NoteArea.Submitted) -> None:
        if not event.value.strip():
            self.notify("Type something first (Esc closes).", severity="warning")
            return
        self._done = True
        self.dismiss(event.value)

    def action_keep_draft(self) -> None:
        self._save_draft()
        self._done = True
        self.dismiss(None)

    def on_unmount(self) -> None:
        # Quitting the app mid-note lands here too: the text typed so far is kept.
        if not self._done:
            self._save_draft()
