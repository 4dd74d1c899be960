"""A card as QR payload text: vCard 3.0 (full or minimal) or MECARD.

Where the rest of the card exchange lives (in `mingle.domain.exchange`):
- `qr`: choosing the payload that fits, QR matrices, half-block terminal cells, SVG text;
- `images`: PNG bytes, Pillow images, decoding QR codes in image files;
- `parse`: reading cards taken in (vCard 2.1/3.0/4.0, MECARD, a bare URL);
- `match`: finding the person a card belongs to (`PeopleIndex` for many cards), and merging;
- `scanner`: telling when a handheld scanner has typed a whole card.

Payloads are `str`; they are encoded as UTF-8 bytes in the QR code. vCard lines end with CRLF
and are folded at 75 octets (never inside a character). Text properties whose value is not
ASCII (N, FN, ORG, TITLE, NOTE) carry `CHARSET=UTF-8`: RFC 2426 dropped the parameter, but
iPhones reading a vCard from a QR code use it to pick the charset, and other readers ignore it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from mingle.domain.exchange.vformat import escape_text, fold_line, uri
from mingle.domain.records.models import MyCard, Person
from mingle.domain.records.names import first_last, name_parts_of

FULL = "full"
MINIMAL = "minimal"
MECARD = "mecard"
SHORT_MECARD = "short mecard"
LEVELS = (FULL, MINIMAL, MECARD, SHORT_MECARD)
"""Payload levels, richest first."""

# The card fields (models.CARD_FIELDS) that each level carries.
_CARRIED = {
    FULL: ("name", "title", "company", "email", "phone", "url", "pitch"),
    MINIMAL: ("name", "email", "phone"),
    MECARD: ("name", "email", "phone", "url"),
    SHORT_MECARD: ("name", "email", "phone"),  # fits an 80×24 terminal
}
_MECARD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\;:,"})


class CardError(ValueError):
    """A card that cannot be read, written or shown; the message is for the user."""


@dataclass(slots=True, frozen=True)
class CardValues:
    """What a card says, the same for the user's own card and for a person."""

    name: str = ""
    title: str = ""
    company: str = ""
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    urls: tuple[str, ...] = ()
    pitch: str = ""

    @classmethod
    def of(cls, card: MyCard | Person) -> CardValues:
        """The values of a MyCard or a Person (a person has no pitch)."""
        if isinstance(card, Person):
            return cls(card.name, card.title, card.company, tuple(card.emails),
                       tuple(card.phones), tuple(card.urls))
        return cls(card.name, card.title, card.company, _one(card.email), _one(card.phone),
                   _one(card.url), card.pitch)

    def filled(self) -> list[str]:
        """Names of the card fields that hold a value, in CARD_FIELDS order."""
        values = {"name": self.name, "title": self.title, "company": self.company,
                  "email": self.emails, "phone": self.phones, "url": self.urls,
                  "pitch": self.pitch}
        return [name for name, value in values.items() if value]


class CardPayload(NamedTuple):
    """A payload chosen to fit: its text, its level (LEVELS) and the filled fields left out."""

    payload: str
    level: str
    left_out: list[str]


def _one(value: str) -> tuple[str, ...]:
    return (value,) if value else ()


def _text_property(name: str, value: str) -> str:
    """A content line for a TEXT value, marked UTF-8 when it is not ASCII."""
    charset = "" if value.isascii() else ";CHARSET=UTF-8"
    return f"{name}{charset}:{value}"


def _vcard_lines(values: CardValues, level: str) -> list[str]:
    given, family = first_last(values.name)
    name = values.name or (values.emails[0] if values.emails else "")
    lines = ["BEGIN:VCARD", "VERSION:3.0",
             _text_property("N", f"{escape_text(family)};{escape_text(given)};;;"),
             _text_property("FN", escape_text(name))]
    if level == FULL:
        if values.company:
            lines.append(_text_property("ORG", escape_text(values.company)))
        if values.title:
            lines.append(_text_property("TITLE", escape_text(values.title)))
    lines += [f"TEL:{escape_text(phone)}" for phone in values.phones]
    lines += [f"EMAIL;TYPE=INTERNET:{escape_text(email)}" for email in values.emails]
    if level == FULL:
        lines += [f"URL:{uri(url)}" for url in values.urls]
        if values.pitch:
            lines.append(_text_property("NOTE", escape_text(values.pitch)))
    lines.append("END:VCARD")
    return lines


def vcard_payload(card: MyCard | Person, level: str = FULL) -> str:
    """A vCard 3.0: level "full" has every field, "minimal" only name, phone and email."""
    if level not in (FULL, MINIMAL):
        raise ValueError(f"Unknown vCard level {level!r}; choose {FULL!r} or {MINIMAL!r}.")
    lines = _vcard_lines(CardValues.of(card), level)
    return b"".join(fold_line(line) for line in lines).decode("utf-8")


def mecard_escape(value: str) -> str:
    """A MECARD value with \\ ; : and , escaped by a backslash."""
    return value.translate(_MECARD_SPECIAL)


def mecard_payload(card: MyCard | Person, *, with_urls: bool = True) -> str:
    """A MECARD (`MECARD:N:Family,Given;TEL:…;EMAIL:…;URL:…;;`): name, phones, emails, URLs."""
    values = CardValues.of(card)
    given, family = _mecard_name(values.name)
    name = f"{mecard_escape(family)},{mecard_escape(given)}" if family else mecard_escape(given)
    fields = [f"N:{name}"] if name else []
    fields += [f"TEL:{mecard_escape(phone)}" for phone in values.phones]
    fields += [f"EMAIL:{mecard_escape(email)}" for email in values.emails]
    fields += [f"URL:{mecard_escape(url)}" for url in values.urls if with_urls]
    return "MECARD:" + "".join(f"{field};" for field in fields) + ";"


def _mecard_name(name: str) -> tuple[str, str]:
    """(given, family) for MECARD's two-part N: titles go with the given name, suffixes with
    the family name ("Dr Ann Lee III" → "Dr Ann", "Lee III"), so a reader puts the name back."""
    family, given, additional, prefix, suffix = name_parts_of(name, ())
    first = " ".join(p for p in (prefix, given, additional) if p)
    last = " ".join(p for p in (family, suffix) if p)
    return (first, last) if first else (last, "")


def card_payload(card: MyCard | Person, level: str) -> CardPayload:
    """The payload of one level (LEVELS) with the filled fields it leaves out."""
    if level in (MECARD, SHORT_MECARD):
        payload = mecard_payload(card, with_urls=level == MECARD)
    else:
        payload = vcard_payload(card, level)
    left_out = [name for name in CardValues.of(card).filled() if name not in _CARRIED[level]]
    return CardPayload(payload, level, left_out)


def describe_left_out(left_out: list[str]) -> str:
    """Words for the user about what the QR code does not carry ("" when nothing)."""
    if not left_out:
        return ""
    return f"Not in this code: {', '.join(left_out)}. A larger window shows more."
