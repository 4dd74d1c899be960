"""The lexical layer of vCard 2.1/3.0/4.0 as found in the wild: lines, properties, values.

Lenient by design: a line that is not a property is skipped, an unknown charset falls back to
UTF-8 then windows-1252, and nothing here raises on any text.
"""

from __future__ import annotations

import codecs
import quopri
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_ESCAPE = re.compile(r"\\(.)", re.S)
_SEPARATORS = {sep: re.compile(r"\\.|" + re.escape(sep), re.S) for sep in ";,"}
# vCard 2.1 writes some parameters bare: `TEL;WORK;VOICE:` or `NOTE;QUOTED-PRINTABLE:`.
_BARE_ENCODINGS = frozenset({"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"})
_QP = "QUOTED-PRINTABLE"
_FOLD = re.compile(rb"\r?\n[ \t]")
# Codecs whose decoding is costly on hostile input; a card never needs them.
_REFUSED_CODECS = frozenset({"idna", "punycode"})


@dataclass(slots=True, frozen=True)
class Property:
    """One content line: its name (group dropped, upper case), parameters and raw value."""

    name: str
    params: dict[str, list[str]]
    value: str

    def param(self, key: str) -> set[str]:
        """The values of a parameter, upper case."""
        return {v.upper() for v in self.params.get(key, ())}

    def is_uri(self) -> bool:
        """True for a vCard 4.0 `VALUE=uri` value."""
        return "URI" in self.param("VALUE")


@dataclass(slots=True)
class RawCard:
    """The properties of one vCard, in file order, and the version it declares."""

    version: str = ""
    properties: list[Property] = field(default_factory=list)
    ended: bool = False
    """False for a card cut short: no END:VCARD."""


def logical_lines(text: str) -> Iterator[str]:
    """Unfolded content lines: RFC 2425 folds and vCard 2.1 quoted-printable soft breaks joined.

    A quoted-printable value ending in "=" continues on the next line whatever that line
    starts with; any other line starting with a space or a tab continues the line before it.
    """
    parts: list[str] = []
    quoted = soft = False
    for raw in _LINE_BREAK.split(text):
        if parts and soft:
            parts[-1] = parts[-1][:-1]  # the "=" of a soft line break
            parts.append(raw)
        elif parts and raw[:1] in (" ", "\t"):
            parts.append(raw[1:])
        else:
            if parts:
                yield "".join(parts)
            parts = [raw]
            quoted = _QP in raw[: _head_end(raw)].upper()
        soft = quoted and raw.endswith("=")
    if parts:
        yield "".join(parts)


def _head_end(line: str) -> int:
    """Where the name and parameters end: the first ':' outside double quotes."""
    colon = line.find(":")
    if colon < 0 or '"' not in line[:colon]:
        return colon
    inside = False
    for position, char in enumerate(line):
        if char == '"':
            inside = not inside
        elif char == ":" and not inside:
            return position
    return colon


def parse_property(line: str) -> Property | None:
    """A content line split into name, parameters and value; None when it is not one."""
    colon = _head_end(line)
    if colon <= 0:
        return None
    head = line[:colon].split(";")
    name = head[0].strip().upper().rsplit(".", 1)[-1]  # "item1.URL" -> "URL"
    params: dict[str, list[str]] = {}
    for param in head[1:]:
        key, equals, values = param.partition("=")
        key = key.strip().upper()
        if not equals:
            values, key = key, "ENCODING" if key in _BARE_ENCODINGS else "TYPE"
        params.setdefault(key, []).extend(v.strip().strip('"') for v in values.split(","))
    return Property(name, params, line[colon + 1:])


def decode_bytes(data: bytes, charset: str = "utf-8") -> str:
    """Bytes in the named charset, else UTF-8, else windows-1252 (never raises)."""
    for name in (charset.strip().strip('"'), "utf-8"):
        if name.lower() in _REFUSED_CODECS:
            continue
        try:
            return data.decode(name)
        except (LookupError, ValueError):
            continue
    return data.decode("cp1252", errors="replace")


def value_text(prop: Property) -> str | None:
    """The value with quoted-printable and its charset decoded; None for base64 (photos)."""
    encoding = prop.param("ENCODING")
    if encoding & {"B", "BASE64"}:
        return None
    if _QP not in encoding:
        return prop.value
    data = quopri.decodestring(prop.value.encode("utf-8", errors="replace"))
    charset = prop.params.get("CHARSET", ["utf-8"])[0]
    return decode_bytes(data, charset)


def unescape(value: str) -> str:
    """A TEXT value with backslash escapes read: \\n is a line break, \\x is x."""
    if "\\" not in value:
        return value
    return _ESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def split_unescaped(value: str, separator: str) -> list[str]:
    """Split at each `separator` (";" or ",") not escaped by a backslash; escapes are kept."""
    parts: list[str] = []
    start = 0
    for match in _SEPARATORS[separator].finditer(value):
        if match.group() == separator:
            parts.append(value[start:match.start()])
            start = match.end()
    parts.append(value[start:])
    return parts


def structured(value: str) -> list[str]:
    """The components of N, ORG or ADR, each unescaped, inner lists joined by spaces."""
    return [" ".join(unescape(item) for item in split_unescaped(part, ",") if item)
            for part in split_unescaped(value, ";")]


def split_cards(text: str) -> list[RawCard]:
    """Every vCard in the text (one cut short at the end too); an agent's card nested in
    another is skipped, and so are lines outside cards.
    """
    cards: list[RawCard] = []
    depth = 0
    for line in logical_lines(text):
        prop = parse_property(line)
        if prop is None:
            continue
        marker = prop.value.strip().upper() if prop.name in ("BEGIN", "END") else ""
        if marker == "VCARD" and prop.name == "BEGIN":
            depth += 1
            if depth == 1:
                cards.append(RawCard())
        elif marker == "VCARD":
            if depth == 1:
                cards[-1].ended = True
            depth = max(0, depth - 1)
        elif depth == 1 and prop.name == "VERSION":
            cards[-1].version = cards[-1].version or prop.value.strip()
        elif depth == 1:
            cards[-1].properties.append(prop)
    return cards


def decode_card_file(data: bytes) -> str:
    """The text of a card file: UTF-8 (BOM or not), UTF-16 (BOM or not), else windows-1252.

    UTF-8 folded in the middle of a character (as writers that count octets do) is unfolded
    first.
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    if len(data) >= 4 and data[1] == data[3] == 0 and data[0] and data[2]:
        return data.decode("utf-16-le", errors="replace")
    if len(data) >= 4 and data[0] == data[2] == 0 and data[1] and data[3]:
        return data.decode("utf-16-be", errors="replace")
    for candidate in (data, _FOLD.sub(b"", data)):  # some writers fold inside a character
        try:
            return candidate.decode("utf-8")
        except UnicodeDecodeError:
            continue
    return data.decode("cp1252", errors="replace")
