"""Exports for the user's other tools: CRM-ready CSV, vCard bundle, Markdown report, calendar."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from mingle.domain.exchange.vformat import calendar_file, vcard_bundle
from mingle.domain.exports import FORMATS, SHARED_FORMATS
from mingle.domain.exports.data import ExportData, PersonExport
from mingle.domain.exports.markdown import markdown_report
from mingle.domain.imports.layouts import LAYOUTS, layout_csv
from mingle.domain.records.normalize import fold

CSV_LAYOUTS = LAYOUTS
# A cell that a spreadsheet would run as a formula, unless it is a phone number.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PHONE_LIKE = re.compile(r"^\+?[\d\s().-]+(\s*(ext\.?|x)\s*\d+)?$", re.I)


@dataclass(slots=True, frozen=True)
class ExportResult:
    """The bytes to write, and what the user should hear about them."""

    payload: bytes
    summary: str
    withheld: int = 0


def export(data: ExportData, file_format: str, *, include_withheld: bool = False,
           stamp: datetime | None = None, layout: str = "generic") -> ExportResult:
    """Write `data` in one of FORMATS; people who withheld consent stay out of csv/vcf.

    `layout` is the CSV layout: mingle's own ("generic") or a vendor's (`CSV_LAYOUTS`).
    """
    people = sorted(data.people, key=lambda p: fold(p.person.display_name))
    withheld = 0
    if file_format in SHARED_FORMATS and not include_withheld:
        shared = [p for p in people if p.person.consent.share_card]
        withheld = len(people) - len(shared)
        people = shared
    if file_format == "csv":
        return ExportResult(crm_csv(people, layout), _count(len(people), "person", "people"),
                            withheld)
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


def crm_csv(people: list[PersonExport], layout: str = "generic") -> bytes:
    """One row per person in a CSV layout (UTF-8, CRLF); formula-like cells quoted."""
    return layout_csv(people, layout, safe_cell)
