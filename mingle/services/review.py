"""The review of an event gathered from the store through its indexes (no table read twice)."""

from __future__ import annotations

from datetime import date

from mingle.domain.event.review import LosingTouch, Review, build_review, losing_touch
from mingle.domain.records.models import Attendance, Event, Person
from mingle.store.database import Store


def gather_review(store: Store, event: Event, today: date | None = None) -> Review:
    """Everything the review screen shows for one event."""
    attendance: list[tuple[Person, Attendance]] = []
    for link in store.attendance.where("event_id", event.id):
        person = store.people.get(link.person_id)
        if person is not None:
            attendance.append((person, link))
    return build_review(event, attendance, store.notes.where("event_id", event.id),
                        store.followups, store.intros, today)


def drifting(store: Store, today: date, days: int) -> list[LosingTouch]:
    """People with an open follow-up and no interaction for `days` days (`losing_touch`).

    Only the records of people who owe a follow-up are read, through the by-person indexes:
    nobody else can be losing touch.
    """
    owed = list(dict.fromkeys(f.person_id for f in store.followups if f.done_at is None))
    people = [p for p in (store.people.get(i) for i in owed) if p is not None]
    followups = [f for i in owed for f in store.followups.where("person_id", i)]
    notes = [n for i in owed for n in store.notes.where("person_id", i)]
    attendance = [a for i in owed for a in store.attendance.where("person_id", i)]
    return losing_touch(people, followups, notes, attendance, today, days)
