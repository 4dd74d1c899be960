"""Import and export on a Store: attendee lists merged into people, exports gathered."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from mingle.domain.exchange.match import Match, merged_line
from mingle.domain.exports.data import ExportData, PersonExport
from mingle.domain.imports.attendees import (
    AttendeeList,
    AttendeeRow,
    IdentityIndex,
    bulk_records,
    merge_people,
    read_attendee_list,
)
from mingle.domain.imports.columns import KEEP, parse_overrides
from mingle.domain.imports.csv_text import RowProblem
from mingle.domain.records.models import (
    Attendance,
    AttendanceStatus,
    Event,
    FollowUp,
    Note,
    Person,
    QueueState,
    Record,
    ValidationError,
    now,
)
from mingle.domain.records.normalize import fold
from mingle.domain.records.phones import default_region
from mingle.domain.records.text import clean_line
from mingle.store.database import Store
from mingle.store.settings import CURRENT_EVENT

# A check-in made at the door outranks what an older export says.
_CHECKED_IN = (AttendanceStatus.PRESENT, AttendanceStatus.LEFT)


@dataclass(slots=True)
class ImportReport:
    """What an import did, for the user: counts, skipped rows with reasons, the mapping used."""

    file_name: str
    file_description: str
    mapping: list[tuple[str, str]]
    kept_columns: list[str]
    event_name: str = ""
    event_created: bool = False
    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: list[RowProblem] = field(default_factory=list)
    warnings: list[RowProblem] = field(default_factory=list)
    merged: list[RowProblem] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)

    @classmethod
    def of(cls, attendees: AttendeeList, file_name: str) -> ImportReport:
        """The report of a file as read, before anything is stored."""
        return cls(Path(file_name).name, attendees.describe_file(),
                   attendees.mapping.describe(), attendees.mapping.kept_headers,
                   skipped=list(attendees.skipped), warnings=list(attendees.warnings),
                   ignored_columns=attendees.mapping.ignored_headers)

    def lines(self, *, counts_first: bool = False) -> list[str]:
        """The report as lines of plain text (counts last for a terminal, first for a dialog)."""
        event = f' into "{self.event_name}"' if self.event_name else ""
        created = " (a new event)" if self.event_created else ""
        counts = (f"{self.imported} imported, {self.updated} updated, {self.unchanged} "
                  f"unchanged, {len(self.skipped)} skipped.")
        out = [f"Imported {self.file_name} ({self.file_description}){event}{created}."]
        if counts_first:
            out.append(counts)
        out.append("Columns used:")
        width = max((len(name) for name, _ in self.mapping), default=0)
        out += [f"  {name.ljust(width)}  <- {columns}" for name, columns in self.mapping]
        if self.kept_columns:
            out.append(f"  {KEEP.ljust(width)}  <- " + ", ".join(self.kept_columns)
                       + " (kept on each person as they are)")
        if self.ignored_columns:
            out.append("  Not read: " + ", ".join(self.ignored_columns)
                       + " (what mingle's own export says of notes and follow-ups)")
        if not counts_first:
            out.append(counts)
        if self.merged:
            out.append("Merged into people already known:")
            out += [f"  line {p.line}: {p.message}" for p in self.merged]
        if self.skipped:
            out.append("Skipped rows:")
            out += [f"  line {p.line}: {p.message}" for p in self.skipped]
        if self.warnings:
            out.append("Read with a doubt:")
            out += [f"  line {p.line}: {p.message}" for p in self.warnings]
        return out


class TransferError(ValueError):
    """A file that cannot be imported or written; nothing was changed. The message says why."""


CARD_SUFFIXES = (".vcf", ".vcard", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp")


def holds_cards(path: Path) -> bool:
    """True for a file of cards (vCard, MECARD, an image of a QR code), not an attendee list."""
    if path.suffix.lower() in CARD_SUFFIXES:
        return True
    try:
        with path.open("rb") as handle:
            start = handle.read(64).removeprefix(b"\xef\xbb\xbf").lstrip().upper()
    except OSError:
        return False
    return start.startswith((b"BEGIN:VCARD", b"MECARD:"))


def read_import_file(path: Path, mapping: list[str]) -> AttendeeList:
    """The attendee list in a file; TransferError (nothing changed) when it cannot be read."""
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise TransferError(f"There is no file {path}.") from exc
    except IsADirectoryError as exc:
        raise TransferError(f"{path} is a folder; give the attendee list file itself.") from exc
    except OSError as exc:
        raise TransferError(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    try:
        return read_attendee_list(data, parse_overrides(mapping), source=f"import:{path.name}",
                                  region=default_region())
    except ValueError as exc:  # ImportFileError, or a --mapping the file does not fit
        raise TransferError(f"Cannot import {path}: {exc}. Nothing was changed.") from exc


def find_event(store: Store, name: str) -> Event | None:
    """The event of that name (case- and accent-blind); the current one if several share it."""
    wanted = fold(clean_line(name))
    matches = [e for e in store.events if fold(e.name) == wanted]
    current = store.setting(CURRENT_EVENT)
    for event in matches:
        if event.id == current:
            return event
    return max(matches, key=lambda e: (e.date or date.min, e.created), default=None)


def import_attendees(store: Store, attendees: AttendeeList, file_name: str,
                     event_name: str | None = None) -> ImportReport:
    """Merge an attendee list into the store and link everyone to the event; one durable save.

    The event is `event_name` (created if new), else the current event, else one named after
    the file. Nothing is written when nothing changed, so importing a file twice is harmless.
    """
    report = ImportReport.of(attendees, file_name)
    if not attendees.rows:
        return report
    if event_name:
        name = clean_line(event_name)
        event = find_event(store, name)
    else:
        name = clean_line(Path(file_name).stem)
        event = store.events.get(store.setting(CURRENT_EVENT)) or find_event(store, name)
    if event is None:
        event = Event(name=name or "Imported attendees")
        report.event_created = True
    report.event_name = event.name
    with bulk_records():
        _merge_into(store, attendees, event, report)
    if report.event_created and store.events.get(store.setting(CURRENT_EVENT)) is None:
        store.set_setting(CURRENT_EVENT, event.id)
    return report


def _merge_into(store: Store, attendees: AttendeeList, event: Event,
                report: ImportReport) -> None:
    """Match each row to a known person or a new one, link them to the event, save once."""
    records: list[Record] = [event] if report.event_created else []
    people = _PeopleIndex(store)
    attendance = {a.person_id: a for a in store.attendance.where("event_id", event.id)}
    lines: dict[str, int] = {}  # person id -> the row that brought them in this import
    stamp = now()  # the moment of the import, on every attendance it makes
    for row in attendees.rows:
        found = people.match(row.person)
        known = found.value if found else None
        person = row.person if known is None else merge_people(known, row.person,
                                                               incoming_wins=True,
                                                               region=people.region)
        try:
            person.validate()
        except ValidationError as exc:
            report.skipped.append(RowProblem(row.line, str(exc)))
            continue
        changed = person is not known
        link = _attendance(attendance.get(person.id), row, event.id, person.id, stamp)
        if link is not None:
            attendance[person.id] = link
            records.append(link)
        if changed:
            people.add(person)
            records.append(person)
        if person.id in lines:  # two rows the file told apart, one person in the database
            rule = found.rule if found else "the same person"
            report.skipped.append(RowProblem(row.line, merged_line(
                row.person.display_name, f"{known.display_name if known else person.display_name}"
                f" (line {lines[person.id]})", rule)))
        elif known is None:
            report.imported += 1
        elif changed or link is not None:
            report.updated += 1
            if found is not None:
                report.merged.append(RowProblem(row.line, merged_line(
                    row.person.display_name, known.display_name, found.rule)))
        else:
            report.unchanged += 1
        lines.setdefault(person.id, row.line)
    report.skipped.sort(key=lambda p: p.line)
    if records:
        store.save(*records)


class _PeopleIndex:
    """Known people (stored, or imported a moment ago) found as the live event matches them."""

    def __init__(self, store: Store) -> None:
        self.people = store.people
        self.region = default_region(store.me.phone)
        self.ids: IdentityIndex[str] = IdentityIndex(self.region)
        self.changed: dict[str, Person] = {}
        for person in store.people:
            self.ids.remember(person, person.id)

    def match(self, incoming: Person) -> Match[Person] | None:
        """The person the incoming one is, if known, and the rule that matched."""
        found = self.ids.match(incoming)
        if found is None:
            return None
        person = self.changed.get(found.value) or self.people.get(found.value)
        return Match(person, found.rule) if person is not None else None

    def add(self, person: Person) -> None:
        """A person imported or updated now (not in the store until the save)."""
        self.changed[person.id] = person
        self.ids.remember(person, person.id)


def _attendance(existing: Attendance | None, row: AttendeeRow, event_id: str,
                person_id: str, stamp: datetime) -> Attendance | None:
    """The attendance to save for a row, or None when the stored one already says it all."""
    if existing is None:
        return Attendance(event_id=event_id, person_id=person_id, status=row.status,
                          checked_in_at=row.checked_in_at, created=stamp, updated=stamp)
    status = existing.status if existing.status in _CHECKED_IN else row.status
    checked_in_at = existing.checked_in_at or (
        row.checked_in_at if status == AttendanceStatus.PRESENT else None)
    if (status, checked_in_at) == (existing.status, existing.checked_in_at):
        return None
    return existing.evolve(status=status, checked_in_at=checked_in_at)


def gather_export(store: Store, event: Event | None) -> ExportData:
    """Everything an export needs, read from the store (which may be read-only).

    With an event: its attendees, with the notes and follow-ups of that event. Without one:
    everyone, with all their notes and follow-ups, and their latest attendance.
    """
    notes: dict[str, list[Note]] = {}
    for note in store.notes:
        if event is None or note.event_id == event.id:
            notes.setdefault(note.person_id, []).append(note)
    followups: dict[str, list[FollowUp]] = {}
    for followup in store.followups:
        if event is None or followup.event_id == event.id:
            followups.setdefault(followup.person_id, []).append(followup)
    people = []
    for person, links in _people_and_links(store, event):
        met = [link for link in links if link.queue == QueueState.MET or link.met_at]
        times = [link.met_at for link in met if link.met_at is not None]
        people.append(PersonExport(
            person=person, attendance=_latest(store, links), met=bool(met),
            met_at=max(times) if times else None,
            notes=sorted(notes.get(person.id, []), key=lambda n: n.created),
            followups=followups.get(person.id, [])))
    return ExportData(
        people=people, event=event,
        intros=[i for i in store.intros if event is None or i.event_id == event.id],
        names={p.id: p.display_name for p in store.people},
        event_names={e.id: _event_label(e) for e in store.events}, me=store.me)


def _people_and_links(store: Store, event: Event | None
                      ) -> list[tuple[Person, list[Attendance]]]:
    if event is None:
        return [(p, store.attendance.where("person_id", p.id)) for p in store.people]
    result = []
    for link in store.attendance.where("event_id", event.id):
        person = store.people.get(link.person_id)
        if person is not None:
            result.append((person, [link]))
    return result


def _latest(store: Store, links: list[Attendance]) -> Attendance | None:
    """The attendance at the most recent of the events."""
    def when(link: Attendance) -> tuple[date, datetime]:
        linked = store.events.get(link.event_id)
        return (linked.date if linked and linked.date else date.min), link.created

    return max(links, key=when, default=None)


def _event_label(event: Event) -> str:
    return f"{event.name} ({event.date:%d %b %Y})" if event.date else event.name
