"""LiveEvent: what happens at one event — check-in, the queue, notes — on top of the Store."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from mingle.domain.event.door_search import IncrementalFilter, search_key
from mingle.domain.event.notes import ParsedNote, parse_note
from mingle.domain.event.queue import PersonHistory, QueueEntry, QueueRanker
from mingle.domain.imports.attendees import IdentityIndex
from mingle.domain.introductions.suggest import personal_line
from mingle.domain.records.models import (
    Attendance,
    AttendanceStatus,
    Event,
    FollowUp,
    Note,
    Person,
    QueueState,
    Record,
    now,
)
from mingle.domain.records.normalize import clean_list, fold, normalize_tag
from mingle.store.database import Store

SNOOZE_MINUTES = 15
LEARNED_LENGTH = 80
DRAFT_PREFIX = "draft:"


@dataclass(slots=True)
class Undo:
    """The attendance as it was before a check-in change, and words for the user."""

    before: Attendance
    description: str


class LiveEvent:
    """Operations of the live event on one Store; every change is saved at once (non-blocking)."""

    def __init__(self, store: Store, event: Event) -> None:
        self.store = store
        self.event = event
        self._undo: list[Undo] = []
        self._ids: list[tuple[str, str]] | None = None  # (person id, attendance id), by name
        self._filter: IncrementalFilter | None = None
        self._position: dict[str, int] = {}
        self._counts: tuple[int, int, int] | None = None
        self._ranker = QueueRanker()

    # -- the attendee list -----------------------------------------------------------------

    def _rows(self) -> list[tuple[str, str]]:
        """Ids of everyone linked to the event, sorted by name (accent-blind).

        Built from the stored fields alone: records are made only for the rows shown.
        """
        if self._ids is None:
            people, attendance = self.store.people, self.store.attendance
            keyed = []
            keys = {}
            for attendance_id in attendance.ids_where("event_id", self.event.id):
                person_id = attendance.peek(attendance_id, "person_id")
                if person_id not in people:
                    continue
                name = people.peek(person_id, "name") or ""
                emails = people.peek(person_id, "emails") or []
                shown = name or (emails[0] if emails else "")
                keyed.append((fold(shown), person_id, attendance_id))
                keys[person_id] = search_key(name, people.peek(person_id, "company") or "",
                                             *emails)
            keyed.sort()
            self._ids = [(person_id, attendance_id) for _, person_id, attendance_id in keyed]
            self._position = {person_id: i for i, (person_id, _) in enumerate(self._ids)}
            self._filter = IncrementalFilter([keys[person_id] for person_id, _ in self._ids])
        return self._ids

    def __len__(self) -> int:
        return len(self._rows())

    def row(self, position: int) -> tuple[Person, Attendance]:
        """The person and their attendance at a position of the list."""
        person_id, attendance_id = self._rows()[position]
        person = self.store.people.get(person_id)
        attendance = self.store.attendance.get(attendance_id)
        assert person is not None and attendance is not None
        return person, attendance

    def row_key(self, position: int) -> tuple[str, Any, Any]:
        """Changes whenever the row at `position` would be drawn differently."""
        person_id, attendance_id = self._rows()[position]
        return (attendance_id, self.store.attendance.peek(attendance_id, "updated"),
                self.store.people.peek(person_id, "updated"))

    def search(self, query: str) -> list[int]:
        """Positions in the list matching a typed query."""
        self._rows()
        assert self._filter is not None
        return self._filter.filter(query)

    def position_of(self, person_id: str) -> int | None:
        """Where a person stands in the list."""
        self._rows()
        return self._position.get(person_id)

    def attendance_of(self, person_id: str) -> Attendance | None:
        position = self.position_of(person_id)
        return None if position is None else self.row(position)[1]

    def counts(self) -> tuple[int, int]:
        """(present, expected): expected counts everyone not declined or waitlisted."""
        present, expected, _ = self._tally()
        return present, expected

    def met_count(self) -> int:
        return self._tally()[2]

    def _tally(self) -> tuple[int, int, int]:
        if self._counts is None:
            present = expected = met = 0
            not_expected = (AttendanceStatus.DECLINED, AttendanceStatus.WAITLISTED)
            peek = self.store.attendance.peek
            for _, attendance_id in self._rows():
                status = peek(attendance_id, "status")
                present += status == AttendanceStatus.PRESENT
                expected += status not in not_expected
                met += peek(attendance_id, "queue") == QueueState.MET
            self._counts = (present, expected, met)
        return self._counts

    def _present(self) -> list[tuple[Person, Attendance]]:
        peek = self.store.attendance.peek
        return [self.row(i) for i, (_, attendance_id) in enumerate(self._rows())
                if peek(attendance_id, "status") == AttendanceStatus.PRESENT]

    def _replace(self, attendance: Attendance) -> None:
        self.store.save(attendance)
        self._counts = None

    def _add_row(self) -> None:
        self._ids = None  # a new person changes the order; rebuilt on next use
        self._counts = None

    def refresh_person(self, person: Person) -> None:
        """A person's card changed (name, company): rebuild the list on next use."""
        if person.id in self._position:
            self._ids = None

    # -- check-in --------------------------------------------------------------------------

    def toggle_check_in(self, person_id: str, when: datetime | None = None) -> Attendance | None:
        """Check a person in (time stamped), or out again if they were already in."""
        attendance = self.attendance_of(person_id)
        if attendance is None:
            return None
        person = self.store.people.get(person_id)
        name = person.display_name if person else "?"
        if attendance.status == AttendanceStatus.PRESENT:
            changed = attendance.evolve(status=AttendanceStatus.EXPECTED, checked_in_at=None)
            words = f"checked {name} out"
        else:
            changed = attendance.evolve(status=AttendanceStatus.PRESENT,
                                        checked_in_at=when or now())
            words = f"checked {name} in"
        self._undo.append(Undo(attendance, words))
        self._replace(changed)
        self._started_if_first()
        return changed

    def undo(self) -> str | None:
        """Reverse the last check-in change; returns what was undone."""
        if not self._undo:
            return None
        last = self._undo.pop()
        self._replace(last.before.evolve())
        return last.description

    def _started_if_first(self) -> None:
        if self.event.started is None:
            self.event = self.event.evolve(started=now())
            self.store.save(self.event)

    def check_myself_in(self) -> Event:
        """The user arrives (attendee role): the event is marked started for them."""
        self._started_if_first()
        return self.event

    def find_existing(self, name: str, company: str, email: str) -> Person | None:
        """A person already known by this email, or by the same name and company.

        The rule of imports too (`IdentityIndex`): an email match wins over a name match.
        """
        known: IdentityIndex[Person] = IdentityIndex()
        for person in self.store.people:
            known.remember(person, person)
        return known.find(Person(name=name, company=company, emails=[email] if email else []))

    def walk_in(self, name: str, company: str = "", email: str = "",
                source: str = "walk-in") -> tuple[Person, Attendance]:
        """Add someone who was not on the list, checked in at once (known people are reused)."""
        person = self.find_existing(name, company, email)
        if person is None:
            person = Person(name=name, company=company, emails=[email] if email else [],
                            source=source)
        person.validate()
        attendance = self.attendance_of(person.id)
        if attendance is None:
            attendance = Attendance(event_id=self.event.id, person_id=person.id)
        before = attendance
        attendance = attendance.evolve(status=AttendanceStatus.PRESENT,
                                       checked_in_at=attendance.checked_in_at or now())
        self.store.save(person, attendance)
        self._undo.append(Undo(before, f"added {person.display_name}"))
        self._add_row()
        self._started_if_first()
        return person, attendance

    # -- the queue -------------------------------------------------------------------------

    def histories(self, present: list[tuple[Person, Attendance]]) -> dict[str, PersonHistory]:
        """What was learned of present people at earlier events."""
        store = self.store
        known = {f.person_id for f in store.followups if f.done_at is None}
        for event_id in store.events.ids():
            if event_id != self.event.id:
                known.update(store.attendance.peek(a, "person_id")
                             for a in store.attendance.ids_where("event_id", event_id)
                             if store.attendance.peek(a, "queue") == QueueState.MET)
        result: dict[str, PersonHistory] = {}
        for person, _ in present:
            if person.id in known:
                result[person.id] = self.history(person.id)
        return result

    def history(self, person_id: str) -> PersonHistory:
        """Earlier events where the person was met, and their open follow-ups."""
        met_at = []
        for attendance in self.store.attendance.where("person_id", person_id):
            if attendance.event_id != self.event.id and attendance.queue == QueueState.MET:
                event = self.store.events.get(attendance.event_id)
                if event is not None:
                    met_at.append((event.date or date.min, event.name))
        met_at.sort(reverse=True)
        open_followups = sorted(
            (f for f in self.store.followups.where("person_id", person_id) if f.done_at is None),
            key=lambda f: f.due or date.max)
        earlier = sorted((n for n in self.store.notes.where("person_id", person_id)
                          if n.event_id != self.event.id), key=lambda n: n.created, reverse=True)
        return PersonHistory(
            met_at_events=tuple(name for _, name in met_at),
            open_followups=tuple(f.action for f in open_followups),
            learned=personal_line([n.text for n in earlier])[:LEARNED_LENGTH],
        )

    def queue(self, when: datetime | None = None) -> list[QueueEntry]:
        """Present people ranked by the event's goals and the user's interests."""
        present = self._present()
        return self._ranker.rank(present, self.event.goals, self.store.me.interests,
                                 self.histories(present), when)

    def _queue_change(self, person_id: str, **changes) -> Attendance | None:
        attendance = self.attendance_of(person_id)
        if attendance is None:
            return None
        changed = attendance.evolve(**changes)
        self._replace(changed)
        return changed

    def start_talking(self, person_id: str) -> Attendance | None:
        """Start a conversation (a timer runs); anyone else being talked to is paused."""
        peek = self.store.attendance.peek
        for other_id, attendance_id in self._rows():
            if other_id != person_id and peek(attendance_id, "queue") == QueueState.TALKING:
                other = self.store.attendance.get(attendance_id)
                assert other is not None
                self._stop_talking(other, QueueState.TO_MEET)
        attendance = self.attendance_of(person_id)
        if attendance is None or attendance.queue == QueueState.TALKING:
            return attendance
        return self._queue_change(person_id, queue=QueueState.TALKING, talking_since=now())

    def _stop_talking(self, attendance: Attendance, state: QueueState, **extra) -> Attendance:
        seconds = attendance.talk_seconds
        if attendance.talking_since is not None:
            seconds += max(0, int((now() - attendance.talking_since).total_seconds()))
        changed = attendance.evolve(queue=state, talking_since=None, talk_seconds=seconds, **extra)
        self._replace(changed)
        return changed

    def mark_met(self, person_id: str) -> Attendance | None:
        """Record that the user met this person (the talk timer's time is kept)."""
        attendance = self.attendance_of(person_id)
        if attendance is None:
            return None
        if attendance.status != AttendanceStatus.PRESENT:
            attendance = attendance.evolve(status=AttendanceStatus.PRESENT,
                                           checked_in_at=attendance.checked_in_at or now())
        return self._stop_talking(attendance, QueueState.MET, met_at=attendance.met_at or now())

    def skip(self, person_id: str) -> Attendance | None:
        attendance = self.attendance_of(person_id)
        if attendance is None:
            return None
        state = QueueState.TO_MEET if attendance.queue == QueueState.SKIPPED else QueueState.SKIPPED
        return self._stop_talking(attendance, state)

    def snooze(self, person_id: str, minutes: int = SNOOZE_MINUTES) -> Attendance | None:
        attendance = self.attendance_of(person_id)
        if attendance is None:
            return None
        return self._stop_talking(attendance, QueueState.SNOOZED,
                                  snoozed_until=now() + timedelta(minutes=minutes))

    def toggle_star(self, person_id: str) -> Attendance | None:
        attendance = self.attendance_of(person_id)
        if attendance is None:
            return None
        return self._queue_change(person_id, starred=not attendance.starred)

    # -- notes -----------------------------------------------------------------------------

    def add_note(self, person_id: str, text: str, today: date | None = None) -> ParsedNote:
        """Save a note; tags, needs and offers go onto the person; `!follow` adds a follow-up."""
        return add_note(self.store, person_id, text, self.event.id, today)

    def quick_capture(self, name: str, company: str, note: str) -> tuple[Person, ParsedNote | None]:
        """Someone new met by chance: added, present, met, with a first note."""
        person, _ = self.walk_in(name, company, source="met by chance")
        self.mark_met(person.id)
        parsed = self.add_note(person.id, note) if note.strip() else None
        return person, parsed


def add_note(store: Store, person_id: str, text: str, event_id: str | None,
             today: date | None = None) -> ParsedNote:
    """Save a note about a person (at an event or not) and apply what it says."""
    person = store.people.get(person_id)
    if person is None:
        raise KeyError(person_id)
    parsed = parse_note(text, today or date.today())
    records: list[Record] = [Note(person_id=person_id, event_id=event_id, text=parsed.text,
                                  tags=parsed.tags, rating=parsed.rating)]
    updated = person.evolve(
        tags=clean_list([*person.tags, *parsed.tags], key=normalize_tag),
        needs=clean_list([*person.needs, *parsed.needs]),
        offers=clean_list([*person.offers, *parsed.offers]),
    )
    if (updated.tags, updated.needs, updated.offers) != (person.tags, person.needs, person.offers):
        records.append(updated)
    if parsed.follow is not None:
        action = parsed.follow.action or f"Follow up with {person.display_name}"
        records.append(FollowUp(person_id=person_id, event_id=event_id, action=action,
                                due=parsed.follow.due))
    store.save(*records)
    clear_draft(store, person_id)
    return parsed


def draft_of(store: Store, person_id: str) -> str:
    """The unsaved note kept for a person, if any."""
    value = store.setting(DRAFT_PREFIX + person_id)
    return value if isinstance(value, str) else ""


def keep_draft(store: Store, person_id: str, text: str) -> None:
    """Keep an unfinished note (saved to disk like everything else)."""
    if text != draft_of(store, person_id):
        store.set_setting(DRAFT_PREFIX + person_id, text or None)


def clear_draft(store: Store, person_id: str) -> None:
    if draft_of(store, person_id):
        store.set_setting(DRAFT_PREFIX + person_id, None)
