"""What the user types into one line of a form or at a prompt: yes or no, and lists."""

from __future__ import annotations

import re

_YES = frozenset({"yes", "y"})
_NO = frozenset({"no", "n"})
_LIST_SEPARATORS = re.compile(r"[;,\n]")


def read_yes_no(text: str) -> bool | None:
    """True for yes or y, False for no or n (any case), None for anything else."""
    answer = text.strip().lower()
    return True if answer in _YES else False if answer in _NO else None


def is_yes(text: str) -> bool:
    """True only for a yes (yes or y, any case): anything else counts as no."""
    return read_yes_no(text) is True


def split_list(text: str) -> list[str]:
    """The items of a list typed as one line, separated by commas or semicolons."""
    return [part.strip() for part in _LIST_SEPARATORS.split(text) if part.strip()]
