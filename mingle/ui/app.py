"""The mingle app: the factory shared by the command line and the tests, modes and app commands."""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial

from textual.app import App, SystemCommand
from textual.screen import Screen

from mingle.domain.models import Event
from mingle.store.database import Store
from mingle.store.demo_loader import CURRENT_EVENT
from mingle.ui.commands import APP_COMMANDS, Command, bindings
from mingle.ui.messages import CurrentEventChanged, StoreFailed
from mingle.ui.screens.dialogs import ErrorDialog, HelpScreen
from mingle.ui.screens.events import EventsScreen


class MingleApp(App[int]):
    """Full-screen mingle on one open Store."""

    CSS_PATH = "styles/app.tcss"
    TITLE = "mingle"
    BINDINGS = bindings(APP_COMMANDS)
    MODES = {"events": EventsScreen}
    DEFAULT_MODE = "events"

    def __init__(self, store: Store, *, start: str | None = None) -> None:
        super().__init__()
        self.store = store
        self._start = start or self.DEFAULT_MODE
        # The writer thread reports failed saves here; post_message is thread-safe.
        store.on_error = lambda error: self.post_message(StoreFailed(error))

    def on_mount(self) -> None:
        self.refresh_title()
        self.switch_mode(self._start)

    # -- current event ---------------------------------------------------------------------

    @property
    def current_event(self) -> Event | None:
        """The event the user is at (or preparing), if one is chosen."""
        return self.store.events.get(self.store.setting(CURRENT_EVENT))

    def set_current_event(self, event: Event | None) -> None:
        """Make an event the current one, in the header and on disk."""
        self.store.set_setting(CURRENT_EVENT, event.id if event else None)
        self.refresh_title()
        self.screen.post_message(CurrentEventChanged(event.id if event else None))

    def refresh_title(self) -> None:
        event = self.current_event
        if event is None:
            self.sub_title = "no event chosen (F2 to pick one)"
        else:
            when = f" · {event.date:%a %d %b %Y}" if event.date else ""
            self.sub_title = f"{event.name}{when}"

    # -- commands --------------------------------------------------------------------------

    def screen_commands(self, screen: Screen) -> tuple[Command, ...]:
        """The commands of a screen (its own, then the app's)."""
        return (*getattr(screen, "COMMAND_LIST", ()), *APP_COMMANDS)

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        for command in self.screen_commands(screen):
            if command.id == "app.palette":
                continue
            target = self if command.action.startswith("app.") else screen
            action = command.action.removeprefix("app.")
            yield SystemCommand(command.title, f"{command.help} · key: {command.key_display}",
                                partial(target.run_action, action))
        yield from (c for c in super().get_system_commands(screen) if c.title in ("Theme",))

    def action_show_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen_commands(self.screen)))

    def action_open_events(self) -> None:
        self.switch_mode("events")

    # -- failures --------------------------------------------------------------------------

    def on_store_failed(self, message: StoreFailed) -> None:
        self.push_screen(ErrorDialog(
            "Could not save to disk",
            f"{message.error}\n\nYour change is kept in memory and is written with the next "
            f"save. Check free space and permissions for {self.store.path}.",
        ))


def create_app(store: Store, *, start: str | None = None) -> MingleApp:
    """Build the app on an open store (used by the command line and the tests)."""
    return MingleApp(store, start=start)
