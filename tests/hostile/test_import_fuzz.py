"""Arbitrary input to the importers and the card/calendar writers: a report or a clear error."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

import vobject
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mingle.domain.exports.data import ExportData, PersonExport
from mingle.domain.exports.formats import export
from mingle.domain.imports.attendees import AttendeeList, read_attendee_list
from mingle.domain.imports.csv_text import ImportFileError
from mingle.domain.records.models import Attendance, Event, FollowUp, Person
from mingle.services.transfer import TransferError, import_attendees, read_import_file
from mingle.store.database import Store

HEADER = b"Name,Email,Company,Attendee Status,Check-In Date,What are you looking for?\r\n"
# Characters that matter to a CSV reader, plus letters and a few from far away.
CSV_ALPHABET = st.sampled_from(list(',;\t"\r\n \\') + list("abcxyz@.") + ["é", "王", "\x1b",
                                                                           "\x00", "\ufeff"])
TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
FUZZ = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.too_slow])


def read_or_refuse(data: bytes) -> AttendeeList | None:
    """The importer's answer: the list read, or None after its own clear error."""
    try:
        attendees = read_attendee_list(data)
    except ImportFileError as exc:
        assert str(exc) and "Traceback" not in str(exc)
        return None
    for row in attendees.rows:
        person = row.person
        person.validate()
        assert not any(c in person.name for c in "\x00\x1b\r\n")
    lines = [p.line for p in attendees.skipped]
    assert lines == sorted(lines) and all(line >= 1 for line in lines)
    return attendees


@FUZZ
@given(st.binary(max_size=400))
def test_arbitrary_bytes(data: bytes) -> None:
    read_or_refuse(data)
    read_or_refuse(HEADER + data)


@FUZZ
@given(st.text(CSV_ALPHABET, max_size=300))
def test_arbitrary_csv_text(text: str) -> None:
    for encoding in ("utf-8", "utf-16"):
        read_or_refuse(HEADER + text.encode(encoding, errors="replace"))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=300), st.sampled_from([".csv", ".tsv", ".vcf", ".txt"]))
def test_the_import_command_refuses_clearly(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"list{suffix}"
        path.write_bytes(data)
        try:
            read_import_file(path, [])
        except TransferError as exc:
            assert str(exc).startswith(("Cannot import", f"{path} holds vCards"))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(CSV_ALPHABET, max_size=200))
def test_nothing_stored_is_lost(text: str) -> None:
    attendees = read_or_refuse(HEADER + text.encode("utf-8"))
    if attendees is None:
        return
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "db.json"
        with Store(path) as store:
            event = Event(name="Kept night")
            kept = [Person(name="a", emails=["a@b.example"]), Person(name="x", company="y"),
                    Person(name="Zoë Ørsted", emails=["zoe@example.dk"], tags=["golf"])]
            store.save(event, *kept,
                       *(Attendance(event_id=event.id, person_id=p.id) for p in kept))
            import_attendees(store, attendees, "fuzz.csv", "Kept night")
            store.flush()
        with Store(path, read_only=True) as after:
            for person in kept:
                now = after.people.get(person.id)
                assert now is not None and now.name == person.name
                assert set(person.emails) <= set(now.emails)
                assert set(person.tags) <= set(now.tags)
                assert after.attendance.where("person_id", person.id)
            assert after.events.get(event.id) is not None


PEOPLE = st.builds(
    Person, name=TEXT, title=TEXT, company=TEXT, tags=st.lists(TEXT, max_size=3),
    needs=st.lists(TEXT, max_size=2), offers=st.lists(TEXT, max_size=2),
    emails=st.lists(st.sampled_from(["a@b.example", "ü@ex.example", "x+y@z.example"]),
                    max_size=2),
    phones=st.lists(st.sampled_from(["+1 555 0100", "0044 20 7946 0000"]), max_size=1))


@FUZZ
@given(st.lists(PEOPLE, min_size=1, max_size=3))
def test_vcards_round_trip_through_vobject(people: list[Person]) -> None:
    payload = export(ExportData(people=[PersonExport(person=p) for p in people]), "vcf").payload
    for line in payload.split(b"\r\n"):
        assert len(line) <= 75
    cards = {c.uid.value: c for c in vobject.readComponents(payload.decode("utf-8"))}
    assert len(cards) == len(people)
    for person in people:
        card = cards[f"urn:uuid:{person.id}"]
        assert card.fn.value == person.display_name
        assert (card.org.value[0] if person.company else "") == person.company
        assert (card.title.value if person.title else "") == person.title
        found_tags = card.categories.value if person.tags else []
        assert found_tags == person.tags
        assert [e.value for e in card.contents.get("email", [])] == person.emails
        needs = card.note.value if person.needs or person.offers else ""
        assert all(n in needs for n in [*person.needs, *person.offers])


@FUZZ
@given(st.lists(TEXT.filter(lambda t: t.strip()), min_size=1, max_size=3), TEXT)
def test_calendar_entries_round_trip_through_vobject(actions: list[str], name: str) -> None:
    person = Person(name=name or "Someone")
    followups = [FollowUp(person_id=person.id, action=a, due=date(2025, 3, 17))
                 for a in actions]
    followups = [f for f in followups if f.action]
    entry = PersonExport(person=person, followups=followups)
    payload = export(ExportData(people=[entry]), "ics").payload
    calendar = vobject.readOne(payload.decode("utf-8"))
    events = calendar.contents.get("vevent", [])
    assert sorted(e.summary.value for e in events) == sorted(
        f"{f.action} ({person.display_name})" for f in followups)
