"""Dialogs for tending the network: pick one of a list, confirm with the consequences shown."""

from __future__ import annotations

from collections.abc import Sequence

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Button, OptionList, Static

from mingle.ui.safe_text import literal
from mingle.ui.screens.typed import MingleModal


class PickScreen(MingleModal[int | None]):
    """Choose one item (Enter); Escape chooses none. Returns the item's position."""

    AUTO_FOCUS = "#pick-list"
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="pick.cancel")]

    def __init__(self, title: str, items: Sequence[Content]) -> None:
        super().__init__()
        self._title = title
        self._items = list(items)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(literal(self._title), classes="dialog-title")
            yield OptionList(*self._items, id="pick-list")
            yield Static("↑↓ choose · Enter picks · Esc cancels", classes="dialog-hint")

    @on(OptionList.OptionSelected, "#pick-list")
    def _picked(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option_index)

    def action_cancel(self) -> None:
        self.dismiss(None)


class ConfirmScreen(MingleModal[bool]):
    """A change shown in full before it happens: `y` (or the button) confirms, Esc cancels."""

    BINDINGS = [
        Binding("y", "confirm", "Confirm", id="confirm.yes"),
        Binding("escape,n", "cancel", "Cancel", id="confirm.cancel"),
    ]

    def __init__(self, title: str, body: Content, confirm: str, *, danger: bool = False) -> None:
        super().__init__()
        self._title = title
        self._body = body
        self._confirm = confirm
        self._danger = danger

    @property
    def text(self) -> str:
        """The title and what the dialog says, as plain text."""
        return f"{self._title}\n{self._body.plain}"

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog error-dialog" if self._danger else "dialog"):
            yield Static(literal(self._title), classes="dialog-title")
            with VerticalScroll(classes="preview-body"):
                yield Static(self._body, id="confirm-body")
            yield Static(f"y: {self._confirm.lower()} · Esc cancels", classes="dialog-hint")
            with Horizontal(classes="dialog-buttons"):
                yield Button(self._confirm, variant="error" if self._danger else "primary",
                             id="confirm-yes")
                yield Button("Cancel", id="confirm-no")

    def on_mount(self) -> None:
        # A dangerous change is never one Enter away: the focus starts on Cancel.
        self.query_one("#confirm-no" if self._danger else "#confirm-yes", Button).focus()

    @on(Button.Pressed, "#confirm-yes")
    def action_confirm(self) -> None:
        self.dismiss(True)

    @on(Button.Pressed, "#confirm-no")
    def action_cancel(self) -> None:
        self.dismiss(False)
