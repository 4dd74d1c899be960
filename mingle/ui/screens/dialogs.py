"""Small modal dialogs: the help screen and the error dialog."""

from __future__ import annotations

from collections.abc import Iterable

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Button, Footer, Static

from mingle.ui.commands import Command
from mingle.ui.safe_text import literal, literal_block
from mingle.ui.screens.typed import MingleModal


class HelpScreen(MingleModal[None]):
    """Every key and command available on the screen the user came from."""

    AUTO_FOCUS = "#help-list"  # arrows and page keys scroll a long list
    BINDINGS = [Binding("escape,f1,question_mark,q", "close", "Close", id="help.close")]

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

    def action_close(self) -> None:
        self.dismiss(None)


class MessageDialog(MingleModal[None]):
    """A report or a problem the user must see (the message is shown literally)."""

    BINDINGS = [Binding("escape,enter", "close", "Close", id="message.close")]

    def __init__(self, title: str, message: str, *, error: bool = False) -> None:
        super().__init__()
        self._title = title
        self._message = message
        self._error = error

    @property
    def heading(self) -> str:
        """The dialog's title, as shown."""
        return self._title

    @property
    def message(self) -> str:
        """The dialog's message, as given (shown wrapped to the dialog's width)."""
        return self._message

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog error-dialog" if self._error else "dialog"):
            yield Static(literal(self._title), classes="dialog-title")
            with VerticalScroll(classes="message-body"):
                yield Static(literal_block(self._message))
            yield Button("OK", variant="error" if self._error else "primary", id="message-ok")
        yield Footer()

    def on_button_pressed(self) -> None:
        self.dismiss(None)

    def action_close(self) -> None:
        self.dismiss(None)


class UnsavedDialog(MingleModal[str]):
    """Quitting while changes are not on disk: what is unsaved, then retry, quit anyway or stay.

    Dismisses with "retry", "quit" or "stay".
    """

    BINDINGS = [Binding("escape", "choose('stay')", "Stay", id="unsaved.stay"),
                Binding("r", "choose('retry')", "Retry", id="unsaved.retry"),
                Binding("q", "choose('quit')", "Quit anyway", id="unsaved.quit")]

    def __init__(self, lines: list[str], error: BaseException | None) -> None:
        super().__init__()
        self._lines = lines
        self._error = error

    def compose(self) -> ComposeResult:
        why = getattr(self._error, "strerror", None) or str(self._error or "the save failed")
        shown = self._lines[:12] + ([f"… and {len(self._lines) - 12} more"]
                                    if len(self._lines) > 12 else [])
        with Vertical(classes="dialog error-dialog"):
            yield Static("Not saved to disk", classes="dialog-title")
            with VerticalScroll(classes="message-body"):
                yield Static(literal_block(
                    f"These changes could not be written ({why}):\n"
                    + "\n".join(f"  {line}" for line in shown)
                    + "\n\nRetry once there is space or the folder is writable again. "
                      "Quit anyway writes them to a recovery file (or, without space, prints "
                      "them) and exits with an error."))
            with Horizontal(classes="dialog-buttons"):
                yield Button("Retry (r)", variant="primary", id="retry")
                yield Button("Quit anyway (q)", variant="error", id="quit")
                yield Button("Stay (Esc)", id="stay")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id or "stay")

    def action_choose(self, choice: str) -> None:
        self.dismiss(choice)
