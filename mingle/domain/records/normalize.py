"""Normalisation used for matching: emails, phones, tags, needs/offers phrases, search keys."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from mingle.domain.records.text import clean_line

_NON_WORD = re.compile(r"[^\w]+")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

# Letters that NFKD does not decompose into a base letter plus accent.
_FOLD_EXTRA = str.maketrans(
    {"ø": "o", "ł": "l", "đ": "d", "æ": "ae", "œ": "oe", "ð": "d", "þ": "th", "ı": "i"}
)
# Words whose trailing "s" is not a plural.
_NOT_PLURAL = {"news", "series", "species", "analytics", "ops", "saas", "sales", "logistics",
               "economics", "ethics", "graphics", "physics", "robotics", "aws", "ios", "us",
               "business", "kudos", "access", "press", "class", "glass", "gas", "bus", "chaos",
               "canvas", "status", "bonus", "campus", "focus", "thesis", "analysis", "basis",
               "crisis", "diagnosis", "fintechs", "customs", "cans"}


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Case- and accent-insensitive form for searching ("Ñúñez" -> "nunez")."""
    if text.isascii():
        return text.lower()
    # Casefold on both sides of NFKD: "Þ" folds only once lower-cased, "℠" only once split.
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    return decomposed.translate(_BARE)  # accents dropped, then _FOLD_EXTRA, in one pass


class _BareLetters(dict[int, int | str | None]):
    """A translate table made as it is used: combining marks dropped, _FOLD_EXTRA applied.

    (No letter of _FOLD_EXTRA is a combining mark, and none maps to one: the same as dropping
    the marks first and translating after.) Each character is looked at once, then in C.
    """

    def __missing__(self, code: int) -> int | str | None:
        value: int | str | None = _FOLD_EXTRA.get(code, code)
        if value == code and unicodedata.combining(chr(code)):
            value = None
        self[code] = value
        return value


_BARE = _BareLetters()


@lru_cache(maxsize=1 << 16)
def singular(word: str) -> str:
    """Strip a simple English plural ("designers" -> "designer", "agencies" -> "agency")."""
    if len(word) <= 3 or word in _NOT_PLURAL or not word.endswith("s"):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes", "zes")):
        return word[:-2]
    if word.endswith(("ss", "us", "is")):
        return word
    return word[:-1]


@lru_cache(maxsize=1 << 16)
def normalize_phrase(text: str) -> str:
    """Matching key for a need, offer or interest: folded, no punctuation, singular words."""
    words = _NON_WORD.sub(" ", fold(text)).replace("_", " ").split()
    return " ".join(singular(w) for w in words)


def normalize_tag(text: str) -> str:
    """Matching key for a tag; a leading '#' is dropped."""
    return normalize_phrase(text.lstrip("#"))


def normalize_email(text: str) -> str:
    """Matching key for an email address (trimmed, lower case, `mailto:` dropped)."""
    value = text.strip()
    if value.lower().startswith("mailto:"):
        value = value[7:]
    return value.strip().lower()


def is_email(text: str) -> bool:
    """True when the text looks like an email address."""
    return bool(_EMAIL.match(normalize_email(text)))


@lru_cache(maxsize=1 << 16)
def normalize_phone(text: str) -> str:
    """Matching key for a phone number: digits only, a leading '+' kept (`tel:` dropped)."""
    value = text.strip()
    if value.lower().startswith("tel:"):
        value = value[4:]
    digits = "".join(c for c in value if c.isdigit())
    if not digits:
        return ""
    if value.lstrip().startswith("+"):
        return "+" + digits
    if value.lstrip().startswith("00") and len(digits) > 2:
        return "+" + digits[2:]
    return digits


SAFE_SCHEMES = ("http", "https", "mailto", "tel")
_BARE_DOMAIN = re.compile(
    r"^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}(?::\d{1,5})?(?:[/?#]\S*)?$",
    re.IGNORECASE)


def safe_url(text: str) -> str:
    """A link fit to store and export: http(s), mailto or tel; a bare domain gets https.

    Anything else (`javascript:`, `data:`, `file:`, text that is no link) gives "".
    """
    value = clean_line(text)
    scheme, sep, rest = value.partition(":")
    scheme = scheme.lower()
    if sep and scheme in SAFE_SCHEMES:
        if scheme in ("http", "https"):
            host = rest.removeprefix("//").split("/", 1)[0]
            return value if rest.startswith("//") and host and " " not in value else ""
        return value if rest.strip() else ""
    return f"https://{value}" if _BARE_DOMAIN.match(value) else ""


def clean_list(values: Iterable[str] | None, key=normalize_phrase) -> list[str]:
    """Clean each value, drop empties and repeats (by matching key), keep first spelling."""
    if not values:
        return []
    if type(values) is list and len(values) == 1:  # most lists of a person hold one value
        value = clean_line(values[0])
        return [value] if value and key(value) else []
    seen: set[str] = set()
    result: list[str] = []
    for raw in values or ():
        value = clean_line(raw)
        k = key(value)
        if value and k and k not in seen:
            seen.add(k)
            result.append(value)
    return result
