"""Cards: payloads read back by vobject, real-world card files, matching, merging, scanner."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import vobject

from mingle.domain.exchange.images import read_card_file
from mingle.domain.exchange.match import (
    PeopleIndex,
    company_key,
    match_existing,
    merge,
    name_key,
    names_agree,
    similar_names,
)
from mingle.domain.exchange.parse import (
    MAX_PAYLOAD,
    CardBatch,
    ParsedCard,
    name_from_url,
    parse_cards,
    read_card_bytes,
)
from mingle.domain.exchange.payload import (
    CardError,
    card_payload,
    describe_left_out,
    mecard_escape,
    mecard_payload,
    vcard_payload,
)
from mingle.domain.exchange.scanner import ScannerBuffer
from mingle.domain.records.models import MyCard, Person
from mingle.domain.records.phones import same_phone
from tests.card_files import write_png
from tests.unit.test_export import assert_content_lines

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "cards"
ANN = "Ann [@click=app.quit]x[/]"
NAMES = ["Åsa Lindqvist", "José Ñúñez", "王芳", "Ludwig van Beethoven"]


def my_card(name: str = "Åsa Lindqvist", **changes: str) -> MyCard:
    values = {"name": name, "title": "CTO; co-founder", "company": "NordFin, Inc.",
              "email": "asa@nordfin.example", "phone": "+46 70 123 45 67",
              "url": "https://nordfin.example/team/asa", "pitch": "Payments for small shops\\ "
              "in the Nordics, and a long pitch that has to be folded somewhere: ÅÄÖ 王芳"}
    return MyCard(**{**values, **changes})


def fixture(name: str) -> CardBatch:
    return read_card_bytes((FIXTURES / name).read_bytes())


def one_card(text: str) -> ParsedCard:
    cards = parse_cards(text)
    assert len(cards) == 1, cards
    return cards[0]


# -- writing payloads -------------------------------------------------------------------------

@pytest.mark.parametrize("name", NAMES)
def test_full_vcard_is_read_back_by_vobject_with_every_field(name: str) -> None:
    card = my_card(name)
    payload = vcard_payload(card, "full")
    assert_content_lines(payload.encode("utf-8"))
    read = vobject.readOne(payload)
    assert read.version.value == "3.0"
    assert read.fn.value == name
    assert f"{read.n.value.given} {read.n.value.family}".strip() == name
    assert read.org.value == [card.company]
    assert read.title.value == card.title
    assert read.tel.value == card.phone
    assert read.email.value == card.email
    assert read.url.value == card.url
    assert read.note.value == card.pitch


def test_charset_is_marked_on_non_ascii_text_only() -> None:
    payload = vcard_payload(my_card("José Ñúñez", company="Pixel", title="Café owner"))
    lines = payload.replace("\r\n ", "").split("\r\n")
    marked = {line.split(";")[0].split(":")[0] for line in lines if ";CHARSET=UTF-8:" in line}
    assert marked == {"N", "FN", "TITLE", "NOTE"}
    ascii_only = vcard_payload(my_card("Ann Lee", pitch="Plain"))
    assert "CHARSET" not in ascii_only


def test_minimal_vcard_has_name_phone_and_email_only() -> None:
    read = vobject.readOne(vcard_payload(my_card(), "minimal"))
    names = {child.name for child in read.getChildren()}
    assert names == {"VERSION", "N", "FN", "TEL", "EMAIL"}


def test_a_person_card_carries_every_address() -> None:
    person = Person(name="Priya Raman", emails=["p@one.example", "p@two.example"],
                    phones=["+44 7700 900123"], urls=["https://a.example", "https://b.example"])
    read = vobject.readOne(vcard_payload(person))
    assert [e.value for e in read.email_list] == person.emails
    assert [u.value for u in read.url_list] == person.urls
    assert not hasattr(read, "note")


def test_a_card_without_a_name_shows_its_email() -> None:
    read = vobject.readOne(vcard_payload(Person(emails=["x@example.com"])))
    assert read.fn.value == "x@example.com"


def test_unknown_level_is_refused() -> None:
    with pytest.raises(ValueError, match="Unknown vCard level"):
        vcard_payload(my_card(), "huge")


def test_mecard_escapes_and_order() -> None:
    card = my_card("Ludwig van Beethoven", phone="+49 30 123456", url="https://x.example/a;b")
    assert mecard_escape(r"a\b;c:d,e") == r"a\\b\;c\:d\,e"
    assert mecard_payload(card) == (
        r"MECARD:N:van Beethoven,Ludwig;TEL:+49 30 123456;EMAIL:asa@nordfin.example;"
        r"URL:https\://x.example/a\;b;;")


@pytest.mark.parametrize(("name", "n_field"), [
    ("0 II", "0 II"), ("Ann Lee III", "Lee III,Ann"), ("John Smith Jr", "Smith Jr,John"),
    ("Dr. Ann Lee, PhD", "Lee PhD,Dr. Ann"), ("Mary Ann de la Cruz", "de la Cruz,Mary Ann")])
def test_mecard_keeps_titles_and_suffixes(name: str, n_field: str) -> None:
    # MECARD's N: has two parts; a title or a suffix ("II", "Jr") once fell out of it.
    payload = mecard_payload(MyCard(name=name))
    assert payload == f"MECARD:N:{mecard_escape(n_field).replace(chr(92) + ',', ',')};;"
    assert sorted(one_card(payload).name.replace(",", " ").split()) == sorted(
        name.replace(",", " ").split())


def test_left_out_names_only_filled_fields() -> None:
    assert card_payload(my_card(), "full").left_out == []
    assert card_payload(my_card(), "minimal").left_out == ["title", "company", "url", "pitch"]
    assert card_payload(my_card(), "mecard").left_out == ["title", "company", "pitch"]
    sparse = MyCard(name="Ann", email="ann@example.com", url="https://ann.example")
    assert card_payload(sparse, "minimal").left_out == ["url"]
    assert describe_left_out([]) == ""
    assert "title, pitch" in describe_left_out(["title", "pitch"])


@pytest.mark.parametrize("name", NAMES)
def test_own_payloads_parse_back_to_the_card(name: str) -> None:
    card = my_card(name)
    full = one_card(vcard_payload(card))
    assert (full.name, full.title, full.company, full.note) == (name, card.title, card.company,
                                                                  card.pitch)
    assert (full.emails, full.phones, full.urls) == ([card.email], [card.phone], [card.url])
    mecard = one_card(mecard_payload(card))
    assert (mecard.name, mecard.emails, mecard.phones, mecard.urls) == (
        name, [card.email], [card.phone], [card.url])


# -- reading cards from outside ---------------------------------------------------------------

def test_ios_card_with_groups_labels_and_escaped_urls() -> None:
    batch = fixture("ios_3.vcf")
    assert batch.skipped == []
    [card] = batch.cards
    assert card.kind == "vCard 3.0"
    assert (card.name, card.title, card.company) == ("Åsa Lindqvist", "Head of Research",
                                                     "Nordic Robotics AB")
    assert card.emails == ["asa@nordicrobotics.example", "asa.lindqvist@mail.example"]
    assert card.phones == ["+46 70 555 01 23", "+46 8 555 01 99"]
    assert card.urls == ["https://nordicrobotics.example",
                         "https://www.linkedin.com/in/asa-lindqvist"]
    assert card.note == ("Met at the Nordic AI meetup, needs a designer.\n"
                         "Rides bikes on weekends; ask about the Vätternrundan.")
    assert "Erik" not in repr(card) and "Kungsgatan" not in repr(card)


def test_android_21_quoted_printable_with_charsets_and_soft_breaks() -> None:
    bjorn, jose = fixture("android_21.vcf").cards
    assert bjorn.kind == "vCard 2.1"
    assert (bjorn.name, bjorn.company, bjorn.title) == ("Björn Åkesson", "Småland Kaffe AB",
                                                        "Head Roaster")
    assert bjorn.phones == ["+46 70 123 45 67", "08-123 456 78"]
    assert bjorn.note == ("Träffade på kaffemässan i Göteborg. Vill ha intro till en designer."
                          "\nCyklar varje helg.")
    assert (jose.name, jose.company) == ("José Ñúñez", "Pixel – Café")  # ISO-8859-1, cp1252


def test_vcard_4_with_tel_uris() -> None:
    [card] = fixture("v4.vcf").cards
    assert (card.kind, card.name, card.company) == ("vCard 4.0", "王芳", "Shanghai Tea Co.")
    assert card.phones == ["+86-138-0013-8000", "+86-21-5555-0100 ext. 42"]  # extension kept
    assert card.urls == ["https://tea.example/wang"]


def test_several_cards_with_photos_and_a_nested_agent() -> None:
    batch = fixture("several.vcf")
    assert [c.name for c in batch.cards] == ["Priya Raman", "Chidi Okafor", "Maria Gonzalez"]
    assert batch.skipped == ["card 3: no name or email address"]
    priya, chidi, maria = batch.cards
    assert priya.phones == ["+44 7700 900123"]  # the line after the folded photo
    assert (chidi.emails, chidi.company) == (["chidi@farmlink.example"], "FarmLink")
    assert maria.emails == ["maria@sunrise.example"]  # not the agent's
    for card in batch.cards:
        assert "/9j/" not in repr(card)


def test_windows_1252_file_and_octet_folds_inside_characters() -> None:
    [zoe] = fixture("windows1252_21.vcf").cards
    assert (zoe.name, zoe.title, zoe.company) == ("Zoë Gérant", "Chef – Pâtissière",
                                                  "Café “Lumière”")
    [sven] = fixture("folded_octets.vcf").cards
    assert sven.name == "Sven Sjöström"
    assert sven.note.count("Sjöström på Åland: köttbullar, smörgåsbord och fika för alla") == 2


def test_3_0_fixtures_read_as_vobject_reads_them() -> None:
    for name in ("ios_3.vcf", "several.vcf", "v4.vcf"):
        text = (FIXTURES / name).read_text("utf-8")
        theirs = [c for c in vobject.readComponents(text) if hasattr(c, "email")]
        ours = [c for c in parse_cards(text, limit=1 << 20) if c.emails]
        assert [c.fn.value for c in theirs] == [c.name for c in ours]
        assert [[e.value for e in c.email_list] for c in theirs] == [c.emails for c in ours]


def test_mecard_with_escapes() -> None:
    card = one_card((FIXTURES / "mecard.txt").read_text("utf-8"))
    assert (card.kind, card.name) == ("MECARD", "José Ñúñez")
    assert card.urls == ["https://pixel.example/jose"]
    assert card.note == r"Likes; semicolons, commas: colons and \ backslashes"
    assert [c.name for c in parse_cards("MECARD:N:A,B;;\nMECARD:N:Lee,Ann;;")] == ["B A",
                                                                                   "Ann Lee"]


def test_bare_urls() -> None:
    card = one_card((FIXTURES / "linkedin.txt").read_text("utf-8"))
    assert (card.kind, card.name, card.emails) == ("URL", "Asa Lindqvist", [])
    assert card.urls == ["https://www.linkedin.com/in/asa-lindqvist-4b2a19a/"]
    assert name_from_url("https://linkedin.com/in/%C3%A5sa-lindqvist") == "Åsa Lindqvist"
    assert name_from_url("https://www.xing.com/profile/Jan_Novak") == "Jan Novak"
    assert name_from_url("https://www.linkedin.com/in/jdoe42") == "linkedin.com/in/jdoe42"
    assert name_from_url("https://example.com/about-us/") == "example.com/about-us"
    assert one_card("http://example.com").name == "example.com"


def test_values_are_cleaned_but_markup_is_kept_literally() -> None:
    card = one_card(f"BEGIN:VCARD\nFN:{ANN}\x1b[31m\u202e\nORG:\x9b2J*bold*\n"
                    "EMAIL:ann@example.com\nEND:VCARD")
    assert (card.name, card.company) == (ANN, "*bold*")
    person = card.to_person("scan")
    assert person.name == ANN and person.source == "scan"


def test_bad_addresses_are_dropped_and_said() -> None:
    card = one_card("BEGIN:VCARD\nFN:Bo\nEMAIL:bo(at)example\nTEL:call me\nTEL:tel:+1555010"
                    "0;ext=1\nEMAIL:mailto:Bo@Example.com\nEMAIL:bo@example.com\nEND:VCARD")
    assert card.emails == ["Bo@Example.com"]
    assert card.phones == ["+15550100 ext. 1"]
    assert card.dropped == ['email "bo(at)example"', 'phone "call me"']


def test_unterminated_and_lower_case_cards_are_read() -> None:
    card = one_card("begin:vcard\r\nversion:3.0\r\nfn:Ann Lee\r\nn:Lee;Ann\r\nemail:a@b.example")
    assert (card.name, card.emails, card.kind) == ("Ann Lee", ["a@b.example"], "vCard 3.0")
    assert one_card("BEGIN:VCARD\nN:Lee;Ann;Marie;Dr.;PhD\nEND:VCARD").name == (
        "Dr. Ann Marie Lee PhD")


@pytest.mark.parametrize(("text", "message"), [
    ("", "empty"),
    ("   \n\t", "empty"),
    ("hello there", "not a card"),
    ("ftp://example.com/file", "not a card"),
    ("BEGIN:VCARD\nTEL:+1 555 0100\nEND:VCARD", "no name or email"),
    ("BEGIN:VCARD\nFN:\x1b\x07\nEND:VCARD", "no name or email"),
    ("MECARD:TEL:123456789;;", "no name or email"),
    ("BEGIN:VCARD\nFN:A\x00\nEND:VCARD", "binary"),
    ("".join(chr(i % 32) for i in range(300)), "binary"),
    ("BEGIN:VCARD\nNOTE:" + "x" * MAX_PAYLOAD + "\nEND:VCARD", "too large"),
])
def test_what_is_not_a_card_gets_a_clear_message(text: str, message: str) -> None:
    with pytest.raises(CardError, match=message):
        parse_cards(text)


def test_card_files_in_other_encodings() -> None:
    text = "BEGIN:VCARD\r\nFN:王芳\r\nEMAIL:wf@example.cn\r\nEND:VCARD\r\n"
    for data in (text.encode("utf-16"), text.encode("utf-16-le"), text.encode("utf-16-be"),
                 b"\xef\xbb\xbf" + text.encode("utf-8")):
        assert [c.name for c in read_card_bytes(data).cards] == ["王芳"]
    with pytest.raises(CardError, match="too large"):
        read_card_bytes(b" " * 100, limit=10)
    with pytest.raises(CardError, match="binary"):
        read_card_bytes(bytes(range(256)) * 4)


def test_to_person_is_valid_and_keeps_the_source() -> None:
    [card] = fixture("ios_3.vcf").cards
    person = card.to_person("vcard")
    person.validate()
    assert (person.name, person.emails, person.urls, person.source) == (
        card.name, card.emails, card.urls, "vcard")


# -- matching and merging ---------------------------------------------------------------------

def test_keys_and_phone_rules() -> None:
    assert name_key("Lindqvist,  Åsa") == name_key("asa LINDQVIST") == "asa lindqvist"
    assert company_key("Acme, Inc.") == company_key("ACME") == "acme"
    assert company_key("AB") == "ab"
    assert same_phone("070-123 45 67", "+46 70 123 45 67", "SE")
    assert same_phone("+46 70 123 45 67", "0046701234567", "SE")
    assert same_phone("+46 70 123 45 67", "0046701234567")  # 00 is + when no region is known
    assert same_phone("(555) 123-4567", "+1 555 123 4567", "US")
    assert not same_phone("+44 70 123 45 67", "+46 70 123 45 67")
    assert not same_phone("45 67", "+46 70 123 45 67", "SE")
    assert not same_phone("070-123 45 67", "+46 70 123 45 67")  # no region: digits differ
    assert similar_names("Jon Smith", "John Smith")
    assert not similar_names("Ann Lee", "Dan Lee")


def test_match_by_email_then_phone_then_name() -> None:
    asa = Person(name="Åsa Lindqvist", company="NordFin AB", emails=["asa@nordfin.example"],
                 phones=["+46 70 123 45 67"])
    namesake = Person(name="Asa Lindqvist", company="Other Co")
    people = [namesake, asa]
    assert match_existing(ParsedCard(name="X", emails=["ASA@nordfin.example"]), people) is asa
    assert match_existing(ParsedCard(name="Asa L", phones=["070-123 45 67"]), people,
                          "SE") is asa
    assert match_existing(ParsedCard(phones=["070-123 45 67"]), people, "SE") is asa
    assert match_existing(ParsedCard(name="Bo Ek", phones=["070-123 45 67"]), people,
                          "SE") is None  # a shared number, another name
    assert match_existing(ParsedCard(name="Lindqvist Asa", company="Nordfin"), people) is asa
    assert match_existing(ParsedCard(name="Åsa Lindkvist", company="nordfin ab"), people) is asa
    assert match_existing(ParsedCard(name="Åsa Lindqvist"), people) is None  # no company
    assert match_existing(ParsedCard(name="Åsa Lindqvist", company="Globex"), people) is None
    bare = Person(name="Ann Lee")
    assert match_existing(ParsedCard(name="Lee Ann"), [bare]) is bare
    assert match_existing(ParsedCard(name="Anne Lee"), [bare]) is None


def brute_force_match(card: ParsedCard, people: list[Person]) -> Person | None:
    """The matching rule read literally, one person at a time: the reference for PeopleIndex."""
    emails = {e.lower() for e in card.emails}
    for person in people:
        if emails & {e.lower() for e in person.emails}:
            return person
    for person in people:
        if any(same_phone(a, b, "SE") for a in card.phones for b in person.phones) and \
                names_agree(name_key(card.name), name_key(person.name)):
            return person
    for person in people:
        if company_key(person.company) != company_key(card.company):
            continue
        if card.company and similar_names(card.name, person.name):
            return person
        if not card.company and name_key(card.name) and name_key(card.name) == name_key(
                person.name):
            return person
    return None


def test_people_index_agrees_with_the_brute_force_rule() -> None:
    rnd = random.Random(5)
    first = ["Ann", "Anna", "Åsa", "Asa", "Bo", "Jon", "John", "José", "Jose", "J.", "A"]
    last = ["Lee", "Lindqvist", "Lindkvist", "Ñúñez", "Nunez"]
    companies = ["", "Acme", "ACME Inc.", "Globex", "Pixel & Co"]
    phones = ["+46 70 123 45 67", "070-123 45 67", "+1 555 123 4567", "(555) 123-4567",
              "+44 20 7946 0000", "123", "08-555 01 99"]

    def some(values: list[str], most: int) -> list[str]:
        return rnd.sample(values, rnd.randint(0, most))

    def person() -> Person:
        return Person(name=f"{rnd.choice(first)} {rnd.choice(last)}",
                      company=rnd.choice(companies), phones=some(phones, 2),
                      emails=some([f"{n}@x.example" for n in "abcdefgh"], 1))

    for _ in range(300):
        people = [person() for _ in range(rnd.randint(0, 12))]
        made = person()
        card = ParsedCard(name=made.name if rnd.random() < 0.9 else "", company=made.company,
                          emails=made.emails, phones=made.phones)
        index = PeopleIndex(people, "SE")
        assert index.find(card) is brute_force_match(card, people)
        assert match_existing(card, people, "SE") is brute_force_match(card, people)


def test_people_index_uses_the_merged_version() -> None:
    old = Person(name="Ann Lee", emails=["ann@x.example"])
    index = PeopleIndex([old], "SE")
    merged = merge(old, Person(name="Ann Lee", company="Acme", phones=["+46 70 123 45 67"]))
    index.add(merged)
    assert index.find(ParsedCard(name="Ann", phones=["070-123 45 67"])) is merged
    assert index.find(ParsedCard(name="Ann Lee", company="ACME")) is merged
    assert index.find(ParsedCard(name="Ann Lee")) is None  # she has a company now
    newcomer = Person(name="Bo Roe", emails=["ann@x.example"])
    index.add(newcomer)
    assert index.find(ParsedCard(name="Q", emails=["ANN@x.example"])) is merged  # first added


def test_merge_keeps_what_is_known_and_adds_what_is_new() -> None:
    known = Person(name="Åsa Lindqvist", title="", company="NordFin", emails=["asa@nordfin.ex"],
                   phones=["+46 70 123 45 67"], tags=["fintech"], source="import")
    incoming = Person(name="Asa L.", title="CTO", company="Other", phones=["070-123 45 67",
                      "+46 8 555 01 99"], emails=["ASA@nordfin.ex", "asa@home.ex"],
                      urls=["https://nordfin.ex"], tags=["Fintech", "cycling"])
    merged = merge(known, incoming, "SE")
    assert merged.id == known.id and merged.source == "import"
    assert (merged.name, merged.title, merged.company) == ("Åsa Lindqvist", "CTO", "NordFin")
    assert merged.emails == ["asa@nordfin.ex", "asa@home.ex"]
    assert merged.phones == ["+46 70 123 45 67", "+46 8 555 01 99"]
    assert merged.urls == ["https://nordfin.ex"] and merged.tags == ["fintech", "cycling"]
    assert merge(merged, incoming, "SE") is merged


def test_same_person_by_vcard_mecard_and_qr_image_is_one_person(tmp_path: Path) -> None:
    card = my_card("José Ñúñez", email="jose@pixel.example", phone="+34 600 123 456")
    write_png(vcard_payload(card, "minimal"), tmp_path / "code.png")
    arrivals = [(one_card(vcard_payload(card)), "vcard"), (one_card(mecard_payload(card)), "qr"),
                (read_card_file(tmp_path / "code.png").cards[0], "qr")]
    people: list[Person] = []
    for parsed, source in arrivals:
        found = match_existing(parsed, people)
        if found is None:
            people.append(parsed.to_person(source))
        else:
            people[people.index(found)] = merge(found, parsed.to_person(source))
    [jose] = people
    assert (jose.name, jose.title, jose.company, jose.source) == (
        "José Ñúñez", card.title, card.company, "vcard")
    assert (jose.emails, jose.phones, jose.urls) == ([card.email], [card.phone], [card.url])


# -- the scanner ------------------------------------------------------------------------------

def test_scanner_hands_back_a_vcard_at_its_end_line() -> None:
    payload = vcard_payload(my_card())
    scanner = ScannerBuffer()
    done = [p for char in payload.replace("\r\n", "\n") for p in scanner.feed(char)]
    assert done == [payload.replace("\r\n", "\n").strip()]
    assert scanner.feed("\n") == [] and scanner.pending == ""
    assert scanner.feed(payload) == [payload.replace("\r\n", "\n").strip()]  # CRLF is Enter
    assert one_card(done[0]).name == "Åsa Lindqvist"


def test_scanner_mecard_url_and_pause() -> None:
    scanner = ScannerBuffer()
    assert scanner.feed(r"MECARD:N:Lee,Ann;NOTE:a\;;") == []  # an escaped ";" does not end it
    assert scanner.feed(";") == [r"MECARD:N:Lee,Ann;NOTE:a\;;;"]
    assert scanner.feed("https://example.com/ann") == []
    assert scanner.feed("\r\n") == ["https://example.com/ann"]
    assert scanner.feed("BEGIN:VCARD\nFN:Ann\n") == []
    assert scanner.pending == "BEGIN:VCARD\nFN:Ann\n"
    assert scanner.pause() == "BEGIN:VCARD\nFN:Ann"
    assert scanner.pause() is None
    assert scanner.feed("MECARD:N:A;;\n\nMECARD:N:B;;") == ["MECARD:N:A;;", "MECARD:N:B;;"]


def test_scanner_hands_back_runaway_text_at_the_limit() -> None:
    scanner = ScannerBuffer(limit=10)
    assert scanner.feed("BEGIN:VCARD\nFN:") == ["BEGIN:VCARD"]
    assert scanner.pending == "FN:"
