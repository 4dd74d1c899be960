"""Cleaning of untrusted text: control characters and terminal escape sequences."""

from __future__ import annotations

import re
from functools import lru_cache

# ESC-introduced sequences (CSI, OSC, DCS, ...), then any remaining C0/C1 control character.
_ESCAPE_SEQUENCE = re.compile(
    r"""
    \x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?     # OSC ... BEL or ST (or unterminated)
    | \x1b[P^_X][^\x1b]*(?:\x1b\\)?        # DCS / PM / APC / SOS ... ST
    | \x1b\[[0-?]*[ -/]*[@-~]?             # CSI
    | \x1b[ -/]*[0-~]?                     # two-character and nF escapes
    | \x9b[0-?]*[ -/]*[@-~]?               # 8-bit CSI
    | \x9d[^\x07\x9c]*(?:\x07|\x9c)?       # 8-bit OSC
    """,
    re.VERBOSE,
)
_CONTROL_KEEP_LINES = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_CONTROL_ALL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
# Bidirectional overrides and marks let a name display reversed or differ unseen.
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
# Invisible characters that make two equal-looking names differ (zero-width space, word
# joiner, invisible operators, soft hyphen, a stray BOM, Mongolian vowel separator).
_INVISIBLE = re.compile("[\u00ad\u180e\u200b\u2060-\u2064\ufeff]")
# Zero-width (non-)joiners shape Persian, Indic scripts and emoji: kept between two letters
# beyond Latin, dropped anywhere else (inside "Ann\u200dLee" they only hide a duplicate).
_JOINER = re.compile("[\u200c\u200d]")


def _joiner(match: re.Match[str]) -> str:
    text, at = match.string, match.start()
    before = text[at - 1] if at else ""
    after = text[at + 1] if at + 1 < len(text) else ""
    keep = before > "\u024f" and after > "\u024f"
    return match.group() if keep else ""


def strip_control(text: str, *, keep_newlines: bool = False) -> str:
    """Remove terminal escapes, C0/C1 controls, bidi controls and invisible characters."""
    if not text:
        return ""
    text = _ESCAPE_SEQUENCE.sub("", text)
    text = _BIDI.sub("", text)
    if not text.isascii():
        text = _JOINER.sub(_joiner, _INVISIBLE.sub("", text))
    if keep_newlines:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        return _CONTROL_KEEP_LINES.sub("", text)
    # A line break or tab inside a one-line field becomes a space, not a glued word.
    text = re.sub(r"[\t\r\n]+", " ", text)
    return _CONTROL_ALL.sub("", text)


@lru_cache(maxsize=1 << 15)
def _clean_line(text: str) -> str:
    return " ".join(strip_control(text).split())


def clean_line(text: str | None) -> str:
    """One-line field (a name, a title): controls stripped, whitespace collapsed."""
    if not text:
        return ""
    # Printable text holds no control, escape, bidi or invisible character and no whitespace
    # but the ASCII space (str.isprintable), so without a space to trim or collapse it is
    # already clean: most cells of a big import are, and skip the cache.
    if type(text) is str and text.isprintable() and text[0] != " " != text[-1] \
            and "  " not in text:
        return text
    return _clean_line(text)


def clean_block(text: str | None) -> str:
    """Multi-line field (a note): controls stripped, line breaks kept, ends trimmed."""
    return strip_control(text or "", keep_newlines=True).strip()
