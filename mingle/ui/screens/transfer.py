"""Import and export from inside the app: the two small forms."""

from __future__ import annotations

from pathlib import Path

from textual import on
from textual.widgets import Input, Select

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
            check=_check_import, save_label="Import",
        )


def _check_import(values: Values) -> tuple[str, str] | None:
    path = Path(values["file"].strip()).expanduser()
    if not values["file"].strip():
        return "file", "Which file? Type its path."
    if not path.is_file():
        return "file", f"There is no file {path}."
    return None


FORMAT_LABELS = {"csv": "CSV — for a CRM", "vcf": "vCards — an address book",
                 "md": "Markdown — a report of the current event",
                 "ics": "Calendar — follow-ups as reminders"}


LAYOUT_LABELS = {"generic": "generic — every field, for any CRM",
                 "google": "Google Contacts", "outlook": "Outlook", "hubspot": "HubSpot"}


class ExportScreen(FormScreen):
    """A format (chosen from a list), a file to write, and whether to replace it."""

    def __init__(self) -> None:
        super().__init__(
            "Export",
            [Field("format", "Format", "csv",
                   choices=tuple((FORMAT_LABELS.get(f, f), f) for f in FORMATS)),
             Field("layout", "CSV layout", "generic",
                   choices=tuple((LAYOUT_LABELS.get(x, x), x) for x in CSV_LAYOUTS)),
             Field("file", "File", f"{DEFAULT_EXPORT}.csv"),
             Field("replace", "Replace file", "no",
                   choices=(("No — keep a file already there", "no"),
                            ("Yes — replace it", "yes")))],
            hint="The file name follows the format · CSV layout: generic keeps every field; "
                 "google, outlook, hubspot follow their import templates · people who "
                 "withheld consent stay out of csv and vcf · Enter or Ctrl+S exports · "
                 "Esc cancels",
            check=_check_export, focus="file", save_label="Export",
        )

    @on(Select.Changed, "#format")
    def _format_chosen(self, event: Select.Changed) -> None:
        box = self.query_one("#file", Input)
        path = Path(box.value.strip())
        if path.suffix.lstrip(".").lower() in FORMATS:
            box.value = str(path.with_suffix(f".{event.value}"))


def _check_export(values: Values) -> tuple[str, str] | None:
    if values["format"].strip().lower() not in FORMATS:
        return "format", f"Choose one of {', '.join(FORMATS)}."
    if values["layout"].strip().lower() not in CSV_LAYOUTS:
        return "layout", f"Choose one of {', '.join(CSV_LAYOUTS)}."
    if not values["file"].strip():
        return "file", "Where to? Type a file name."
    return None
