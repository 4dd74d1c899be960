"""QR codes of cards: the payload that fits, the module matrix, terminal cells and SVG files.

Every code uses error correction M and one byte-mode segment holding the payload as UTF-8,
which phone readers decode as UTF-8 text. Matrices include a quiet zone of 4 light modules on
each side, so the side of a matrix is 17 + 4 × version + 8 modules.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from qrcode.exceptions import DataOverflowError
from qrcode.util import MODE_8BIT_BYTE, QRData

from mingle.domain.exchange.payload import LEVELS, CardError, CardPayload, card_payload
from mingle.domain.records.models import MyCard, Person

QUIET_ZONE = 4
SMALLEST_SIDE = 21 + 2 * QUIET_ZONE
FILE_MODE = 0o600

Matrix = Sequence[Sequence[bool]]
"""Rows of modules, True for dark, as `qr_matrix` returns them."""

HALF_BLOCKS: dict[tuple[bool, bool], str] = {
    (True, True): "█", (True, False): "▀", (False, True): "▄", (False, False): " "}
"""The character for a cell by (upper module dark, lower module dark)."""


def _code(payload: str) -> qrcode.QRCode:
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=QUIET_ZONE)
    code.add_data(QRData(payload.encode("utf-8"), mode=MODE_8BIT_BYTE))
    return code


@lru_cache(maxsize=64)
def qr_version(payload: str) -> int:
    """The smallest QR version (1-40) holding the payload; CardError when none does."""
    try:
        return _code(payload).best_fit()
    except (DataOverflowError, ValueError):  # qrcode 8 says "version 41" for some sizes
        size = len(payload.encode("utf-8"))
        raise CardError(f"The card is too large for a QR code ({size} bytes).") from None


def qr_side(payload: str) -> int:
    """Modules per side of the payload's QR code, quiet zone included."""
    return 17 + 4 * qr_version(payload) + 2 * QUIET_ZONE


def modules_that_fit(columns: int, rows: int) -> int:
    """Modules per side that fit in terminal cells drawn as half blocks (2 modules a row)."""
    return max(0, min(columns, 2 * rows))


def choose_payload(card: MyCard | Person, max_modules: int) -> CardPayload | None:
    """The richest payload whose QR code, quiet zone included, is at most `max_modules` a side.

    Tries a full vCard 3.0, then a minimal one (name, phone, email), then a MECARD, then a
    MECARD without links. None when even that does not fit: the caller says the window is
    too small. `left_out` names the filled card fields that the chosen payload leaves out
    (`cards.describe_left_out`).
    """
    for level in LEVELS:
        choice = card_payload(card, level)
        try:
            if qr_side(choice.payload) <= max_modules:
                return choice
        except CardError:  # larger than the largest QR code
            continue
    return None


@lru_cache(maxsize=16)
def _matrix(payload: str) -> tuple[tuple[bool, ...], ...]:
    code = _code(payload)
    code.version = qr_version(payload)
    code.make(fit=False)
    return tuple(tuple(row) for row in code.get_matrix())


def qr_matrix(payload: str) -> list[list[bool]]:
    """The QR code of a payload (error correction M, UTF-8), with a 4-module quiet zone."""
    return [list(row) for row in _matrix(payload)]


def half_block_rows(matrix: Matrix) -> list[str]:
    """One string per terminal row: each character shows two modules, the upper and the lower.

    Draw every character in the dark colour on the light background, both explicit (e.g.
    Rich `Style(color="#000000", bgcolor="#ffffff")`), so that no terminal theme inverts the
    code: "█" both dark, "▀" upper dark, "▄" lower dark, " " both light. An odd last row is
    paired with a light one. One column per module, so a row is as wide as the matrix.
    """
    rows = [list(row) for row in matrix]
    if len(rows) % 2:
        rows.append([False] * (len(rows[0]) if rows else 0))
    return ["".join(HALF_BLOCKS[top, bottom] for top, bottom in zip(upper, lower, strict=True))
            for upper, lower in zip(rows[::2], rows[1::2], strict=True)]


def as_matrix(source: str | Matrix) -> Matrix:
    """A matrix as given, or the QR code of a payload."""
    return qr_matrix(source) if isinstance(source, str) else source


def write_private(path: str | os.PathLike[str], data: bytes, *, overwrite: bool) -> Path:
    """Write a new file readable by the user only (0600); FileExistsError unless `overwrite`."""
    target = Path(path)
    flags = os.O_WRONLY | os.O_CREAT | (os.O_TRUNC if overwrite else os.O_EXCL)
    try:
        fd = os.open(target, flags, FILE_MODE)
    except FileExistsError:
        raise FileExistsError(errno.EEXIST, "The file exists already; it was kept",
                              str(target)) from None
    with os.fdopen(fd, "wb") as out:
        if hasattr(os, "fchmod"):
            os.fchmod(out.fileno(), FILE_MODE)  # an overwritten file may have been wider open
        out.write(data)
    return target


def svg_text(source: str | Matrix, *, scale: int = 10) -> str:
    """An SVG of the code: black rectangles (one per run of dark modules) on a white ground."""
    matrix = as_matrix(source)
    side = len(matrix)
    width = len(matrix[0]) if side else 0
    rects = []
    for y, row in enumerate(matrix):
        x = 0
        while x < width:
            if not row[x]:
                x += 1
                continue
            start = x
            while x < width and row[x]:
                x += 1
            rects.append(f'<rect x="{start}" y="{y}" width="{x - start}" height="1"/>')
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width * scale}" '
        f'height="{side * scale}" viewBox="0 0 {width} {side}" shape-rendering="crispEdges">\n'
        f'<rect x="0" y="0" width="{width}" height="{side}" fill="#ffffff"/>\n'
        '<g fill="#000000">\n' + "\n".join(rects) + "\n</g>\n</svg>\n"
    )


def write_svg(source: str | Matrix, path: str | os.PathLike[str], *, scale: int = 10,
              overwrite: bool = False) -> Path:
    """Write the QR code of a payload (or a matrix) as an SVG file, mode 0600."""
    return write_private(path, svg_text(source, scale=scale).encode("utf-8"),
                         overwrite=overwrite)
