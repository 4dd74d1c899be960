"""Imports that cannot swallow rows, store unsafe links or hide duplicates behind invisible text."""

from __future__ import annotations

import pytest

from mingle.domain.imports.attendees import read_attendee_list
from mingle.domain.imports.csv_text import MAX_CELL_CHARS, TOO_LONG, UNREADABLE_QUOTES
from mingle.domain.records.models import MyCard, Person, ValidationError
from mingle.domain.records.normalize import safe_url
from mingle.services.transfer import import_attendees
from mingle.store.database import Store


def attendee_file(header: str, rows: list[str]) -> bytes:
    return ("\n".join([header, *rows]) + "\n").encode("utf-8")


@pytest.mark.parametrize("columns", [1, 2, 3, 5])
def test_one_unbalanced_quote_costs_one_row_whatever_the_number_of_columns(columns, db_path):
    header = ",".join(["name", "email", "company", "title", "city"][:columns])
    rows = [",".join([f"Person {n}", f"p{n}@x.example", f"Co{n}", "CTO", "Oslo"][:columns])
            for n in range(1000)]
    rows[400] = '"' + rows[400]  # a quote opened and never closed
    attendees = read_attendee_list(attendee_file(header, rows), {}, source="t")
    assert [(p.line, p.message) for p in attendees.skipped] == [(402, UNREADABLE_QUOTES)]
    assert max(len(row.person.name) for row in attendees.rows) < 20
    with Store(db_path) as store:
        report = import_attendees(store, attendees, "list.csv", "Fair")
        counted = report.imported + report.updated + report.unchanged + len(report.skipped)
        assert counted == 1000  # every data row of the file accounted for
        assert report.imported == 999 and len(store.people) == 999


def test_a_quote_that_swallows_the_rest_of_a_big_file_is_found_quickly():
    rows = [f"Person {n},p{n}@x.example" for n in range(30_000)]
    rows[0] = '"' + rows[0]
    attendees = read_attendee_list(attendee_file("name,email", rows), {}, source="t")
    assert len(attendees.rows) == 29_999
    assert [p.line for p in attendees.skipped] == [2]


def test_cells_have_a_length_limit():
    huge = "x" * (MAX_CELL_CHARS + 1)
    rows = [f"Ann,{huge}", "Bob,fine", f"Cy,{'y' * 200_000}", "Dee,also fine"]
    attendees = read_attendee_list(attendee_file("name,note", rows), {}, source="t")
    assert [r.person.name for r in attendees.rows] == ["Bob", "Dee"]
    assert [(p.line, p.message) for p in attendees.skipped] == [(2, TOO_LONG), (4, TOO_LONG)]


def test_a_quoted_address_over_a_few_lines_is_still_one_cell():
    rows = ['Ann,"1 Main St\nFlat 2\nOslo"', "Bob,Elm St"]
    attendees = read_attendee_list(attendee_file("name,address", rows), {}, source="t")
    assert [r.person.name for r in attendees.rows] == ["Ann", "Bob"]
    assert attendees.skipped == []


@pytest.mark.parametrize(("given", "kept"), [
    ("example.com", "https://example.com"),
    ("www.example.com/a?b=1", "https://www.example.com/a?b=1"),
    ("https://x.io", "https://x.io"),
    ("mailto:a@b.example", "mailto:a@b.example"),
    ("tel:+15550111", "tel:+15550111"),
    ("javascript:alert(1)", ""),
    ("JaVaScRiPt:alert(1)", ""),
    ("data:text/html,<b>hi</b>", ""),
    ("file:///etc/passwd", ""),
    ("ftp://x.example", ""),
    ("http:evil", ""),
    ("not a link", ""),
])
def test_only_web_mail_and_phone_links_are_kept(given, kept):
    assert safe_url(given) == kept
    assert Person(name="Ann", urls=[given]).urls == ([kept] if kept else [])


def test_unsafe_links_in_a_list_are_dropped_with_a_line_in_the_report():
    rows = ["Ann,javascript:alert(1)", "Bob,bob.example", "Cy,data:text/html;base64;AAAA"]
    attendees = read_attendee_list(attendee_file("name,website", rows), {}, source="t")
    urls = {r.person.name: r.person.urls for r in attendees.rows}
    assert urls == {"Ann": [], "Bob": ["https://bob.example"], "Cy": []}
    assert [p.line for p in attendees.warnings] == [2, 4]
    assert all("only http, https, mailto and tel" in p.message for p in attendees.warnings)
    assert all("javascript" not in str(r.person.extra) for r in attendees.rows)


def test_my_card_refuses_an_unsafe_link():
    with pytest.raises(ValidationError, match="web address"):
        MyCard(name="Me", url="javascript:alert(1)").validate()


@pytest.mark.parametrize("hidden", ["\u200b", "\u200d", "\u2060", "\ufeff", "\u00ad",
                                    "\u200e", "\u202e"])
def test_invisible_characters_cannot_hide_a_duplicate(hidden):
    rows = ["Ann Lee,ann@x.example", f"An{hidden}n Lee,an{hidden}n@x.example"]
    attendees = read_attendee_list(attendee_file("name,email", rows), {}, source="t")
    assert len(attendees.rows) == 1
    assert attendees.skipped and "line 2" in attendees.skipped[0].message
    person = Person(name=f"Ann{hidden} Lee", phones=[f"+47{hidden} 555 01 11"])
    assert person.name == "Ann Lee" and person.phones == ["+47 555 01 11"]


def test_joiners_inside_scripts_that_need_them_are_kept():
    assert Person(name="زهرا\u200cکریمی").name == "زهرا\u200cکریمی"
    assert Person(name="Dev 👩\u200d💻").name == "Dev 👩\u200d💻"
