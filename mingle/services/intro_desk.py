"""IntroDesk: introductions for the current event — suggestions, tracking, drafts — on the Store."""

from __future__ import annotations

from mingle.domain.introductions.live_index import LiveIntroIndex
from mingle.domain.introductions.suggest import (
    STATE_LABELS,
    Suggestion,
    advance,
    draft_intro_message,
    intro_from_suggestion,
    is_open,
)
from mingle.domain.records.models import AttendanceStatus, Event, Intro, IntroState, Person
from mingle.services.watching import watch_weakly
from mingle.store.database import Store
from mingle.store.undo import UndoLog

LIMIT = 30


class IntroDesk:
    """Who should meet whom: the index is built when the desk is made, then kept up to date.

    Keep one while its screen lives and call `refresh` before asking: people changed by a
    note are taken into the index one by one; a new person, a new name or an intro taken
    back builds it again.
    """

    def __init__(self, store: Store, event: Event | None) -> None:
        self.store = store
        self.event = event
        self._index = LiveIntroIndex(store.people, intros=store.intros)
        self._people: dict[str, None] = {}  # changed since the last refresh, in order
        self._rebuild = False
        watch_weakly((store.people, store.intros), self, "_noticed")

    def _noticed(self, old: Person | Intro | None, new: Person | Intro | None) -> None:
        if isinstance(old or new, Person):
            self._people[(old or new).id] = None  # type: ignore[union-attr]
        elif old is None and isinstance(new, Intro):
            self._index.exclude(new.a_id, new.b_id)  # a pair with an intro is never suggested
        elif not (isinstance(old, Intro) and isinstance(new, Intro)
                  and {old.a_id, old.b_id} == {new.a_id, new.b_id}):
            self._rebuild = True  # an intro taken back (undone): its pair may come back

    def refresh(self, event: Event | None) -> None:
        """Take in what changed in the store since the index was made or last refreshed."""
        self.event = event
        for person_id in self._people:
            person = self.store.people.get(person_id)
            if person is None or not self._index.update(person):
                self._rebuild = True
                break
        self._people.clear()
        if self._rebuild:
            self._index = LiveIntroIndex(self.store.people, intros=self.store.intros)
            self._rebuild = False

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

    def record(self, suggestion: Suggestion, state: IntroState,
               log: UndoLog | None = None) -> Intro:
        """Start tracking a suggestion, moved at once to `state` (asked A, declined, dismissed)."""
        intro = intro_from_suggestion(suggestion, self.event.id if self.event else None)
        if state != IntroState.SUGGESTED:
            intro = advance(intro, state)
        self.store.save(intro)
        self._index.exclude(intro.a_id, intro.b_id)
        if log is not None:
            log.record(f"{STATE_LABELS[state]}: {self._names(intro)}", created=[intro])
        return intro

    def move(self, intro: Intro, state: IntroState, log: UndoLog | None = None) -> Intro:
        """The next opt-in step (IllegalIntroMove when the etiquette does not allow it)."""
        moved = advance(intro, state)
        self.store.save(moved)
        if log is not None:
            log.record(f"{STATE_LABELS[state]}: {self._names(intro)}", before=[intro])
        return moved

    def _names(self, intro: Intro) -> str:
        a, b = self.store.people.get(intro.a_id), self.store.people.get(intro.b_id)
        return f"{a.display_name if a else '?'} ↔ {b.display_name if b else '?'}"

    def draft(self, suggestion: Suggestion) -> str:
        """An introduction message from both people's notes (newest first)."""
        return draft_intro_message(suggestion, self._notes(suggestion.a.id),
                                   self._notes(suggestion.b.id))

    def _notes(self, person_id: str) -> list[str]:
        notes = sorted(self.store.notes.where("person_id", person_id), key=lambda n: n.created,
                       reverse=True)
        return [n.text for n in notes]
