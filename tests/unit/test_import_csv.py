"""Importing attendee lists: each platform's real layout and quirks, the store merge, the report."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from mingle.domain.imports.attendees import NO_IDENTITY, AttendeeList, read_attendee_list
from mingle.domain.imports.columns import parse_overrides
from mingle.domain.imports.csv_text import UNREADABLE_QUOTES, ImportFileError
from mingle.domain.records.models import Attendance, AttendanceStatus, Event, Person
from mingle.services.transfer import import_attendees
from mingle.store.database import Store
from mingle.store.settings import CURRENT_EVENT
from tests.fixtures import make_fixtures
from tests.unit.test_cli import assert_clean_error, run

FIXTURES = Path(make_fixtures.__file__).parent
A = AttendanceStatus


def read(name: str, mapping: list[str] | None = None) -> AttendeeList:
    return read_attendee_list((FIXTURES / name).read_bytes(), parse_overrides(mapping or []),
                              source=f"import:{name}")


def by_name(attendees: AttendeeList) -> dict:
    return {row.person.display_name: row for row in attendees.rows}


def import_file(store: Store, name: str, event: str | None = None):
    return import_attendees(store, read(name), name, event)


def test_the_fixture_files_are_what_the_script_writes(tmp_path: Path) -> None:
    for path in make_fixtures.write_all(tmp_path):
        assert path.read_bytes() == (FIXTURES / path.name).read_bytes(), path.name


# -- reading each platform's file ----------------------------------------------------------------

def test_eventbrite_bom_crlf_trailing_spaces_statuses_and_questions() -> None:
    raw = (FIXTURES / "eventbrite.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"First Name ," in raw and b"\r\n" in raw
    attendees = read("eventbrite.csv")
    assert attendees.describe_file() == "Eventbrite, UTF-8 with BOM, comma-separated"
    mapping = dict(attendees.mapping.describe())
    assert mapping["first_name"] == "First Name" and mapping["last_name"] == "Last Name"
    assert mapping["needs"] == "What are you looking for at this event?"
    assert mapping["offers"] == "What can you offer other attendees?"
    assert mapping["tags"] == "Interests" and mapping["checked_in"] == "Check-In Date"
    assert "Dietary requirements" in attendees.mapping.kept_headers  # practical, not a need
    rows = by_name(attendees)
    asa = rows["Åsa Lindqvist"]
    assert asa.status == A.PRESENT
    assert asa.checked_in_at == datetime(2025, 3, 14, 18, 42, 10).astimezone()
    assert asa.person.needs == ["a designer", "seed funding"]
    assert asa.person.offers == ["intros to Nordic investors"]
    assert asa.person.tags == ["fintech", "cycling"]
    assert asa.person.phones == ["+46 70 123 45 67"]
    assert asa.person.urls == ["https://nordfin.example"]
    assert asa.person.extra["Dietary requirements"] == "vegetarian"
    assert asa.person.extra["Attendee #"] == "2001"  # the header's trailing space is gone
    jose = rows["José Ñúñez"]
    assert jose.status == A.EXPECTED and jose.checked_in_at is None
    # A quoted newline inside an answer; "Info Requested" is Eventbrite's empty cell.
    assert jose.person.needs == ["freelance work", "ideally fintech", "remote"]
    assert jose.person.phones == [] and jose.person.urls == []
    assert jose.person.company == "Pixel & Co"
    assert rows["Wei Zhang"].status == A.DECLINED
    assert rows["Olu Okafor"].person.offers == ["seed funding"]


def test_eventbrite_blank_names_and_repeated_tickets() -> None:
    attendees = read("eventbrite.csv")
    anonymous = by_name(attendees)["anon@example.com"]
    assert anonymous.person.name == "" and anonymous.person.emails == ["anon@example.com"]
    skipped = {p.line: p.message for p in attendees.skipped}
    assert skipped[7] == NO_IDENTITY
    # Priya bought two tickets; the second was checked in: one person, present.
    assert skipped[9] == ("Priya Patel merged into Priya Patel (line 8) — same email "
                          "priya@hooli.example")
    priya = by_name(attendees)["Priya Patel"]
    assert priya.status == A.PRESENT and priya.person.emails == ["priya@hooli.example"]
    assert priya.checked_in_at is not None and priya.person.offers == ["SEO", "growth intros"]
    assert len(attendees.rows) == 6


@pytest.mark.parametrize(("name", "delimiter"), [("meetup.csv", ","), ("meetup.tsv", "\t")])
def test_meetup_csv_and_tsv(name: str, delimiter: str) -> None:
    attendees = read(name)
    assert attendees.format == "Meetup" and attendees.delimiter == delimiter
    rows = by_name(attendees)
    assert {n: r.status for n, r in rows.items()} == {
        "Lea Müller": A.EXPECTED, "Jonas Berg": A.DECLINED, "Yuki Tanaka": A.WAITLISTED,
        "Sven Ørsted": A.EXPECTED}
    lea = rows["Lea Müller"]
    assert lea.person.urls == ["https://meetup.example/members/1001"]
    assert lea.person.needs == ["co-organisers"]
    # Meetup's "Title" is the member's role in the group: kept, not taken as a job title.
    assert lea.person.title == "" and lea.person.extra["Title"] == "Organizer"
    assert lea.person.extra["User ID"] == "user 1001"


def test_luma_statuses_check_in_and_questions() -> None:
    attendees = read("luma.csv")
    assert attendees.format == "Luma"
    rows = by_name(attendees)
    mateo = rows["Mateo Rossi"]
    assert mateo.status == A.PRESENT
    assert mateo.checked_in_at == datetime(2025, 3, 14, 18, 5, 30, tzinfo=UTC)
    assert mateo.person.needs == ["a cofounder"] and mateo.person.offers == ["backend engineering"]
    assert mateo.person.urls == ["https://linkedin.com/in/mateo"]
    assert mateo.person.extra["api_id"] == "gst-001"
    assert rows["Ines Silva"].status == A.EXPECTED
    assert rows["Noah Smith"].status == A.DECLINED
    assert rows["Amara Haddad"].status == A.WAITLISTED
    assert rows["Amara Haddad"].person.needs == ["hiring two engineers"]


def test_generic_csv_headers_several_emails_and_a_bad_one() -> None:
    attendees = read("generic.csv")
    assert attendees.format == "generic CSV"
    rows = by_name(attendees)
    chloe = rows["Chloé Martin"]
    assert (chloe.person.company, chloe.person.title) == ("Massive Dynamic", "Recruiter")
    assert chloe.person.tags == ["hiring", "open source"]
    assert chloe.person.phones == ["+33 6 12 34 56 78"]
    assert chloe.person.extra == {"Notes": "met at the March meetup"}
    assert rows["Dmitri Novak"].person.emails == ["dmitri@example.org", "d.novak@work.example"]
    fatima = rows["Fatima Kowalski"]
    assert fatima.person.emails == [] and fatima.person.extra["E-mail Address"] == "not an address"
    assert [(w.line, "not an email address" in w.message) for w in attendees.warnings] == [
        (4, True)]
    assert [(p.line, p.message) for p in attendees.skipped] == [(5, NO_IDENTITY)]


def test_windows_1252_comes_out_right() -> None:
    raw = (FIXTURES / "windows1252.csv").read_bytes()
    assert b"Jos\xe9" in raw and b"\x93Zo\xeb\x94" in raw  # real cp1252 bytes
    attendees = read("windows1252.csv")
    assert attendees.encoding == "Windows-1252"
    rows = by_name(attendees)
    assert set(rows) == {"José Müller", "François Dubois", "Zoë Ørsted"}
    assert rows["José Müller"].person.company == "Café “Zoë” GmbH"
    assert rows["José Müller"].person.title == "Gründer"
    assert rows["François Dubois"].person.title == "Directeur – Ventes"


def test_unbalanced_quotes_keep_the_good_rows_and_name_the_bad() -> None:
    attendees = read("broken_quotes.csv")
    assert [(p.line, p.message) for p in attendees.skipped] == [
        (3, UNREADABLE_QUOTES), (7, UNREADABLE_QUOTES)]
    rows = by_name(attendees)
    assert set(rows) == {"Ann Lee", "Cy Young", 'Ray "Sugar" Robinson', "Dee Diaz",
                         "Finn Walsh", "Gus Grand"}
    # The row after the stray quote is read whole, not glued to the bad one.
    assert rows["Cy Young"].person.emails == ["cy@example.com"]
    assert rows["Cy Young"].person.company == "Globex, Inc"


def test_hostile_cells_lose_control_characters_and_stay_literal() -> None:
    rows = by_name(read("hostile.csv"))
    ann = rows["Ann [@click=app.quit]x[/]"]
    assert ann.person.company == "Bob [CEO]" and ann.person.title == "[b]Boss[/b]"
    assert ann.person.tags == ["[red]"]
    eve = rows["Eve Red Tail"]
    assert eve.person.company == "Corp"
    assert "Rex evil" in rows
    for row in rows.values():
        for text in (row.person.name, row.person.company, row.person.title,
                     *row.person.extra.values()):
            assert not any(ord(c) < 32 or 0x7F <= ord(c) <= 0x9F for c in text), text


@pytest.mark.parametrize(("data", "words"), [
    (b"", "empty"),
    (b"  \r\n\r\n", "empty"),
    (b"PK\x03\x04rest-of-a-zip", "Excel workbook"),
    (b"Name,Email\x00\r\nAnn,a@b.example", "not a text file"),
    (b"Ticket,Price\r\nGA,10\r\n", "--mapping name=COLUMN"),
    (b"\xff\xfeN\x00a\x00m", "damaged"),
])
def test_files_that_cannot_be_read_say_why(data: bytes, words: str) -> None:
    with pytest.raises(ImportFileError) as caught:
        read_attendee_list(data)
    assert words in str(caught.value)


def test_utf16_tab_separated_as_excel_writes_unicode_text() -> None:
    text = "Name\tEmail\tCompany\r\nZoë Ørsted\tzoe@example.dk\tÆble\r\n"
    attendees = read_attendee_list(text.encode("utf-16"))
    assert attendees.encoding == "UTF-16" and attendees.delimiter == "\t"
    person = attendees.rows[0].person
    assert (person.name, person.company) == ("Zoë Ørsted", "Æble")


def test_explicit_mapping_for_odd_headers() -> None:
    data = b"Who,Contact,Firm,Q7\r\nAnn Lee,ann@x.example,Acme,golf\r\n"
    with pytest.raises(ImportFileError):
        read_attendee_list(data)
    overrides = parse_overrides(["name=who", "email=Contact", "company=Firm", "interests=Q7"])
    row = read_attendee_list(data, overrides).rows[0]
    assert (row.person.name, row.person.emails, row.person.company, row.person.tags) == (
        "Ann Lee", ["ann@x.example"], "Acme", ["golf"])
    # "keep" takes a wrongly guessed column back; a mapping wins over the guess.
    data = b"Name,Email,Do you need parking help?,Role\r\nAnn,a@x.example,yes please,CTO\r\n"
    attendees = read_attendee_list(data, parse_overrides(["keep=Role"]))
    assert attendees.rows[0].person.title == "" and attendees.rows[0].person.extra["Role"] == "CTO"
    assert attendees.rows[0].person.needs == []  # a practical question is never a need
    with pytest.raises(ImportFileError, match="Nope"):
        read_attendee_list(data, parse_overrides(["name=Nope"]))
    with pytest.raises(ValueError, match="FIELD=COLUMN"):
        parse_overrides(["nickname=Name"])


def test_a_title_line_above_the_header_is_passed_over() -> None:
    data = b"Attendee report for Founders Night\r\n\r\nName,Email\r\nAnn,ann@x.example\r\n"
    attendees = read_attendee_list(data)
    assert [r.person.name for r in attendees.rows] == ["Ann"] and attendees.rows[0].line == 4


def test_semicolon_files_unknown_statuses_and_short_rows() -> None:
    data = "Name;Email;Status;Company\nAnn;a@x.example;Maybe later\nBo;b@x.example;RSVP No;Z;!\n"
    attendees = read_attendee_list(data.encode())
    ann, bo = attendees.rows
    assert attendees.delimiter == ";"
    assert ann.status == A.EXPECTED and ann.person.company == ""
    assert bo.status == A.DECLINED and bo.person.company == "Z"
    messages = [w.message for w in attendees.warnings]
    assert any("Maybe later" in m for m in messages)
    assert any("5 cells for 4 columns" in m for m in messages)


# -- into the store ---------------------------------------------------------------------------

def test_import_creates_people_attendance_and_an_event_named_after_the_file(db_path) -> None:
    with Store(db_path) as store:
        report = import_file(store, "eventbrite.csv")
        store.flush()
        assert (report.imported, report.updated, report.unchanged) == (6, 0, 0)
        assert report.event_created and report.event_name == "eventbrite"
        event = store.events.get(store.setting(CURRENT_EVENT))
        assert event is not None and event.name == "eventbrite"
        statuses = {store.people.get(a.person_id).display_name: a.status
                    for a in store.attendance.where("event_id", event.id)}
        assert statuses["Åsa Lindqvist"] == A.PRESENT and statuses["Wei Zhang"] == A.DECLINED
        assert statuses["anon@example.com"] == A.EXPECTED
        asa = next(p for p in store.people if p.name == "Åsa Lindqvist")
        assert asa.source == "import:eventbrite.csv"
        assert asa.needs == ["a designer", "seed funding"]
    with Store(db_path, read_only=True) as again:
        assert len(again.people) == 6 and len(again.attendance) == 6


def test_importing_the_same_file_twice_changes_nothing(db_path) -> None:
    with Store(db_path) as store:
        import_file(store, "luma.csv", event="Demo Night")
        store.flush()
    before = db_path.read_bytes()
    with Store(db_path) as store:
        report = import_file(store, "luma.csv", event="demo night")  # same event, any case
        store.flush()
        assert (report.imported, report.updated, report.unchanged) == (0, 0, 4)
        assert not report.event_created
    assert db_path.read_bytes() == before  # not even an updated time moved


def test_people_already_known_are_updated_not_doubled(db_path) -> None:
    with Store(db_path) as store:
        event = Event(name="Founders Night")
        by_email = Person(name="Asa L.", emails=["ASA@nordfin.example"], tags=["sauna"])
        by_name_company = Person(name="jose nunez", company="PIXEL & CO", title="Intern")
        store.save(event, by_email, by_name_company,
                   Attendance(event_id=event.id, person_id=by_email.id, status=A.PRESENT))
        store.set_setting(CURRENT_EVENT, event.id)
        report = import_file(store, "eventbrite.csv")
        store.flush()
        assert (report.imported, report.updated, report.unchanged) == (4, 2, 0)
        assert report.event_name == "Founders Night" and not report.event_created
        asa = store.people.get(by_email.id)
        assert asa.name == "Asa L."  # a name the user typed is kept
        assert asa.title == "CTO" and asa.tags == ["sauna", "fintech", "cycling"]
        jose = store.people.get(by_name_company.id)
        assert jose.title == "UX Designer" and jose.emails == ["jose@pixel.example"]
        assert len(store.people) == 6
        link = store.attendance.where("person_id", asa.id)
        assert len(link) == 1 and link[0].status == A.PRESENT


def test_a_check_in_at_the_door_outranks_an_older_export(db_path) -> None:
    with Store(db_path) as store:
        import_file(store, "luma.csv", event="Night")
        ines = next(p for p in store.people if p.name == "Ines Silva")
        link = store.attendance.where("person_id", ines.id)[0]
        store.save(link.evolve(status=A.PRESENT, checked_in_at=datetime.now().astimezone()))
        report = import_file(store, "luma.csv", event="Night")
        assert report.unchanged == 4
        assert store.attendance.get(link.id).status == A.PRESENT


def test_the_event_option_creates_or_reuses_an_event(db_path) -> None:
    with Store(db_path) as store:
        current = Event(name="Tonight")
        store.save(current)
        store.set_setting(CURRENT_EVENT, current.id)
        report = import_file(store, "meetup.csv", event="March Meetup")
        assert report.event_created and report.event_name == "March Meetup"
        assert store.setting(CURRENT_EVENT) == current.id  # the current event stays
        report = import_file(store, "meetup.tsv")  # no --event: the current event
        assert report.event_name == "Tonight" and report.updated == 4
        assert len(store.people) == 4 and len(store.attendance) == 8


def test_a_file_without_people_creates_no_event(db_path) -> None:
    with Store(db_path) as store:
        attendees = read_attendee_list(b"Name,Email\r\n,\r\n")
        report = import_attendees(store, attendees, "empty.csv")
        assert report.event_name == "" and len(store.events) == 0


def test_the_report_names_format_mapping_counts_and_skipped_lines(db_path) -> None:
    with Store(db_path) as store:
        text = "\n".join(import_file(store, "eventbrite.csv", event="Gala").lines())
    assert 'Imported eventbrite.csv (Eventbrite, UTF-8 with BOM, comma-separated) into "Gala"' \
        in text
    assert "first_name  <- First Name" in text
    assert "needs       <- What are you looking for at this event?" in text
    assert "Order #, Order Date" in text
    assert "6 imported, 0 updated, 0 unchanged, 2 skipped." in text
    assert "line 7: no name or email address" in text
    assert "line 9: Priya Patel merged into Priya Patel (line 8) — same email" in text


# -- the command line -----------------------------------------------------------------------------

def test_mingle_import_prints_the_report(tmp_path: Path) -> None:
    db = tmp_path / "db.json"
    result = run("import", str(FIXTURES / "meetup.tsv"), "--event", "March Meetup",
                 "--db", str(db), tmp=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "(Meetup, UTF-8, tab-separated)" in result.stdout
    assert '"March Meetup" (a new event)' in result.stdout
    assert "4 imported, 0 updated, 0 unchanged, 0 skipped." in result.stdout
    assert oct(db.stat().st_mode & 0o777) == "0o600"
    again = run("import", str(FIXTURES / "meetup.csv"), "--event", "March Meetup",
                "--db", str(db), tmp=tmp_path)
    assert "0 imported, 0 updated, 4 unchanged, 0 skipped." in again.stdout


def test_mingle_import_with_a_mapping(tmp_path: Path) -> None:
    odd = tmp_path / "odd.csv"
    odd.write_bytes(b"Who,Contact\r\nAnn Lee,ann@x.example\r\n")
    db = tmp_path / "db.json"
    result = run("import", str(odd), "--db", str(db), "--mapping", "name=Who",
                 "--mapping", "email=Contact", tmp=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "name   <- Who" in result.stdout and "1 imported" in result.stdout


@pytest.mark.parametrize(("content", "words"), [
    (None, "There is no file"),
    (b"", "the file is empty"),
    (b"PK\x03\x04\x14\x00", "Excel workbook"),
    (b"Ticket,Price\r\nGA,10\r\n", "no column says who people are"),
    (b"BEGIN:VCARD\r\nVERSION:3.0\r\nEND:VCARD\r\n", "no name or email address"),
])
def test_a_file_that_cannot_be_read_changes_nothing(tmp_path: Path, content, words) -> None:
    source = tmp_path / "list.csv"
    if content is not None:
        source.write_bytes(content)
    db = tmp_path / "db.json"
    with Store(db) as store:
        store.save(Person(name="Kept")).result()
    before = db.read_bytes()
    result = run("import", str(source), "--db", str(db), tmp=tmp_path)
    assert_clean_error(result)
    assert words in result.stderr and str(source) in result.stderr
    assert db.read_bytes() == before
    fresh = tmp_path / "fresh.json"
    result = run("import", str(source), "--db", str(fresh), tmp=tmp_path)
    assert_clean_error(result)
    assert not fresh.exists()


def test_a_file_of_nobody_prints_why_and_leaves_the_database_alone(tmp_path: Path) -> None:
    source = tmp_path / "nobody.csv"
    source.write_bytes(b"Name,Email\r\n,\r\nn/a,\r\n")
    db = tmp_path / "db.json"
    result = run("import", str(source), "--db", str(db), tmp=tmp_path)
    assert_clean_error(result)
    assert "0 imported, 0 updated, 0 unchanged, 1 skipped." in result.stdout
    assert "line 3: no name or email address" in result.stdout
    assert "Nothing was imported" in result.stderr
    assert not db.exists()


def test_a_second_writer_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "db.json"
    with Store(db):
        result = run("import", str(FIXTURES / "luma.csv"), "--db", str(db), tmp=tmp_path)
    assert_clean_error(result)
    assert "open in another mingle" in result.stderr
    with Store(db, read_only=True) as store:
        assert len(store.people) == 0
