"""Structured names (vCard N: family; given; additional; prefix; suffix) kept or made from a name.

A name read with its parts (a vCard N, a CSV's First/Last Name columns) keeps them as given.
A name typed by hand is split by rules: "Last, First"; honorifics before and suffixes after;
particles ("van", "de la") belong to the family name; a trailing romanisation in parentheses
is left out of the parts; Korean names written without spaces split after the family
syllable(s); other names without spaces (Chinese, Japanese) are all family name. When the rules
are unsure, the whole name is the family part, never half a word.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from mingle.domain.records.normalize import fold

NameParts = tuple[str, str, str, str, str]
"""(family, given, additional, prefix, suffix), as vCard N orders them."""

EMPTY: NameParts = ("", "", "", "", "")
_PREFIXES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "rev",
                       "herr", "frau", "mme", "mlle", "fr", "hon"})
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "v", "phd", "md", "esq", "mba", "dds",
                       "jd", "cpa", "obe", "mbe", "cbe", "kc", "qc", "msc", "bsc", "ma", "ba"})
HONORIFICS = _PREFIXES | frozenset({"jr", "sr", "ii", "iii", "iv", "phd", "md", "esq", "mba"})
"""Words of a name that say nothing of who it is ("Dr.", "Jr."): left out when comparing."""
_PARTICLES = frozenset({"van", "von", "de", "der", "den", "del", "della", "di", "da", "la", "le",
                        "du", "dos", "das", "ter", "ten", "bin", "ibn", "al", "st", "zu", "vom",
                        "op"})
# "王芳 (Wang Fang)", "王芳（Wang Fang）": an ASCII parenthesis only after a space, so that
# "0(0)" or "Smith(Jr)" is never cut inside a word.
_ROMANISATION = re.compile(r"^(?P<name>.*?\S)(?:\s+[(]|\s*（)(?P<roman>[^()（）]*)[)）]\s*$")
_KOREAN_COMPOUND = frozenset({"남궁", "제갈", "선우", "황보", "독고", "사공", "서문", "동방"})
_WORD = re.compile(r"[^\w]+")


def _bare(word: str) -> str:
    return fold(word).strip(".,")


def _is_script(text: str, prefix: str) -> bool:
    return all(unicodedata.name(c, "").startswith(prefix) for c in text)


def _is_cjk(text: str) -> bool:
    return all(unicodedata.name(c, "").startswith(_CJK) for c in text)


_CJK = ("CJK", "HANGUL", "HIRAGANA", "KATAKANA")


def split_name(name: str) -> NameParts:
    """The parts of a name typed by hand ("Dr. Ana de la Cruz" -> ("de la Cruz", "Ana", ...))."""
    text = " ".join(name.split())
    found = _ROMANISATION.match(text)
    if found and found.group("roman").strip():
        text = found.group("name")
    words = text.split()
    if not words:
        return EMPTY
    prefix = []
    while len(words) > 1 and _bare(words[0]) in _PREFIXES:
        prefix.append(words.pop(0))
    suffix: list[str] = []
    while len(words) > 1 and _bare(words[-1]) in _SUFFIXES:
        suffix.insert(0, words.pop())
    if words[-1].endswith(",") and suffix:  # "John Smith, Jr."
        words[-1] = words[-1][:-1]
    rest = " ".join(words)
    if rest.count(",") == 1:  # "Lopez, Ana", "de la Cruz, Ana María"; not "John Richter, Jo Doe"
        family, given = (part.strip() for part in rest.split(","))
        family_words = family.split()
        if family and given and all(w.lower() in _PARTICLES for w in family_words[:-1]):
            return family, given, "", " ".join(prefix), " ".join(suffix)
    family, given = _family_and_given(rest.split())
    return family, given, "", " ".join(prefix), " ".join(suffix)


def _family_and_given(words: list[str]) -> tuple[str, str]:
    if len(words) == 1:
        word = words[0]
        if 2 <= len(word) <= 5 and _is_script(word, "HANGUL"):
            cut = 2 if word[:2] in _KOREAN_COMPOUND and len(word) > 2 else 1
            return word[:cut], word[cut:]
        return word, ""  # one word, or CJK without spaces: unsure, all family name
    cut = len(words) - 1
    while cut > 1 and words[cut - 1].lower() in _PARTICLES:
        cut -= 1
    return " ".join(words[cut:]), " ".join(words[:cut])


def join_parts(parts: Sequence[str]) -> str:
    """The name the five parts make ("Dr. Ana de la Cruz"); Korean names without spaces."""
    family, given, additional, prefix, suffix = parts
    if family and given and _is_cjk(family + given + additional):
        return " ".join(p for p in (prefix, family + given + additional, suffix) if p)
    return " ".join(p for p in (prefix, given, additional, family, suffix) if p)


def parts_fit(name: str, parts: NameParts | list[str]) -> bool:
    """True when stored parts still describe the name (every word of theirs is in it)."""
    if not any(parts):
        return False
    words = {w for w in _WORD.split(fold(name)) if w}
    if not words:
        return False
    have = {w for p in parts for w in _WORD.split(fold(p)) if w}
    joined = fold(name).replace(" ", "")
    return all(w in words or w in joined for w in have)


def name_parts_of(name: str, stored: list[str] | tuple[str, ...]) -> NameParts:
    """The stored parts when they still fit the name, else the name split by the rules."""
    if len(stored) == 5 and parts_fit(name, stored):
        family, given, additional, prefix, suffix = stored
        return family, given, additional, prefix, suffix
    return split_name(name)


def first_last(name: str, stored: list[str] | tuple[str, ...] = ()) -> tuple[str, str]:
    """(first, last) for a CRM column pair: given (+ additional) and family."""
    family, given, additional, _, _ = name_parts_of(name, stored)
    return " ".join(p for p in (given, additional) if p), family
