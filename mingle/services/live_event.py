"""LiveEvent: what happens at one event — check-in, the queue, notes — on top of the Store."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Literal

from mingle.domain.event.door_search import IncrementalFilter, search_key
from mingle.domain.event.notes import ParsedNote, parse_note
from mingle.domain.event.queue import QueueEntry
from mingle.domain.event.tickets import TicketIndex, ticket_type
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
from mingle.services.live_queue import LiveQueue
from mingle.store.database import Store
from mingle.store.settings import DRAFT_PREFIX
from mingle.store.undo import UndoLog

SNOOZE_MINUTES = 15
NOT_EXPECTED = (AttendanceStatus.DECLINED, AttendanceStatus.WAITLISTED)


@dataclass(frozen=True, slots=True)
class TicketScan:
    """What a scanned ticket code did: checked a guest in, found them in already, or nothing."""

    outcome: Literal["checked_in", "already_in", "unknown", "several"]
    code: str
    person: Person | None = None
    attendance: Attendance | None = None
    ticket: str = ""
    holders: tuple[Person, ...] = ()


class LiveEvent:
    """Operations of the live event on one Store; every change is saved at once (non-blocking)."""

    def __init__(self, store: Store, event: Event) -> None:
        self.store = store
        self.event = event
        self._tickets: TicketIndex | None = None
        self._ids: list[tuple[str, str]] | None = None  # (person id, attendance id), by name
        self._filter: IncrementalFilter | None = None
        self._position: dict[str, int] = {}
        self._counts: tuple[int, int, int] | None = None
        self._queue = LiveQueue(store, event.id)
        self._queue.changed.append(self._count_change)

    # -- the attendee list -----------------------------------------------------------------

    def _rows(self) -> list[tuple[str, str]]:
        """Ids of everyone linked to the event, sorted by name (accent-blind).

        Built from the stored fields alone: records are made only for the rows shown.
        """
        if self._ids is None:
            people, attendance = self.store.people, self.store.attendance
            keyed = []
            for attendance_id in attendance.ids_where("event_id", self.event.id):
                person_id = attendance.peek(attendance_id, "person_id")
                if person_id not in people:
                    continue
                name = people.peek(person_id, "name") or ""
                emails = people.peek(person_id, "emails") or []
                shown = name or (emails[0] if emails else "")
                keyed.append((fold(shown), person_id, attendance_id))
            keyed.sort()
            ids = self._ids = [(person_id, attendance_id) for _, person_id, attendance_id in keyed]
            self._position = {person_id: i for i, (person_id, _) in enumerate(ids)}
            # The search keys wait for the first search (or prepare_search after the first frame).
            self._filter = IncrementalFilter.later(len(ids), lambda: self._search_texts(ids))
            self._tickets = None
        return self._ids

    def _search_texts(self, ids: list[tuple[str, str]]) -> tuple[list[str], list[str]]:
        """The search keys and folded names of the people listed, in the list's order."""
        people = self.store.people
        peek = people.peek
        keys, names = [], []
        for person_id, _ in ids:
            if person_id not in people:  # removed since the list was made: matches nothing
                keys.append("")
                names.append("")
                continue
            name = peek(person_id, "name") or ""
            emails = peek(person_id, "emails") or []
            shown = name or (emails[0] if emails else "")
            keys.append(search_key(name, peek(person_id, "company") or "", *emails))
            names.append(search_key(shown))
        return keys, names

    def prepare_search(self) -> None:
        """Make the list's search keys now (they are made by the first search otherwise)."""
        self._rows()
        if self._filter is not None:
            self._filter.prepare()

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
        """(present, expected): the one definition of "here", for check-in and the queue.

        Present is everyone checked in (snoozed or met people are still here); expected
        counts everyone not declined or waitlisted.
        """
        present, expected, _ = self._tally()
        return present, expected

    def met_count(self) -> int:
        return self._tally()[2]

    def _tally(self) -> tuple[int, int, int]:
        if self._counts is None:
            present = expected = met = 0
            peek = self.store.attendance.peek
            for _, attendance_id in self._rows():
                status = peek(attendance_id, "status")
                present += status == AttendanceStatus.PRESENT
                expected += status not in NOT_EXPECTED
                met += peek(attendance_id, "queue") == QueueState.MET
            self._counts = (present, expected, met)
        return self._counts

    def _count_change(self, old: Record | None, new: Record | None) -> None:
        """Keep the tally of `counts` up to date as attendance changes."""
        if self._counts is None:
            return
        if isinstance(old or new, Person):
            if old is None or new is None:  # someone added or gone: counted again
                self._counts = None
            return
        present, expected, met = self._counts
        for sign, link in ((-1, old), (1, new)):
            if (isinstance(link, Attendance) and link.event_id == self.event.id
                    and link.person_id in self.store.people):
                present += sign * (link.status == AttendanceStatus.PRESENT)
                expected += sign * (link.status not in NOT_EXPECTED)
                met += sign * (link.queue == QueueState.MET)
        self._counts = (present, expected, met)

    def _replace(self, attendance: Attendance) -> None:
        self.store.save(attendance)

    def _add_row(self) -> None:
        self._ids = None  # a new person changes the order; rebuilt on next use
        self._counts = None

    def undo(self, log: UndoLog) -> str | None:
        """Reverse the last action recorded in `log`; returns what was undone."""
        undone = log.undo(self.store)
        if undone is None:
            return None
        self._add_row()  # a walk-in may be gone, a check-in reversed
        return undone[0].words

    def _record(self, log: UndoLog | None, words: str, before: Attendance | None,
                created: tuple[Record, ...] = ()) -> None:
        if log is not None:
            log.record(words, () if before is None else (before,), created)

    def refresh_person(self, person: Person) -> None:
        """A person's card changed (name, company): rebuild the list on next use."""
        if person.id in self._position:
            self._ids = None

    # -- check-in --------------------------------------------------------------------------

    def toggle_check_in(self, person_id: str, when: datetime | None = None,
                        log: UndoLog | None = None) -> Attendance | None:
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
        self._record(log, words, attendance)
        self._replace(changed)
        self._started_if_first()
        return changed

    def ticket_of(self, person: Person) -> str:
        """The ticket type kept from the attendee list ("VIP"), if any."""
        return ticket_type(person.extra)

    def scan_ticket(self, code: str, log: UndoLog | None = None) -> TicketScan:
        """A scanned ticket code: its guest is checked in at once, or the scan says why not."""
        if self._tickets is None:
            peek = self.store.people.peek
            self._tickets = TicketIndex.of((pid, peek(pid, "extra") or {})
                                           for pid, _ in self._rows())
        holders = [p for p in (self.store.people.get(i) for i in self._tickets.find(code)) if p]
        if not holders:
            return TicketScan("unknown", code.strip())
        if len(holders) > 1:
            return TicketScan("several", code.strip(), holders=tuple(holders))
        person = holders[0]
        attendance = self.attendance_of(person.id)
        assert attendance is not None
        ticket = self.ticket_of(person)
        if attendance.status == AttendanceStatus.PRESENT:
            return TicketScan("already_in", code.strip(), person, attendance, ticket)
        changed = self.toggle_check_in(person.id, log=log)
        return TicketScan("checked_in", code.strip(), person, changed, ticket)

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
        # Imported here: the identity rule (phonenumbers, rapidfuzz) is not needed to start.
        from mingle.domain.exchange.match import IdentityIndex

        known: IdentityIndex[Person] = IdentityIndex()
        for person in self.store.people:
            known.remember(person, person)
        return known.find(Person(name=name, company=company, emails=[email] if email else []))

    def walk_in(self, name: str, company: str = "", email: str = "", source: str = "walk-in",
                log: UndoLog | None = None, phone: str = "") -> tuple[Person, Attendance]:
        """Add someone who was not on the list, checked in at once (known people are reused).

        Undoing it removes what it created: the new person, or a known person's new attendance.
        """
        found = self.find_existing(name, company, email)
        created: list[Record] = []
        before: list[Record] = []
        if found is None:
            person = Person(name=name, company=company, emails=[email] if email else [],
                            phones=[phone] if phone else [], source=source)
            created.append(person)
        else:
            person = found
            grown = person.evolve(emails=[*person.emails, *([email] if email else [])],
                                  phones=[*person.phones, *([phone] if phone else [])])
            if (grown.emails, grown.phones) != (person.emails, person.phones):
                before.append(person)
                person = grown
        person.validate()
        attendance = self.attendance_of(person.id)
        if attendance is None:
            attendance = Attendance(event_id=self.event.id, person_id=person.id)
            created.append(attendance)
        else:
            before.append(attendance)
        attendance = attendance.evolve(status=AttendanceStatus.PRESENT,
                                       checked_in_at=attendance.checked_in_at or now())
        self.store.save(person, attendance)
        if log is not None:
            log.record(f"added {person.display_name}", before, created)
        self._add_row()
        self._started_if_first()
        return person, attendance

    # -- the queue -------------------------------------------------------------------------

    def queue(self, when: datetime | None = None) -> list[QueueEntry]:
        """Present people ranked by the event's goals and the user's interests.

        Kept ranked between calls: only the people a change touched are scored again.
        """
        return self._queue.entries(self.event, when)

    def queue_position(self, person_id: str) -> int | None:
        """Where a person stands in the last `queue()`, or None."""
        return self._queue.position(self.event, person_id)

    def _name(self, person_id: str) -> str:
        person = self.store.people.get(person_id)
        return person.display_name if person else "?"

    def _queue_change(self, person_id: str, **changes) -> Attendance | None:
        attendance = self.attendance_of(person_id)
        if attendance is None:
            return None
        changed = attendance.evolve(**changes)
        self._replace(changed)
        return changed

    def start_talking(self, person_id: str, log: UndoLog | None = None) -> Attendance | None:
        """Start a conversation (a timer runs); anyone else being talked to is paused."""
        peek = self.store.attendance.peek
        before: list[Record] = []
        for other_id, attendance_id in self._rows():
            if other_id != person_id and peek(attendance_id, "queue") == QueueState.TALKING:
                other = self.store.attendance.get(attendance_id)
                assert other is not None
                before.append(other)
                self._stop_talking(other, QueueState.TO_MEET)
        attendance = self.attendance_of(person_id)
        if attendance is None or attendance.queue == QueueState.TALKING:
            return attendance
        if log is not None:
            log.record(f"talking with {self._name(person_id)}", [*before, attendance])
        return self._queue_change(person_id, queue=QueueState.TALKING, talking_since=now())

    def _stop_talking(self, attendance: Attendance, state: QueueState, **extra) -> Attendance:
        seconds = attendance.talk_seconds
        if attendance.talking_since is not None:
            seconds += max(0, int((now() - attendance.talking_since).total_seconds()))
        changed = attendance.evolve(queue=state, talking_since=None, talk_seconds=seconds, **extra)
        self._replace(changed)
        return changed

    def mark_met(self, person_id: str, log: UndoLog | None = None) -> Attendance | None:
        """Record that the user met this person (the talk timer's time is kept)."""
        attendance = self.attendance_of(person_id)
        if attendance is None:
            return None
        self._record(log, f"met {self._name(person_id)}", attendance)
        if attendance.status != AttendanceStatus.PRESENT:
            attendance = attendance.evolve(status=AttendanceStatus.PRESENT,
                                           checked_in_at=attendance.checked_in_at or now())
        return self._stop_talking(attendance, QueueState.MET, met_at=attendance.met_at or now())

    def skip(self, person_id: str, log: UndoLog | None = None) -> Attendance | None:
        """Skip someone for now (or take the skip back)."""
        attendance = self.attendance_of(person_id)
        if attendance is None:
            return None
        skipping = attendance.queue != QueueState.SKIPPED
        self._record(log, f"{'skipped' if skipping else 'un-skipped'} {self._name(person_id)}",
                     attendance)
        return self._stop_talking(attendance,
                                  QueueState.SKIPPED if skipping else QueueState.TO_MEET)

    def snooze(self, person_id: str, minutes: int = SNOOZE_MINUTES,
               log: UndoLog | None = None) -> Attendance | None:
        """Hide someone from the queue for a while; they come back by themselves."""
        attendance = self.attendance_of(person_id)
        if attendance is None:
            return None
        self._record(log, f"snoozed {self._name(person_id)}", attendance)
        return self._stop_talking(attendance, QueueState.SNOOZED,
                                  snoozed_until=now() + timedelta(minutes=minutes))

    def snoozed(self, when: datetime | None = None) -> list[tuple[Person, Attendance]]:
        """Present people whose snooze still runs, the soonest back first."""
        return self._queue.waiting(self.event, when)

    def toggle_star(self, person_id: str, log: UndoLog | None = None) -> Attendance | None:
        """Star someone (they rise in the queue), or unstar them."""
        attendance = self.attendance_of(person_id)
        if attendance is None:
            return None
        self._record(log, f"{'unstarred' if attendance.starred else 'starred'} "
                          f"{self._name(person_id)}", attendance)
        return self._queue_change(person_id, starred=not attendance.starred)

    # -- notes -----------------------------------------------------------------------------

    def add_note(self, person_id: str, text: str, today: date | None = None,
                 log: UndoLog | None = None) -> ParsedNote:
        """Save a note; tags, needs and offers go onto the person; `!follow` adds a follow-up."""
        return add_note(self.store, person_id, text, self.event.id, today, log=log)

    def quick_capture(self, name: str, company: str, note: str, email: str = "",
                      phone: str = "", log: UndoLog | None = None
                      ) -> tuple[Person, ParsedNote | None, bool]:
        """Someone new met by chance: added (or merged into who they are), present, met, noted.

        Returns the person, the parsed note and whether they were already known (merged).
        """
        known = self.find_existing(name, company, email) is not None
        steps = UndoLog()
        person, _ = self.walk_in(name, company, email, source="met by chance", log=steps,
                                 phone=phone)
        self.mark_met(person.id, log=steps)
        parsed = self.add_note(person.id, note, log=steps) if note.strip() else None
        if log is not None:
            step = steps.combine(len(steps), f"{'met' if known else 'added'} "
                                              f"{person.display_name}")
            if step is not None:
                log.record(step.words, step.before, step.created)
        return person, parsed, known


def add_note(store: Store, person_id: str, text: str, event_id: str | None,
             today: date | None = None, log: UndoLog | None = None) -> ParsedNote:
    """Save a note about a person (at an event or not) and apply what it says."""
    person = store.people.get(person_id)
    if person is None:
        raise KeyError(person_id)
    parsed = parse_note(text, today or date.today())
    note = Note(person_id=person_id, event_id=event_id, text=parsed.text, tags=parsed.tags,
                rating=parsed.rating)
    records: list[Record] = [note]
    updated = person.evolve(
        tags=clean_list([*person.tags, *parsed.tags], key=normalize_tag),
        needs=clean_list([*person.needs, *parsed.needs]),
        offers=clean_list([*person.offers, *parsed.offers]),
    )
    changed_person = (updated.tags, updated.needs, updated.offers) != (
        person.tags, person.needs, person.offers)
    if changed_person:
        records.append(updated)
    if parsed.follow is not None:
        action = parsed.follow.action or f"Follow up with {person.display_name}"
        records.append(FollowUp(person_id=person_id, event_id=event_id, action=action,
                                due=parsed.follow.due))
    store.save(*records)
    if log is not None:
        log.record(f"note on {person.display_name}", [person] if changed_person else [],
                   [r for r in records if r is not updated])
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
