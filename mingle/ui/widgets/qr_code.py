"""QRCodeView: a QR code drawn with half blocks, dark on light in explicit colours."""

from __future__ import annotations

from rich.segment import Segment
from rich.style import Style
from textual.strip import Strip
from textual.widget import Widget

from mingle.domain.exchange.qr import Matrix, half_block_rows

# Explicit colours, never theme variables: a dark theme must not invert the code.
DARK = "#000000"
LIGHT = "#ffffff"
CODE_STYLE = Style(color=DARK, bgcolor=LIGHT)


class QRCodeView(Widget):
    """A QR matrix (quiet zone included), one column per module and two modules per row."""

    DEFAULT_CSS = """
    QRCodeView {
        width: 1fr;
        height: 1fr;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._rows: list[str] = []

    def show(self, matrix: Matrix | None) -> None:
        """Draw this matrix (None: nothing)."""
        self._rows = half_block_rows(matrix) if matrix else []
        self.refresh()

    @property
    def rows(self) -> list[str]:
        """The half-block characters drawn, one string per terminal row."""
        return self._rows

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        blank = Strip.blank(width, self.rich_style)
        if not self._rows:
            return blank
        top = max(0, (self.size.height - len(self._rows)) // 2)
        row = y - top
        if not 0 <= row < len(self._rows):
            return blank
        text = self._rows[row]
        left = max(0, (width - len(text)) // 2)
        segments = [Segment(" " * left, self.rich_style), Segment(text, CODE_STYLE)]
        return Strip(segments).adjust_cell_length(width, self.rich_style)
