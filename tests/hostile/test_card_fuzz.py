"""Arbitrary input to the card readers: cards or the parser's own clear error, nothing else."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from mingle.domain.exchange.images import decode_image
from mingle.domain.exchange.parse import ParsedCard, parse_cards, read_card_bytes
from mingle.domain.exchange.payload import CardError, mecard_payload, vcard_payload
from mingle.domain.exchange.scanner import ScannerBuffer
from mingle.domain.records.models import MyCard
from mingle.domain.records.normalize import normalize_email, normalize_phone
from mingle.domain.records.text import clean_line

FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
CONTROL = set(map(chr, [*range(0x20), *range(0x7F, 0xA0)]))
# What card syntax is made of, plus letters, far-away scripts and hostile characters.
CARD_PIECES = st.sampled_from([
    "BEGIN:VCARD", "END:VCARD", "VERSION:2.1", "VERSION:4.0", "FN:", "N:", "ORG:", "TEL:",
    "EMAIL:", "URL:", "NOTE:", "PHOTO;ENCODING=b:", "item1.", "X-ABLabel:", ";", ":", ",", "=",
    "\\", "\\n", "\r\n", "\n", " ", "\t", "=C3=A5", "=\r\n", ";ENCODING=QUOTED-PRINTABLE",
    ";CHARSET=", "ISO-8859-1", "utf-16", "idna", "rot13", "\"", "tel:", "mailto:", "MECARD:",
    ";;", "https://", "linkedin.com/in/", "a@b.example", "+46 70", "Åsa", "王芳", "\x1b[2J",
    "\x00", "\x85", "\u202e", "\ud800", "[@click=app.quit]", "x"])
CARD_TEXT = st.lists(CARD_PIECES, max_size=60).map("".join)
PREFIXES = st.sampled_from(["", "BEGIN:VCARD\n", "MECARD:", "https://", "BEGIN:VCARD\nFN:A\n"])


def read_or_refuse(text: str) -> list[ParsedCard]:
    """The parser's answer: valid, clean cards, or its own clear error."""
    try:
        cards = parse_cards(text)
    except CardError as exc:
        assert str(exc) and "Traceback" not in str(exc)
        return []
    assert cards
    for card in cards:
        assert_clean(card)
    return cards


def assert_clean(card: ParsedCard) -> None:
    for value in (card.name, card.title, card.company, *card.emails, *card.phones, *card.urls):
        assert not CONTROL & set(value), value
        assert value == value.strip()
    card.to_person("scan").validate()


@FUZZ
@given(st.text(max_size=300), PREFIXES)
def test_arbitrary_text(text: str, prefix: str) -> None:
    read_or_refuse(prefix + text)


@FUZZ
@given(CARD_TEXT, PREFIXES)
def test_card_shaped_text(text: str, prefix: str) -> None:
    read_or_refuse(prefix + text)


@FUZZ
@given(st.binary(max_size=400), st.sampled_from([b"", b"BEGIN:VCARD\r\n", b"\xff\xfe"]))
def test_arbitrary_bytes(data: bytes, prefix: bytes) -> None:
    try:
        batch = read_card_bytes(prefix + data)
    except CardError:
        return
    for card in batch.cards:
        assert_clean(card)


@settings(max_examples=40, deadline=None)
@given(st.binary(max_size=200), st.sampled_from([b"", b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff"]))
def test_arbitrary_image_bytes(tmp_path_factory, data: bytes, prefix: bytes) -> None:
    path = Path(tmp_path_factory.mktemp("img")) / "x.png"
    path.write_bytes(prefix + data)
    try:
        assert decode_image(path) == []
    except CardError as exc:
        assert str(exc)


# -- round trips ------------------------------------------------------------------------------

WORDS = st.text(st.characters(exclude_categories=("Cs", "Cc", "Zl", "Zp")), max_size=30)
EMAILS = st.from_regex(r"[a-z0-9._%+-]{1,12}@[a-z0-9-]{1,10}\.[a-z]{2,6}", fullmatch=True)
PHONES = st.from_regex(r"\+?[0-9][0-9 ()-]{5,15}[0-9]", fullmatch=True)
URLS = st.from_regex(r"https://[a-z0-9-]{1,12}\.example(/[a-zA-Z0-9_~.-]{0,12}){0,3}",
                     fullmatch=True)


@st.composite
def my_cards(draw: st.DrawFn) -> MyCard:
    card = MyCard(name=draw(WORDS), title=draw(WORDS), company=draw(WORDS), pitch=draw(WORDS),
                  email=draw(EMAILS), phone=draw(PHONES), url=draw(URLS))
    assume(card.name)
    return card


@FUZZ
@given(my_cards())
def test_any_card_survives_its_own_payloads(card: MyCard) -> None:
    [full] = parse_cards(vcard_payload(card))
    assert (full.name, full.title, full.company, full.note) == (
        card.name, card.title, card.company, card.pitch)
    assert [normalize_email(e) for e in full.emails] == [normalize_email(card.email)]
    assert [normalize_phone(p) for p in full.phones] == [normalize_phone(card.phone)]
    assert full.urls == [card.url]
    [mecard] = parse_cards(mecard_payload(card))
    # MECARD has only the structured N: a "Last, First" name comes back as "First Last".
    words = sorted(card.name.replace(",", " ").split())
    assert sorted(clean_line(mecard.name).replace(",", " ").split()) == words
    assert (mecard.emails, mecard.urls) == (full.emails, full.urls)


@FUZZ
@given(my_cards(), st.lists(st.integers(min_value=0, max_value=2000), max_size=12))
def test_scanner_result_does_not_depend_on_chunking(card: MyCard, cuts: list[int]) -> None:
    payload = vcard_payload(card)
    whole = ScannerBuffer().feed(payload)
    assert whole == [payload.replace("\r\n", "\n").strip()]
    scanner = ScannerBuffer()
    bounds = sorted({0, len(payload), *(c % (len(payload) + 1) for c in cuts)})
    pieces = [payload[a:b] for a, b in pairwise(bounds)]
    assert [p for piece in pieces for p in scanner.feed(piece)] == whole
    assert parse_cards(whole[0])[0].name == card.name
