"""The People search syntax: free words (each a prefix, all required) and filter words.

Filters: `#tag`, `needs:word`, `offers:word`, `at:word` (an event name), `owed` (an open
follow-up), `quiet:30d` (no contact for that long; d, w, m or y). A filter value in double quotes
may hold several words (`needs:"graphic designer"`, `at:"march meetup"`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from mingle.domain.records.normalize import fold, singular

_WORD = re.compile(r"\w+")
_PIECE = re.compile(r'(\S*?)"([^"]*)"?|\S+')
_QUIET = re.compile(r"(\d{1,5})\s*(d|w|m|y)?", re.IGNORECASE)
_UNIT_DAYS = {"d": 1, "w": 7, "m": 30, "y": 365}
_FILTERS = {"need": "needs", "needs": "needs", "offer": "offers", "offers": "offers",
            "at": "at", "quiet": "quiet"}
OWED = "owed"


def words(text: str) -> list[str]:
    """The searchable words of a text: folded (case and accents), split on non-letters."""
    return _WORD.findall(fold(text))


@lru_cache(maxsize=1 << 16)
def forms(word: str) -> tuple[str, ...]:
    """The forms a stored word is found by: itself and its singular ("kilns" -> "kiln")."""
    single = singular(word)
    return (word,) if single == word else (word, single)


def terms(text: str) -> set[str]:
    """Every form of every word of a text (what the index stores for it)."""
    return {form for word in words(text) for form in forms(word)}


def prefixes(text: str) -> list[str]:
    """The query words of a text: each is matched as a prefix of a stored form."""
    return [singular(word) for word in words(text)]


def word_matches(word: str, prefix: str) -> bool:
    """True when a stored (folded) word is found by a query prefix."""
    return any(form.startswith(prefix) for form in forms(word))


@dataclass(frozen=True, slots=True)
class Query:
    """A parsed search: every list holds folded prefixes; empty means no such filter."""

    text: str = ""
    words: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    needs: tuple[str, ...] = ()
    offers: tuple[str, ...] = ()
    at: tuple[str, ...] = ()
    owed: bool = False
    quiet_days: int | None = None
    problems: tuple[str, ...] = field(default=(), compare=False)

    @property
    def is_empty(self) -> bool:
        """True when the query asks for nothing (everyone matches)."""
        return not (self.words or self.tags or self.needs or self.offers or self.at
                    or self.owed or self.quiet_days is not None)


def parse_query(text: str) -> Query:
    """Read a search typed by the user; what cannot be understood is said in `problems`."""
    found: dict[str, list[str]] = {"words": [], "tags": [], "needs": [], "offers": [], "at": []}
    owed = False
    quiet: int | None = None
    problems: list[str] = []
    for match in _PIECE.finditer(text):
        head, quoted = match.group(1), match.group(2)
        piece = match.group(0) if quoted is None else head
        value = quoted or ""
        if piece.startswith("#") and quoted is None:
            found["tags"] += prefixes(piece[1:])
            continue
        name, colon, rest = piece.partition(":")
        kind = _FILTERS.get(fold(name)) if colon else None
        if kind is None:
            if quoted is None and fold(piece) == OWED:
                owed = True
            else:
                found["words"] += prefixes(piece if quoted is None else f"{head} {value}")
            continue
        value = value if quoted is not None else rest
        if kind == "quiet":
            if not value:
                continue  # still being typed
            length = _QUIET.fullmatch(value.strip())
            if length is None:
                problems.append(f"quiet: takes a length such as 30d, 6w or 3m (not {value!r}).")
                continue
            quiet = int(length.group(1)) * _UNIT_DAYS[(length.group(2) or "d").lower()]
        else:
            found[kind] += prefixes(value)
    return Query(text=text, words=tuple(found["words"]), tags=tuple(found["tags"]),
                 needs=tuple(found["needs"]), offers=tuple(found["offers"]),
                 at=tuple(found["at"]), owed=owed, quiet_days=quiet, problems=tuple(problems))
