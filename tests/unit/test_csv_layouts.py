"""CSV out in mingle's own, Google, Outlook and HubSpot layouts, and back in without loss."""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mingle.domain.exports.data import PersonExport
from mingle.domain.exports.formats import safe_cell
from mingle.domain.imports.attendees import read_attendee_list
from mingle.domain.imports.columns import GOOGLE, HUBSPOT, MINGLE, OUTLOOK
from mingle.domain.imports.layouts import LAYOUTS, layout_csv
from mingle.domain.records.models import Consent, Person
from mingle.domain.records.names import join_parts, name_parts_of
from mingle.domain.records.normalize import fold
from tests.fixtures.make_contact_fixtures import GOOGLE_HEADER, OUTLOOK_HEADER

FORMATS = {"generic": MINGLE, "google": GOOGLE, "outlook": OUTLOOK, "hubspot": HUBSPOT}
# What each layout carries: (list attribute, most values) and the other fields.
CARRIES = {
    "generic": {"lists": {"emails": 9, "phones": 9, "urls": 9, "tags": 9, "needs": 9,
                          "offers": 9}, "fields": ("name", "title", "company", "consent")},
    "google": {"lists": {"emails": 9, "phones": 9, "urls": 9, "tags": 9, "needs": 9,
                         "offers": 9}, "fields": ("title", "company", "consent")},
    "outlook": {"lists": {"emails": 3, "phones": 9, "urls": 1, "tags": 9, "needs": 9,
                          "offers": 9}, "fields": ("title", "company", "consent")},
    "hubspot": {"lists": {"emails": 1, "phones": 2, "urls": 1}, "fields": ("title", "company")},
}


def round_trip(person: Person, layout: str) -> tuple[str, Person]:
    payload = layout_csv([PersonExport(person)], layout, safe_cell)
    attendees = read_attendee_list(payload)
    [row] = attendees.rows
    return attendees.format, row.person


def sample() -> Person:
    return Person(name="Dr. Ana María de la Cruz", name_parts=["de la Cruz", "Ana", "María",
                                                               "Dr.", ""],
                  title="CTO, Platform", company="Acme, Inc.",
                  emails=["ana@acme.example", "ana@home.example", "a@x.example",
                          "ana.cruz@y.example"],
                  phones=["+34 600 123 456", "+34 91 555 0101 ext. 7"],
                  urls=["https://acme.example/ana", "https://ana.example"],
                  tags=["fintech", "cycling, road"], needs=["a designer"],
                  offers=["intros to investors", "SEO"],
                  consent=Consent(share_card=True, intro_ok=False))


@pytest.mark.parametrize("layout", LAYOUTS)
def test_each_layout_is_read_back_as_itself(layout: str) -> None:
    file_format, back = round_trip(sample(), layout)
    assert file_format == FORMATS[layout]
    person = sample()
    assert back.name_parts[:2] == ["de la Cruz", "Ana" if layout != "hubspot" else "Ana María"]
    for name, most in CARRIES[layout]["lists"].items():
        expected = getattr(person, name)[:most]
        if layout in ("google", "outlook") and name == "tags":
            expected = ["fintech", "cycling", "road"]  # their separators split "cycling, road"
        assert getattr(back, name) == expected, name
    for name in CARRIES[layout]["fields"]:
        assert getattr(back, name) == getattr(person, name), name
    assert not {"Notes", "Met", "Follow-up"} & set(back.extra), back.extra


def headers(layout: str) -> list[str]:
    payload = layout_csv([PersonExport(sample())], layout, safe_cell)
    return next(csv.reader(io.StringIO(payload.decode("utf-8"))))


def test_vendor_headers_are_their_own_template_headers() -> None:
    assert set(headers("google")) <= {*GOOGLE_HEADER, "E-mail 3 - Label", "E-mail 3 - Value",
                                      "E-mail 4 - Label", "E-mail 4 - Value",
                                      "Website 2 - Label", "Website 2 - Value"}
    assert set(headers("outlook")) <= set(OUTLOOK_HEADER)
    assert headers("hubspot") == ["First Name", "Last Name", "Email", "Phone Number",
                                  "Mobile Phone Number", "Company Name", "Job Title",
                                  "Website URL"]
    generic = headers("generic")
    assert generic[6:10] == ["Email", "Email 2", "Email 3", "Email 4"]
    assert "Phone 2" in generic and "Website 2" in generic


def test_google_labels_and_notes_carry_tags_needs_offers_consent() -> None:
    payload = layout_csv([PersonExport(sample())], "google", safe_cell).decode("utf-8")
    [row] = csv.DictReader(io.StringIO(payload))
    assert row["Labels"] == "* myContacts ::: fintech ::: cycling, road"
    assert row["Notes"] == ("Needs: a designer\nOffers: intros to investors; SEO\n"
                            "Consent: shares card, no intros")
    assert row["Phone 2 - Value"] == "+34 91 555 0101 ext. 7"


_PLAIN = st.characters(min_codepoint=0x20, max_codepoint=0x24FF,
                       blacklist_categories=("Cs", "Cc", "Zl", "Zp", "Cf"))
_SAFE_START = st.characters(whitelist_categories=("Lu", "Ll", "Lo", "Nd"))


# What the importer takes as a blank cell ("n/a", "none") or the answer to a yes/no question.
_BLANKS = {"n/a", "na", "none", "null", "nil", "yes", "no", "y", "n", "x", "true", "false",
           "maybe", "not provided", "not applicable", "info requested"}


def _text(alphabet: st.SearchStrategy[str], banned: str = "") -> st.SearchStrategy[str]:
    body = st.text(alphabet, max_size=15).map(lambda s: "".join(c for c in s if c not in banned))
    return st.builds(lambda a, b: " ".join((a + b).split()), _SAFE_START, body).filter(
        lambda s: fold(s) not in _BLANKS)


_WORD = st.text(st.characters(whitelist_categories=("Lu", "Ll")), min_size=1,
                max_size=8).filter(lambda w: fold(w) not in _BLANKS)
_NAME = st.lists(_WORD, min_size=1, max_size=3).map(" ".join)
_PHONE = st.from_regex(r"\+[1-9][0-9]{6,12}( ext\. [0-9]{1,4})?", fullmatch=True)
_EMAIL = st.from_regex(r"[a-z][a-z0-9]{0,8}@[a-z]{1,8}\.example", fullmatch=True)
_URL = st.from_regex(r"https://[a-z]{1,8}\.example/[a-z0-9]{0,8}", fullmatch=True)
_ITEM = _text(_PLAIN, banned=",;|:*\n")


@settings(max_examples=80, deadline=None)
@given(layout=st.sampled_from(LAYOUTS), name=_NAME, title=st.one_of(st.just(""), _text(_PLAIN)),
       company=st.one_of(st.just(""), _text(_PLAIN)),
       emails=st.lists(_EMAIL, max_size=4, unique=True),
       phones=st.lists(_PHONE, max_size=3, unique_by=lambda p: p.split(" ")[0]),
       urls=st.lists(_URL, max_size=3, unique=True), tags=st.lists(_ITEM, max_size=3),
       needs=st.lists(_ITEM, max_size=2), offers=st.lists(_ITEM, max_size=2),
       share=st.booleans(), intro=st.booleans())
def test_person_to_each_layout_to_person_keeps_what_it_carries(
        layout, name, title, company, emails, phones, urls, tags, needs, offers, share,
        intro) -> None:
    person = Person(name=name, title=title, company=company, emails=emails, phones=phones,
                    urls=urls, tags=tags, needs=needs, offers=offers,
                    consent=Consent(share_card=share, intro_ok=intro))
    _, back = round_trip(person, layout)
    parts = name_parts_of(person.name, person.name_parts)
    if layout == "generic":
        assert back.name == person.name
    elif layout == "hubspot":
        assert back.name == join_parts((parts[0], " ".join(p for p in parts[1:3] if p), "",
                                        "", ""))
    else:
        assert back.name == join_parts(parts) and back.name_parts == list(parts)
    carried = CARRIES[layout]
    for attribute, most in carried["lists"].items():
        assert getattr(back, attribute) == getattr(person, attribute)[:most], attribute
    for attribute in carried["fields"]:
        assert getattr(back, attribute) == getattr(person, attribute), attribute
