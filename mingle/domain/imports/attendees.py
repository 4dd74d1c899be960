"""Attendee lists from Eventbrite, Meetup, Luma or any CSV: bytes in, typed rows out."""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from mingle.domain.exchange.match import IdentityIndex, merge_people, merged_line
from mingle.domain.imports.columns import (
    CONTACT_FORMATS,
    GOOGLE,
    GOOGLE_LEGACY,
    MINGLE,
    OUTLOOK,
    OUTLOOK_BLANKS,
    ColumnMapping,
    detect_format,
    header_key,
    map_columns,
    unique_headers,
)
from mingle.domain.imports.csv_text import (
    DELIMITER_NAMES,
    ImportFileError,
    RowProblem,
    RowReader,
    decode,
    guess_delimiter,
    split_lines,
)
from mingle.domain.imports.layouts import read_note_lines
from mingle.domain.records.models import AttendanceStatus, Consent, Person
from mingle.domain.records.names import join_parts
from mingle.domain.records.normalize import fold, is_email, normalize_phone, safe_url
from mingle.domain.records.text import clean_line

HEADER_SEARCH_ROWS = 10
NO_IDENTITY = "no name or email address"

_STATUS_WORDS: dict[str, AttendanceStatus] = {
    **dict.fromkeys(("attending", "yes", "approved", "going", "registered", "confirmed",
                     "expected", "accepted", "rsvp yes", "booked"), AttendanceStatus.EXPECTED),
    **dict.fromkeys(("checked in", "present", "attended", "checked in yes"),
                    AttendanceStatus.PRESENT),
    **dict.fromkeys(("not attending", "no", "declined", "not going", "cancelled", "canceled",
                     "refunded", "deleted", "transferred", "rsvp no", "rejected"),
                    AttendanceStatus.DECLINED),
    **dict.fromkeys(("waiting list", "waitlist", "waitlisted", "wait list", "pending approval",
                     "pending", "invited", "maybe"), AttendanceStatus.WAITLISTED),
    "left": AttendanceStatus.LEFT,
}
# How sure a status is that the person comes: a repeated row keeps the stronger one.
STATUS_STRENGTH = {AttendanceStatus.DECLINED: 0, AttendanceStatus.WAITLISTED: 1,
                   AttendanceStatus.EXPECTED: 2, AttendanceStatus.LEFT: 3,
                   AttendanceStatus.PRESENT: 4}
_PLACEHOLDERS = frozenset({"n/a", "na", "none", "-", "--", "—", "null", "nil", "info requested",
                           "not provided", "not applicable"})
_PLACEHOLDER_LENGTH = max(map(len, _PLACEHOLDERS))
_YES_NO = frozenset({"yes", "no", "y", "n", "true", "false", "maybe", "x"})
_FALSE = frozenset({"no", "n", "false", "0", "not checked in", "unchecked"})
_ITEMS = re.compile(r"\s*[,;|\n]\s*")
_MULTI = re.compile(r"\s*:::\s*")  # Google Contacts' separator of values in one cell
_ONE_PER_LINE = frozenset({"tags", "needs", "offers"})  # in mingle's own layout
_NAME_FIELDS = ("first_name", "middle_name", "last_name", "name_prefix", "name_suffix")
_SPLIT = {"email": re.compile(r"[\s,;]+"), "phone": re.compile(r"\s*[;,/]\s*|\n"),
          "url": re.compile(r"[\s;]+"), "tags": _ITEMS, "needs": _ITEMS, "offers": _ITEMS}
# field -> (Person attribute, check of one value: None takes any text)
_LISTS = {"email": ("emails", is_email), "phone": ("phones", normalize_phone),
          "url": ("urls", None), "tags": ("tags", None), "needs": ("needs", None),
          "offers": ("offers", None)}
_LIST_ATTRIBUTES = tuple(attribute for attribute, _ in _LISTS.values())
_WHAT = {"email": "an email address", "phone": "a phone number"}
_TIME_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%m/%d/%Y %H:%M:%S", "%m/%d/%Y %H:%M",
                 "%m/%d/%Y %I:%M:%S %p", "%m/%d/%Y %I:%M %p", "%b %d, %Y %I:%M %p",
                 "%B %d, %Y %I:%M %p", "%b %d, %Y %H:%M", "%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M",
                 "%d.%m.%Y %H:%M", "%m/%d/%Y", "%Y-%m-%d")


@dataclass(slots=True)
class AttendeeRow:
    """One person read from the file (a new, unsaved record) and their status for the event."""

    line: int
    person: Person
    status: AttendanceStatus = AttendanceStatus.EXPECTED
    checked_in_at: datetime | None = None


@dataclass(slots=True)
class AttendeeList:
    """What was read from a file: the people, and how the file was understood."""

    format: str
    encoding: str
    delimiter: str
    mapping: ColumnMapping
    rows: list[AttendeeRow] = field(default_factory=list)
    skipped: list[RowProblem] = field(default_factory=list)
    warnings: list[RowProblem] = field(default_factory=list)

    def describe_file(self) -> str:
        """E.g. "Eventbrite, UTF-8 with BOM, comma-separated"."""
        return f"{self.format}, {self.encoding}, {DELIMITER_NAMES[self.delimiter]}"


@contextmanager
def bulk_records() -> Iterator[None]:
    """Pause the cyclic garbage collector while thousands of records are made.

    The records form no reference cycles, but each collection walks every one made so far:
    with tens of thousands of rows that costs a third of the import. Turned back on after.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def read_attendee_list(data: bytes, overrides: list[tuple[str, str]] | None = None,
                       source: str = "import", region: str | None = None) -> AttendeeList:
    """Read an attendee export; raises ImportFileError when nothing in it can be read.

    `overrides` are (field, column) pairs that replace the guessed mapping; `source` is what
    the new people's records say they came from; `region` is where phone numbers without a
    country code are read (`mingle.domain.records.phones.default_region`).
    """
    decoded = decode(data)
    lines = split_lines(decoded.text)
    first_line = next((line for line in lines if line.strip()), "")
    reader = RowReader(lines, guess_delimiter(first_line))
    rows = reader.rows()
    result = None
    for _, (_, cells) in zip(range(HEADER_SEARCH_ROWS), rows, strict=False):
        headers = unique_headers(cells)
        file_format = detect_format({header_key(h) for h in headers})
        try:
            mapping = map_columns(headers, file_format, overrides)
        except ValueError as exc:
            raise ImportFileError(str(exc)) from exc
        if mapping.identifies_people():
            result = AttendeeList(file_format, decoded.encoding, reader.delimiter, mapping)
            break
    if result is None:
        raise ImportFileError(_no_header_message(lines, reader.delimiter))
    reader.width = len(result.mapping.headers)
    builder = _RowBuilder(result, source, region)
    with bulk_records():
        for line, cells in rows:
            builder.add(line, cells)
    result.skipped = sorted([*reader.bad, *result.skipped], key=lambda p: p.line)
    return result


def _no_header_message(lines: list[str], delimiter: str) -> str:
    first = next((line for line in lines if line.strip()), "")
    shown = ", ".join(f'"{h}"' for h in unique_headers(first.rstrip("\r\n").split(delimiter))[:12])
    return ("no column says who people are (a name, first and last name, or an email "
            f"address); the first line holds: {shown}. Name the columns with "
            "--mapping name=COLUMN or --mapping email=COLUMN")


class _RowBuilder:
    """Turns cells into AttendeeRows, merging rows that are the same person."""

    def __init__(self, target: AttendeeList, source: str, region: str | None) -> None:
        self.target = target
        self.source = source
        mapping = target.mapping
        self.width = len(mapping.headers)
        self.headers = mapping.headers
        fields = mapping.fields
        self.scalars = [(n, fields[n][0]) for n in ("name", *_NAME_FIELDS, "company", "title",
                                                    "share_card", "intro_ok")
                        if fields.get(n)]
        self.format = target.format
        self.lists = [(n, fields[n]) for n in _LISTS if fields.get(n)]
        self.status = fields["status"][0] if fields.get("status") else None
        self.check_in = fields["checked_in"][0] if fields.get("checked_in") else None
        self.kept = [(position, mapping.headers[position]) for position in mapping.kept]
        # Needs, offers and consent ride in the Notes of address books (mingle's layouts).
        self.notes = next((p for p, h in self.kept if header_key(h) == "notes"), None) \
            if self.format in CONTACT_FORMATS else None
        self.index: IdentityIndex[AttendeeRow] = IdentityIndex(region)

    def add(self, line: int, cells: list[str]) -> None:
        if len(cells) < self.width:
            cells = cells + [""] * (self.width - len(cells))
        elif len(cells) > self.width and any(c.strip() for c in cells[self.width:]):
            self.warn(line, f"{len(cells)} cells for {self.width} columns; the extra cells "
                            "were left out")
        row = self.build(line, cells)
        if row is None:
            self.target.skipped.append(RowProblem(line, NO_IDENTITY))
            return
        found = self.index.match(row.person)
        if found is None:
            self.target.rows.append(row)
            earlier = row
        else:
            earlier = found.value
            before = earlier.person.display_name
            message = (merged_line(row.person.display_name, f"{before} (line {earlier.line})",
                                   found.rule)
                       if _merge_rows(earlier, row, self.index.region)
                       else f"duplicate of line {earlier.line}")
            self.target.skipped.append(RowProblem(line, message))
        self.index.remember(row.person, earlier)

    def warn(self, line: int, message: str) -> None:
        self.target.warnings.append(RowProblem(line, message))

    def build(self, line: int, cells: list[str]) -> AttendeeRow | None:
        """The row as a new person, or None when nothing in it says who they are."""
        values = {name: _value(cells[position]) for name, position in self.scalars}
        extra: dict[str, str] = {}
        lists: dict[str, list[str]] = {}
        for name, positions in self.lists:
            lists[_LISTS[name][0]] = self.read_list(line, name, positions, cells, extra)
        name = values.pop("name", "")
        consent = Consent(**{n: fold(values.pop(n)) not in _FALSE
                             for n in ("share_card", "intro_ok") if n in values})
        first, middle, last, prefix, suffix = (values.pop(n, "") for n in _NAME_FIELDS)
        parts = [last, first, middle, prefix, suffix] if first or last else []
        name = name or (join_parts(parts) if parts else "")
        if not name and not lists.get("emails"):
            return None
        for position, header in self.kept:
            raw = cells[position]
            if raw and position == self.notes:
                raw, noted = self.read_notes(raw, lists)
                consent = noted or consent
            value = _value(raw) if raw else ""
            if value and not (self.format == OUTLOOK and fold(value) in OUTLOOK_BLANKS):
                extra[header] = value
        read: dict[str, Any] = {**values, **lists}  # Person's text and list fields, by name
        person = Person(name=name, name_parts=parts, **read, extra=extra,
                        consent=consent, source=self.source)
        row = AttendeeRow(line, person)
        if self.status is not None:
            self.read_status(row, cells[self.status])
        if self.check_in is not None:
            self.read_check_in(row, cells[self.check_in])
        return row

    @staticmethod
    def read_notes(raw: str, lists: dict[str, list[str]]) -> tuple[str, Consent | None]:
        """An address book's Notes cell: its Needs / Offers / Consent lines read, the rest."""
        found, consent, rest = read_note_lines(raw)
        for name, values in found.items():
            if values:
                lists[name] = [*lists.get(name, []), *values]
        return rest, consent

    def read_list(self, line: int, name: str, positions: list[int], cells: list[str],
                  extra: dict[str, str]) -> list[str]:
        check = _LISTS[name][1]
        values: list[str] = []
        for position in positions:
            raw = cells[position]
            if not raw or not _value(raw):  # empty, or a placeholder such as "n/a"
                continue
            own = self.format == MINGLE and name in _ONE_PER_LINE
            if own:  # one value a line, commas and all
                parts = [p for p in map(_value, raw.split("\n")) if p]
            else:
                parts = [p for piece in _MULTI.split(raw)
                         for p in map(_value, _SPLIT[name].split(piece)) if p]
            if name == "tags" and self.format in (GOOGLE, GOOGLE_LEGACY):
                parts = [p for p in parts if not p.startswith("* ")]  # "* myContacts", "* starred"
            if check is None and not own and len(parts) == 1 and len(parts[0]) <= 5 and \
                    fold(parts[0]) in _YES_NO:
                extra[self.headers[position]] = parts[0]  # the answer to a yes/no question
                continue
            if name == "url":  # links the user could open: http(s), mailto, tel
                links = [safe_url(p) for p in parts]
                if not all(links):
                    self.warn(line, f'dropped "{clean_line(raw)[:60]}" from '
                                    f'"{self.headers[position]}": only http, https, mailto and '
                                    "tel links are kept")
                parts = [link for link in links if link]
            good = parts if check is None else [p for p in parts if check(p)]
            values += good
            if len(good) < len(parts):
                header = self.headers[position]
                extra[header] = cell = clean_line(raw)
                self.warn(line, f'"{cell}" is not {_WHAT[name]}; kept under "{header}"')
        return values

    def read_status(self, row: AttendeeRow, cell: str) -> None:
        key = header_key(cell)
        if not key:
            return
        status = _STATUS_WORDS.get(key)
        if status is None:
            self.warn(row.line, f'status "{clean_line(cell)}" is not one mingle knows; '
                                "taken as expected")
            return
        row.status = status

    def read_check_in(self, row: AttendeeRow, cell: str) -> None:
        value = clean_line(cell)
        folded = fold(value)
        if not value or folded in _FALSE or folded in _PLACEHOLDERS:
            return
        row.status = AttendanceStatus.PRESENT
        if folded not in _YES_NO and folded != "checked in":
            row.checked_in_at = parse_time(value)
            if row.checked_in_at is None:
                self.warn(row.line, f'check-in time "{value}" not understood; marked present')


def _value(cell: str) -> str:
    """A cell cleaned as `clean_line` would; "" for a placeholder such as "n/a"."""
    if not cell:
        return ""
    if cell[0] != " " and cell[-1] != " " and cell.isprintable() and "  " not in cell:
        value = cell  # already clean: no control character, no space to collapse (fast path)
    else:
        value = clean_line(cell)
    return "" if len(value) <= _PLACEHOLDER_LENGTH and fold(value) in _PLACEHOLDERS else value


def parse_time(text: str) -> datetime | None:
    """A check-in time as platforms write it; naive times are taken as local time."""
    value = text.strip()
    try:
        moment = datetime.fromisoformat(value.replace(" UTC", "+00:00"))
    except ValueError:
        moment = None
        for pattern in _TIME_FORMATS:
            try:
                moment = datetime.strptime(value, pattern)
                break
            except ValueError:
                continue
    if moment is None:
        return None
    return moment if moment.tzinfo else moment.astimezone()


def _merge_rows(first: AttendeeRow, later: AttendeeRow, region: str | None) -> bool:
    """Fill the first row's gaps from a later row of the same person; True if it learned more."""
    before = (first.person, first.status, first.checked_in_at)
    first.person = merge_people(first.person, later.person, incoming_wins=False, region=region)
    if STATUS_STRENGTH[later.status] > STATUS_STRENGTH[first.status]:
        first.status = later.status
    if first.status == AttendanceStatus.PRESENT and first.checked_in_at is None:
        first.checked_in_at = later.checked_in_at
    return (first.person, first.status, first.checked_in_at) != before
