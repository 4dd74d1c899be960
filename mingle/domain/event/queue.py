"""The queue of people to meet: present people ranked for the user, each with its reasons."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from mingle.domain.introductions.matching import needs_met, offers_meeting, target_matches, words_of
from mingle.domain.records.models import (
    Attendance,
    AttendanceStatus,
    Goals,
    Person,
    QueueState,
)
from mingle.domain.records.normalize import fold, normalize_tag

# Points of each named part of a queue score; the reasons shown follow these parts.
STARRED = 40
OFFERS_MY_NEED = 25
NEEDS_MY_OFFER = 15
TARGET = 12
SHARED_INTEREST = 4
MAX_SHARED_COUNTED = 3
OPEN_FOLLOWUP = 10
MET_BEFORE = 6
TALKING_NOW = 10_000
MET_HERE = -1_000
SKIPPED = -500


@dataclass(frozen=True, slots=True)
class ReasonPart:
    """One named part of a score, with the plain words shown to the user."""

    key: str
    points: int
    text: str


@dataclass(frozen=True, slots=True)
class PersonHistory:
    """What the user knows of a person from earlier events."""

    met_at_events: tuple[str, ...] = ()
    open_followups: tuple[str, ...] = ()
    learned: str = ""
    """What the user noted last time (a short line), or ''."""


@dataclass(slots=True)
class QueueEntry:
    """A present person in the queue, with the parts of their score."""

    person: Person
    attendance: Attendance
    parts: list[ReasonPart] = field(default_factory=list)

    @property
    def score(self) -> int:
        return sum(p.points for p in self.parts)

    @property
    def reason(self) -> str:
        """The reasons in plain words, strongest first."""
        shown = [p.text for p in sorted(self.parts, key=lambda p: -abs(p.points)) if p.text]
        return " · ".join(shown) or "no match with your goals yet"


def score_person(
    person: Person,
    attendance: Attendance,
    goals: Goals,
    interest_keys: frozenset[str],
    history: PersonHistory | None = None,
) -> list[ReasonPart]:
    """The named parts of one person's queue score (`interest_keys`: the user's, normalised)."""
    parts: list[ReasonPart] = []
    if attendance.queue == QueueState.TALKING:
        parts.append(ReasonPart("talking", TALKING_NOW, "talking now"))
    if attendance.starred:
        parts.append(ReasonPart("starred", STARRED, "you starred them"))
    for _, offer in offers_meeting(goals.needs, person.offers):
        parts.append(ReasonPart("offers_my_need", OFFERS_MY_NEED, f"offers {offer} — you need it"))
    for need, _ in needs_met(person.needs, goals.offers):
        parts.append(ReasonPart("needs_my_offer", NEEDS_MY_OFFER, f"needs {need} — you offer it"))
    described = words_of(person.title, person.company, *person.tags)
    for target in goals.targets:
        if target_matches(target, described):
            parts.append(ReasonPart("target", TARGET, f"one of your targets: {target}"))
    shared = [t for t in person.tags if normalize_tag(t) in interest_keys]
    if shared:
        points = SHARED_INTEREST * min(len(shared), MAX_SHARED_COUNTED)
        parts.append(ReasonPart("shared_interests", points, "shares: " + ", ".join(shared)))
    if history is not None:
        if history.open_followups:
            parts.append(ReasonPart("open_followup", OPEN_FOLLOWUP,
                                    f"open follow-up: {history.open_followups[0]}"))
        if history.met_at_events:
            learned = f" — {history.learned}" if history.learned else ""
            parts.append(ReasonPart("met_before", MET_BEFORE,
                                    f"met before at {history.met_at_events[0]}{learned}"))
    if attendance.queue == QueueState.MET:
        when = f" at {attendance.met_at:%H:%M}" if attendance.met_at else ""
        parts.append(ReasonPart("met", MET_HERE, f"met{when}"))
    elif attendance.queue == QueueState.SKIPPED:
        parts.append(ReasonPart("skipped", SKIPPED, "skipped"))
    return parts


def is_waiting(attendance: Attendance, now: datetime) -> bool:
    """True while a snooze is still running."""
    return (attendance.queue == QueueState.SNOOZED and attendance.snoozed_until is not None
            and attendance.snoozed_until > now)


def rank_key(entry: QueueEntry) -> tuple[int, str, str, str]:
    """Where an entry stands: best score first, then by name (accent-blind), then by id."""
    return (-entry.score, fold(entry.person.display_name), entry.person.id, entry.attendance.id)


def interest_keys_of(interests: Iterable[str]) -> frozenset[str]:
    """The user's interests as the queue compares them (normalised tags)."""
    return frozenset(normalize_tag(i) for i in interests)


def rank_queue(
    present: Iterable[tuple[Person, Attendance]],
    goals: Goals,
    interests: Iterable[str] = (),
    histories: Mapping[str, PersonHistory] | None = None,
    now: datetime | None = None,
) -> list[QueueEntry]:
    """Present people, best to meet first; met and skipped people sink; snoozed ones wait."""
    now = now or datetime.now().astimezone()
    interest_keys = interest_keys_of(interests)
    histories = histories or {}
    entries = [QueueEntry(person, attendance, score_person(person, attendance, goals,
                                                           interest_keys,
                                                           histories.get(person.id)))
               for person, attendance in present
               if attendance.status == AttendanceStatus.PRESENT
               and not is_waiting(attendance, now)]
    entries.sort(key=rank_key)
    return entries


class RankedQueue:
    """The queue kept in order between changes: only the people said to have changed are
    scored again, and each is moved to its new place by bisection.

    `put` a present person's records (again after any change, with their history), `drop` an
    attendance that left the event; `entries(now)` is then exactly `rank_queue` of everyone put.
    The goals and interests are fixed: when they change, make a new one (`fits` says when).
    """

    def __init__(self, goals: Goals, interests: Iterable[str] = ()) -> None:
        interests = tuple(interests)
        self.goals = goals
        self._context = (tuple(goals.targets), tuple(goals.offers), tuple(goals.needs),
                         interests)
        self._interest_keys = interest_keys_of(interests)
        self._keys: list[tuple[int, str, str, str]] = []  # sorted; self._entries alongside
        self._entries: list[QueueEntry] = []
        self._key_of: dict[str, tuple[int, str, str, str]] = {}  # attendance id → its key
        self._snoozed: dict[str, QueueEntry] = {}  # snoozed with a time, ranked or waiting
        self._waiting: set[str] = set()  # attendance ids of snoozed people held back

    def fits(self, goals: Goals, interests: Iterable[str]) -> bool:
        """True while the goals and interests are the ones this queue was ranked for."""
        return self._context == (tuple(goals.targets), tuple(goals.offers), tuple(goals.needs),
                                 tuple(interests))

    def __len__(self) -> int:
        return len(self._key_of) + len(self._waiting)

    def put(self, person: Person, attendance: Attendance,
            history: PersonHistory | None = None) -> None:
        """Score a person again (their records or history changed) and move them into place."""
        self.drop(attendance.id)
        if attendance.status != AttendanceStatus.PRESENT:
            return
        entry = QueueEntry(person, attendance, score_person(
            person, attendance, self.goals, self._interest_keys, history))
        if attendance.queue == QueueState.SNOOZED and attendance.snoozed_until is not None:
            self._snoozed[attendance.id] = entry
            self._waiting.add(attendance.id)  # `entries` lets them in when their time is up
        else:
            self._insert(entry)

    def drop(self, attendance_id: str) -> None:
        """Take an attendance out of the queue (gone, or no longer at the event)."""
        self._remove(attendance_id)
        self._snoozed.pop(attendance_id, None)
        self._waiting.discard(attendance_id)

    def entries(self, now: datetime | None = None) -> list[QueueEntry]:
        """Everyone put, best to meet first, without the snoozed ones still waiting at `now`."""
        now = now or datetime.now().astimezone()
        for attendance_id, entry in self._snoozed.items():
            waits = is_waiting(entry.attendance, now)
            if waits and attendance_id not in self._waiting:
                self._remove(attendance_id)
                self._waiting.add(attendance_id)
            elif not waits and attendance_id in self._waiting:
                self._waiting.discard(attendance_id)
                self._insert(entry)
        return list(self._entries)

    def waiting(self, now: datetime | None = None) -> list[QueueEntry]:
        """The snoozed people still waiting at `now`, the soonest back first."""
        now = now or datetime.now().astimezone()
        held = [e for e in self._snoozed.values() if is_waiting(e.attendance, now)]
        return sorted(held, key=lambda e: (e.attendance.snoozed_until, *rank_key(e)[1:]))

    def position(self, attendance_id: str) -> int | None:
        """Where an attendance stands in the last `entries`, or None."""
        key = self._key_of.get(attendance_id)
        return None if key is None else bisect_left(self._keys, key)

    def _insert(self, entry: QueueEntry) -> None:
        key = rank_key(entry)
        at = bisect_left(self._keys, key)
        self._keys.insert(at, key)
        self._entries.insert(at, entry)
        self._key_of[entry.attendance.id] = key

    def _remove(self, attendance_id: str) -> None:
        key = self._key_of.pop(attendance_id, None)
        if key is not None:
            at = bisect_left(self._keys, key)
            del self._keys[at]
            del self._entries[at]
