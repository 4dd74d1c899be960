"""Base for the event screens: they need a current event and share the app's commands."""

from __future__ import annotations

from textual.screen import Screen

from mingle.store.live_event import LiveEvent


class EventScreen(Screen[None]):
    """A screen about the current event; shows a hint when no event is chosen."""

    @property
    def live(self) -> LiveEvent | None:
        return self.app.live  # type: ignore[attr-defined]

    def require_live(self) -> LiveEvent | None:
        """The live event, or None after telling the user to choose one."""
        if self.live is None:
            self.notify("Choose or create an event first (F2).", severity="warning")
        return self.live
