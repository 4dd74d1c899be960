"""IntroDesk: introductions for the current event — suggestions, tracking, drafts — on the Store."""

from __future__ import annotations

from mingle.domain.introductions.index import IntroIndex
from mingle.domain.introductions.suggest import (
    Suggestion,
    advance,
    draft_intro_message,
    intro_from_suggestion,
    is_open,
)
from mingle.domain.records.models import AttendanceStatus, Event, Intro, IntroState
from mingle.store.database import Store

LIMIT = 30


class IntroDesk:
    """Who should meet whom: the index is built when the desk is made (make one per visit)."""

    def __init__(self, store: Store, event: Event | None) -> None:
        self.store = store
        self.event = event
        self._index = IntroIndex(store.people, intros=store.intros)

    def present_ids(self) -> list[str]:
        """People present at the event (none without an event)."""
        if self.event is None:
            return []
        attendance = self.store.attendance
        return [attendance.peek(a, "person_id")
                for a in attendance.ids_where("event_id", self.event.id)
                if attendance.peek(a, "status") == AttendanceStatus.PRESENT]

    def suggestions(self, *, network: bool, limit: int = LIMIT) -> list[Suggestion]:
        """The best pairs now: both present, or one present and anyone in the network."""
        present = self.present_ids()
        partners = self.store.people.ids() if network else None
        return self._index.best_pairs(present, partners, limit)

    def for_person(self, person_id: str, *, network: bool, limit: int = LIMIT
                   ) -> list[Suggestion]:
        """The best people to introduce this person to."""
        partners = self.store.people.ids() if network else self.present_ids()
        return self._index.best_for(person_id, partners, limit)

    def tracked(self) -> list[Intro]:
        """Introductions under way (open ones first, newest change first), then closed ones."""
        intros = [i for i in self.store.intros if i.state != IntroState.DISMISSED]
        return sorted(intros, key=lambda i: (not is_open(i.state), -i.updated.timestamp()))

    def record(self, suggestion: Suggestion, state: IntroState) -> Intro:
        """Start tracking a suggestion, moved at once to `state` (asked A, declined, dismissed)."""
        intro = intro_from_suggestion(suggestion, self.event.id if self.event else None)
        if state != IntroState.SUGGESTED:
            intro = advance(intro, state)
        self.store.save(intro)
        self._index.exclude(intro.a_id, intro.b_id)
        return intro

    def move(self, intro: Intro, state: IntroState) -> Intro:
        """The next opt-in step (IllegalIntroMove when the etiquette does not allow it)."""
        moved = advance(intro, state)
        self.store.save(moved)
        return moved

    def draft(self, suggestion: Suggestion) -> str:
        """An introduction message from both people's notes (newest first)."""
        return draft_intro_message(suggestion, self._notes(suggestion.a.id),
                                   self._notes(suggestion.b.id))

    def _notes(self, person_id: str) -> list[str]:
        notes = sorted(self.store.notes.where("person_id", person_id), key=lambda n: n.created,
                       reverse=True)
        return [n.text for n in notes]
