"""vCards without loss: N, ORG, CATEGORIES, extensions, organisation cards, X-MINGLE fields."""

from __future__ import annotations

import unicodedata

import pytest
import vobject
from hypothesis import given, settings
from hypothesis import strategies as st

from mingle.domain.exchange.parse import read_card_bytes
from mingle.domain.exchange.vformat import vcard_bundle
from mingle.domain.records.models import Consent, Person
from mingle.domain.records.names import join_parts, name_parts_of, split_name

EVOLUTION = (b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Mr. John Richter\\, James Doe Sr.\r\n"
             b"N:Doe;John;Richter\\, James;Mr.;Sr.\r\nORG:Acme, Inc.;Sales\r\n"
             b"CATEGORIES:Friends,Ceramics\r\nTEL;TYPE=WORK:+1 555 123 4567;ext=102\r\n"
             b"TEL;VALUE=uri:tel:+1-555-123-4567;ext=103\r\nEMAIL:john@acme.example\r\n"
             b"END:VCARD\r\n")


def read_one(data: bytes) -> Person:
    [card] = read_card_bytes(data).cards
    return card.to_person("vcard")


def test_n_org_categories_and_extensions_are_read_as_given() -> None:
    person = read_one(EVOLUTION)
    assert person.name == "Mr. John Richter, James Doe Sr."
    assert person.name_parts == ["Doe", "John", "Richter, James", "Mr.", "Sr."]
    assert person.company == "Acme, Inc."
    assert person.tags == ["Friends", "Ceramics"]
    assert person.phones == ["+1 555 123 4567 ext. 102", "+1-555-123-4567 ext. 103"]


def test_the_stored_structured_name_is_written_back() -> None:
    written = vcard_bundle([read_one(EVOLUTION)]).decode()
    assert "N:Doe;John;Richter\\, James;Mr.;Sr.\r\n" in written
    assert "ORG:Acme\\, Inc.\r\n" in written
    parsed = vobject.readOne(written)
    assert parsed.n.value.family == "Doe" and parsed.n.value.additional == "Richter, James"
    assert parsed.org.value == ["Acme, Inc."]


def test_organisation_and_group_cards_are_reported_not_taken_in() -> None:
    data = (b"BEGIN:VCARD\nVERSION:4.0\nKIND:org\nFN:Acme Inc.\nORG:Acme Inc.\nEND:VCARD\n"
            b"BEGIN:VCARD\nVERSION:4.0\nKIND:group\nFN:Book club\nEND:VCARD\n"
            b"BEGIN:VCARD\nVERSION:3.0\nFN:Apple Store\nX-ABShowAs:COMPANY\nEND:VCARD\n"
            b"BEGIN:VCARD\nVERSION:4.0\nKIND:individual\nFN:Ann Lee\nEND:VCARD\n")
    batch = read_card_bytes(data)
    assert [c.name for c in batch.cards] == ["Ann Lee"]
    assert batch.skipped == [
        "card 1: Acme Inc. is an organisation card (org), not a person; not taken in",
        "card 2: Book club is a group card (group), not a person; not taken in",
        "card 3: Apple Store is an organisation card (company), not a person; not taken in"]


def test_a_card_without_end_is_read_with_a_warning() -> None:
    batch = read_card_bytes(b"BEGIN:VCARD\nVERSION:3.0\nFN:Ann Lee\nEND:VCARD\n"
                            b"BEGIN:VCARD\nVERSION:3.0\nFN:Bo Ek\nEMAIL:bo@x.example\n")
    assert [c.name for c in batch.cards] == ["Ann Lee", "Bo Ek"]
    assert batch.warnings == ["card 2: no END:VCARD (the file may be cut short); what it "
                              "holds was read"]
    assert read_card_bytes(b"BEGIN:VCARD\nFN:Ann\nEND:VCARD\n").warnings == []


# (name typed by hand, (family, given, additional, prefix, suffix))
SPLITS = [
    ("Ann Lee", ("Lee", "Ann", "", "", "")),
    ("Lopez, Ana", ("Lopez", "Ana", "", "", "")),
    ("de la Cruz, Ana María", ("de la Cruz", "Ana María", "", "", "")),
    ("Ludwig van Beethoven", ("van Beethoven", "Ludwig", "", "", "")),
    ("Dr. Ana de la Cruz", ("de la Cruz", "Ana", "", "Dr.", "")),
    ("John Smith, Jr.", ("Smith", "John", "", "", "Jr.")),
    ("Prof. Dr. Hans Weber PhD", ("Weber", "Hans", "", "Prof. Dr.", "PhD")),
    ("Mr. John Richter, James Doe Sr.", ("Doe", "John Richter, James", "", "Mr.", "Sr.")),
    ("王芳 (Wang Fang)", ("王芳", "", "", "", "")),
    ("王芳", ("王芳", "", "", "", "")),
    ("山田太郎", ("山田太郎", "", "", "", "")),
    ("김민수", ("김", "민수", "", "", "")),
    ("남궁민수", ("남궁", "민수", "", "", "")),
    ("Cher", ("Cher", "", "", "", "")),
    ("Sato Kenji (佐藤健二)", ("Kenji", "Sato", "", "", "")),
    ("", ("", "", "", "", "")),
]


@pytest.mark.parametrize(("name", "parts"), SPLITS)
def test_names_typed_by_hand_are_split_by_rules(name: str, parts: tuple[str, ...]) -> None:
    assert split_name(name) == parts


def test_every_word_of_a_split_is_a_whole_word_of_the_name() -> None:
    """Never half a word (Korean names, written without a space, split after the family name)."""
    for name, _ in SPLITS:
        if name in ("김민수", "남궁민수"):
            continue
        words = set(name.replace(",", " ").split())
        for part in split_name(name):
            assert all(w in words or w.rstrip(",") in words for w in part.split()), name


def test_stored_parts_are_used_only_while_they_fit_the_name() -> None:
    stored = ["Lopez", "Ana", "", "Dr.", ""]
    assert name_parts_of("Dr. Ana Lopez", stored) == tuple(stored)
    assert name_parts_of("Ana Svensson", stored) == ("Svensson", "Ana", "", "", "")
    assert join_parts(("王", "芳", "", "", "")) == "王芳"
    assert join_parts(("Doe", "John", "", "Mr.", "")) == "Mr. John Doe"


def test_mingle_vcard_keeps_tags_needs_offers_and_consent() -> None:
    person = Person(name="Åsa Lindqvist", title="CTO", company="NordFin, AB",
                    emails=["asa@nordfin.example"], phones=["+46 70 123 45 67 ext. 9"],
                    urls=["https://nordfin.example/asa"], tags=["fintech", "cycling"],
                    needs=["UX designer", "seed funding; soon"], offers=["SEO intros"],
                    consent=Consent(share_card=True, intro_ok=False))
    payload = vcard_bundle([person])
    [card] = read_card_bytes(payload).cards
    back = card.to_person("vcard")
    for name in ("name", "title", "company", "emails", "phones", "urls", "tags", "needs",
                 "offers", "consent"):
        assert getattr(back, name) == getattr(person, name), name
    assert card.note == ""  # the Needs/Offers lines mingle writes for other address books
    parsed = vobject.readOne(payload.decode())
    assert parsed.categories.value == ["fintech", "cycling"]


_TEXT = st.text(st.characters(min_codepoint=0x20, max_codepoint=0x2FFF,
                              blacklist_categories=("Cs", "Cc", "Zl", "Zp")),
                min_size=1, max_size=20).map(lambda s: " ".join(s.split())).filter(bool)
_PHONE = st.from_regex(r"\+[1-9][0-9]{6,12}( ext\. [0-9]{1,4})?", fullmatch=True)
_EMAIL = st.from_regex(r"[a-z][a-z0-9.]{0,8}@[a-z]{1,8}\.example", fullmatch=True)


@settings(max_examples=150, deadline=None)
@given(name=_TEXT, title=st.one_of(st.just(""), _TEXT), company=st.one_of(st.just(""), _TEXT),
       emails=st.lists(_EMAIL, max_size=3), phones=st.lists(_PHONE, max_size=3),
       tags=st.lists(_TEXT, max_size=3), needs=st.lists(_TEXT, max_size=2),
       offers=st.lists(_TEXT, max_size=2), share=st.booleans(), intro=st.booleans())
def test_person_to_vcard_to_person_keeps_every_field(name, title, company, emails, phones,
                                                     tags, needs, offers, share,
                                                     intro) -> None:
    person = Person(name=name, title=title, company=company, emails=emails, phones=phones,
                    tags=tags, needs=needs, offers=offers,
                    consent=Consent(share_card=share, intro_ok=intro))
    [card] = read_card_bytes(vcard_bundle([person])).cards
    back = card.to_person("vcard")
    for field_name in ("name", "title", "company", "emails", "phones", "tags", "needs",
                       "offers", "consent"):
        assert getattr(back, field_name) == getattr(person, field_name), field_name
    assert back.name_parts == list(name_parts_of(person.name, []))
    vobject.readOne(vcard_bundle([person]).decode())  # an independent parser reads it too


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_any_name_splits_into_whole_words(name: str) -> None:
    parts = split_name(name)
    assert len(parts) == 5
    words = {w.strip() for raw in name.split() for w in (raw, *raw.split(","))}
    for part in parts:
        for word in part.split():
            hangul = all("HANGUL" in unicodedata.name(c, "") for c in word)
            assert hangul or word in words or word.strip(",") in words, (name, parts)


def test_cards_import_reports_organisations_and_a_missing_end(tmp_path) -> None:
    from tests.unit.test_cli import run

    cards = tmp_path / "cards.vcf"
    cards.write_bytes(b"BEGIN:VCARD\nVERSION:4.0\nKIND:org\nFN:Acme Inc.\nEND:VCARD\n"
                      b"BEGIN:VCARD\nVERSION:3.0\nFN:Ann Lee\nEMAIL:ann@x.example\n")
    result = run("import", str(cards), "--db", str(tmp_path / "db.json"), tmp=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "card 1: Acme Inc. is an organisation card (org), not a person" in result.stdout
    assert "Read with a doubt:\n  card 2: no END:VCARD" in result.stdout
    assert "Ann Lee (new)" in result.stdout
