"""Import and export from inside the app: the two small forms."""

from __future__ import annotations

from pathlib import Path

from mingle.domain.exports.formats import CSV_LAYOUTS, FORMATS
from mingle.ui.screens.form import Field, FormScreen, Values

DEFAULT_EXPORT = "~/mingle-export"


class ImportScreen(FormScreen):
    """An attendee list (CSV or TSV from Eventbrite, Meetup, Luma…) and the event it is for."""

    def __init__(self, event_name: str) -> None:
        super().__init__(
            "Import an attendee list",
            [Field("file", "File", placeholder="~/Downloads/attendees.csv"),
             Field("event", "Event", event_name,
                   placeholder="created if new; empty: the current event")],
            hint="CSV or TSV as Eventbrite, Meetup or Luma export it, or an address book "
                 "from Google Contacts, Outlook or LinkedIn · importing twice changes "
                 "nothing · Enter imports · Esc cancels",
            check=_check_import,
        )


def _check_import(values: Values) -> tuple[str, str] | None:
    path = Path(values["file"].strip()).expanduser()
    if not values["file"].strip():
        return "file", "Which file? Type its path."
    if not path.is_file():
        return "file", f"There is no file {path}."
    return None


class ExportScreen(FormScreen):
    """A format and a file to write."""

    def __init__(self) -> None:
        super().__init__(
            "Export",
            [Field("format", "Format", "csv", placeholder=" / ".join(FORMATS)),
             Field("layout", "CSV layout", "generic", placeholder=" / ".join(CSV_LAYOUTS)),
             Field("file", "File", f"{DEFAULT_EXPORT}.csv"),
             Field("replace", "Replace file", "no", placeholder="yes or no")],
            hint="csv: for a CRM (generic keeps every field; google, outlook, hubspot: their "
                 "import templates) · vcf: address book · md: report of the current event · "
                 "ics: follow-ups for a calendar · people who withheld consent stay out "
                 "of csv and vcf",
            check=_check_export,
        )

    def values(self) -> Values:
        values = super().values()
        # Left at its default, the file name follows the chosen format.
        if values["file"].strip().startswith(DEFAULT_EXPORT + "."):
            values["file"] = f"{DEFAULT_EXPORT}.{values['format'].strip().lower()}"
        return values


def _check_export(values: Values) -> tuple[str, str] | None:
    if values["format"].strip().lower() not in FORMATS:
        return "format", f"Choose one of {', '.join(FORMATS)}."
    if values["layout"].strip().lower() not in CSV_LAYOUTS:
        return "layout", f"Choose one of {', '.join(CSV_LAYOUTS)}."
    if not values["file"].strip():
        return "file", "Where to? Type a file name."
    if values["replace"].strip().lower() not in ("yes", "no", "y", "n"):
        return "replace", "Answer yes or no."
    return None
