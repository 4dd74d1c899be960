"""Contrast of what the app shows: each styled run of text against the cells behind it.

Read from Textual's screenshot export (Rich's SVG, which already applies `dim` and `reverse`
the way a terminal does): every `<text>` run has a fill colour, every cell a background rect.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

CELL_W, CELL_H = 12.2, 24.4
AA = 4.5

_CLASS = re.compile(r"\.(terminal-\d+-r\d+) \{ fill: (#[0-9a-f]{6})")
_RECT = re.compile(r'<rect fill="(#[0-9a-f]{6})" x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" '
                   r'height="[\d.]+" shape-rendering')
_TEXT = re.compile(r'<text class="(terminal-\d+-r\d+)" x="([\d.]+)" y="([\d.]+)" '
                   r'textLength="([\d.]+)"[^>]*>(.*?)</text>', re.S)
# Drawing, not text: block elements, box drawing, half blocks of the QR code, scrollbars.
_NOT_TEXT = re.compile(r"[\s\u2500-\u259f\u2800-\u28ff▁▂▃▄▅▆▇█▉▊▋▌▍▎▏▐▔▕]")


def luminance(colour: str) -> float:
    """WCAG relative luminance of an sRGB colour like #1e1e1e."""
    channels = []
    for i in (1, 3, 5):
        c = int(colour[i:i + 2], 16) / 255
        channels.append(c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4)
    r, g, b = channels
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@dataclass(frozen=True, slots=True)
class Run:
    text: str
    row: int
    column: int
    fg: str
    bg: str

    @property
    def ratio(self) -> float:
        return contrast(self.fg, self.bg)


def runs(svg: str) -> list[Run]:
    """Every run of visible text with its colour and the background under its first letter."""
    fills = dict(_CLASS.findall(svg))
    background: dict[tuple[int, int], str] = {}
    for fill, x, y, width in _RECT.findall(svg):
        row = round((float(y) - 1.5) / CELL_H)
        first = round(float(x) / CELL_W)
        for column in range(first, first + round(float(width) / CELL_W)):
            background[row, column] = fill
    found = []
    for cls, x, y, _, raw in _TEXT.findall(svg):
        text = html.unescape(raw).replace("\xa0", " ")
        row, column = round((float(y) - 20) / CELL_H), round(float(x) / CELL_W)
        for offset, char in enumerate(text):
            if not _NOT_TEXT.match(char):
                bg = background.get((row, column + offset))
                if bg is not None and cls in fills:
                    found.append(Run(text.strip(), row, column + offset, fills[cls], bg))
                    break
    return found


def too_faint(svg: str, minimum: float = AA) -> list[Run]:
    """The runs of text below the minimum contrast."""
    return [run for run in runs(svg) if run.ratio < minimum]
