"""vCard 3.0 and iCalendar files: escaped, folded at 75 octets, UTF-8, CRLF line endings."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from mingle import __version__
from mingle.domain.exports.data import ExportData, PersonExport
from mingle.domain.records.models import Person, now
from mingle.domain.records.names import name_parts_of

LINE_OCTETS = 75
REMINDER = "PT9H"  # on the due day at 09:00 (all-day entries start at midnight)


def escape_text(value: str) -> str:
    """A TEXT value as RFC 2426/6350 and RFC 5545 want it: \\ ; , and line breaks escaped."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def uri(value: str) -> str:
    """A URI value: not TEXT, so not backslash-escaped; what parsers split on is %-encoded."""
    return value.replace("\\", "%5C").replace(",", "%2C").replace(";", "%3B").replace(" ", "%20")


def fold_line(line: str) -> bytes:
    """One content line as UTF-8, folded so no line passes 75 octets, ended by CRLF.

    A fold never splits a character: continuation lines start with one space.
    """
    data = line.encode("utf-8")
    chunks: list[bytes] = []
    start, limit = 0, LINE_OCTETS
    while len(data) - start > limit:
        end = start + limit
        while (data[end] & 0xC0) == 0x80:  # inside a multi-byte character
            end -= 1
        chunks.append(data[start:end])
        start, limit = end, LINE_OCTETS - 1
    chunks.append(data[start:])
    return b"\r\n ".join(chunks) + b"\r\n"


def _lines(lines: list[str]) -> bytes:
    return b"".join(fold_line(line) for line in lines)


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def vcard(person: Person, stamp: datetime | None = None) -> list[str]:
    """The content lines of one vCard 3.0 for a person.

    N comes from the structured name as it was read, else from the name split by rules
    (`mingle.domain.records.names`). Needs, offers and consent, which vCard has no property for, are
    written as X-MINGLE-NEED, X-MINGLE-OFFER, X-MINGLE-SHARE-CARD and X-MINGLE-INTRO-OK (and
    needs and offers also in NOTE, for other address books).
    """
    parts = name_parts_of(person.name, person.name_parts) if person.name else ("",) * 5
    lines = ["BEGIN:VCARD", "VERSION:3.0",
             "N:" + ";".join(escape_text(part) for part in parts),
             f"FN:{escape_text(person.display_name)}"]
    if person.company:
        lines.append(f"ORG:{escape_text(person.company)}")
    if person.title:
        lines.append(f"TITLE:{escape_text(person.title)}")
    for position, email in enumerate(person.emails):
        kind = "INTERNET,PREF" if position == 0 else "INTERNET"
        lines.append(f"EMAIL;TYPE={kind}:{escape_text(email)}")
    lines += [f"TEL;TYPE=VOICE:{escape_text(phone)}" for phone in person.phones]
    lines += [f"URL:{uri(url)}" for url in person.urls]
    if person.tags:
        lines.append("CATEGORIES:" + ",".join(escape_text(tag) for tag in person.tags))
    note = _card_note(person)
    if note:
        lines.append(f"NOTE:{escape_text(note)}")
    lines += [f"X-MINGLE-NEED:{escape_text(need)}" for need in person.needs]
    lines += [f"X-MINGLE-OFFER:{escape_text(offer)}" for offer in person.offers]
    lines += [f"X-MINGLE-SHARE-CARD:{'yes' if person.consent.share_card else 'no'}",
              f"X-MINGLE-INTRO-OK:{'yes' if person.consent.intro_ok else 'no'}"]
    lines += [f"UID:urn:uuid:{person.id}", f"REV:{_utc(stamp or person.updated)}", "END:VCARD"]
    return lines


def _card_note(person: Person) -> str:
    parts = []
    if person.needs:
        parts.append("Needs: " + "; ".join(person.needs))
    if person.offers:
        parts.append("Offers: " + "; ".join(person.offers))
    return "\n".join(parts)


def vcard_bundle(people: list[Person], stamp: datetime | None = None) -> bytes:
    """Many vCards in one .vcf file, as address books import them."""
    return b"".join(_lines(vcard(person, stamp)) for person in people)


def calendar_file(data: ExportData, people: list[PersonExport],
                  stamp: datetime | None = None) -> tuple[bytes, int, int]:
    """Open follow-ups as all-day entries with a reminder; returns (file, written, undated)."""
    stamp = stamp or now()
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:-//mingle//mingle {__version__}//EN",
             "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:mingle follow-ups"]
    written = undated = 0
    pending = [(entry, f) for entry in people for f in entry.followups if f.done_at is None]
    pending.sort(key=lambda pair: (pair[1].due or date.max, pair[1].created))
    for entry, followup in pending:
        if followup.due is None:
            undated += 1
            continue
        written += 1
        person = entry.person
        summary = f"{followup.action} ({person.display_name})"
        lines += [
            "BEGIN:VEVENT",
            f"UID:{followup.id}@mingle",
            f"DTSTAMP:{_utc(stamp)}",
            f"DTSTART;VALUE=DATE:{followup.due:%Y%m%d}",
            f"DTEND;VALUE=DATE:{followup.due + timedelta(days=1):%Y%m%d}",
            f"SUMMARY:{escape_text(summary)}",
            f"DESCRIPTION:{escape_text(_followup_details(data, entry, followup.event_id))}",
            "TRANSP:TRANSPARENT",
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            f"DESCRIPTION:{escape_text(summary)}",
            f"TRIGGER;RELATED=START:{REMINDER}",
            "END:VALARM",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return _lines(lines), written, undated


def _followup_details(data: ExportData, entry: PersonExport, event_id: str | None) -> str:
    person = entry.person
    parts = [person.display_name]
    role = ", ".join(p for p in (person.title, person.company) if p)
    if role:
        parts[0] += f" — {role}"
    parts += [*person.emails[:1], *person.phones[:1]]
    if event_id in data.event_names:
        parts.append(f"Met at {data.event_names[event_id]}")
    if entry.notes:
        parts.append(f"Your note: {entry.notes[-1].text}")
    return "\n".join(parts)
