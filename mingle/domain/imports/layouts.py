"""CSV exports in the layouts other tools import: mingle's own (generic), Google, Outlook, HubSpot.

Each vendor layout uses the headers of that vendor's own import template, exactly, so its
import maps every column by itself. What a layout cannot carry is left out (and said in
`LAYOUT_LIMITS`); mingle reads each of its layouts back (`mingle.domain.imports.attendees`).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable

from mingle.domain.exports.data import PersonExport
from mingle.domain.records.models import Consent, Person
from mingle.domain.records.names import name_parts_of

LAYOUTS = ("generic", "google", "outlook", "hubspot")
LIST_SEPARATOR = "\n"
"""Between the tags (needs, offers) of one cell in mingle's own layout: never inside one."""
NOTE_LINES = ("Needs: ", "Offers: ", "Consent: ")
"""Lines of a vendor layout's Notes cell that carry needs, offers and consent (read back)."""
LAYOUT_LIMITS = {
    "generic": "every field",
    "google": "every field (needs, offers and consent as lines of Notes)",
    "outlook": "3 emails, 9 phones, 1 web page; needs, offers and consent as lines of Notes",
    "hubspot": "first and last name, 1 email, 2 phones, 1 website, company, job title",
}

Row = dict[str, str]


def _parts(person: Person) -> tuple[str, str, str, str, str]:
    return name_parts_of(person.name, person.name_parts) if person.name else ("",) * 5


def _numbered(person_lists: list[list[str]], header: Callable[[int], str]) -> list[str]:
    """Headers for the most values any one person has (at least one)."""
    most = max((len(values) for values in person_lists), default=0)
    return [header(n) for n in range(1, max(most, 1) + 1)]


def _consent(person: Person) -> str:
    share = "shares card" if person.consent.share_card else "does not share card"
    intro = "intros ok" if person.consent.intro_ok else "no intros"
    return f"{share}, {intro}"


def note_lines(person: Person) -> list[str]:
    """The Needs / Offers / Consent lines a vendor layout's Notes cell ends with."""
    lines = []
    if person.needs:
        lines.append("Needs: " + "; ".join(person.needs))
    if person.offers:
        lines.append("Offers: " + "; ".join(person.offers))
    return [*lines, "Consent: " + _consent(person)]


def read_note_lines(text: str) -> tuple[dict[str, list[str]], Consent | None, str]:
    """The needs, offers and consent of a vendor layout's Notes cell, and the rest of it."""
    lists: dict[str, list[str]] = {"needs": [], "offers": []}
    consent = None
    rest = []
    for line in text.splitlines():
        if line.startswith("Needs: "):
            lists["needs"] += line[7:].split("; ")
        elif line.startswith("Offers: "):
            lists["offers"] += line[8:].split("; ")
        elif line.startswith("Consent: "):
            words = line[9:]
            consent = Consent(share_card="does not share" not in words,
                              intro_ok="no intros" not in words)
        else:
            rest.append(line)
    return lists, consent, "\n".join(rest).strip()


def _notes_cell(entry: PersonExport) -> str:
    return "\n".join([*(note.text for note in entry.notes), *note_lines(entry.person)])


# -- mingle's own layout ---------------------------------------------------------------------

def generic_headers(people: list[Person]) -> list[str]:
    """Name parts, every email, phone and URL (Email, Email 2, …), lists, consent, the event."""
    def more(word: str, values: list[list[str]]) -> list[str]:
        return _numbered(values, lambda n: word if n == 1 else f"{word} {n}")

    return ["Name", "Name Prefix", "First Name", "Middle Name", "Last Name", "Name Suffix",
            *more("Email", [p.emails for p in people]),
            *more("Phone", [p.phones for p in people]), "Company", "Title",
            *more("Website", [p.urls for p in people]), "Tags", "Needs", "Offers",
            "Share Card", "Intro OK", "Status", "Met", "Notes", "Follow-up", "Follow-up Due"]


def generic_row(entry: PersonExport) -> Row:
    """One person in mingle's own layout."""
    person = entry.person
    family, given, additional, prefix, suffix = _parts(person)
    row = {"Name": person.name, "Name Prefix": prefix, "First Name": given,
           "Middle Name": additional, "Last Name": family, "Name Suffix": suffix,
           "Company": person.company, "Title": person.title,
           "Tags": LIST_SEPARATOR.join(person.tags),
           "Needs": LIST_SEPARATOR.join(person.needs),
           "Offers": LIST_SEPARATOR.join(person.offers),
           "Share Card": "yes" if person.consent.share_card else "no",
           "Intro OK": "yes" if person.consent.intro_ok else "no",
           "Status": entry.attendance.status.value if entry.attendance else "",
           "Met": _met(entry), "Notes": "\n\n".join(note.text for note in entry.notes)}
    for word, values in (("Email", person.emails), ("Phone", person.phones),
                         ("Website", person.urls)):
        for n, value in enumerate(values, 1):
            row[word if n == 1 else f"{word} {n}"] = value
    followup = entry.next_followup()
    row["Follow-up"] = followup.action if followup else ""
    row["Follow-up Due"] = followup.due.isoformat() if followup and followup.due else ""
    return row


def _met(entry: PersonExport) -> str:
    if entry.met_at is not None:
        return entry.met_at.date().isoformat()
    return "yes" if entry.met else ""


# -- Google Contacts -------------------------------------------------------------------------
# The columns of the "Google CSV" that contacts.google.com exports and imports (Export →
# Google CSV; Google Contacts help, "Import contacts", asks for a file in that layout):
# numbered "E-mail 1 - Value", "Phone 1 - Value", "Website 1 - Value" columns, and " ::: "
# between the labels of one contact.

def google_headers(people: list[Person]) -> list[str]:
    """Google CSV headers, with as many numbered columns as the longest list needs."""
    def pairs(word: str, values: list[list[str]]) -> list[str]:
        numbers = _numbered(values, str)
        return [h for n in numbers for h in (f"{word} {n} - Label", f"{word} {n} - Value")]

    return ["First Name", "Middle Name", "Last Name", "Name Prefix", "Name Suffix",
            "Organization Name", "Organization Title", "Notes", "Labels",
            *pairs("E-mail", [p.emails for p in people]),
            *pairs("Phone", [p.phones for p in people]),
            *pairs("Website", [p.urls for p in people])]


def google_row(entry: PersonExport) -> Row:
    """One person as a Google CSV row."""
    person = entry.person
    family, given, additional, prefix, suffix = _parts(person)
    row = {"First Name": given, "Middle Name": additional, "Last Name": family,
           "Name Prefix": prefix, "Name Suffix": suffix, "Organization Name": person.company,
           "Organization Title": person.title, "Notes": _notes_cell(entry),
           "Labels": " ::: ".join(["* myContacts", *person.tags])}
    for word, values in (("E-mail", person.emails), ("Phone", person.phones),
                         ("Website", person.urls)):
        for n, value in enumerate(values, 1):
            row[f"{word} {n} - Value"] = value
    return row


# -- Outlook ---------------------------------------------------------------------------------
# The column names of Outlook's "Import and Export → Export to a file → Comma Separated
# Values" (Microsoft's "Import contacts to Outlook" help gives its template with these
# headers): "Title" is the honorific, "Job Title" the job; three e-mail slots.

OUTLOOK_HEADERS = ("Title", "First Name", "Middle Name", "Last Name", "Suffix", "Company",
                   "Job Title", "Business Phone", "Business Phone 2", "Car Phone",
                   "Company Main Phone", "Home Phone", "Home Phone 2", "Mobile Phone",
                   "Other Phone", "Primary Phone", "Categories", "E-mail Address",
                   "E-mail 2 Address", "E-mail 3 Address", "Notes", "Web Page")
_OUTLOOK_PHONES = OUTLOOK_HEADERS[7:16]
_OUTLOOK_EMAILS = ("E-mail Address", "E-mail 2 Address", "E-mail 3 Address")


def outlook_row(entry: PersonExport) -> Row:
    """One person as an Outlook CSV row (phones fill the slots in the header's order)."""
    person = entry.person
    family, given, additional, prefix, suffix = _parts(person)
    row = {"Title": prefix, "First Name": given, "Middle Name": additional, "Last Name": family,
           "Suffix": suffix, "Company": person.company, "Job Title": person.title,
           "Categories": ";".join(person.tags), "Notes": _notes_cell(entry),
           "Web Page": person.urls[0] if person.urls else ""}
    row.update(zip(_OUTLOOK_PHONES, person.phones, strict=False))
    row.update(zip(_OUTLOOK_EMAILS, person.emails, strict=False))
    return row


# -- HubSpot ---------------------------------------------------------------------------------
# The labels of HubSpot's default contact properties, which its import tool maps by name
# (knowledge.hubspot.com, "HubSpot's default contact properties" and "Import records"):
# firstname, lastname, email, phone, mobilephone, company, jobtitle, website.

HUBSPOT_HEADERS = ("First Name", "Last Name", "Email", "Phone Number", "Mobile Phone Number",
                   "Company Name", "Job Title", "Website URL")


def hubspot_row(entry: PersonExport) -> Row:
    """One person as a HubSpot contact import row."""
    person = entry.person
    family, given, additional, _, _ = _parts(person)
    phones = [*person.phones, "", ""]
    return {"First Name": " ".join(p for p in (given, additional) if p), "Last Name": family,
            "Email": person.emails[0] if person.emails else "", "Phone Number": phones[0],
            "Mobile Phone Number": phones[1], "Company Name": person.company,
            "Job Title": person.title, "Website URL": person.urls[0] if person.urls else ""}


_ROWS: dict[str, Callable[[PersonExport], Row]] = {
    "generic": generic_row, "google": google_row, "outlook": outlook_row,
    "hubspot": hubspot_row}


def layout_csv(people: list[PersonExport], layout: str, safe: Callable[[str], str]) -> bytes:
    """The people as CSV in a layout (UTF-8, CRLF); `safe` guards cells against formulas."""
    if layout not in _ROWS:
        raise ValueError(f"Unknown CSV layout {layout!r}; choose one of {', '.join(LAYOUTS)}.")
    persons = [entry.person for entry in people]
    if layout == "generic":
        headers = generic_headers(persons)
    elif layout == "google":
        headers = google_headers(persons)
    else:
        headers = list(OUTLOOK_HEADERS if layout == "outlook" else HUBSPOT_HEADERS)
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(headers)
    make = _ROWS[layout]
    for entry in people:
        row = make(entry)
        writer.writerow([safe(row.get(header, "")) for header in headers])
    return out.getvalue().encode("utf-8")
