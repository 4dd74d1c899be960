"""The queue of people to meet: present people ranked for the user, each with its reasons."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

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


class QueueRanker:
    """Ranks again and again, scoring only the people whose records changed since last time."""

    def __init__(self) -> None:
        self._context: tuple[Any, ...] = ()
        self._scores: dict[str, tuple[tuple[Any, ...], list[ReasonPart]]] = {}

    def rank(
        self,
        present: Iterable[tuple[Person, Attendance]],
        goals: Goals,
        interests: Iterable[str] = (),
        histories: Mapping[str, PersonHistory] | None = None,
        now: datetime | None = None,
    ) -> list[QueueEntry]:
        """Present people, best to meet first, reusing the scores of people who did not change."""
        now = now or datetime.now().astimezone()
        interest_keys = frozenset(normalize_tag(i) for i in interests)
        context = (tuple(goals.targets), tuple(goals.offers), tuple(goals.needs), interest_keys)
        if context != self._context:
            self._context, self._scores = context, {}
        histories = histories or {}
        entries: list[QueueEntry] = []
        for person, attendance in present:
            if attendance.status != AttendanceStatus.PRESENT or is_waiting(attendance, now):
                continue
            history = histories.get(person.id)
            key = (person.updated, attendance.updated, history)
            cached = self._scores.get(person.id)
            if cached is not None and cached[0] == key:
                parts = cached[1]
            else:
                parts = score_person(person, attendance, goals, interest_keys, history)
                self._scores[person.id] = (key, parts)
            entries.append(QueueEntry(person, attendance, parts))
        entries.sort(key=lambda e: (-e.score, fold(e.person.display_name), e.person.id))
        return entries
