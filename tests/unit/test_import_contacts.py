"""Address books in: Google Contacts (both layouts), Outlook and LinkedIn CSV, told by headers."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mingle.domain.imports.attendees import AttendeeList, read_attendee_list
from mingle.domain.imports.csv_text import ImportFileError
from mingle.domain.records.models import Person
from mingle.services.transfer import ImportReport, import_attendees
from mingle.store.database import Store
from tests.fixtures import make_contact_fixtures

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def read(name: str) -> AttendeeList:
    return read_attendee_list((FIXTURES / name).read_bytes(), source=f"import:{name}")


def people(name: str) -> dict[str, Person]:
    return {row.person.name: row.person for row in read(name).rows}


def test_the_fixtures_are_what_the_script_writes(tmp_path: Path) -> None:
    for path in make_contact_fixtures.write_all(tmp_path):
        assert path.read_bytes() == (FIXTURES / path.name).read_bytes(), path.name


@pytest.mark.parametrize(("name", "described"), [
    ("google.csv", "Google Contacts, UTF-8, comma-separated"),
    ("google_legacy.csv", "Google Contacts (older layout), UTF-8, comma-separated"),
    ("outlook.csv", "Outlook contacts, Windows-1252, comma-separated"),
    ("linkedin_connections.csv", "LinkedIn Connections, UTF-8, comma-separated"),
])
def test_each_address_book_is_told_by_its_headers(name: str, described: str) -> None:
    attendees = read(name)
    assert attendees.describe_file() == described
    assert attendees.skipped == [] and attendees.warnings == []


def test_google_contacts_values_split_and_system_labels_dropped() -> None:
    found = people("google.csv")
    asa = found["Åsa Lindqvist"]
    assert (asa.title, asa.company) == ("CTO", "NordFin AB")
    assert asa.emails == ["asa@nordfin.example", "asa.lindqvist@mail.example"]
    assert asa.phones == ["+46 70 123 45 67", "+46 8 555 01 99"]
    assert asa.urls == ["https://nordfin.example/asa"] and asa.tags == ["Ceramics"]
    assert asa.name_parts == ["Lindqvist", "Åsa", "", "", ""]
    hans = found["Dr. Hans Peter Weber"]
    assert hans.name_parts == ["Weber", "Hans", "Peter", "Dr.", ""]
    assert (hans.title, hans.company, hans.phones) == ("Geschäftsführer", "Weber GmbH",
                                                       ["+49 30 1234567"])
    wang = found["王芳"]
    assert wang.name_parts[:2] == ["王", "芳"] and wang.tags == ["Tea"]
    assert not any("Labels" in key or "Organization Name" in key for key in asa.extra)


def test_google_contacts_older_layout() -> None:
    jose = people("google_legacy.csv")["José Ñúñez"]
    assert (jose.title, jose.company) == ("UX Designer", "Pixel & Co")
    assert jose.emails == ["jose@pixel.example", "jose@home.example"]
    assert jose.phones == ["+34 600 123 456", "+34 91 555 0101"]
    assert jose.urls == ["https://pixel.example"] and jose.tags == ["Design"]


def test_outlook_title_is_the_honorific_and_every_phone_and_email_is_read() -> None:
    found = people("outlook.csv")
    helene = found["Dr. Hélène Dubois"]
    assert helene.title == "Directrice générale" and helene.company == "Café Crème SARL"
    assert helene.name_parts == ["Dubois", "Hélène", "", "Dr.", ""]
    assert helene.phones == ["+33 1 23 45 67 89", "+33 6 12 34 56 78"]
    assert helene.emails == ["helene@cafecreme.example", "h.dubois@mail.example"]
    assert helene.urls == ["https://cafecreme.example"]
    assert helene.tags == ["Clients", "Paris"]
    assert helene.extra["Business Fax"] == "+33 1 23 45 67 00"  # a fax is not a phone to call
    assert "Gender" not in helene.extra and "Birthday" not in helene.extra  # Outlook's blanks
    bjorn = found["Björn Ek Jr."]
    assert bjorn.emails == ["bjorn@ek.example", "bjorn.ek@home.example"]
    assert bjorn.phones == ["08-555 01 99"] and bjorn.title == "Buyer"


def test_linkedin_connections_after_their_notes() -> None:
    found = people("linkedin_connections.csv")
    assert set(found) == {"Priya Patel", "Olu Okafor"}
    olu = found["Olu Okafor"]
    assert (olu.title, olu.company, olu.emails) == ("VP Engineering, Platform",
                                                     "Wayne Enterprises", [])
    assert olu.urls == ["https://www.linkedin.com/in/olu-okafor"]
    assert olu.extra == {"Connected On": "02 Feb 2024"}


def test_the_report_names_the_address_book(db_path) -> None:
    attendees = read("outlook.csv")
    with Store(db_path) as store:
        report = import_attendees(store, attendees, "outlook.csv", "Contacts")
        again = import_attendees(store, read("outlook.csv"), "outlook.csv", "Contacts")
    text = "\n".join(report.lines())
    assert "Imported outlook.csv (Outlook contacts, Windows-1252, comma-separated)" in text
    assert "name_prefix  <- Title" in text and "title        <- Job Title" in text
    assert (again.imported, again.updated, again.unchanged) == (0, 0, 2)
    assert isinstance(report, ImportReport)


def test_a_plain_csv_with_crm_like_headers_stays_generic() -> None:
    attendees = read_attendee_list(b"Name,Email,Phone Number,Company Name,Interests\n"
                                   b"Ann Lee,ann@x.example,+1 212 555 0100,Acme,golf\n")
    assert attendees.format == "generic CSV"
    [row] = attendees.rows
    assert (row.person.company, row.person.tags) == ("Acme", ["golf"])
    hubspot = read_attendee_list(b"First Name,Last Name,Email,Mobile Phone Number,Interests\n"
                                 b"Ann,Lee,ann@x.example,+1 212 555 0100,golf\n")
    assert hubspot.format == "HubSpot contacts" and hubspot.rows[0].person.tags == ["golf"]


@settings(max_examples=60, deadline=None)
@given(header=st.sampled_from([make_contact_fixtures.GOOGLE_HEADER,
                               make_contact_fixtures.GOOGLE_LEGACY_HEADER,
                               make_contact_fixtures.OUTLOOK_HEADER]),
       cells=st.lists(st.text(max_size=30), min_size=1, max_size=40))
def test_any_cells_in_an_address_book_layout_are_read_or_refused_cleanly(
        header: list[str], cells: list[str]) -> None:
    data = make_contact_fixtures.csv_text([header, cells]).encode("utf-8")
    try:
        attendees = read_attendee_list(data)
    except ImportFileError:
        return
    for row in attendees.rows:
        row.person.validate()
