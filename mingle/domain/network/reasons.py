"""Why a person was found: the field, or a note's snippet, with the matched words as spans.

Spans are character ranges in the reason's own text, so a screen marks them literally (never as
markup) and a script gets them as numbers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from mingle.domain.network.query import Query, word_matches, words
from mingle.domain.records.models import Event, FollowUp, Note, Person
from mingle.domain.records.normalize import fold, normalize_phone

_SEGMENT = re.compile(r"\w+")
SNIPPET_BEFORE = 24
SNIPPET_WIDTH = 72


@dataclass(frozen=True, slots=True)
class Reason:
    """One reason a person matched: what matched (`label`), the text, the matched spans."""

    label: str
    text: str
    spans: tuple[tuple[int, int], ...] = ()

    def as_dict(self) -> dict[str, object]:
        """The reason as JSON-ready values."""
        return {"field": self.label, "text": self.text, "spans": [list(s) for s in self.spans]}

    def plain(self) -> str:
        """One line of plain text, the matched words in [brackets]."""
        out, at = [], 0
        for start, stop in self.spans:
            out += [self.text[at:start], "[", self.text[start:stop], "]"]
            at = stop
        out.append(self.text[at:])
        return f"{self.label}: {''.join(out)}"


def marked(text: str, prefixes: Iterable[str]) -> tuple[tuple[int, int], ...]:
    """The spans of the words of `text` that one of the prefixes finds."""
    wanted = tuple(prefixes)
    slow = tuple(p for p in wanted if p.endswith("y"))  # see _found
    spans = []
    for match in _SEGMENT.finditer(text):
        folded = fold(match.group())
        if folded.startswith(wanted) or (slow and any(
                word_matches(w, p) for w in words(folded) for p in slow)):
            spans.append((match.start(), match.end()))
    return tuple(spans)


@lru_cache(maxsize=256)
def _word_start(prefix: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + re.escape(prefix))


def _found(text: str, prefix: str) -> bool:
    """True when a word of the text is found by the prefix (as the index would find it)."""
    if _word_start(prefix).search(fold(text)):
        return True
    # A singular form that is not a prefix of its word ("agencies" -> "agency") ends in "y".
    return prefix.endswith("y") and any(word_matches(w, prefix) for w in words(text))


def snippet(text: str, prefixes: Sequence[str]) -> Reason:
    """The part of a note around its first matched word, with every matched word marked."""
    flat = " ".join(text.split("\n"))
    spans = marked(flat, prefixes)
    first = spans[0][0] if spans else 0
    start = max(0, first - SNIPPET_BEFORE) if len(flat) > SNIPPET_WIDTH else 0
    if start:
        space = flat.find(" ", start, first)
        start = space + 1 if space != -1 else start
    stop = min(len(flat), start + SNIPPET_WIDTH)
    if stop < len(flat):
        space = flat.rfind(" ", max(first + 1, start), stop)
        stop = space if space > first else stop
    lead = "…" if start else ""
    shift = len(lead) - start
    inside = tuple((a + shift, b + shift) for a, b in spans if a >= start and b <= stop)
    return Reason("", lead + flat[start:stop] + ("…" if stop < len(flat) else ""), inside)


def explain(query: Query, person: Person, notes: Sequence[Note], events: Sequence[Event],
            open_followups: Sequence[FollowUp], last_contact: datetime | None,
            today: date | None = None, event_names: Mapping[str, str] | None = None
            ) -> list[Reason]:
    """The reasons a person matches a query, the strongest first.

    `events` are the events the person attended; `event_names` names the events of their notes
    (by default, the attended ones).
    """
    reasons: list[Reason] = []
    fields = [("name", [person.name or person.display_name]), ("tag", person.tags),
              ("needs", person.needs), ("offers", person.offers),
              ("company", [person.company]), ("title", [person.title]),
              ("email", person.emails), ("phone", person.phones)]
    in_notes: list[str] = []
    in_events: list[str] = []
    shown: dict[tuple[str, str], list[str]] = {}
    for prefix in query.words:
        for label, values in fields:
            value = next((v for v in values if v and (
                _found(v, prefix) or (label == "phone"
                                      and normalize_phone(v).lstrip("+").startswith(prefix)))),
                None)
            if value is not None:
                shown.setdefault((label, value), []).append(prefix)
                break
        else:
            if any(_found(n.text, prefix) for n in notes):
                in_notes.append(prefix)
            else:
                in_events.append(prefix)
    for (label, value), found in shown.items():
        reasons.append(Reason(label, value, marked(value, found)))
    if in_notes:
        newest = sorted(notes, key=lambda n: n.created, reverse=True)
        note = max(newest, key=lambda n: sum(_found(n.text, p) for p in in_notes))
        names = event_names if event_names is not None else {e.id: e.name for e in events}
        event_name = names.get(note.event_id or "")
        label = f"note, {event_name}" if event_name else f"note, {note.created:%Y-%m-%d}"
        cut = snippet(note.text, in_notes)
        reasons.append(Reason(label, cut.text, cut.spans))
    for label, prefixes in (("tag", query.tags), ("needs", query.needs),
                            ("offers", query.offers)):
        if prefixes:
            values = getattr(person, "tags" if label == "tag" else label)
            value = next((v for v in values if any(_found(v, p) for p in prefixes)), "")
            reasons.append(Reason(label, value, marked(value, prefixes)))
    for prefixes, label in ((tuple(in_events), "event"), (query.at, "at")):
        if prefixes:
            event = next((e for e in events if all(_found(e.name, p) for p in prefixes)),
                         None)
            if event is not None:
                reasons.append(Reason(label, event.name, marked(event.name, prefixes)))
    if query.owed and open_followups:
        first = min(open_followups, key=lambda f: f.due or date.max)
        due = f" · due {first.due}" if first.due else ""
        reasons.append(Reason("owes", first.action + due))
    if query.quiet_days is not None and last_contact is not None:
        days = ((today or date.today()) - last_contact.date()).days
        reasons.append(Reason("quiet", f"last contact {days} days ago"))
    return reasons
