"""Cards taken in from outside (untrusted): vCard 2.1/3.0/4.0, MECARD, or a bare web link.

`parse_cards` reads a scanned or pasted payload, `read_card_bytes` a .vcf file; both return
cleaned cards or raise `CardError` with a message for the user, and never anything else.
What is read: vCard 2.1 (quoted-printable with soft line breaks, CHARSET=…, bare TYPE
parameters), 3.0 (Apple's `item1.` groups, whose X-ABLabel labels are ignored), 4.0 (`tel:`
URIs, VALUE=uri), several cards in one text, folded lines, MECARD (`MECARD:N:Doe,John;…;;`,
several allowed) and a bare http(s) URL. Photos, logos, sounds and keys are skipped, never kept.
Every value has control characters stripped; markup-like text is kept as it is (showing it
safely is the UI's job). A value longer than MAX_VALUE characters is cut there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

from mingle.domain.exchange.payload import CardError
from mingle.domain.exchange.vcard_read import (
    Property,
    RawCard,
    decode_card_file,
    split_cards,
    split_unescaped,
    structured,
    unescape,
    value_text,
)
from mingle.domain.records.models import Consent, Person
from mingle.domain.records.names import join_parts
from mingle.domain.records.normalize import (
    clean_list,
    is_email,
    normalize_email,
    normalize_phone,
    normalize_tag,
)
from mingle.domain.records.text import clean_block, clean_line

MAX_PAYLOAD = 64 * 1024
"""Largest scanned or pasted payload, in bytes of UTF-8."""
MAX_FILE = 16 * 1024 * 1024
"""Largest card file (address-book exports with photos are large)."""
MAX_VALUE = 1000
MAX_URL = 2048

_VCARD = re.compile(r"begin\s*:\s*vcard", re.I)
_MECARD_START = re.compile(r"^[ \t]*mecard:", re.I | re.M)  # one per line
_URL = re.compile(r"https?://[^\s/?#]+\.[^\s]*", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_PROFILE_PATHS = {"linkedin.": ("in", "pub"), "xing.": ("profile",)}
_SLUG_WORDS = re.compile(r"[-_.+\s]+")
NOT_A_CARD = "This is not a card: mingle reads vCards, MECARDs and web links."
NO_IDENTITY = "no name or email address"


@dataclass(slots=True)
class ParsedCard:
    """A card read from outside, cleaned; it always has a name or an email address.

    A card with neither but with a link is named after the link (`name_from_url`).
    """

    name: str = ""
    title: str = ""
    company: str = ""
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    note: str = ""
    kind: str = ""
    """What it was read from: "vCard 2.1", "vCard 3.0", "vCard 4.0", "vCard", "MECARD", "URL"."""
    dropped: list[str] = field(default_factory=list)
    """Values left out, for the user: e.g. 'email "bob(at)example"'."""
    name_parts: list[str] = field(default_factory=list)
    """The vCard N as given: family, given, additional, prefix, suffix (or [])."""
    tags: list[str] = field(default_factory=list)
    needs: list[str] = field(default_factory=list)
    offers: list[str] = field(default_factory=list)
    consent: Consent | None = None
    """What mingle's own vCards say of consent (X-MINGLE-SHARE-CARD, X-MINGLE-INTRO-OK)."""

    def to_person(self, source: str) -> Person:
        """A new, valid Person from this card; `source` says how it came ("qr", "vcard", "scan").

        The note has no place on a Person: the caller may keep it as a Note of that person.
        """
        person = Person(name=self.name, name_parts=self.name_parts, title=self.title,
                        company=self.company, emails=self.emails, phones=self.phones,
                        urls=self.urls, tags=self.tags, needs=self.needs, offers=self.offers,
                        consent=self.consent or Consent(), source=source)
        person.validate()
        return person


@dataclass(slots=True)
class CardBatch:
    """The cards read from a text or a file, and the reasons cards in it were skipped."""

    cards: list[ParsedCard]
    skipped: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    """Doubts about cards that were read (e.g. a card cut short, without END:VCARD)."""


class _Card:
    """The values of one card as they are read; `finish` cleans them."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.name = self.title = self.role = self.company = self.card_kind = ""
        self.ended = True
        self.name_parts: list[str] = []
        self.tags: list[str] = []
        self.needs: list[str] = []
        self.offers: list[str] = []
        self.consent: dict[str, bool] = {}
        self.emails: list[str] = []
        self.phones: list[str] = []
        self.urls: list[str] = []
        self.notes: list[str] = []
        self.dropped: list[str] = []

    def email(self, raw: str) -> None:
        value = _line(raw)
        if value.lower().startswith("mailto:"):
            value = value[7:].strip()
        self._keep(self.emails, "email", value, is_email(value))

    def phone(self, raw: str) -> None:
        value = _line(raw)
        if value.lower().startswith("tel:"):  # a vCard 4.0 URI: "tel:+1-555-0100;ext=12"
            value = value[4:]
        if ";" in value:  # the URI's parameters, or "+1 555 0100;ext=12" written as text
            number, *params = value.split(";")
            value = number.strip()
            extension = next((p[4:] for p in params if p.lower().startswith("ext=")), "")
            if extension.strip():
                value = f"{value} ext. {extension.strip()}"
        self._keep(self.phones, "phone", value, bool(normalize_phone(value)))

    def _keep(self, kept: list[str], what: str, value: str, valid: bool) -> None:
        if valid:
            kept.append(value)
        elif value:
            self.dropped.append(f'{what} "{value}"')

    def url(self, raw: str) -> None:
        value = _line(raw)
        if value:
            self.urls.append(value)

    def finish(self) -> ParsedCard | None:
        """The cleaned card, or None when it has neither a name nor an email address."""
        urls = clean_list(self.urls, key=str.lower)
        emails = clean_list(self.emails, key=normalize_email)
        parts = [_line(p) for p in self.name_parts]
        name = _line(self.name) or _line(join_parts(parts)) if any(parts) else \
            _line(self.name)
        if not name and not emails and urls:
            name = name_from_url(urls[0])
        if not name and not emails:
            return None
        return ParsedCard(
            name=name, title=_line(self.title) or _line(self.role), company=_line(self.company),
            emails=emails, phones=clean_list(self.phones, key=normalize_phone), urls=urls,
            note=clean_block("\n".join(self._notes()))[:MAX_VALUE], kind=self.kind,
            dropped=self.dropped, name_parts=parts if any(parts) else [],
            tags=clean_list(self.tags, key=normalize_tag), needs=clean_list(self.needs),
            offers=clean_list(self.offers), consent=Consent(**self.consent) if self.consent
            else None)

    def _notes(self) -> list[str]:
        """The notes, without the "Needs: …" / "Offers: …" lines mingle writes beside X-MINGLE."""
        if not (self.needs or self.offers):
            return self.notes
        mine = ("Needs: ", "Offers: ")
        return ["\n".join(line for line in note.splitlines() if not line.startswith(mine))
                for note in self.notes]


def _line(value: str) -> str:
    return clean_line(value)[:MAX_VALUE]


# The single-valued text properties kept, by the attribute of _Card they fill (first one wins).
_SINGLE = {"FN": "name", "TITLE": "title", "ROLE": "role"}
_KEPT = frozenset({*_SINGLE, "N", "ORG", "TEL", "EMAIL", "URL", "X-SOCIALPROFILE", "NOTE",
                   "CATEGORIES", "KIND", "X-ADDRESSBOOKSERVER-KIND", "X-ABSHOWAS",
                   "X-MINGLE-NEED", "X-MINGLE-OFFER", "X-MINGLE-SHARE-CARD",
                   "X-MINGLE-INTRO-OK"})
_LISTED = {"X-MINGLE-NEED": "needs", "X-MINGLE-OFFER": "offers"}
_CONSENT = {"X-MINGLE-SHARE-CARD": "share_card", "X-MINGLE-INTRO-OK": "intro_ok"}
_NOT_PEOPLE = {"ORG": "an organisation", "GROUP": "a group", "COMPANY": "an organisation",
               "LOCATION": "a place"}


def _apply(card: _Card, prop: Property) -> None:
    """Take what mingle keeps from one vCard property."""
    name = prop.name
    if name not in _KEPT:
        return
    value = value_text(prop)
    if value is None:  # base64: a photo, a key
        return
    if name in _SINGLE:
        attribute = _SINGLE[name]
        setattr(card, attribute, getattr(card, attribute) or unescape(value))
    elif name == "N":
        card.name_parts = card.name_parts or [*structured(value), "", "", "", "", ""][:5]
    elif name == "ORG":  # commas in an organisation's name are its own ("Acme, Inc.")
        card.company = card.company or next(
            (unescape(p) for p in split_unescaped(value, ";") if p.strip()), "")
    elif name == "CATEGORIES":
        card.tags += [unescape(p) for p in split_unescaped(value, ",")]
    elif name in _LISTED:
        getattr(card, _LISTED[name]).append(unescape(value))
    elif name in _CONSENT:
        card.consent[_CONSENT[name]] = value.strip().lower() not in ("no", "false", "0")
    elif name in ("KIND", "X-ADDRESSBOOKSERVER-KIND", "X-ABSHOWAS"):
        card.card_kind = card.card_kind or value.strip().upper()
    elif name == "TEL":
        card.phone(value if prop.is_uri() else unescape(value))
    elif name == "EMAIL":
        card.email(unescape(value))
    elif name == "NOTE":
        card.notes.append(unescape(value))
    else:  # URL, X-SOCIALPROFILE
        card.url(value if prop.is_uri() else unescape(value))


def not_a_person(card: _Card) -> str:
    """Why a card is not a person's ("an organisation card (KIND:org)"), or ""."""
    what = _NOT_PEOPLE.get(card.card_kind)
    return f"{what} card ({card.card_kind.lower()}), not a person" if what else ""


def _vcard(raw: RawCard) -> _Card:
    card = _Card(f"vCard {raw.version}" if raw.version in ("2.1", "3.0", "4.0") else "vCard")
    card.ended = raw.ended
    for prop in raw.properties:
        _apply(card, prop)
    return card


def _mecard(text: str) -> _Card:
    """One MECARD (text starting after "MECARD:"); it ends at ";;"."""
    card = _Card("MECARD")
    for item in split_unescaped(text, ";"):
        key, colon, value = item.partition(":")
        key = key.strip().upper()
        if not colon:
            continue
        if key == "N":
            parts = [unescape(p).strip() for p in split_unescaped(value, ",")]
            card.name = " ".join(p for p in reversed(parts) if p)  # "Doe,John" -> "John Doe"
        elif key == "TEL":
            card.phone(unescape(value))
        elif key == "EMAIL":
            card.email(unescape(value))
        elif key == "URL":
            card.url(unescape(value))
        elif key == "NOTE":
            card.notes.append(unescape(value))
        elif key in ("ORG", "TITLE"):
            setattr(card, {"ORG": "company", "TITLE": "title"}[key], unescape(value))
    return card


def name_from_url(url: str) -> str:
    """A name from a profile link ("linkedin.com/in/asa-lindqvist-4b2a1" -> "Asa Lindqvist").

    Read from LinkedIn and XING profile paths only; any other link gives its host and path
    ("example.com/team/ann"), a name the user can correct.
    """
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    host = (parts.hostname or "").removeprefix("www.")
    segments = [unquote(s) for s in parts.path.split("/") if s]
    for marker, prefixes in _PROFILE_PATHS.items():
        if marker in host and len(segments) >= 2 and segments[0].lower() in prefixes:
            words = [w for w in _SLUG_WORDS.split(segments[1]) if w]
            while words and any(c.isdigit() for c in words[-1]):  # LinkedIn's id suffix
                words.pop()
            if 2 <= len(words) <= 4 and all(w.isalpha() for w in words):
                return clean_line(" ".join(w.capitalize() for w in words))
    return clean_line("/".join([host, *segments]))[:MAX_VALUE]


def _url_card(url: str) -> _Card:
    card = _Card("URL")
    card.url(url)  # `finish` names the card after its link
    return card


def _checked(text: str, limit: int) -> str:
    """The text, refused when too large or binary; lone surrogates replaced."""
    size = len(text)
    if size <= limit:
        try:
            size = len(text.encode("utf-8"))
        except UnicodeEncodeError:
            text = text.encode("utf-8", errors="replace").decode("utf-8")
            size = len(text.encode("utf-8"))
    if size > limit:
        raise CardError(f"This card is too large ({size // 1024} KB; at most {limit // 1024} KB).")
    if "\x00" in text or len(_CONTROL.findall(text)) > max(8, len(text) // 100):
        raise CardError("This is binary data, not a card.")
    return text


def _read(text: str, limit: int) -> CardBatch:
    text = _checked(text, limit).strip().lstrip("\ufeff").strip()
    if not text:
        raise CardError("There is no card here: the text is empty.")
    if _VCARD.search(text):
        found = [_vcard(raw) for raw in split_cards(text)]
    elif _MECARD_START.match(text):
        found = [_mecard(part) for part in _MECARD_START.split(text) if part.strip()]
    elif len(text) <= MAX_URL and _URL.fullmatch(text):
        found = [_url_card(text)]
    else:
        raise CardError(NOT_A_CARD)
    batch = CardBatch([])
    for position, raw in enumerate(found, 1):
        if not raw.ended:
            batch.warnings.append(f"card {position}: no END:VCARD (the file may be cut short); "
                                  "what it holds was read")
        card = raw.finish()
        why = not_a_person(raw)
        if why:
            label = _line(raw.company or raw.name) or "no name"
            batch.skipped.append(f"card {position}: {label} is {why}; not taken in")
        elif card is None:
            batch.skipped.append(f"card {position}: {NO_IDENTITY}")
        else:
            batch.cards.append(card)
    if not batch.cards:
        raise CardError(f"No card could be read: {NO_IDENTITY}." if found else NOT_A_CARD)
    return batch


def parse_cards(text: str, *, limit: int = MAX_PAYLOAD) -> list[ParsedCard]:
    """The cards in a scanned or pasted payload; CardError when there is none (or it is too large).

    Cards without a name or an email address are skipped; `read_card_bytes` says which.
    """
    return _read(text, limit).cards


def read_card_bytes(data: bytes, *, limit: int = MAX_FILE) -> CardBatch:
    """The cards in a .vcf (or MECARD, or link) file's bytes, with the reasons any were skipped."""
    if len(data) > limit:
        raise CardError(f"This card file is too large ({len(data) // 1024} KB; "
                        f"at most {limit // 1024} KB).")
    return _read(decode_card_file(data), limit)
