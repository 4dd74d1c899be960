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
# Bidirectional overrides let a name display reversed; zero-width joiners inside scripts are kept.
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")


def strip_control(text: str, *, keep_newlines: bool = False) -> str:
    """Remove terminal escape sequences, C0/C1 control characters and bidi overrides."""
    if not text:
        return ""
    text = _ESCAPE_SEQUENCE.sub("", text)
    text = _BIDI.sub("", text)
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
    return _clean_line(text) if text else ""


def clean_block(text: str | None) -> str:
    """Multi-line field (a note): controls stripped, line breaks kept, ends trimmed."""
    return strip_control(text or "", keep_newlines=True).strip()
