"""Waiting for a state in Pilot tests: a predicate polled between frames, failing loudly."""

from __future__ import annotations

import time
from collections.abc import Callable

from textual.message import Message
from textual.notifications import Notify
from textual.pilot import Pilot

DEFAULT_TIMEOUT = 10.0


async def wait_until(pilot: Pilot, predicate: Callable[[], object], what: str = "",
                     timeout: float = DEFAULT_TIMEOUT) -> None:
    """Let the app run until `predicate()` is true; fail the test if it never gets there."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for "
                                 f"{what or getattr(predicate, '__name__', 'a state')}")
        await pilot.pause(0.02)
    await pilot.pause()  # the state's repaint


async def wait_for_screen(pilot: Pilot, kind: type, timeout: float = DEFAULT_TIMEOUT) -> None:
    """Wait until the app's active screen is of the given class (pushed and mounted)."""
    app = pilot.app
    await wait_until(pilot, lambda: isinstance(app.screen, kind) and app.screen.is_mounted,
                     f"the {kind.__name__} screen", timeout)


class Toasts:
    """The notifications an app shows, collected through `run_test(message_hook=toasts)`."""

    def __init__(self) -> None:
        self.messages: list[str] = []

    def __call__(self, message: Message) -> None:
        if isinstance(message, Notify):
            self.messages.append(message.notification.message)

    def said(self, words: str) -> bool:
        """True once a notification containing `words` was shown."""
        return any(words in shown for shown in self.messages)
