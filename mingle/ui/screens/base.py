"""Base for the event screens: they need a current event and share the app's commands."""

from __future__ import annotations

from textual.screen import Screen

from mingle.services.live_event import LiveEvent
from mingle.ui.widgets.virtual_list import VirtualList

NO_EVENT = "No current event. Press F2 to choose or create one."


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

    def show_no_event(self, listing: VirtualList) -> None:
        """Empty the list and say how to choose an event."""
        listing.empty_text = NO_EVENT
        listing.set_count(0)

    def highlighted_person_id(self) -> str | None:
        """The person under the cursor (each screen says how to find them)."""
        raise NotImplementedError

    def action_note(self) -> None:
        person_id = self.highlighted_person_id()
        if person_id is not None:
            self.app.open_note(person_id)  # type: ignore[attr-defined]

    def action_person(self) -> None:
        person_id = self.highlighted_person_id()
        if person_id is not None:
            self.app.open_person(person_id)  # type: ignore[attr-defined]
