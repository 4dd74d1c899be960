"""LiveQueue: the queue of one event kept ranked as the store changes.

It watches the store's tables: a check-in, a queue action or a note marks only the people it
touched, and only they are scored again and moved into place (`RankedQueue`). New goals or
interests rank everyone again; so does a change to another event (its name is in the reasons).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from mingle.domain.event.queue import PersonHistory, QueueEntry, RankedQueue
from mingle.domain.introductions.suggest import personal_line
from mingle.domain.records.models import (
    Attendance,
    AttendanceStatus,
    Event,
    Person,
    QueueState,
    Record,
)
from mingle.services.watching import watch_weakly
from mingle.store.database import Store

LEARNED_LENGTH = 80


class LiveQueue:
    """The ranked queue of one event; `entries` brings it up to date with the store first."""

    def __init__(self, store: Store, event_id: str) -> None:
        self.store = store
        self.event_id = event_id
        self._ranked: RankedQueue | None = None
        self._people: set[str] = set()  # people whose records or history changed
        self._attendance: set[str] = set()  # attendance ids of this event that changed
        self.changed: list[Callable[[Record | None, Record | None], None]] = []
        """Called with each change seen (old, new), after the queue noted it."""
        watch_weakly((store.attendance, store.people, store.notes, store.followups,
                      store.events), self, "noticed")

    def entries(self, event: Event, when: datetime | None = None) -> list[QueueEntry]:
        """Present people ranked by the event's goals and the user's interests."""
        return self._sync(event).entries(when)

    def waiting(self, event: Event, when: datetime | None = None
                ) -> list[tuple[Person, Attendance]]:
        """Present people whose snooze still runs, the soonest back first."""
        return [(e.person, e.attendance) for e in self._sync(event).waiting(when)]

    def position(self, event: Event, person_id: str) -> int | None:
        """Where a person stands in the queue (after `entries`), or None."""
        ranked = self._sync(event)
        found = [ranked.position(a) for a in self._attendance_ids(person_id)]
        return min((p for p in found if p is not None), default=None)

    # -- keeping up with the store ---------------------------------------------------------

    def noticed(self, old: Record | None, new: Record | None) -> None:
        """A record changed in the store: note whom it concerns."""
        for record in (old, new):
            if record is None:
                continue
            table = record.table
            if table == "attendance":
                if getattr(record, "event_id", None) == self.event_id:
                    self._attendance.add(record.id)
                else:
                    self._people.add(getattr(record, "person_id", ""))  # met elsewhere
            elif table == "people":
                self._people.add(record.id)
            elif table in ("notes", "followups"):
                self._people.add(getattr(record, "person_id", ""))
            elif table == "events" and record.id != self.event_id:
                self._ranked = None  # its name is in the reasons; events change rarely
        for call in self.changed:
            call(old, new)

    def _attendance_ids(self, person_id: str) -> list[str]:
        attendance = self.store.attendance
        return [a for a in attendance.ids_where("person_id", person_id)
                if attendance.peek(a, "event_id") == self.event_id]

    def _sync(self, event: Event) -> RankedQueue:
        interests = self.store.me.interests
        ranked = self._ranked
        if ranked is None or not ranked.fits(event.goals, interests):
            return self._rank_all(event, interests)
        if self._people or self._attendance:
            changed = set(self._attendance)
            for person_id in self._people:
                changed.update(self._attendance_ids(person_id))
            self._people.clear()
            self._attendance.clear()
            for attendance_id in changed:
                self._put(ranked, attendance_id)
        return ranked

    def _put(self, ranked: RankedQueue, attendance_id: str) -> None:
        attendance = self.store.attendance.get(attendance_id)
        person = self.store.people.get(attendance.person_id) if attendance else None
        if attendance is None or person is None or attendance.event_id != self.event_id:
            ranked.drop(attendance_id)
            return
        ranked.put(person, attendance, self._history_if_any(person.id))

    def _rank_all(self, event: Event, interests: list[str]) -> RankedQueue:
        store = self.store
        ranked = RankedQueue(event.goals, interests)
        known = self._known()
        for repo in (store.attendance, store.followups):  # (notes stay unread till needed)
            repo.ids_where("person_id", None)  # built now, so that the next change is quick
        people, attendance = store.people, store.attendance
        for attendance_id in attendance.ids_where("event_id", self.event_id):
            if attendance.peek(attendance_id, "status") != AttendanceStatus.PRESENT:
                continue
            person = people.get(attendance.peek(attendance_id, "person_id"))
            if person is not None:
                link = attendance.get(attendance_id)
                assert link is not None
                ranked.put(person, link, self.history(person.id) if person.id in known
                           else None)
        self._people.clear()
        self._attendance.clear()
        self._ranked = ranked
        return ranked

    def _known(self) -> set[str]:
        """People with a history: an open follow-up, or met at another event."""
        store = self.store
        known = {f.person_id for f in store.followups if f.done_at is None}
        for event_id in store.events.ids():
            if event_id != self.event_id:
                known.update(store.attendance.peek(a, "person_id")
                             for a in store.attendance.ids_where("event_id", event_id)
                             if store.attendance.peek(a, "queue") == QueueState.MET)
        return known

    def _history_if_any(self, person_id: str) -> PersonHistory | None:
        """The person's history if they have one (as `_known` decides), else None."""
        store = self.store
        if not any(f.done_at is None for f in store.followups.where("person_id", person_id)):
            met_elsewhere = any(
                a.event_id != self.event_id and a.event_id in store.events
                and a.queue == QueueState.MET
                for a in store.attendance.where("person_id", person_id))
            if not met_elsewhere:
                return None
        return self.history(person_id)

    def history(self, person_id: str) -> PersonHistory:
        """Earlier events where the person was met, and their open follow-ups."""
        store = self.store
        met_at = []
        for attendance in store.attendance.where("person_id", person_id):
            if attendance.event_id != self.event_id and attendance.queue == QueueState.MET:
                event = store.events.get(attendance.event_id)
                if event is not None:
                    met_at.append((event.date or date.min, event.name))
        met_at.sort(reverse=True)
        open_followups = sorted(
            (f for f in store.followups.where("person_id", person_id) if f.done_at is None),
            key=lambda f: f.due or date.max)
        earlier = sorted((n for n in store.notes.where("person_id", person_id)
                          if n.event_id != self.event_id), key=lambda n: n.created,
                         reverse=True)
        return PersonHistory(
            met_at_events=tuple(name for _, name in met_at),
            open_followups=tuple(f.action for f in open_followups),
            learned=personal_line([n.text for n in earlier])[:LEARNED_LENGTH],
        )
