"""Quick notes: reading tags, needs, offers, a follow-up and a rating out of typed text."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta

from mingle.domain.records.normalize import clean_list, normalize_tag
from mingle.domain.records.text import clean_block, clean_line

DEFAULT_FOLLOW_DAYS = 3
WHEN_HINT = "try 3d, 2w, tomorrow, fri, 12-01 or 2026-12-01"

# "needs:" / "offer:" ... at a word boundary; not inside a tag, a path or an address.
_CLAUSE = re.compile(r"(?<![\w#/@-])(needs?|offers?)[ \t]*[:：]", re.IGNORECASE)
# "!follow", "!follow-up", "!follow up", "!followup", "!fu".
_FOLLOW = re.compile(r"(?<![\w!])!(?:follow(?:[-_ ]?up)?|fu)(?!\w)", re.IGNORECASE)
_RATING = re.compile(r"(?<!\S)\+{1,3}(?!\S)")
# Where a value stops: a line break or ';', CJK sentence marks, or '.', '!', '?' ending a sentence.
_VALUE_END = re.compile(r"[\n\u2028\u2029;；。！？]|[.!?](?=[\s)\]\"'”’]|$)")
_ITEM_SPLIT = re.compile(r"[,，、]|\s/\s*|\s*/\s")
_ITEM_TRIM = " .,;:!?…-–—"
# Words before a '.' that do not end a sentence ("e.g.", "Dr.").
_ABBREVIATIONS = {"eg", "ie", "vs", "mr", "mrs", "ms", "dr", "prof", "approx", "incl", "esp",
                  "cf", "st"}
_DOTTED = re.compile(r"(?:\w\.)+\w")
# Characters that may come right before a '#tag'.
_TAG_OPENERS = set("([{<\"'“‘«,;:")

_WEEKDAYS = {
    "mon": 0, "monday": 0, "tue": 1, "tues": 1, "tuesday": 1, "wed": 2, "weds": 2,
    "wednesday": 2, "thu": 3, "thur": 3, "thurs": 3, "thursday": 3, "fri": 4, "friday": 4,
    "sat": 5, "saturday": 5, "sun": 6, "sunday": 6,
}
_DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                "Dec")
_SPAN = re.compile(r"(?:in\s+)?(\d{1,4})\s*(d|days?|w|wks?|weeks?)")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_MONTH_DAY = re.compile(r"(\d{1,2})-(\d{1,2})")


@dataclass(slots=True, frozen=True)
class FollowSpec:
    """A follow-up asked for in a note: when, and what to do ("" when not said)."""

    due: date
    action: str


@dataclass(slots=True)
class ParsedNote:
    """What was understood in a quick note; the text itself is kept whole."""

    text: str
    tags: list[str] = field(default_factory=list)
    needs: list[str] = field(default_factory=list)
    offers: list[str] = field(default_factory=list)
    follow: FollowSpec | None = None
    rating: int = 0
    problems: list[str] = field(default_factory=list)
    parsed_on: date | None = field(default=None, compare=False)

    def summary(self) -> list[str]:
        """Short lines saying what was understood, for the note editor to show."""
        lines = []
        for label, values in (("tags", self.tags), ("needs", self.needs),
                              ("offers", self.offers)):
            if values:
                lines.append(f"{label}: {', '.join(values)}")
        if self.follow is not None:
            today = self.parsed_on or date.today()
            line = f"follow up: {format_day(self.follow.due, today)}"
            line += f" ({describe_distance(self.follow.due, today)})"
            if self.follow.action:
                line += f" — {self.follow.action}"
            lines.append(line)
        if self.rating:
            lines.append(f"rating: {'+' * self.rating}")
        return lines


def format_day(day: date, today: date) -> str:
    """A date as "Wed 25 Nov", with the year when it is not this year's."""
    text = f"{_DAY_NAMES[day.weekday()]} {day.day} {_MONTH_NAMES[day.month - 1]}"
    return text if day.year == today.year else f"{text} {day.year}"


def describe_distance(day: date, today: date) -> str:
    """How far a date is from today in words ("tomorrow", "in 3 days", "2 days ago")."""
    days = (day - today).days
    if days == 0:
        return "today"
    if days == 1:
        return "tomorrow"
    if days == -1:
        return "yesterday"
    if days < 0:
        return f"{-days} days ago"
    if days >= 14 and days % 7 == 0:
        return f"in {days // 7} weeks"
    return f"in {days} days"


def parse_when(token: str, today: date) -> date | None:
    """Read a follow-up date (3d, 2w, tomorrow, fri, 12-01, 2026-12-01); None if unreadable."""
    word = " ".join(token.split()).strip(".,;:!?").lower()
    try:
        return _parse_when(word, today)
    except (ValueError, OverflowError):
        return None


def _parse_when(word: str, today: date) -> date | None:
    if word == "today":
        return today
    if word in ("tomorrow", "tmrw", "tmr"):
        return today + timedelta(days=1)
    if word in _WEEKDAYS:
        return today + timedelta(days=(_WEEKDAYS[word] - today.weekday() - 1) % 7 + 1)
    if match := _SPAN.fullmatch(word):
        count = int(match.group(1))
        return today + timedelta(days=count * 7 if match.group(2).startswith("w") else count)
    if match := _ISO.fullmatch(word):
        return date(*(int(part) for part in match.groups()))
    if match := _MONTH_DAY.fullmatch(word):
        month, day = int(match.group(1)), int(match.group(2))
        # The next such date on or after today; 02-29 waits for a leap year.
        for year in range(today.year, today.year + 9):
            try:
                candidate = date(year, month, day)
            except ValueError:
                continue
            if candidate >= today:
                return candidate
    return None


@dataclass(slots=True)
class _Marker:
    start: int
    end: int
    kind: str  # "tag", "needs", "offers", "follow" or "rating"
    value: str = ""


def parse_note(text: str, today: date) -> ParsedNote:
    """Read the inline syntax of a quick note; never raises, unreadable parts become problems."""
    cleaned = clean_block(text)
    note = ParsedNote(text=cleaned, parsed_on=today)
    markers = _find_markers(cleaned)
    starts = [m.start for m in markers]
    tags: list[str] = []
    needs: list[str] = []
    offers: list[str] = []
    follows: list[FollowSpec | None] = []
    for marker in markers:
        if marker.kind == "tag":
            tags.append(marker.value)
        elif marker.kind == "rating":
            note.rating = len(marker.value)
        else:
            value = _value_after(cleaned, marker.end, starts)
            if marker.kind == "follow":
                follows.append(_read_follow(value, today, note.problems))
            else:
                items = _split_items(value)
                if not items:
                    note.problems.append(f"Nothing after '{marker.value}:'")
                (needs if marker.kind == "needs" else offers).extend(items)
    note.tags = clean_list(tags, key=normalize_tag)
    note.needs = clean_list(needs)
    note.offers = clean_list(offers)
    if follows:
        note.follow = follows[-1]
        if len(follows) > 1:
            note.problems.append("More than one !follow; the last one counts")
    return note


def _find_markers(text: str) -> list[_Marker]:
    markers = list(_find_tags(text))
    for match in _CLAUSE.finditer(text):
        keyword = match.group(1)
        kind = "needs" if keyword.lower().startswith("need") else "offers"
        markers.append(_Marker(match.start(), match.end(), kind, keyword))
    for match in _FOLLOW.finditer(text):
        markers.append(_Marker(match.start(), match.end(), "follow", match.group()))
    for match in _RATING.finditer(text):
        if not _is_plus_between_words(text, match.start(), match.end()):
            markers.append(_Marker(match.start(), match.end(), "rating", match.group()))
    markers.sort(key=lambda m: m.start)
    return markers


def _is_tag_char(char: str) -> bool:
    return char.isalnum() or char in "_-" or unicodedata.category(char).startswith("M")


def _find_tags(text: str) -> Iterator[_Marker]:
    start = text.find("#")
    while start != -1:
        before = text[start - 1] if start else " "
        end = start + 1
        while end < len(text) and _is_tag_char(text[end]):
            end += 1
        value = text[start + 1:end].strip("-")
        after = text[end] if end < len(text) else " "
        # "C#" and "issue#4" are not tags, nor "#1" or the start of "#b@x.example".
        if ((before.isspace() or before in _TAG_OPENERS) and after != "@"
                and any(c.isalpha() for c in value)):
            yield _Marker(start, end, "tag", value)
        start = text.find("#", end if end > start + 1 else start + 1)


def _is_plus_between_words(text: str, start: int, end: int) -> bool:
    """A lone '+' joining two words ("design + dev") means "and", not a rating."""
    if end - start != 1:
        return False
    line_start = max(text.rfind("\n", 0, start), -1) + 1
    line_end = text.find("\n", end)
    before = text[line_start:start].split()
    after = text[end:len(text) if line_end == -1 else line_end].split()
    return bool(before and after and before[-1][-1].isalnum() and after[0][0].isalnum())


def _value_after(text: str, start: int, marker_starts: list[int]) -> str:
    """The value of a clause: up to the next marker, line break, ';' or end of sentence."""
    index = bisect_right(marker_starts, start)
    end = marker_starts[index] if index < len(marker_starts) else len(text)
    for match in _VALUE_END.finditer(text, start, end):
        if match.group() == "." and _is_abbreviation(text, start, match.start()):
            continue
        return text[start:match.start()]
    return text[start:end]


def _is_abbreviation(text: str, start: int, dot: int) -> bool:
    before = text[start:dot]
    word = before.split()[-1] if before and not before[-1].isspace() else ""
    return word.lower() in _ABBREVIATIONS or bool(_DOTTED.fullmatch(word))


def _split_items(value: str) -> list[str]:
    items = (clean_line(clean_line(part).strip(_ITEM_TRIM)) for part in _ITEM_SPLIT.split(value))
    return [item for item in items if item]


def _read_follow(value: str, today: date, problems: list[str]) -> FollowSpec | None:
    words = value.split()
    if not words:
        return FollowSpec(today + timedelta(days=DEFAULT_FOLLOW_DAYS), "")
    # "in 2 weeks" and "3 days" span several words; "3d" only one.
    for count in (3, 2, 1):
        if len(words) >= count and (due := parse_when(" ".join(words[:count]), today)):
            action = " ".join(words[count:]).strip(_ITEM_TRIM)
            if due < today:
                problems.append(f"The follow-up date {due.isoformat()} is in the past")
            return FollowSpec(due, clean_line(action))
    shown = words[0] if len(words[0]) <= 30 else words[0][:29] + "…"
    problems.append(f"Could not read the follow-up date '{shown}' ({WHEN_HINT})")
    return None
