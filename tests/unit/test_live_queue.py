"""The queue kept ranked between changes is exactly the queue ranked afresh, after any changes."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from mingle.domain.event.queue import (
    PersonHistory,
    QueueEntry,
    RankedQueue,
    is_waiting,
    rank_queue,
)
from mingle.domain.introductions.suggest import personal_line
from mingle.domain.records.models import (
    Attendance,
    AttendanceStatus,
    Event,
    Goals,
    MyCard,
    Person,
    QueueState,
    now,
)
from mingle.services.live_event import LiveEvent
from mingle.services.live_queue import LEARNED_LENGTH
from mingle.store.database import Store
from mingle.store.undo import UndoLog

TOPICS = ["design", "seed funding", "python", "cycling", "legal help", "hiring", "coffee"]
TITLES = ["CTO", "Founder", "Designer", "Investor", ""]


def reference_histories(store: Store, event_id: str, people: list[Person]
                        ) -> dict[str, PersonHistory]:
    """What was learned of people at earlier events, by scanning every table."""
    result = {}
    for person in people:
        met_at = sorted(((e.date or date.min, e.name) for a in store.attendance
                         if a.person_id == person.id and a.event_id != event_id
                         and a.queue == QueueState.MET
                         for e in [store.events.get(a.event_id)] if e is not None),
                        reverse=True)
        open_followups = sorted((f for f in store.followups
                                 if f.person_id == person.id and f.done_at is None),
                                key=lambda f: f.due or date.max)
        met_elsewhere = any(a.person_id == person.id and a.event_id != event_id
                            and a.event_id in store.events and a.queue == QueueState.MET
                            for a in store.attendance)
        if not open_followups and not met_elsewhere:
            continue
        earlier = sorted((n for n in store.notes if n.person_id == person.id
                          and n.event_id != event_id), key=lambda n: n.created, reverse=True)
        result[person.id] = PersonHistory(
            tuple(name for _, name in met_at), tuple(f.action for f in open_followups),
            personal_line([n.text for n in earlier])[:LEARNED_LENGTH])
    return result


def reference_queue(store: Store, event: Event, when: datetime) -> list[QueueEntry]:
    rows = [(p, a) for a in store.attendance if a.event_id == event.id
            for p in [store.people.get(a.person_id)] if p is not None]
    histories = reference_histories(store, event.id, [p for p, _ in rows])
    return rank_queue(rows, event.goals, store.me.interests, histories, when)


def shown(entries: list[QueueEntry]) -> list[tuple[str, str, int, str]]:
    return [(e.person.id, e.attendance.id, e.score, e.reason) for e in entries]


def reference_counts(store: Store, event: Event) -> tuple[int, int]:
    links = [a for a in store.attendance if a.event_id == event.id and a.person_id in store.people]
    present = sum(a.status == AttendanceStatus.PRESENT for a in links)
    expected = sum(a.status not in (AttendanceStatus.DECLINED, AttendanceStatus.WAITLISTED)
                   for a in links)
    return present, expected


def populate(store: Store, rng: random.Random) -> tuple[Event, Event, list[Person]]:
    event = Event(name="Tonight", date=date.today(),
                  goals=Goals(targets=["CTOs"], offers=["python"], needs=["design"]))
    earlier = Event(name="Last month", date=date.today() - timedelta(days=30))
    people = [Person(name=f"{rng.choice(['Ann', 'Åsa', 'Bo', 'bo'])} {i % 7}",
                     title=rng.choice(TITLES), tags=rng.sample(TOPICS, 2),
                     needs=rng.sample(TOPICS, rng.randint(0, 2)),
                     offers=rng.sample(TOPICS, rng.randint(0, 2))) for i in range(24)]
    links = [Attendance(event_id=event.id, person_id=p.id,
                        status=rng.choice([AttendanceStatus.PRESENT, AttendanceStatus.EXPECTED,
                                           AttendanceStatus.DECLINED]))
             for p in people[:20]]
    store.save(MyCard(name="Me", interests=["cycling"]), event, earlier, *people, *links)
    return event, earlier, people


def step(live: LiveEvent, store: Store, rng: random.Random, people: list[Person],
         earlier: Event, log: UndoLog) -> None:
    """One random thing a user does at the event."""
    person = rng.choice(people)
    action = rng.randrange(15)
    if action == 0:
        live.toggle_check_in(person.id, log=log)
    elif action == 1:
        live.mark_met(person.id, log=log)
    elif action == 2:
        live.skip(person.id, log=log)
    elif action == 3:
        live.snooze(person.id, minutes=rng.choice([1, 15, 60]), log=log)
    elif action == 4:
        live.toggle_star(person.id, log=log)
    elif action == 5:
        live.start_talking(person.id, log=log)
    elif action == 6:
        text = rng.choice(["#cycling great chat", "needs: legal help", "offers: design",
                           "!follow 3d send the deck", "knows the CTO of Acme +++"])
        live.add_note(person.id, text, log=log)
    elif action == 7 and log:
        live.undo(log)
    elif action == 8:
        live.walk_in(f"Walk In {rng.randrange(100)}", "Acme", log=log)
    elif action == 9:  # the goals are edited
        live.event = live.event.evolve(goals=Goals(
            targets=rng.sample(["CTOs", "Founders", "Investors"], 1),
            offers=rng.sample(TOPICS, 1), needs=rng.sample(TOPICS, 2)))
        store.save(live.event)
    elif action == 10:  # met at another event: a history
        store.save(Attendance(event_id=earlier.id, person_id=person.id,
                              status=AttendanceStatus.PRESENT, queue=QueueState.MET))
    elif action == 11:
        open_ones = [f for f in store.followups if f.done_at is None]
        if open_ones:
            store.save(rng.choice(open_ones).evolve(done_at=now()))
    elif action == 12:
        me = store.me
        store.save(me.evolve(interests=rng.sample(TOPICS, 2)))
    elif action == 13:  # the earlier event renamed: "met before at ..." says the new name
        store.save(store.events.get(earlier.id).evolve(name=f"Meetup {rng.randrange(9)}"))
    else:
        store.save(store.people.get(person.id).evolve(
            title=rng.choice(TITLES), name=person.name if rng.random() < 0.8 else "Zed"))


@pytest.mark.parametrize("seed", range(6))
def test_kept_ranked_equals_ranked_afresh(db_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    with Store(db_path) as store:
        event, earlier, people = populate(store, rng)
        live = LiveEvent(store, event)
        log = UndoLog()
        for _ in range(120):
            step(live, store, rng, people, earlier, log)
            when = now() + timedelta(minutes=rng.choice([0, 0, 0, 5, 30, 120]))
            assert shown(live.queue(when)) == shown(reference_queue(store, live.event, when))
            waiting = live.snoozed(when)
            assert [a.snoozed_until for _, a in waiting] == sorted(
                a.snoozed_until for _, a in waiting)
            assert {(p.id, a.id) for p, a in waiting} == {
                (a.person_id, a.id) for a in store.attendance
                if a.event_id == live.event.id and a.person_id in store.people
                and a.status == AttendanceStatus.PRESENT and is_waiting(a, when)}
            assert live.counts() == reference_counts(store, live.event)
            for position, entry in enumerate(live.queue(when)[:3]):
                assert live.queue_position(entry.person.id) == position


def test_snoozed_people_come_back_and_leave_again_with_the_time() -> None:
    goals = Goals(needs=["design"])
    ann = Person(name="Ann", offers=["design"])
    snoozed = Attendance(event_id="e", person_id=ann.id, status=AttendanceStatus.PRESENT,
                         queue=QueueState.SNOOZED, snoozed_until=now() + timedelta(minutes=15))
    ranked = RankedQueue(goals)
    ranked.put(ann, snoozed)
    assert ranked.entries(now()) == [] and len(ranked.waiting(now())) == 1
    later = now() + timedelta(minutes=20)
    assert [e.person.id for e in ranked.entries(later)] == [ann.id] == [
        e.person.id for e in rank_queue([(ann, snoozed)], goals, now=later)]
    assert ranked.entries(now()) == []  # an earlier time again: waiting again
