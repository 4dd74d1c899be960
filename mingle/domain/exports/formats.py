"""Exports for the user's other tools: CRM-ready CSV, vCard bundle, Markdown report, calendar."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import datetime

from mingle.domain.exchange.vformat import calendar_file, vcard_bundle
from mingle.domain.exports.data import ExportData, PersonExport, split_name
from mingle.domain.exports.markdown import markdown_report
from mingle.domain.records.normalize import fold

FORMATS = ("csv", "vcf", "md", "ics")
SHARED_FORMATS = frozenset({"csv", "vcf"})
CSV_COLUMNS = ("Name", "First Name", "Last Name", "Email", "Phone", "Company", "Title",
               "Website", "Tags", "Needs", "Offers", "Status", "Met", "Notes", "Follow-up",
               "Follow-up Due")
# A cell that a spreadsheet would run as a formula, unless it is a phone number.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PHONE_LIKE = re.compile(r"^\+?[\d\s().-]+$")


@dataclass(slots=True, frozen=True)
class ExportResult:
    """The bytes to write, and what the user should hear about them."""

    payload: bytes
    summary: str
    withheld: int = 0


def export(data: ExportData, file_format: str, *, include_withheld: bool = False,
           stamp: datetime | None = None) -> ExportResult:
    """Write `data` in one of FORMATS; people who withheld consent stay out of csv/vcf."""
    people = sorted(data.people, key=lambda p: fold(p.person.display_name))
    withheld = 0
    if file_format in SHARED_FORMATS and not include_withheld:
        shared = [p for p in people if p.person.consent.share_card]
        withheld = len(people) - len(shared)
        people = shared
    if file_format == "csv":
        return ExportResult(crm_csv(people), _count(len(people), "person", "people"), withheld)
    if file_format == "vcf":
        return ExportResult(vcard_bundle([p.person for p in people], stamp),
                            _count(len(people), "card", "cards"), withheld)
    if file_format == "md":
        if data.event is None:
            raise ValueError("The Markdown report is about one event; choose it with --event.")
        return ExportResult(markdown_report(data, people, stamp).encode("utf-8"),
                            "a report of " + _count(sum(1 for p in people if p.met),
                                                    "person met", "people met"))
    if file_format == "ics":
        payload, written, undated = calendar_file(data, people, stamp)
        summary = _count(written, "follow-up", "follow-ups")
        if undated:
            summary += f" ({_count(undated, 'follow-up', 'follow-ups')} without a due date "
            summary += "left out)"
        return ExportResult(payload, summary)
    raise ValueError(f"Unknown export format {file_format!r}; choose one of {', '.join(FORMATS)}.")


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def safe_cell(value: str) -> str:
    """A cell a spreadsheet shows as text: a leading formula character is quoted with "'"."""
    if value.startswith(_FORMULA_START) and not _PHONE_LIKE.match(value):
        return "'" + value
    return value


def crm_csv(people: list[PersonExport]) -> bytes:
    """One row per person with the columns CRM imports understand (UTF-8, CRLF)."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for entry in people:
        person = entry.person
        first, last = split_name(person.name)
        followup = entry.next_followup()
        row = (
            person.name, first, last,
            person.emails[0] if person.emails else "",
            person.phones[0] if person.phones else "",
            person.company, person.title,
            person.urls[0] if person.urls else "",
            "; ".join(person.tags), "; ".join(person.needs), "; ".join(person.offers),
            entry.attendance.status.value if entry.attendance else "",
            _met(entry),
            "\n\n".join(note.text for note in entry.notes),
            followup.action if followup else "",
            followup.due.isoformat() if followup and followup.due else "",
        )
        writer.writerow([safe_cell(value) for value in row])
    return out.getvalue().encode("utf-8")


def _met(entry: PersonExport) -> str:
    if entry.met_at is not None:
        return entry.met_at.date().isoformat()
    return "yes" if entry.met else ""
