"""Messages the app's parts send each other."""

from __future__ import annotations

from collections.abc import Callable

from textual.message import Message


class StoreFailed(Message):
    """The writer could not save a change to disk (posted from the writer thread)."""

    def __init__(self, error: BaseException) -> None:
        super().__init__()
        self.error = error


class CurrentEventChanged(Message):
    """The user chose another current event."""

    def __init__(self, event_id: str | None) -> None:
        super().__init__()
        self.event_id = event_id


class DataChanged(Message, bubble=False):
    """People, notes or attendance changed: the screen it is posted to shows them again."""


class SaveFinished(Message):
    """A save the user was told about is on disk, or failed (posted from the writer thread)."""

    def __init__(self, then: Callable[[BaseException | None], None],
                 error: BaseException | None) -> None:
        super().__init__()
        self.then = then
        self.error = error
