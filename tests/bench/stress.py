"""The DESIGN.md §9 stress data shared by the benchmarks: people, notes, events, attendance."""

from __future__ import annotations

import random
from datetime import date, timedelta

from mingle.domain.records.models import (
    Attendance,
    AttendanceStatus,
    Event,
    Goals,
    Note,
    Person,
    Record,
    Role,
)

PEOPLE = 10_000
NOTES = 50_000
EVENTS = 20
PRESENT = 5_000
EXPECTED = 1_000  # more attendance rows of the big event, not (yet) present

FIRST = ["Ann", "Bob", "Åsa", "Łukasz", "Zoë", "Mohammed", "Wei", "Priya", "Olu", "Ines",
         "Mateo", "Yuki", "Sven", "Chloé", "Dmitri", "Fatima", "Noah", "Amara", "Jonas", "Lea"]
LAST = ["Ñúñez", "Ørsted", "Smith", "Kowalski", "Tanaka", "Okafor", "García", "Müller",
        "Nguyen", "Haddad", "Rossi", "Johansson", "Patel", "O'Brien", "Novak", "Silva"]
TITLES = ["CTO", "Founder", "UX Designer", "Growth Lead", "Angel Investor", "Data Scientist",
          "Product Manager", "Recruiter", "Backend Engineer", "Head of Sales"]
COMPANIES = ["Acme", "Initech", "Globex", "Umbrella Labs", "Hooli", "Vandelay", "Stark Fintech",
             "Wayne Ventures", "Tyrell", "Cyberdyne", "Soylent", "Massive Dynamic"]
TOPICS = ["fintech", "cycling", "golf", "climate", "seo", "design", "ai", "saas", "hiring",
          "seed funding", "open source", "running", "coffee", "python", "marketing", "legal"]
WORDS = ("met at the bar talked about their new product launch needs a designer offers intros "
         "to investors rides bikes on weekends just moved from Lisbon looking for a cofounder "
         "follow up next week with the deck great energy knows the organiser wants feedback "
         "on pricing hiring two engineers in Berlin").split()


def stress_records(rng: random.Random, present: int = PRESENT, expected: int = EXPECTED
                   ) -> tuple[list[Record], str]:
    """The §9 stress data as domain records; also the id of a person to attach new notes to."""
    events = [
        Event(name=f"Monthly Meetup #{i + 1}", date=date(2025, 1, 1) + timedelta(days=30 * i),
              venue="Factory Berlin", role=Role.HOST if i == 0 else Role.ATTENDEE,
              goals=Goals(targets=["CTOs"], offers=["intros"], needs=["designers"]))
        for i in range(EVENTS)
    ]
    people = []
    for i in range(PEOPLE):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        people.append(Person(
            name=f"{first} {last} {i}", title=rng.choice(TITLES), company=rng.choice(COMPANIES),
            emails=[f"{first.lower()}.{i}@example.com"], phones=[f"+49 30 {1000000 + i}"],
            tags=rng.sample(TOPICS, 3), needs=rng.sample(TOPICS, 2), offers=rng.sample(TOPICS, 2),
            source="eventbrite.csv",
        ))
    notes = []
    for _ in range(NOTES):
        person = rng.choice(people)
        words: list[str] = []
        size = rng.randint(60, 200)
        while len(" ".join(words)) < size:
            words.append(rng.choice(WORDS))
        notes.append(Note(person_id=person.id, event_id=rng.choice(events).id,
                          text=" ".join(words)[:size], tags=rng.sample(TOPICS, 1),
                          rating=rng.randint(0, 5)))
    big = events[0]
    attendance = [
        Attendance(event_id=big.id, person_id=person.id,
                   status=AttendanceStatus.PRESENT if i < present else AttendanceStatus.EXPECTED,
                   starred=i % 50 == 0)
        for i, person in enumerate(people[: present + expected])
    ]
    return [*events, *people, *notes, *attendance], people[0].id
