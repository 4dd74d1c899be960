"""The post-event review: whom you met, what you promised, what to do next (pure Python)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from mingle.domain.introductions.matching import target_matches, words_of
from mingle.domain.introductions.suggest import is_open
from mingle.domain.records.models import (
    Attendance,
    AttendanceStatus,
    Event,
    FollowUp,
    Intro,
    IntroState,
    Note,
    Person,
    QueueState,
)
from mingle.domain.records.normalize import fold

LOSING_TOUCH_DAYS = 21
SNOOZE_DAYS = 3
CHART_MINUTES = 15
BARS = " ▁▂▃▄▅▆▇█"


@dataclass(slots=True)
class MetPerson:
    """Someone met at the event, with what was learned."""

    person: Person
    attendance: Attendance
    notes: list[Note] = field(default_factory=list)

    @property
    def rating(self) -> int:
        return max((n.rating for n in self.notes), default=0)

    @property
    def learned(self) -> str:
        """The notes of the event, oldest first, as one line."""
        return " / ".join(n.text.replace("\n", " ") for n in self.notes)


@dataclass(slots=True)
class Review:
    """Everything the review screen shows for one event."""

    event: Event
    met: list[MetPerson]
    present: int
    notes: int
    followups: list[FollowUp]
    intros: list[Intro]
    targets_met: list[tuple[str, list[str]]]
    targets_missed: list[str]
    chart: str
    chart_span: str

    @property
    def intros_made(self) -> int:
        return sum(1 for i in self.intros if i.state == IntroState.INTRODUCED)


def followup_status(followup: FollowUp, today: date) -> str:
    """done, overdue, due (today or within a week) or later."""
    if followup.done_at is not None:
        return "done"
    if followup.due is None:
        return "later"
    if followup.due < today:
        return "overdue"
    return "due" if followup.due <= today + timedelta(days=7) else "later"


def order_followups(followups: Iterable[FollowUp]) -> list[FollowUp]:
    """Open ones first by due date (undated last), then the done ones, newest first."""
    followups = list(followups)  # read twice: a generator would lose the done ones
    open_ = sorted((f for f in followups if f.done_at is None),
                   key=lambda f: (f.due or date.max, f.created))
    done = sorted((f for f in followups if f.done_at is not None),
                  key=lambda f: f.done_at, reverse=True)  # type: ignore[arg-type, return-value]
    return open_ + done


def conversation_chart(times: Sequence[datetime], minutes: int = CHART_MINUTES
                       ) -> tuple[str, str]:
    """Conversations over time as one row of bars (one per `minutes`), and its time span."""
    if not times:
        return "", ""
    start = min(times).replace(second=0, microsecond=0)
    start -= timedelta(minutes=start.minute % minutes)
    buckets = [0] * (int((max(times) - start).total_seconds() // (minutes * 60)) + 1)
    for moment in times:
        buckets[int((moment - start).total_seconds() // (minutes * 60))] += 1
    top = max(buckets)
    bars = "".join(BARS[round(count / top * (len(BARS) - 1))] if count else "·"
                   for count in buckets)
    end = start + timedelta(minutes=minutes * len(buckets))
    return bars, f"{start:%H:%M}–{end:%H:%M}, {minutes} min a bar, tallest = {top}"


def build_review(event: Event, attendance: Iterable[tuple[Person, Attendance]],
                 notes: Iterable[Note], followups: Iterable[FollowUp],
                 intros: Iterable[Intro], today: date | None = None) -> Review:
    """The review of an event from its records.

    Its follow-ups are the event's own, those of the people met there, any overdue one (from
    whichever event) and those done since the event, so that one marked done can be reopened.
    """
    today = today or date.today()
    rows = list(attendance)
    notes_by_person: dict[str, list[Note]] = {}
    event_notes = 0
    for note in sorted(notes, key=lambda n: n.created):
        if note.event_id == event.id:
            notes_by_person.setdefault(note.person_id, []).append(note)
            event_notes += 1
    met = [MetPerson(p, a, notes_by_person.get(p.id, [])) for p, a in rows
           if a.queue == QueueState.MET]
    met.sort(key=lambda m: (m.attendance.met_at or datetime.max.astimezone(),
                            fold(m.person.display_name)))
    present = sum(1 for _, a in rows if a.status in (AttendanceStatus.PRESENT,
                                                      AttendanceStatus.LEFT))
    met_ids = {m.person.id for m in met}
    since = event.date or today
    kept = order_followups(f for f in followups
                           if f.event_id == event.id or f.person_id in met_ids
                           or followup_status(f, today) == "overdue"
                           or (f.done_at is not None and f.done_at.date() >= since))
    event_intros = sorted((i for i in intros if i.event_id == event.id
                           and i.state != IntroState.DISMISSED),
                          key=lambda i: (not is_open(i.state),
                                         -i.updated.timestamp()))
    targets_met: list[tuple[str, list[str]]] = []
    targets_missed: list[str] = []
    for target in event.goals.targets:
        who = [m.person.display_name for m in met
               if target_matches(target, words_of(m.person.title, m.person.company,
                                                  *m.person.tags))]
        if who:
            targets_met.append((target, who))
        else:
            targets_missed.append(target)
    chart, span = conversation_chart([m.attendance.met_at for m in met if m.attendance.met_at])
    return Review(event, met, present, event_notes, kept, event_intros, targets_met,
                  targets_missed, chart, span)


def draft_followup(person: Person, event: Event, topics: Sequence[str],
                   promises: Sequence[str], intros_offered: Sequence[str], my_name: str) -> str:
    """A short, personal follow-up message from the user's own notes (never a sales template).

    `topics` are what the notes say you talked about (their #tags); `promises` the open
    follow-up actions; `intros_offered` the names of people you offered to introduce.
    """
    first = person.name.split()[0] if person.name else "there"
    shown = list(dict.fromkeys(t.lstrip("#") for t in topics))[:3]
    about = ""
    if shown:
        about = " and to talk about " + (", ".join(shown[:-1]) + " and " + shown[-1]
                                         if len(shown) > 1 else shown[0])
    lines = [f"Hi {first},", "", f"It was good to meet you at {event.name}{about}."]
    if promises:
        lines.append("As promised: " + "; ".join(p.rstrip(".") for p in promises) + ".")
    if intros_offered:
        lines.append("I'd still love to introduce you to " + " and ".join(intros_offered)
                     + " — shall I?")
    lines += ["", "Talk soon,", my_name or "me"]
    return "\n".join(lines)


@dataclass(slots=True)
class LosingTouch:
    """Someone you meant to follow up with, and how long it has been."""

    person: Person
    days: int
    promise: str


def losing_touch(people: Iterable[Person], followups: Iterable[FollowUp],
                 notes: Iterable[Note], attendance: Iterable[Attendance], today: date,
                 days: int = LOSING_TOUCH_DAYS) -> list[LosingTouch]:
    """People with an open follow-up and no interaction for `days` days, longest first.

    Any interaction resets the clock: a note, a meeting at an event, a follow-up marked done.
    """
    last: dict[str, date] = {}

    def touch(person_id: str, when: datetime | date | None) -> None:
        if when is None:
            return
        day = when.date() if isinstance(when, datetime) else when
        if day > last.get(person_id, date.min):
            last[person_id] = day

    open_by_person: dict[str, FollowUp] = {}
    for followup in followups:
        touch(followup.person_id, followup.created)
        touch(followup.person_id, followup.done_at)
        if followup.done_at is None:
            known = open_by_person.get(followup.person_id)
            if known is None or (followup.due or date.max) < (known.due or date.max):
                open_by_person[followup.person_id] = followup
    for note in notes:
        touch(note.person_id, note.created)
    for link in attendance:
        touch(link.person_id, link.met_at)
    by_id = {p.id: p for p in people}
    result = []
    for person_id, followup in open_by_person.items():
        person = by_id.get(person_id)
        quiet = (today - last.get(person_id, today)).days
        if person is not None and quiet >= days:
            result.append(LosingTouch(person, quiet, followup.action))
    result.sort(key=lambda item: (-item.days, fold(item.person.display_name)))
    return result
