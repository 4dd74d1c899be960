"""Small modal dialogs: the help screen and the error dialog."""

from __future__ import annotations

from collections.abc import Iterable

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Footer, Static

from mingle.ui.commands import Command
from mingle.ui.safe_text import literal, literal_block


class HelpScreen(ModalScreen[None]):
    """Every key and command available on the screen the user came from."""

    AUTO_FOCUS = "#help-list"  # arrows and page keys scroll a long list
    BINDINGS = [Binding("escape,f1,question_mark,q", "dismiss", "Close", id="help.close")]

    def __init__(self, commands: Iterable[Command]) -> None:
        super().__init__()
        self._commands = list(commands)

    def compose(self) -> ComposeResult:
        with Vertical(id="help-box", classes="dialog help-dialog"):
            yield Static("Keys and commands", classes="dialog-title")
            with VerticalScroll(id="help-list"), Grid(id="help-grid"):
                for command in self._commands:
                    yield Static(Content(command.key_display).stylize("bold $text-accent"))
                    yield Static(Content(command.title).stylize("bold"))
                    yield Static(Content.assemble(
                        command.help, ("  " + command.id, "italic $text-muted")),
                        classes="help-row")
            yield Static(Content("Ctrl+P searches every command by name · Esc closes · "
                                 "binding ids (in italics) are for your keymap.toml"),
                         classes="dialog-hint")
        yield Footer()

    def action_dismiss(self) -> None:
        self.dismiss(None)


class MessageDialog(ModalScreen[None]):
    """A report or a problem the user must see (the message is shown literally)."""

    BINDINGS = [Binding("escape,enter", "dismiss", "Close", id="message.close")]

    def __init__(self, title: str, message: str, *, error: bool = False) -> None:
        super().__init__()
        self._title = title
        self._message = message
        self._error = error

    @property
    def heading(self) -> str:
        """The dialog's title, as shown."""
        return self._title

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog error-dialog" if self._error else "dialog"):
            yield Static(literal(self._title), classes="dialog-title")
            with VerticalScroll(classes="message-body"):
                yield Static(literal_block(self._message))
            yield Button("OK", variant="error" if self._error else "primary", id="message-ok")
        yield Footer()

    def on_button_pressed(self) -> None:
        self.dismiss(None)

    def action_dismiss(self) -> None:
        self.dismiss(None)
