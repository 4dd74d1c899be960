"""A brute-force People search: scan every record for every query (the index must agree)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta

from mingle.domain.network.query import Query, word_matches, words
from mingle.domain.network.search import contact_times
from mingle.domain.records.models import Attendance, Event, FollowUp, Note, Person, Record
from mingle.domain.records.normalize import normalize_phone


def _hit(texts: Iterable[str], prefix: str) -> bool:
    return any(word_matches(w, prefix) for text in texts for w in words(text))


def reference_search(records: Iterable[Record], query: Query, today: date) -> set[str]:
    """The ids of the people the query finds, by scanning everything."""
    records = list(records)
    people = [r for r in records if isinstance(r, Person)]
    notes = [r for r in records if isinstance(r, Note)]
    events = {r.id: r for r in records if isinstance(r, Event)}
    attendance = [r for r in records if isinstance(r, Attendance)]
    followups = [r for r in records if isinstance(r, FollowUp)]
    cutoff = None
    if query.quiet_days is not None:
        day = today - timedelta(days=query.quiet_days)
        cutoff = datetime.combine(day, time.max).astimezone().timestamp()
    found = set()
    for person in people:
        own_notes = [n.text for n in notes if n.person_id == person.id]
        attended = [events[a.event_id].name for a in attendance
                    if a.person_id == person.id and a.event_id in events]
        digits = [normalize_phone(p).lstrip("+") for p in person.phones]
        card = [person.name or person.display_name, person.company, person.title,
                *person.emails, *person.phones, *person.tags, *person.needs, *person.offers]
        ok = all(_hit(card, p) or any(d.startswith(p) for d in digits if d)
                 or _hit(own_notes, p) or _hit(attended, p) for p in query.words)
        ok = ok and all(_hit(person.tags, p) for p in query.tags)
        ok = ok and all(_hit(person.needs, p) for p in query.needs)
        ok = ok and all(_hit(person.offers, p) for p in query.offers)
        if query.at:
            ok = ok and any(all(_hit([name], p) for p in query.at) for name in attended)
        if query.owed:
            ok = ok and any(f.person_id == person.id and f.done_at is None for f in followups)
        if cutoff is not None:
            times = [t for r in (*notes, *attendance, *followups)
                     if r.person_id == person.id for t in contact_times(r)]
            ok = ok and bool(times) and max(times) <= cutoff
        if ok:
            found.add(person.id)
    return found
