"""Reading what the app shows, through Textual's public screenshot export."""

from __future__ import annotations

import html
import re

_TEXT = re.compile(r'<text class="[^"]*" x="([\d.]+)" y="([\d.]+)"[^>]*>(.*?)</text>', re.S)


def screen_lines(app) -> list[str]:
    """The visible screen as lines of text (cells joined; colours dropped)."""
    rows: dict[float, list[tuple[float, str]]] = {}
    for match in _TEXT.finditer(app.export_screenshot()):
        x, y, text = float(match.group(1)), float(match.group(2)), match.group(3)
        rows.setdefault(y, []).append((x, html.unescape(text).replace("\xa0", " ")))
    return ["".join(text for _, text in sorted(parts)) for _, parts in sorted(rows.items())]


def screen_text(app) -> str:
    return "\n".join(screen_lines(app))
