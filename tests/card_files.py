"""Card images written as mingle writes them for the user (through the safe output writer)."""

from __future__ import annotations

from pathlib import Path

from mingle.domain.exchange.images import png_bytes
from mingle.domain.exchange.qr import Matrix, svg_text
from mingle.store.output import write_output


def write_png(source: str | Matrix, path: Path, *, scale: int = 10,
              overwrite: bool = False) -> Path:
    """The QR code of a payload as a PNG file (mode 0600)."""
    return write_output(path, png_bytes(source, scale=scale), None, force=overwrite)


def write_svg(source: str | Matrix, path: Path, *, scale: int = 10,
              overwrite: bool = False) -> Path:
    """The QR code of a payload as an SVG file (mode 0600)."""
    return write_output(path, svg_text(source, scale=scale).encode("utf-8"), None,
                        force=overwrite)
