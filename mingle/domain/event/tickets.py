"""Ticket codes kept from attendee lists, so that a scanned ticket finds its guest.

A handheld scanner types a ticket's code and Enter. The code is whatever the platform printed:
Eventbrite's `Barcode #`, `Attendee #` or `Order #`; Luma's QR link (`qr_code_url`, with the
guest's key in `pk=`) or its `api_id`; any column named like a ticket or barcode. Imports keep
such columns on the person (`Person.extra`), so the codes are read from there.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlsplit

from mingle.domain.imports.columns import header_key

_CODE_HEADERS = frozenset({"barcode #", "barcode", "attendee #", "order #", "qr code url",
                           "qr code", "api id", "ticket id", "ticket #", "ticket number",
                           "ticket code", "confirmation code", "registration id"})
_CODE_WORDS = re.compile(r"\b(ticket|barcode|qr)\b")
_TYPE_WORDS = re.compile(r"\b(type|name|class|tier|kind|category)\b")
_TYPE_HEADERS = ("ticket type", "ticket name", "ticket class", "ticket tier", "ticket",
                 "ticket category", "tier")
_SHARED_HEADERS = frozenset({"order #"})
"""One order can hold several tickets: its number finds a guest only when it is theirs alone."""


def is_code_header(header: str) -> bool:
    """True for a kept column that holds a ticket's code (not its type)."""
    key = header_key(header)
    if key in _CODE_HEADERS:
        return True
    return bool(_CODE_WORDS.search(key)) and not _TYPE_WORDS.search(key) and key != "ticket"


def ticket_type(extra: Mapping[str, str]) -> str:
    """The ticket's type ("VIP", "General Admission") from the kept columns, if any."""
    by_key = {header_key(header): value for header, value in extra.items() if value}
    for key in _TYPE_HEADERS:
        if key in by_key and not _looks_like_code(by_key[key]):
            return by_key[key]
    return ""


def _looks_like_code(value: str) -> bool:
    return value.startswith(("http://", "https://")) or (any(c.isdigit() for c in value)
                                                         and " " not in value.strip())


def normalize_code(code: str) -> str:
    """A code compared as scanners type it: trimmed, case-blind."""
    return code.strip().casefold()


def codes_of(extra: Mapping[str, str]) -> list[tuple[str, bool]]:
    """(code, shared) for every ticket code in a person's kept columns, links split up."""
    found: list[tuple[str, bool]] = []
    for header, value in extra.items():
        if not value or not is_code_header(header):
            continue
        shared = header_key(header) in _SHARED_HEADERS
        found.append((normalize_code(value), shared))
        if value.startswith(("http://", "https://")):
            query = parse_qs(urlsplit(value.strip()).query)
            found += [(normalize_code(v), False) for v in query.get("pk", []) if v]
    return found


@dataclass(slots=True)
class TicketIndex:
    """Ticket code -> the ids of the guests holding it."""

    _by_code: dict[str, list[str]] = field(default_factory=dict)
    _shared: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, people: Iterable[tuple[str, Mapping[str, str]]]) -> TicketIndex:
        """An index of (person id, kept columns) pairs."""
        index = cls()
        for person_id, extra in people:
            for code, shared in codes_of(extra):
                holders = index._by_code.setdefault(code, [])
                if person_id not in holders:
                    holders.append(person_id)
                if shared:
                    index._shared.add(code)
        return index

    def find(self, code: str) -> list[str]:
        """The guests a scanned code names (several for an order of many tickets)."""
        return list(self._by_code.get(normalize_code(code), ()))

    def __len__(self) -> int:
        return len(self._by_code)


def looks_scanned(text: str) -> bool:
    """True when the box holds what a scanner types: no space, and a digit or a link."""
    text = text.strip()
    return bool(text) and " " not in text and (
        any(c.isdigit() for c in text) or text.startswith(("http://", "https://")))
