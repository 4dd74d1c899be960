"""Reading a spreadsheet export as text: its encoding, its delimiter, rows with line numbers."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass

# Byte order marks, longest first (UTF-32 LE starts with the UTF-16 LE mark).
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig", "UTF-8 with BOM"),
    (b"\xff\xfe\x00\x00", "utf-32-le", "UTF-32"),
    (b"\x00\x00\xfe\xff", "utf-32-be", "UTF-32"),
    (b"\xff\xfe", "utf-16-le", "UTF-16"),
    (b"\xfe\xff", "utf-16-be", "UTF-16"),
)
DELIMITER_NAMES = {",": "comma-separated", "\t": "tab-separated", ";": "semicolon-separated"}
UNREADABLE_QUOTES = "unbalanced quotes: the row could not be read"


class ImportFileError(ValueError):
    """A file that cannot be read as an attendee list at all; the message is for the user."""


@dataclass(slots=True, frozen=True)
class DecodedText:
    """The text of a file and the encoding it was read with (as the user knows it)."""

    text: str
    encoding: str


@dataclass(slots=True, frozen=True)
class RowProblem:
    """A row skipped or read with a doubt, and why (for the import report)."""

    line: int
    message: str


def decode(data: bytes) -> DecodedText:
    """Read bytes as text: a BOM decides, else UTF-8, else Windows-1252 (what Excel writes)."""
    if data.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        raise ImportFileError("it is an Excel workbook, not a CSV file: in Excel choose "
                              "File › Save As › CSV UTF-8, then import that file")
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                raise ImportFileError(f"it is marked as {label} but is damaged at byte "
                                      f"{exc.start}") from exc
            return _checked(DecodedText(text.lstrip("\ufeff"), label))
    try:
        return _checked(DecodedText(data.decode("utf-8"), "UTF-8"))
    except UnicodeDecodeError:
        pass
    # The five bytes Windows-1252 leaves undefined become U+FFFD rather than an error.
    return _checked(DecodedText(data.decode("cp1252", errors="replace"), "Windows-1252"))


def _checked(decoded: DecodedText) -> DecodedText:
    if "\x00" in decoded.text:
        raise ImportFileError("it is not a text file (it holds NUL bytes); "
                              "export the list as CSV and import that")
    if not decoded.text.strip():
        raise ImportFileError("the file is empty")
    return decoded


def split_lines(text: str) -> list[str]:
    """Physical lines, ends kept; only CR, LF and CRLF end a line (as for the csv module)."""
    return list(io.StringIO(text, newline=""))


def guess_delimiter(header_line: str) -> str:
    """Comma, tab or semicolon: whichever the header line uses most (outside quotes)."""
    outside = header_line.split('"')[::2]
    counts = {d: sum(part.count(d) for part in outside) for d in DELIMITER_NAMES}
    best = max(counts, key=lambda d: (counts[d], d == ","))
    return best if counts[best] else ","


class RowReader:
    """Rows of a delimited file with the line each starts on; bad quotes cost one row only.

    A quote that is opened and never closed makes the csv module swallow the rows after it
    into one cell. A row that spans several lines is therefore checked: when its cell count
    is wrong, or a line inside it reads as a whole row on its own, the row's first line is
    reported and reading starts again on the next line.
    """

    def __init__(self, lines: list[str], delimiter: str) -> None:
        self.lines = lines
        self.delimiter = delimiter
        self.width = 0
        """Cells in a well-formed row (set once the header is known; 0 checks nothing)."""
        self.bad: list[RowProblem] = []

    def rows(self, start: int = 0) -> Iterator[tuple[int, list[str]]]:
        """(1-based line number, cells) for each non-blank row from line index `start`."""
        lines = self.lines
        while start < len(lines):
            reader = csv.reader(iter(lines[start:]), delimiter=self.delimiter)
            first = start
            restart = None
            for cells in reader:
                end = start + reader.line_num
                if end - first > 1 and self._swallowed(cells, first, end):
                    self.bad.append(RowProblem(first + 1, UNREADABLE_QUOTES))
                    restart = first + 1
                    break
                if cells and any(cells):
                    yield first + 1, cells
                first = end
            if restart is None:
                return
            start = restart

    def _swallowed(self, cells: list[str], first: int, end: int) -> bool:
        """True when a row read over lines first..end-1 holds rows that a stray quote ate.

        A line after the first that reads on its own as a whole row, every quote in it
        opening or closing a cell, is a row of its own; the tail of a cell broken over lines
        is not (its closing quote stands inside a cell when the line is read alone).
        """
        if self.width < 3:
            return False
        if len(cells) != self.width:
            return True
        for line in self.lines[first + 1:end]:
            alone = next(csv.reader([line], delimiter=self.delimiter), [])
            if len(alone) == self.width and not any('"' in cell for cell in alone):
                return True
        return False
