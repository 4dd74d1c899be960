"""NetworkIndex: the People search over everything recorded, kept current change by change.

An inverted index from word forms to people, in four tiers that also give the ranking: the name,
the rest of the card (tags, needs, offers, company, title, emails, phones), notes, and the names
of events attended. Every query word is a prefix: the sorted vocabulary gives the range of words
it finds. The index holds no records, only words and ids; it is told the old and the new version
of each record that changes (`update(old, new)`), so it never needs to look anything up.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from mingle.domain.network.query import Query, terms
from mingle.domain.records.models import Attendance, Event, FollowUp, Note, Person, Record
from mingle.domain.records.normalize import fold, normalize_phone

NAME, CARD, NOTES, EVENTS = range(4)
TIER_NAMES = ("name", "card", "notes", "events")
_FILTER_FIELDS = ("tags", "needs", "offers")
Bucket = str | set[str]  # one id, or several


def person_terms(person: Person) -> tuple[set[str], set[str], dict[str, set[str]]]:
    """The word forms of a person's name, of company, title, emails and phones, and of their
    tags, needs and offers (which also count as the card, without being stored twice)."""
    name = terms(person.name or person.display_name)
    card: set[str] = set()
    for text in (person.company, person.title, *person.emails, *person.phones):
        card |= terms(text)
    for phone in person.phones:
        digits = normalize_phone(phone).lstrip("+")
        if digits:
            card.add(digits)
    fields = {f: set().union(*(terms(v) for v in getattr(person, f))) for f in _FILTER_FIELDS}
    return name, card, fields


def prefix_pattern(prefixes: tuple[str, ...]) -> re.Pattern[str]:
    """Finds, in folded text, every place a word one of the prefixes finds may start.

    A quick test before splitting a text into words: it may say yes for nothing, never no for
    something. A singular form that is not a prefix of its word ("agencies" -> "agency") is why
    a prefix ending in "y" also looks for "ie".
    """
    options = [re.escape(p) for p in prefixes]
    options += [re.escape(p[:-1] + "ie") for p in prefixes if p.endswith("y")]
    if not options:
        return re.compile(r"(?!)")  # finds nothing
    return re.compile(r"(?<!\w)(?:" + "|".join(options) + ")")


def _card_text(person: Person) -> str:
    """Every searchable field of a person as one folded text (for the quick pre-test)."""
    digits = [normalize_phone(p).lstrip("+") for p in person.phones]
    return fold(" ".join([person.name or person.display_name, person.company, person.title,
                          *person.emails, *person.phones, *digits, *person.tags,
                          *person.needs, *person.offers]))


def contact_times(record: Record) -> list[float]:
    """When a record shows contact with its person (a note, a meeting, a follow-up)."""
    if isinstance(record, Note):
        return [record.created.timestamp()]
    if isinstance(record, Attendance):
        return [record.met_at.timestamp()] if record.met_at else []
    if isinstance(record, FollowUp):
        times = [record.created.timestamp()]
        return times + ([record.done_at.timestamp()] if record.done_at else [])
    return []


@dataclass(frozen=True, slots=True)
class Results:
    """People found, best first; `tiers[i]` says why person `ids[i]` ranks where it does."""

    query: Query
    ids: list[str]
    tiers: list[int]

    def __len__(self) -> int:
        return len(self.ids)


class NetworkIndex:
    """Word forms → people, for every person, note, follow-up, attendance and event."""

    def __init__(self, only: tuple[str, ...] | None = None) -> None:
        self._only = only
        """When set, only words starting with one of these are indexed (one known query)."""
        self._may_hold = None if only is None else prefix_pattern(only)
        self._people: dict[str, str] = {}  # person id -> folded name, for sorting
        self._tiers: tuple[dict[str, Bucket], ...] = ({}, {})  # name, card: term -> people
        self._filters: dict[str, dict[str, Bucket]] = {f: {} for f in _FILTER_FIELDS}
        self._notes: dict[str, dict[str, int]] = {}  # term -> person -> notes holding it
        self._event_terms: dict[str, Bucket] = {}  # term -> events
        self._attendees: dict[str, dict[str, int]] = {}  # event -> person -> attendance rows
        self._open: dict[str, Bucket] = {}  # person -> open follow-ups
        self._touch: dict[str, dict[str, float]] = {}  # person -> record -> its latest contact
        self._last: dict[str, float] = {}  # person -> latest contact
        self._vocabulary: list[str] = []  # every term ever indexed, sorted
        self._new_terms: set[str] | None = None  # during add_all: terms to sort in at the end
        self._order: tuple[list[str], dict[str, int]] | None = None  # see _ranking
        self._words: dict[str, tuple[list[set[str]], set[str]]] = {}  # see _word

    # -- changes ---------------------------------------------------------------------------

    def add_all(self, records: Iterable[Record]) -> None:
        """Index many records at once (the first build): the vocabulary is sorted once."""
        self._words.clear()
        self._new_terms = set()
        try:
            for record in records:
                self._apply(record, +1)
        finally:
            new, self._new_terms = self._new_terms, None
            self._vocabulary = sorted(new.union(self._vocabulary))

    def update(self, old: Record | None, new: Record | None) -> None:
        """A record was added (old None), replaced, or removed (new None)."""
        self._words.clear()
        if old is not None:
            self._apply(old, -1)
        if new is not None:
            self._apply(new, +1)

    def _apply(self, record: Record, sign: int) -> None:
        if isinstance(record, Person):
            self._person(record, sign)
        elif isinstance(record, Note):
            if self._may_hold is None or self._may_hold.search(fold(record.text)):
                self._count(self._notes, self._wanted(terms(record.text)), record.person_id,
                            sign)
        elif isinstance(record, Event):
            for term in self._wanted(terms(record.name)):
                self._add_to(self._event_terms, term, record.id, sign)
        elif isinstance(record, Attendance):
            attendees = self._attendees.setdefault(record.event_id, {})
            _bump(attendees, record.person_id, sign)
        if isinstance(record, FollowUp) and record.done_at is None:
            self._add_to(self._open, record.person_id, record.id, sign, vocabulary=False)
        times = contact_times(record)
        if times:
            self._contact(record, times, sign)

    def _person(self, person: Person, sign: int) -> None:
        name: set[str]
        card: set[str]
        fields: dict[str, set[str]]
        if self._may_hold is not None and not self._may_hold.search(_card_text(person)):
            name, card, fields = set(), set(), {}
        else:
            name, card, fields = person_terms(person)
        if self._only is not None:
            name, card = self._wanted(name), self._wanted(card)
            fields = {field: self._wanted(found) for field, found in fields.items()}
        for tier, found in zip(self._tiers, (name, card), strict=True):
            for term in found:
                self._add_to(tier, term, person.id, sign)
        for field, found in fields.items():
            for term in found:
                self._add_to(self._filters[field], term, person.id, sign)
        if sign > 0:
            self._people[person.id] = fold(person.display_name)
        else:
            self._people.pop(person.id, None)
        self._order = None

    def _wanted(self, found: set[str]) -> set[str]:
        only = self._only
        return found if only is None else {t for t in found if t.startswith(only)}

    def _learn(self, term: str) -> None:
        if self._new_terms is not None:
            self._new_terms.add(term)
            return
        vocabulary = self._vocabulary
        at = bisect_left(vocabulary, term)
        if at == len(vocabulary) or vocabulary[at] != term:
            vocabulary.insert(at, term)

    def _add_to(self, index: dict[str, Bucket], key: str, value: str, sign: int,
                vocabulary: bool = True) -> None:
        # Most words belong to one person (a surname, a phone number): a bare id, not a set.
        bucket = index.get(key)
        if sign > 0:
            if bucket is None:
                index[key] = value
                if vocabulary:
                    self._learn(key)
            elif isinstance(bucket, str):
                if bucket != value:
                    index[key] = {bucket, value}
            else:
                bucket.add(value)
        elif isinstance(bucket, str):
            if bucket == value:
                del index[key]
        elif bucket is not None:
            bucket.discard(value)
            if len(bucket) == 1:
                index[key] = next(iter(bucket))

    def _count(self, index: dict[str, dict[str, int]], keys: Iterable[str], value: str,
               sign: int) -> None:
        # The hot loop of the first build (a million note words): kept inline on purpose.
        for key in keys:
            bucket = index.get(key)
            if bucket is None:
                if sign > 0:
                    index[key] = {value: 1}
                    self._learn(key)
                continue
            count = bucket.get(value, 0) + sign
            if count > 0:
                bucket[value] = count
            else:
                bucket.pop(value, None)
                if not bucket:
                    del index[key]

    def _contact(self, record: Record, times: list[float], sign: int) -> None:
        person_id = record.person_id  # type: ignore[attr-defined]
        touches = self._touch.setdefault(person_id, {})
        if sign > 0:
            touches[record.id] = max(times)
        else:
            touches.pop(record.id, None)
        latest = max(touches.values(), default=None)
        if latest is None:
            self._touch.pop(person_id, None)
            self._last.pop(person_id, None)
            self._order = None
        else:
            if self._last.get(person_id) != latest:
                self._last[person_id] = latest
                self._order = None

    # -- questions -------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._people)

    def last_contact(self, person_id: str) -> datetime | None:
        """The latest note, meeting or follow-up with a person, if any."""
        stamp = self._last.get(person_id)
        return datetime.fromtimestamp(stamp).astimezone() if stamp is not None else None

    def owes(self, person_id: str) -> bool:
        """True when an open follow-up with this person is waiting."""
        return person_id in self._open

    def _range(self, prefix: str) -> list[str]:
        vocabulary = self._vocabulary
        start = bisect_left(vocabulary, prefix)
        stop = bisect_left(vocabulary, prefix + "\U0010ffff", start)
        return vocabulary[start:stop]

    def _matching(self, index: dict[str, Bucket] | dict[str, dict[str, int]],
                  found: list[str]) -> set[str]:
        people: set[str] = set()
        for term in found:
            bucket = index.get(term)
            if isinstance(bucket, str):
                people.add(bucket)
            elif bucket:
                people.update(bucket)
        return people

    def _word(self, prefix: str) -> tuple[list[set[str]], set[str]]:
        """The people a free word finds, by tier, and all of them; kept until a change, so
        that typing one more word does not look up the words before it again."""
        known = self._words.get(prefix)
        if known is None:
            found = self._range(prefix)
            card = self._matching(self._tiers[CARD], found)
            for field in _FILTER_FIELDS:
                card |= self._matching(self._filters[field], found)
            tiers = [self._matching(self._tiers[NAME], found), card,
                     self._matching(self._notes, found), self._at((prefix,))]
            known = self._words[prefix] = (tiers, set().union(*tiers))
            if len(self._words) > 64:
                del self._words[next(iter(self._words))]
        return known

    def _at(self, prefixes: tuple[str, ...]) -> set[str]:
        """People who attended an event whose name has every one of the words."""
        events: set[str] | None = None
        for prefix in prefixes:
            found = self._matching(self._event_terms, self._range(prefix))
            events = found if events is None else events & found
        people: set[str] = set()
        for event_id in events or ():
            people.update(self._attendees.get(event_id, ()))
        return people

    def search(self, query: Query, today: date | None = None) -> Results:
        """Everyone the query finds, best first (see the module docstring for the order)."""
        chosen: set[str] | None = None

        def narrow(found: set[str]) -> None:
            nonlocal chosen
            chosen = found if chosen is None else chosen & found

        for field in _FILTER_FIELDS:
            for prefix in getattr(query, field):
                narrow(self._matching(self._filters[field], self._range(prefix)))
        if query.at:
            narrow(self._at(query.at))
        if query.owed:
            narrow(set(self._open))
        if query.quiet_days is not None:
            day = (today or date.today()) - timedelta(days=query.quiet_days)
            cutoff = datetime.combine(day, time.max).astimezone().timestamp()
            narrow({p for p, t in self._last.items() if t <= cutoff})
        best: list[set[str]] = [set(), set(), set(), set()]
        for prefix in query.words:
            tiers, anywhere = self._word(prefix)
            narrow(anywhere)
            for tier, found in zip(best, tiers, strict=True):
                tier |= found
        people = self._people
        everyone = people.keys() if chosen is None else chosen & people.keys()
        ordered, position = self._ranking()
        ids: list[str] = []
        ranks: list[int] = []
        left = set(everyone)
        for rank, tier in enumerate(best if query.words else [left]):
            group = left & tier
            left -= tier
            if len(group) * 8 > len(ordered):  # many: walk the ranking once
                ids += [p for p in ordered if p in group]
            else:
                ids += sorted(group, key=position.__getitem__)
            ranks += [rank] * len(group)
        return Results(query, ids, ranks)

    def _ranking(self) -> tuple[list[str], dict[str, int]]:
        """Everyone by most recent contact (never in touch last), then name; kept until a
        name or a contact changes."""
        if self._order is None:
            people, last = self._people, self._last
            ordered = sorted(people, key=people.__getitem__)
            ordered.sort(key=lambda p: last.get(p, float("-inf")), reverse=True)  # stable
            self._order = (ordered, {p: i for i, p in enumerate(ordered)})
        return self._order

    def memory_bytes(self) -> int:
        """Roughly how much memory the index holds (containers and the words in them)."""
        seen: set[int] = set()

        def size(value: object) -> int:
            if id(value) in seen:
                return 0
            seen.add(id(value))
            total = sys.getsizeof(value)
            if isinstance(value, dict):
                total += sum(size(k) + size(v) for k, v in value.items())
            elif isinstance(value, list | set | tuple):
                total += sum(size(v) for v in value)
            return total

        parts = (self._people, self._tiers, self._filters, self._notes, self._event_terms,
                 self._attendees, self._open, self._touch, self._last, self._vocabulary)
        return sum(size(part) for part in parts)


def _bump(counts: dict[str, int], key: str, sign: int) -> None:
    value = counts.get(key, 0) + sign
    if value > 0:
        counts[key] = value
    else:
        counts.pop(key, None)
