"""Screens that know their app is mingle's: `self.app` is typed as MingleApp for the checker.

Nothing changes at run time (Textual's own `app` property is used); under type checking,
Textual's `getters.app` says which App subclass it returns, so screens reach the store, the
live event and the app's own methods without casts or `type: ignore`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.screen import ModalScreen, Screen, ScreenResultType

from mingle.store.undo import UndoLog

if TYPE_CHECKING:
    from textual import getters

    from mingle.ui.app import MingleApp


class MingleScreen(Screen[ScreenResultType]):
    """A full screen of mingle's."""

    if TYPE_CHECKING:
        app = getters.app(MingleApp)

    def __init__(self, name: str | None = None, id: str | None = None,
                 classes: str | None = None) -> None:
        super().__init__(name, id, classes)
        self.undo_log = UndoLog()  # what was done on this screen, for Ctrl+Z


class MingleModal(ModalScreen[ScreenResultType]):
    """A dialog or form of mingle's, shown over another screen."""

    if TYPE_CHECKING:
        app = getters.app(MingleApp)
