"""Who is who: phones in E.164, similar names, one rule for imports, cards and walk-ins."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mingle.domain.exchange.match import (
    SAME_NAME_SCORE,
    IdentityIndex,
    PeopleIndex,
    match_existing,
    similar_names,
)
from mingle.domain.exchange.parse import ParsedCard
from mingle.domain.imports.attendees import read_attendee_list
from mingle.domain.records.models import MyCard, Person
from mingle.domain.records.phones import (
    default_region,
    locale_region,
    phone_key,
    region_of,
    same_phone,
)
from mingle.services.cards_in import describe, preview, take_in_cards
from mingle.services.transfer import import_attendees
from mingle.store.database import Store

# (first, second, default region, same number?)
PHONES = [
    # France: the same number in two notations; a German number with the same digits after it
    ("01 23 45 67 89", "+33 1 23 45 67 89", "FR", True),
    ("01 23 45 67 89", "+49 123 456789", "FR", False),
    ("+33 1 23 45 67 89", "+49 123 456789", None, False),
    ("06 12 34 56 78", "07 12 34 56 78", "FR", False),
    ("0033 6 12 34 56 78", "06 12 34 56 78", "FR", True),
    # Germany: the trunk 0 dropped after +49; another city, the same subscriber digits
    ("030 1234567", "+49 30 1234567", "DE", True),
    ("030 1234567", "+49 40 1234567", "DE", False),
    ("+49 30 1234567", "+43 30 1234567", None, False),
    # Japan: mobile and landline notations; Korea writes the same digits
    ("03-1234-5678", "+81 3-1234-5678", "JP", True),
    ("03-1234-5678", "06-1234-5678", "JP", False),
    ("+81 90 1234 5678", "+82 10 1234 5678", None, False),
    ("090-1234-5678", "+81 90-1234-5678", "JP", True),
    # Italy keeps the leading 0 after +39: "+39 6 …" is another number than "+39 06 …"
    ("06 1234 5678", "+39 06 1234 5678", "IT", True),
    ("+39 6 1234 5678", "+39 06 1234 5678", None, False),
    ("333 123 4567", "+39 333 123 4567", "IT", True),
    # The US: one number in three notations; another area code; an extension is another line
    ("(212) 555-0100", "+1 212 555 0100", "US", True),
    ("212.555.0100", "1-212-555-0100", "US", True),
    ("(212) 555-0100", "(312) 555-0100", "US", False),
    ("+1 212 555 0100 ext. 101", "+1 212 555 0100 ext. 102", None, False),
    ("+1 212 555 0100 ext. 101", "+1 212 555 0100", None, False),
    ("(212) 555-0100 x101", "+1 212 555 0100 ext. 101", "US", True),
    ("1-800-FLOWERS", "+1 800 356 9377", "US", True),
    # No region known: only international numbers parse; others match by identical digits
    ("01 23 45 67 89", "+33 1 23 45 67 89", None, False),
    ("01 23 45 67 89", "0123456789", None, True),
    ("123 456789", "+49 123 456789", None, False),
    ("070-123 45 67", "+46 70 123 45 67", None, False),
    ("12", "12", "US", True),  # too short to parse: the identical digits still match
    ("12", "012", "US", False),
    ("", "", "FR", False),
]


@pytest.mark.parametrize(("first", "second", "region", "same"), PHONES)
def test_phone_identity_table(first: str, second: str, region: str | None, same: bool) -> None:
    assert same_phone(first, second, region) is same
    assert same_phone(second, first, region) is same


def test_phone_keys_are_e164_or_the_digits() -> None:
    assert phone_key("01 23 45 67 89", "FR") == "+33123456789"
    assert phone_key("01 23 45 67 89", None) == "#0123456789"
    assert phone_key("+1 212 555 0100 x7", None) == "+12125550100;ext=7"
    assert phone_key("tel:+46701234567") == "+46701234567"
    assert phone_key("no digits") == ""


def test_default_region_from_own_phone_else_locale() -> None:
    assert region_of("+33 1 23 45 67 89") == "FR"
    assert region_of("01 23 45 67 89") is None
    assert default_region("+49 30 1234567", {"LANG": "fr_FR.UTF-8"}) == "DE"
    assert default_region("030 1234567", {"LANG": "fr_FR.UTF-8"}) == "FR"
    assert default_region("", {"LC_ALL": "ja_JP.UTF-8", "LANG": "en_US.UTF-8"}) == "JP"
    assert default_region("", {"LANG": "C.UTF-8"}) is None
    assert locale_region({}) is None


# (first, second, the same person when both work at the same company?)
NAMES = [
    ("Åsa Lindqvist", "asa LINDQVIST", True),
    ("Lindqvist, Åsa", "Åsa Lindqvist", True),
    ("Åsa Lindkvist", "Åsa Lindqvist", True),
    ("José Ñúñez", "Jose Nunez", True),
    ("Jon Smith", "John Smith", True),
    ("J. Smith", "John Smith", True),
    ("Smith J", "John Smith", True),
    ("J. R. Smith", "John Robert Smith", True),
    ("Ann Lee", "Dan Lee", False),
    ("Maria Garcia", "Mario Garcia", False),
    ("Maria Fernandez", "Mario Fernandez", False),  # 93, but only the ending differs
    ("Daniel Oyelaran-Smith", "Daniela Oyelaran-Smith", False),
    ("Francesco Bellini", "Francesca Bellini", False),
    ("Jonathan Smith", "Jonathon Smith", True),
    ("J. Smith", "K. Smith", False),
    ("J. Smith", "Jane Doe", False),
    ("J. D.", "John Doe", False),  # no full word in common
    ("John Smith", "John Smithson", False),
    ("Claire Martin", "Hans Weber", False),
    ("Dr. Hans Weber", "Hans Weber", True),
    ("O'Brien, Seán", "Sean OBrien", True),
    ("王芳", "王芳", True),
    ("王芳", "王明", False),
]


@pytest.mark.parametrize(("first", "second", "same"), NAMES)
def test_name_similarity_table(first: str, second: str, same: bool) -> None:
    assert similar_names(first, second) is same
    assert similar_names(second, first) is same
    company = "Acme"
    found = match_existing(Person(name=first, company=company),
                           [Person(name=second, company="ACME Inc.")])
    assert (found is not None) is same


def test_the_name_threshold_is_one_named_constant() -> None:
    assert 90 < SAME_NAME_SCORE < 95


def person(name: str, *, phone: str = "", email: str = "", company: str = "") -> Person:
    return Person(name=name, company=company, phones=[phone] if phone else [],
                  emails=[email] if email else [])


# (known, incoming, region, the rule that makes them one person, or None for strangers)
PEOPLE = [
    (person("Claire Martin", phone="01 23 45 67 89", email="claire@example.fr"),
     person("Hans Weber", phone="+49 123 456789", email="hans@example.de",
            company="Weber GmbH"), "FR", None),
    (person("Claire Martin", phone="01 23 45 67 89"),
     person("Hans Weber", phone="+49 123 456789"), None, None),
    # read in Germany, her French number written without +33 *is* his number: names differ
    (person("Claire Martin", phone="01 23 45 67 89"),
     person("Hans Weber", phone="+49 123 456789"), "DE", None),
    (person("Claire Martin", phone="01 23 45 67 89"),
     person("C. Martin", phone="+33 1 23 45 67 89"), "FR", "same phone +33 1 23 45 67 89"),
    (person("Claire Martin", phone="01 23 45 67 89"),
     person("", phone="+33 1 23 45 67 89", email="c@example.fr"), "FR",
     "same phone +33 1 23 45 67 89"),
    # one switchboard, two people
    (person("Kenji Sato", phone="03-1234-5678", company="Sato KK"),
     person("Yuki Tanaka", phone="+81 3-1234-5678", company="Sato KK"), "JP", None),
    (person("Giulia Rossi", phone="+39 06 1234 5678"),
     person("Giulia Rossi", phone="+39 6 1234 5678"), None, "same name"),
    (person("Giulia Rossi", phone="+39 06 1234 5678", company="Roma Srl"),
     person("Marco Bianchi", phone="+39 6 1234 5678", company="Roma Srl"), None, None),
    (person("Flo Rist", phone="1-800-FLOWERS"), person("Flo Rist", phone="+1 800 356 9377"),
     "US", "same phone +1 800-356-9377"),
    (person("Amy Chen", phone="(212) 555-0100", company="Globex"),
     person("Amy Chen", phone="(312) 555-0100", company="Initech"), "US", None),
    (person("Amy Chen", email="amy@globex.example"),
     person("Dr. A. Chen", email="AMY@globex.example"), "US", "same email amy@globex.example"),
    (person("Lena Vogel", company="Vogel AG"),
     person("Vogel, Lena", company="VOGEL"), "DE", "same name at the same company"),
    (person("Lena Vogel", company="Vogel AG"),
     person("L. Vogel", company="Vogel"), "DE", "similar name at the same company"),
    (person("Lena Vogel"), person("Lena Vogel", company="Vogel AG"), "DE", None),
]


@pytest.mark.parametrize(("known", "incoming", "region", "rule"), PEOPLE)
def test_identity_table(known: Person, incoming: Person, region: str | None,
                        rule: str | None) -> None:
    index: IdentityIndex[str] = IdentityIndex(region)
    index.remember(known, "known")
    found = index.match(incoming)
    assert (found.rule if found else None) == rule


def test_the_same_rule_serves_cards_and_people() -> None:
    claire = person("Claire Martin", phone="01 23 45 67 89")
    index = PeopleIndex([claire], "FR")
    card = ParsedCard(name="C. Martin", phones=["+33 1 23 45 67 89"])
    found = index.match(card)
    assert found is not None and found.value is claire


# -- every merge is visible ---------------------------------------------------------------------

def test_a_card_merge_names_both_sides_and_the_rule(db_path) -> None:
    with Store(db_path) as store:
        store.save(MyCard(name="Me", phone="+33 6 00 00 00 00"))
        store.save(person("Claire Martin", phone="01 23 45 67 89"))
        store.flush()
        card = ParsedCard(name="C. Martin", phones=["+33 1 23 45 67 89"])
        seen = preview(store, card, "scan")
        assert seen.merge_words() == ("card C. Martin merged into Claire Martin — same phone "
                                      "+33 1 23 45 67 89")
        stranger = ParsedCard(name="Hans Weber", phones=["+49 123 456789"],
                              emails=["hans@example.de"], company="Weber GmbH")
        taken = take_in_cards(store, [card, stranger], "scan", None)
        lines = describe(taken)
    assert "  card C. Martin merged into Claire Martin — same phone +33 1 23 45 67 89" in lines
    assert "  Hans Weber (new)" in lines
    claire = next(p for p in taken if p.existing).person
    assert claire.company == "" and "hans@example.de" not in claire.emails


def test_an_import_lists_each_merge_with_both_names(db_path) -> None:
    data = (b"Name,Email,Phone,Company\n"
            b"C. Martin,claire@work.example,+33 1 23 45 67 89,\n"
            b"Hans Weber,hans@example.de,+49 123 456789,Weber GmbH\n"
            b"Claire M.,,01 23 45 67 89,\n")
    with Store(db_path) as store:
        store.save(MyCard(name="Me", phone="+33 6 00 00 00 00"))
        store.save(person("Claire Martin", phone="01 23 45 67 89"))
        store.flush()
        attendees = read_attendee_list(data, region="FR")
        report = import_attendees(store, attendees, "people.csv", "Gala")
        text = "\n".join(report.lines())
        assert len(store.people) == 2
    assert ("line 2: C. Martin merged into Claire Martin — same phone +33 1 23 45 67 89"
            in text)
    # the file told rows 2 and 4 apart (no word of their names in common); the database did not
    assert "line 4: Claire M. merged into Claire Martin (line 2) — same phone" in text
    assert "Hans Weber merged" not in text


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=30), st.sampled_from(["FR", "DE", "JP", "IT", "US", None]))
def test_any_text_has_a_phone_key_and_matches_itself(text: str, region: str | None) -> None:
    key = phone_key(text, region)
    assert same_phone(text, text, region) is bool(key)


def test_a_merge_learns_the_structured_name_when_it_fits() -> None:
    from mingle.domain.exchange.match import merge

    known = Person(name="Ana de la Cruz", emails=["ana@x.example"])
    card = Person(name="Ana de la Cruz", name_parts=["de la Cruz", "Ana", "", "", ""],
                  emails=["ana@x.example"])
    assert merge(known, card).name_parts == ["de la Cruz", "Ana", "", "", ""]
    other = Person(name="Ana Cruz-Lopez", name_parts=["Cruz-Lopez", "Ana", "", "", ""])
    assert merge(known, other).name_parts == []


def test_the_name_index_finds_what_the_rule_read_literally_finds() -> None:
    """The index looks only at names one word apart or sharing a word: the rule says no more."""
    import random

    from mingle.domain.exchange.match import company_key, name_key, similar_keys

    rnd = random.Random(13)
    words = ["ana", "anna", "maria", "mario", "jon", "john", "j", "r", "robert", "lee", "li",
             "lindqvist", "lindkvist", "de", "la", "cruz", "smith", "smyth", "a", "k"]
    for _ in range(300):
        known = [Person(name=" ".join(rnd.sample(words, rnd.randint(1, 3))),
                        company=rnd.choice(["Acme", "ACME Inc.", "Globex"]))
                 for _ in range(rnd.randint(1, 15))]
        wanted = Person(name=" ".join(rnd.sample(words, rnd.randint(1, 3))),
                        company=rnd.choice(["Acme", "Globex"]))
        index: IdentityIndex[int] = IdentityIndex()
        for position, someone in enumerate(known):
            index.remember(someone, position)
        literal = next((i for i, p in enumerate(known)
                        if company_key(p.company) == company_key(wanted.company)
                        and similar_keys(name_key(p.name), name_key(wanted.name))), None)
        assert index.find(wanted) == literal, (wanted.name, [p.name for p in known])


def test_a_row_that_only_links_a_known_person_is_listed_as_a_merge(db_path) -> None:
    with Store(db_path) as store:
        store.save(MyCard(name="Me", phone="+33 6 00 00 00 00"))
        store.save(person("Dr. Hélène Dubois", phone="+33 6 12 34 56 78"))
        store.flush()
        data = b"First Name,Last Name,Mobile Phone\nH.,Dubois,06 12 34 56 78\n"
        report = import_attendees(store, read_attendee_list(data), "o.csv", "Gala")
        again = import_attendees(store, read_attendee_list(data), "o.csv", "Gala")
    assert report.updated == 1 and [p.message for p in report.merged] == [
        "H. Dubois merged into Dr. Hélène Dubois — same phone +33 6 12 34 56 78"]
    assert again.unchanged == 1 and again.merged == []  # nothing changed: nothing to show
