"""FormScreen: a small modal form of one-line fields; Enter saves, Escape cancels."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Horizontal, VerticalScroll
from textual.widgets import Button, Footer, Input, Label, Select, Static

from mingle.domain.records.entered import read_yes_no
from mingle.ui.safe_text import literal
from mingle.ui.screens.typed import MingleModal


@dataclass(frozen=True, slots=True)
class Field:
    """One line of a form."""

    id: str
    label: str
    value: str = ""
    placeholder: str = ""
    choices: tuple[tuple[str, str], ...] = ()
    """(label, value) pairs: the field is a Select of them instead of a text box."""


Values = dict[str, str]
Check = Callable[[Values], tuple[str, str] | None]
"""Returns (field id, message) for the first problem, or None when the values are fine."""


def check_yes_no(values: Values, *keys: str) -> tuple[str, str] | None:
    """The first of the fields that is neither yes nor no, as a form Check's problem."""
    for key in keys:
        if read_yes_no(values[key]) is None:
            return key, "Answer yes or no."
    return None


class FormScreen(MingleModal[Values | None]):
    """Fields in a grid; Enter (in any field) or Ctrl+S saves; Escape cancels."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="form.cancel"),
        Binding("ctrl+s", "save", "Save", id="form.save"),
    ]

    def __init__(self, title: str, fields: Sequence[Field], *, hint: str = "",
                 check: Check | None = None, focus: str | None = None,
                 save_label: str = "Save") -> None:
        super().__init__()
        self._title = title
        self._fields = list(fields)
        self._hint = hint or "Enter saves · Esc cancels"
        self._check = check
        self._focus = focus or self._fields[0].id
        self._save_label = save_label

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog form-dialog", can_focus=False):
            yield Static(literal(self._title), classes="dialog-title")
            with Grid(classes="form-grid"):
                for field in self._fields:
                    yield Label(field.label)
                    if field.choices:
                        yield Select(field.choices, value=field.value, id=field.id,
                                     allow_blank=False, compact=True)
                    else:
                        yield Input(field.value, id=field.id, placeholder=field.placeholder,
                                    compact=True)
            yield Static(id="form-error", classes="form-error")
            yield Static(self._hint, classes="dialog-hint")
            yield Static(id="form-extra", classes="form-extra")
            with Horizontal(classes="dialog-buttons"):
                yield Button(self._save_label, variant="primary", id="save")
                yield Button("Cancel", id="cancel")
        yield Footer()

    def on_mount(self) -> None:
        box = self.query_one(f"#{self._focus}")
        box.focus()
        if isinstance(box, Input):
            box.cursor_position = len(box.value)

    def values(self) -> Values:
        values = {}
        for field in self._fields:
            widget = self.query_one(f"#{field.id}")
            value = widget.value if isinstance(widget, Input | Select) else ""
            values[field.id] = "" if value is Select.BLANK else str(value)
        return values

    @on(Input.Submitted)
    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        values = self.values()
        problem = self._check(values) if self._check else None
        if problem is not None:
            field_id, message = problem
            self.query_one("#form-error", Static).update(literal(message))
            self.query_one(f"#{field_id}").focus()
            return
        self.dismiss(values)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
