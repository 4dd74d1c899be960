"""QR codes as images: PNG files to print, Pillow images for tests, and decoding photos of codes.

Decoding uses zxing-cpp, which ships its own decoder (no system library to install).
"""

from __future__ import annotations

import io
import os
import warnings
from collections.abc import Iterator
from pathlib import Path

import zxingcpp
from PIL import Image, ImageFilter, ImageOps

from mingle.domain.exchange.parse import CardBatch, read_card_bytes
from mingle.domain.exchange.payload import CardError
from mingle.domain.exchange.qr import Matrix, as_matrix

MAX_IMAGE_BYTES = 64 * 1024 * 1024
MAX_PIXELS = 80_000_000
PRINT_DPI = 300
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF8", b"BM", b"II*\x00", b"MM\x00*")
_WEBP = (b"RIFF", b"WEBP")
_WORKING_SIDES = (1600, 800, 400)  # downscaled tries for large photos
QR_ONLY = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)


def matrix_to_image(matrix: Matrix, scale: int = 1) -> Image.Image:
    """A grayscale ("L") image of a matrix: black modules on white, `scale` pixels a module."""
    height = len(matrix)
    width = len(matrix[0]) if height else 0
    image = Image.new("L", (width, height), 255)
    image.putdata([0 if dark else 255 for row in matrix for dark in row])
    if scale != 1:
        image = image.resize((width * scale, height * scale), Image.Resampling.NEAREST)
    return image


def png_bytes(source: str | Matrix, *, scale: int = 10) -> bytes:
    """A 1-bit PNG of the QR code of a payload (or a matrix), marked 300 dpi for printing."""
    out = io.BytesIO()
    matrix_to_image(as_matrix(source), scale).convert("1").save(
        out, format="PNG", optimize=True, dpi=(PRINT_DPI, PRINT_DPI))
    return out.getvalue()


def is_image(data: bytes) -> bool:
    """True when the bytes start like an image file (PNG, JPEG, GIF, BMP, TIFF, WebP)."""
    return data.startswith(_IMAGE_MAGIC) or (data[:4] == _WEBP[0] and data[8:12] == _WEBP[1])


def _read_bytes(path: str | os.PathLike[str]) -> bytes:
    target = Path(path)
    try:
        if target.stat().st_size > MAX_IMAGE_BYTES:
            raise CardError(f"{target.name} is too large to read "
                            f"(at most {MAX_IMAGE_BYTES // 2 ** 20} MB).")
        return target.read_bytes()
    except OSError as exc:
        raise CardError(f"Cannot read {target}: {exc.strerror or exc}.") from None


def _open_image(data: bytes, name: str) -> Image.Image:
    """The image, upright (camera orientation applied), on a white ground, in grayscale."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image: Image.Image = Image.open(io.BytesIO(data))
            if image.width * image.height > MAX_PIXELS:
                raise CardError(f"{name} has too many pixels to read.")
            image.load()
            image = ImageOps.exif_transpose(image)
            if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info:
                image = image.convert("RGBA")
                ground = Image.new("RGBA", image.size, (255, 255, 255, 255))
                image = Image.alpha_composite(ground, image)
            return image.convert("L")
    except CardError:
        raise
    except (OSError, ValueError, SyntaxError, EOFError, Image.DecompressionBombWarning,
            Image.DecompressionBombError) as exc:
        raise CardError(f"{name} is not an image mingle can read ({exc}).") from None


def _variants(image: Image.Image) -> Iterator[Image.Image]:
    """The image as it is, then forms that help with photos: contrast, smoothing, smaller."""
    yield image
    stretched = ImageOps.autocontrast(image, cutoff=1)
    yield stretched
    yield stretched.filter(ImageFilter.MedianFilter(3))  # screen pixels and noise
    yield stretched.point(lambda v: 255 if v > 127 else 0)
    if max(image.size) < 400:  # a tiny code: one or two pixels a module
        factor = 400 // max(1, max(image.size)) + 1
        yield image.resize((image.width * factor, image.height * factor),
                           Image.Resampling.NEAREST)
    for side in _WORKING_SIDES:
        if max(image.size) > side * 1.2:
            smaller = stretched.copy()
            smaller.thumbnail((side, side), Image.Resampling.LANCZOS)
            yield smaller


def _payload(barcode: zxingcpp.Barcode) -> str:
    """The code's text: its bytes as UTF-8 when they are, else the decoder's own reading."""
    try:
        return barcode.bytes.decode("utf-8")
    except UnicodeDecodeError:
        return barcode.text


def decode_image(path: str | os.PathLike[str]) -> list[str]:
    """The payloads of the QR codes in an image file (PNG, JPEG, photos too), in reading order.

    Tries the image as it is, then with stretched contrast, smoothed, binarised and downscaled
    until a code is found; [] when none is. CardError when the file is missing, unreadable,
    too large or not an image.
    """
    target = Path(path)
    return _decode(_read_bytes(target), target.name)


def _decode(data: bytes, name: str) -> list[str]:
    image = _open_image(data, name)
    for variant in _variants(image):
        found = zxingcpp.read_barcodes(variant, formats=QR_ONLY)
        payloads = list(dict.fromkeys(_payload(code) for code in found))
        if payloads:
            return payloads
    return []


def read_card_file(path: str | os.PathLike[str]) -> CardBatch:
    """The cards in a file: a .vcf (or MECARD, or link) text file, or an image of QR codes.

    CardError when the file cannot be read or holds no card. The codes of an image that hold
    no card are listed in `skipped`, as are cards without a name or an email address.
    """
    target = Path(path)
    data = _read_bytes(target)
    if not is_image(data):
        return read_card_bytes(data)
    payloads = _decode(data, target.name)
    if not payloads:
        raise CardError(f"No QR code was found in {target.name}.")
    batch = CardBatch([])
    for position, payload in enumerate(payloads, 1):
        try:
            found = read_card_bytes(payload.encode("utf-8"))
        except CardError as exc:
            batch.skipped.append(f"code {position}: {exc}")
            continue
        batch.cards += found.cards
        batch.skipped += [f"code {position}, {reason}" for reason in found.skipped]
    if not batch.cards:
        raise CardError(f"No card in the QR codes of {target.name} ({batch.skipped[0]}).")
    return batch
