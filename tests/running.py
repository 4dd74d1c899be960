"""Running the app in Pilot tests: what a test sees never depends on a blinking cursor."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

from textual.events import DescendantFocus
from textual.message import Message
from textual.pilot import Pilot
from textual.widgets import Input, TextArea

from mingle.store.database import Store
from mingle.ui.app import MingleApp, create_app

MessageHook = Callable[[Message], None]


def still_cursors(then: MessageHook | None = None) -> MessageHook:
    """A run_test message hook: a text box stops blinking as it gets the focus (then `then`)."""

    def hook(message: Message) -> None:
        if isinstance(message, DescendantFocus) and isinstance(message.widget, Input | TextArea):
            message.widget.cursor_blink = False  # the cursor stays drawn, the timer stops
        if then is not None:
            then(message)

    return hook


@asynccontextmanager
async def running_app(store: Store, *, size: tuple[int, int] = (80, 24),
                      message_hook: MessageHook | None = None,
                      **kwargs: str | None) -> AsyncIterator[tuple[MingleApp, Pilot[int]]]:
    """The app on `store`, running headless at `size` with still cursors: (app, pilot)."""
    app = create_app(store, **kwargs)
    async with app.run_test(size=size, message_hook=still_cursors(message_hook)) as pilot:
        yield app, pilot
