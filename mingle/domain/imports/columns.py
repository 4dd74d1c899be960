"""Which column of an attendee list holds what: platform formats, header aliases, questions."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from mingle.domain.records.normalize import fold
from mingle.domain.records.text import clean_line

# Fields a column can feed; `--mapping FIELD=COLUMN` uses these names ("keep": kept as it is).
FIELDS = ("name", "first_name", "middle_name", "last_name", "name_prefix", "name_suffix",
          "email", "phone", "company", "title", "url", "tags", "needs", "offers", "share_card",
          "intro_ok", "status", "checked_in")
KEEP = "keep"
LIST_FIELDS = frozenset({"email", "phone", "url", "tags", "needs", "offers"})
FIELD_ALIASES = {"website": "url", "linkedin": "url", "interests": "tags", "first": "first_name",
                 "last": "last_name", "rsvp": "status", "checked_in_at": "checked_in",
                 "organization": "company", "job_title": "title", "middle": "middle_name",
                 "prefix": "name_prefix", "suffix": "name_suffix"}

GENERIC = "generic CSV"
EVENTBRITE = "Eventbrite"
MEETUP = "Meetup"
LUMA = "Luma"
GOOGLE = "Google Contacts"
GOOGLE_LEGACY = "Google Contacts (older layout)"
OUTLOOK = "Outlook contacts"
LINKEDIN = "LinkedIn Connections"
HUBSPOT = "HubSpot contacts"
MINGLE = "mingle CSV"

_HEADER_NOISE = re.compile(r"[^\w#]+|_")

# Header (as `header_key` makes it) -> field, for every format.
_ALIASES: dict[str, str] = {
    **dict.fromkeys(("name", "full name", "attendee name", "guest name", "display name",
                     "contact name", "your name", "member name"), "name"),
    **dict.fromkeys(("first name", "firstname", "first", "given name", "forename"),
                    "first_name"),
    **dict.fromkeys(("last name", "lastname", "last", "surname", "family name"), "last_name"),
    **dict.fromkeys(("email", "e mail", "email address", "e mail address", "mail",
                     "attendee email", "guest email", "work email", "emails"), "email"),
    **dict.fromkeys(("phone", "phone number", "cell phone", "mobile", "mobile phone",
                     "mobile number", "cell", "telephone", "tel", "work phone", "home phone",
                     "phones"), "phone"),
    **dict.fromkeys(("company", "company name", "organization", "organisation", "employer",
                     "org", "business", "company organization"), "company"),
    **dict.fromkeys(("title", "job title", "position", "role", "job", "job role"), "title"),
    **dict.fromkeys(("website", "web site", "url", "homepage", "web", "blog", "urls",
                     "url of member profile", "profile url", "member profile"), "url"),
    **dict.fromkeys(("interests", "tags", "topics", "interested in", "areas of interest",
                     "hobbies"), "tags"),
    **dict.fromkeys(("needs", "need", "looking for"), "needs"),
    **dict.fromkeys(("offers", "offer", "can offer"), "offers"),
    **dict.fromkeys(("name prefix", "prefix", "honorific"), "name_prefix"),
    **dict.fromkeys(("middle name", "additional name"), "middle_name"),
    **dict.fromkeys(("name suffix", "suffix"), "name_suffix"),
    "share card": "share_card", "intro ok": "intro_ok",
    **dict.fromkeys(("status", "rsvp", "attendee status", "approval status", "attendance",
                     "registration status", "rsvp status"), "status"),
    **dict.fromkeys(("check in date", "checked in", "checked in at", "check in",
                     "check in time", "checkin", "checked in date", "attended"), "checked_in"),
}
# Meetup's "Title" is the member's role in the group (Organizer), not a job title.
_NOT_MAPPED = {MEETUP: frozenset({"title"})}

# Address-book exports: their own columns only (Outlook's "Title" is "Dr.", not a job title).
_NAME_COLUMNS = {"first name": "first_name", "middle name": "middle_name",
                 "last name": "last_name", "name prefix": "name_prefix",
                 "name suffix": "name_suffix"}
_NUMBERED = ((re.compile(r"e mail \d+ value"), "email"), (re.compile(r"phone \d+ value"), "phone"),
             (re.compile(r"website \d+ value"), "url"))
_CONTACT_COLUMNS: dict[str, dict[str, str]] = {
    # Google Contacts "Google CSV" (2020s): Labels holds "* myContacts ::: Ceramics".
    GOOGLE: {**_NAME_COLUMNS, "organization name": "company", "organization title": "title",
             "labels": "tags"},
    # Google Contacts before 2020: Name, Given Name, …, Group Membership, Organization 1 - Name.
    GOOGLE_LEGACY: {"name": "name", "given name": "first_name", "additional name": "middle_name",
                    "family name": "last_name", "name prefix": "name_prefix",
                    "name suffix": "name_suffix", "group membership": "tags",
                    "organization 1 name": "company", "organization 1 title": "title"},
    # Outlook's "Export to a file" CSV (Windows-1252): every phone column that is the person's.
    OUTLOOK: {"title": "name_prefix", "first name": "first_name", "middle name": "middle_name",
              "last name": "last_name", "suffix": "name_suffix", "company": "company",
              "job title": "title", "e mail address": "email", "e mail 2 address": "email",
              "e mail 3 address": "email", "web page": "url", "categories": "tags",
              **dict.fromkeys(("primary phone", "mobile phone", "business phone",
                               "business phone 2", "home phone", "home phone 2", "car phone",
                               "other phone", "company main phone"), "phone")},
    # LinkedIn's Connections.csv, after its lines of notes.
    LINKEDIN: {"first name": "first_name", "last name": "last_name", "url": "url",
               "email address": "email", "company": "company", "position": "title"},
    # HubSpot's default contact properties, by their labels.
    HUBSPOT: {"first name": "first_name", "last name": "last_name", "email": "email",
              "phone number": "phone", "mobile phone number": "phone",
              "company name": "company", "job title": "title", "website url": "url"},
}
# mingle's own layout: what it says of the event (notes, follow-ups) is not a person's field.
_MINGLE_IGNORED = frozenset({"met", "notes", "follow up", "follow up due"})
_GENERIC_NUMBERED = ((re.compile(r"e ?mail \d+"), "email"), (re.compile(r"phone \d+"), "phone"),
                     (re.compile(r"website \d+"), "url"))
CONTACT_FORMATS = frozenset(_CONTACT_COLUMNS)
# Address books whose other columns mean something else than the usual headers say.
_OWN_COLUMNS_ONLY = frozenset({GOOGLE, GOOGLE_LEGACY, OUTLOOK})
# Values Outlook writes into columns nobody filled in.
OUTLOOK_BLANKS = frozenset({"0/0/00", "unspecified", "normal", "false"})

# Custom questions, recognised by what they ask; practical ones are only kept on the person.
_PRACTICAL = re.compile(r"\b(diet\w*|access\w*|allerg\w*|food|meals?|shirt|size|parking"
                        r"|special needs|pronouns?|emergency)\b")
_QUESTIONS = (
    ("url", re.compile(r"linkedin")),
    ("tags", re.compile(r"\b(interest(s|ed in)?|topics?|hobb(y|ies)|passions?)\b")),
    ("offers", re.compile(r"\b(offer(s|ing)?|can (you |i )?(help|provide|share|bring|give)"
                          r"|could (you )?help|help (others|people)|expertise"
                          r"|bring to the table)\b")),
    ("needs", re.compile(r"\b(looking for|look for|seeking|searching for|needs?"
                         r"|want(ing)? to (meet|find|learn)|hop(e|ing) to (meet|find|get|learn)"
                         r"|help with|challenges?|who would you like to meet)\b")),
)


def header_key(header: str) -> str:
    """A header compared loosely: trimmed, case- and accent-blind, punctuation as spaces."""
    return " ".join(_HEADER_NOISE.sub(" ", fold(clean_line(header))).split())


def detect_format(keys: set[str]) -> str:
    """The platform that wrote a file, told by its headers."""
    if "e mail 1 value" in keys or "phone 1 value" in keys:
        return GOOGLE_LEGACY if keys & {"group membership", "given name"} else GOOGLE
    if "e mail address" in keys and keys & {"e mail 2 address", "business phone",
                                            "mobile phone"}:
        return OUTLOOK
    if "connected on" in keys and "first name" in keys:
        return LINKEDIN
    if {"share card", "intro ok"} <= keys:
        return MINGLE
    if keys & {"website url", "mobile phone number"} and "first name" in keys:
        return HUBSPOT
    if "approval status" in keys or {"api id", "checked in at"} <= keys:
        return LUMA
    if "attendee status" in keys or "attendee #" in keys or {"order #", "first name"} <= keys:
        return EVENTBRITE
    if "rsvp" in keys and keys & {"user id", "url of member profile", "rsvped on"}:
        return MEETUP
    return GENERIC


@dataclass(slots=True)
class ColumnMapping:
    """For each field the columns (by position) that feed it; the rest is kept on the person."""

    headers: list[str]
    fields: dict[str, list[int]] = field(default_factory=dict)
    kept: list[int] = field(default_factory=list)
    ignored: list[int] = field(default_factory=list)
    """Columns not read at all (mingle's own export's notes and follow-ups)."""

    def describe(self) -> list[tuple[str, str]]:
        """(field, "Column + Column") pairs in the order of FIELDS, for the import report."""
        return [(name, " + ".join(self.headers[i] for i in self.fields[name]))
                for name in FIELDS if self.fields.get(name)]

    @property
    def kept_headers(self) -> list[str]:
        return [self.headers[i] for i in self.kept]

    @property
    def ignored_headers(self) -> list[str]:
        return [self.headers[i] for i in self.ignored]

    def identifies_people(self) -> bool:
        """True when some column can say who a row is (a name or an email address)."""
        return any(self.fields.get(f) for f in ("name", "first_name", "last_name", "email"))


def unique_headers(raw: list[str]) -> list[str]:
    """Trimmed headers; a blank one becomes "column N", a repeated one gets " (2)"."""
    result: list[str] = []
    seen: set[str] = set()
    for position, header in enumerate(raw, start=1):
        text = clean_line(header) or f"column {position}"
        candidate, copy = text, 1
        while candidate.casefold() in seen:
            copy += 1
            candidate = f"{text} ({copy})"
        seen.add(candidate.casefold())
        result.append(candidate)
    return result


def map_columns(headers: list[str], file_format: str,
                overrides: list[tuple[str, str]] | None = None) -> ColumnMapping:
    """Decide which column feeds which field; `overrides` (field, header) replace the guess."""
    mapping = ColumnMapping(headers)
    keys = [header_key(h) for h in headers]
    unmapped = _NOT_MAPPED.get(file_format, frozenset())
    chosen: dict[int, str] = {}
    contact = _CONTACT_COLUMNS.get(file_format)
    for position, key in enumerate(keys):
        if contact is not None:
            name = contact.get(key) or next((f for pattern, f in _NUMBERED
                                             if pattern.fullmatch(key)), None)
            if name is not None:
                chosen[position] = name
            if name is not None or file_format in _OWN_COLUMNS_ONLY:
                continue
        if file_format == MINGLE and key in _MINGLE_IGNORED:
            mapping.ignored.append(position)
            continue
        name = _ALIASES.get(key) if key not in unmapped else None
        if name is None:
            name = next((f for pattern, f in _GENERIC_NUMBERED if pattern.fullmatch(key)), None)
        if name is None and key not in unmapped and not _PRACTICAL.search(key):
            name = next((f for f, pattern in _QUESTIONS if pattern.search(key)), None)
        if name is not None:
            chosen[position] = name
    overridden: set[str] = set()
    for name, header in overrides or ():
        position = _find_header(headers, keys, header)
        if name not in overridden:
            overridden.add(name)
            chosen = {p: f for p, f in chosen.items() if f != name}
        chosen.pop(position, None)
        if name != KEEP:
            chosen[position] = name
    for position, name in sorted(chosen.items()):
        mapping.fields.setdefault(name, []).append(position)
    # One column is enough for a name part, a status or a check-in; more are kept as they are.
    for name, positions in mapping.fields.items():
        if name not in LIST_FIELDS:
            for position in positions[1:]:
                del chosen[position]
            del positions[1:]
    mapping.kept = [i for i in range(len(headers))
                    if i not in chosen and i not in mapping.ignored]
    return mapping


def parse_overrides(items: list[str]) -> list[tuple[str, str]]:
    """`FIELD=COLUMN` strings as pairs; raises ValueError with a message for the user."""
    result: list[tuple[str, str]] = []
    for item in items:
        name, sep, column = item.partition("=")
        key = name.strip().lower().replace("-", "_")
        key = FIELD_ALIASES.get(key, key)
        if not sep or key not in (*FIELDS, KEEP) or not column.strip():
            raise ValueError(f"--mapping takes FIELD=COLUMN with FIELD one of "
                             f"{', '.join(FIELDS)} (or {KEEP}, to keep a column as it is); "
                             f"got {item!r}")
        result.append((key, column.strip()))
    return result


def _find_header(headers: list[str], keys: list[str], wanted: str) -> int:
    for position, header in enumerate(headers):
        if header == wanted.strip():
            return position
    key = header_key(wanted)
    for position, candidate in enumerate(keys):
        if candidate == key:
            return position
    shown = ", ".join(f'"{h}"' for h in headers)
    raise ValueError(f'the --mapping column "{clean_line(wanted)}" is not in the file; '
                     f"its columns are: {shown}")
