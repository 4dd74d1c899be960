"""QR codes: matrices, terminal cells, PNG and SVG files, all decoded by zxing-cpp (not by us)."""

from __future__ import annotations

import io
import os
import random
import stat
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import vobject
import zxingcpp
from PIL import Image, ImageDraw, ImageFilter

from mingle.domain.exchange.images import (
    decode_image,
    matrix_to_image,
    png_bytes,
    read_card_file,
    write_png,
)
from mingle.domain.exchange.parse import parse_cards
from mingle.domain.exchange.payload import CardError, card_payload, mecard_payload, vcard_payload
from mingle.domain.exchange.qr import (
    HALF_BLOCKS,
    QUIET_ZONE,
    SMALLEST_SIDE,
    choose_payload,
    half_block_rows,
    modules_that_fit,
    qr_matrix,
    qr_side,
    qr_version,
    svg_text,
    write_svg,
)
from mingle.domain.records.models import MyCard

NAMES = ["Åsa Lindqvist", "José Ñúñez", "王芳"]
SVG = "{http://www.w3.org/2000/svg}"


def card(name: str = "Åsa Lindqvist", **changes: str) -> MyCard:
    values = {"name": name, "title": "CTO", "company": "NordFin", "email": "asa@nordfin.example",
              "phone": "+46 70 123 45 67", "url": "https://nordfin.example",
              "pitch": "Payments for small shops in the Nordics; ask me about open banking"}
    return MyCard(**{**values, **changes})


def zxing(image: Image.Image) -> list[zxingcpp.Barcode]:
    return zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)


def decoded_text(image: Image.Image) -> str:
    [code] = zxing(image)
    assert code.ec_level == "M"
    return code.bytes.decode("utf-8")


def assert_same_card(payload: str, expected: MyCard) -> None:
    """Read by vobject, the card says what the user's card says."""
    read = vobject.readOne(payload)
    assert read.fn.value == expected.name
    assert read.email.value == expected.email and read.tel.value == expected.phone
    if hasattr(read, "note"):
        assert (read.org.value, read.title.value) == ([expected.company], expected.title)
        assert (read.url.value, read.note.value) == (expected.url, expected.pitch)


# -- the matrix -------------------------------------------------------------------------------

@pytest.mark.parametrize("name", NAMES)
def test_matrix_decodes_to_the_utf8_payload_with_error_correction_m(name: str) -> None:
    payload = vcard_payload(card(name))
    matrix = qr_matrix(payload)
    assert len(matrix) == qr_side(payload) == 17 + 4 * qr_version(payload) + 2 * QUIET_ZONE
    assert all(len(row) == len(matrix) for row in matrix)
    assert decoded_text(matrix_to_image(matrix, 4)) == payload
    assert_same_card(payload, card(name))


def test_quiet_zone_is_four_light_modules_on_every_side() -> None:
    matrix = qr_matrix("hello")
    side = len(matrix)
    assert side == SMALLEST_SIDE
    for i in range(QUIET_ZONE):
        assert not any(matrix[i]) and not any(matrix[side - 1 - i])
        assert not any(row[i] or row[side - 1 - i] for row in matrix)
    assert matrix[QUIET_ZONE][QUIET_ZONE]  # the finder pattern starts right after it


def test_versions_grow_and_overflow_is_a_card_error() -> None:
    assert qr_version("a") == 1
    assert qr_version("é" * 100) > qr_version("e" * 100)  # two bytes each in UTF-8
    assert qr_version("x" * 2331) == 40  # byte capacity of version 40-M
    with pytest.raises(CardError, match="too large for a QR code"):
        qr_version("x" * 2332)


# -- choosing what fits -----------------------------------------------------------------------

def test_choose_payload_shrinks_full_minimal_mecard_then_none() -> None:
    mine = card()
    sides = {level: qr_side(card_payload(mine, level).payload)
             for level in ("full", "minimal", "mecard", "short mecard")}
    assert sides["full"] > sides["minimal"] > sides["mecard"] > sides["short mecard"]
    expected = [(sides["full"] + 10, "full", []),
                (sides["full"], "full", []),
                (sides["full"] - 1, "minimal", ["title", "company", "url", "pitch"]),
                (sides["minimal"], "minimal", ["title", "company", "url", "pitch"]),
                (sides["minimal"] - 1, "mecard", ["title", "company", "pitch"]),
                (sides["mecard"], "mecard", ["title", "company", "pitch"]),
                (sides["mecard"] - 1, "short mecard", ["title", "company", "url", "pitch"]),
                (sides["short mecard"], "short mecard", ["title", "company", "url", "pitch"])]
    for max_modules, level, left_out in expected:
        chosen = choose_payload(mine, max_modules)
        assert chosen is not None and (chosen.level, chosen.left_out) == (level, left_out)
        assert qr_side(chosen.payload) <= max_modules
    assert choose_payload(mine, sides["short mecard"] - 1) is None
    assert choose_payload(mine, 0) is None


def test_a_card_too_big_for_any_code_falls_back_to_a_smaller_payload() -> None:
    huge = card(pitch="x" * 3000)
    chosen = choose_payload(huge, 1000)
    assert chosen is not None and chosen.level == "minimal" and "pitch" in chosen.left_out


def test_modules_that_fit_in_half_block_cells() -> None:
    assert modules_that_fit(80, 24) == 48
    assert modules_that_fit(40, 50) == 40
    assert modules_that_fit(-3, 10) == 0


# -- terminal cells ---------------------------------------------------------------------------

def cells_to_matrix(rows: list[str]) -> list[list[bool]]:
    """The reference reading of half blocks: each cell back to its upper and lower module."""
    by_char = {char: pair for pair, char in HALF_BLOCKS.items()}
    matrix: list[list[bool]] = []
    for row in rows:
        pairs = [by_char[char] for char in row]
        matrix += [[top for top, _ in pairs], [bottom for _, bottom in pairs]]
    return matrix


@pytest.mark.parametrize("name", NAMES)
def test_half_blocks_show_every_module_and_decode(name: str) -> None:
    payload = vcard_payload(card(name), "minimal")
    matrix = qr_matrix(payload)
    rows = half_block_rows(matrix)
    assert len(rows) == (len(matrix) + 1) // 2
    assert all(len(row) == len(matrix) for row in rows)
    back = cells_to_matrix(rows)
    assert back[: len(matrix)] == matrix and not any(back[len(matrix):][0])
    assert decoded_text(matrix_to_image(back, 4)) == payload


def test_half_blocks_of_a_small_pattern() -> None:
    assert half_block_rows([[True, False, True, False], [True, True, False, False],
                            [False, True, False, True]]) == ["█▄▀ ", " ▀ ▀"]
    assert half_block_rows([]) == []


# -- files ------------------------------------------------------------------------------------

def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("name", NAMES)
def test_png_file_decodes_to_the_card(tmp_path: Path, name: str) -> None:
    mine = card(name)
    payload = vcard_payload(mine)
    path = write_png(payload, tmp_path / "card.png")
    assert mode_of(path) == 0o600
    with Image.open(path) as image:
        assert image.format == "PNG" and image.width == 10 * qr_side(payload)
        assert round(image.info["dpi"][0]) == 300
        assert decoded_text(image.convert("L")) == payload
    [found] = decode_image(path)
    assert found == payload
    assert_same_card(found, mine)


def test_files_are_not_overwritten_unless_asked(tmp_path: Path) -> None:
    for write in (write_png, write_svg):
        path = tmp_path / f"kept.{write.__name__}"
        path.write_text("precious")
        path.chmod(0o644)
        with pytest.raises(FileExistsError, match="kept"):
            write("new", path)
        assert path.read_text() == "precious"
        write("new", path, overwrite=True)
        assert path.read_bytes() != b"precious" and mode_of(path) == 0o600


def rasterise_svg(text: str, scale: int = 4) -> tuple[Image.Image, set[str]]:
    """Draw the SVG's rectangles with Pillow; also return the colours it names."""
    root = ET.fromstring(text)
    _, _, width, height = (int(v) for v in root.get("viewBox", "").split())
    image = Image.new("L", (width * scale, height * scale), 128)  # neither colour
    draw = ImageDraw.Draw(image)
    colours = set()
    for parent in root.iter():
        fill = parent.get("fill")
        if fill:
            colours.add(fill)
        for rect in parent.findall(f"{SVG}rect"):
            x, y, w, h = (int(rect.get(k, "0")) for k in ("x", "y", "width", "height"))
            shade = 255 if (rect.get("fill") or fill) == "#ffffff" else 0
            draw.rectangle((x * scale, y * scale, (x + w) * scale - 1, (y + h) * scale - 1),
                           fill=shade)
    return image, colours


@pytest.mark.parametrize("name", NAMES)
def test_svg_file_decodes_to_the_card(tmp_path: Path, name: str) -> None:
    payload = vcard_payload(card(name))
    path = write_svg(payload, tmp_path / "card.svg")
    assert mode_of(path) == 0o600
    image, colours = rasterise_svg(path.read_text("utf-8"))
    assert colours == {"#ffffff", "#000000"}
    assert image.histogram()[128] == 0  # the white ground covers everything
    assert decoded_text(image) == payload


def test_svg_rectangles_cover_exactly_the_dark_modules() -> None:
    matrix = qr_matrix("MECARD:N:Lee,Ann;;")
    image, _ = rasterise_svg(svg_text(matrix), scale=1)
    assert [[image.getpixel((x, y)) == 0 for x in range(len(matrix))]
            for y in range(len(matrix))] == matrix


@pytest.mark.parametrize("name", NAMES)
def test_mecard_round_trip_through_an_image(tmp_path: Path, name: str) -> None:
    mine = card(name)
    path = write_png(mecard_payload(mine), tmp_path / "mecard.png", scale=3)
    [parsed] = read_card_file(path).cards
    assert (parsed.name, parsed.emails, parsed.phones, parsed.urls) == (
        name, [mine.email], [mine.phone], [mine.url])


# -- decoding images --------------------------------------------------------------------------

def jpeg_photo(payload: str, *, noise: int, seed: int = 1) -> bytes:
    """A code photographed badly: rotated, blurred, low contrast, grainy, on a gradient, JPEG."""
    rnd = random.Random(seed)
    code = matrix_to_image(qr_matrix(payload), 6).point(lambda v: 170 if v else 90)
    code = code.rotate(13, expand=True, fillcolor=170)
    photo = Image.linear_gradient("L").resize((1400, 1400)).point(lambda v: 60 + v // 3)
    photo.paste(code, (700 - code.width // 2 + 50, 700 - code.height // 2 - 30))
    photo = photo.filter(ImageFilter.GaussianBlur(1.5))
    pixels = photo.load()
    for _ in range(1400 * 1400 // 4):
        x, y = rnd.randrange(1400), rnd.randrange(1400)
        pixels[x, y] = max(0, min(255, pixels[x, y] + rnd.randint(-noise, noise)))
    out = io.BytesIO()
    photo.convert("RGB").save(out, "JPEG", quality=40)
    return out.getvalue()


@pytest.mark.parametrize("noise", [25, 80])
def test_photos_are_decoded(tmp_path: Path, noise: int) -> None:
    payload = vcard_payload(card("王芳"))
    path = tmp_path / "photo.jpg"
    path.write_bytes(jpeg_photo(payload, noise=noise))
    if noise == 80:  # too grainy as it is: only a smoothed variant reads it
        with Image.open(path) as image:
            assert zxing(image.convert("L")) == []
    assert decode_image(path) == [payload]


def test_transparent_png_is_read_on_white(tmp_path: Path) -> None:
    payload = mecard_payload(card())
    dark = matrix_to_image(qr_matrix(payload), 5).point(lambda v: 255 - v)  # dark -> opaque
    image = Image.new("RGBA", dark.size, (0, 0, 0, 0))
    image.putalpha(dark)
    path = tmp_path / "clear.png"
    image.save(path)
    assert decode_image(path) == [payload]


def test_tiny_and_several_codes(tmp_path: Path) -> None:
    tiny = tmp_path / "tiny.png"
    matrix_to_image(qr_matrix("https://example.com/ann"), 1).save(tiny)
    assert decode_image(tiny) == ["https://example.com/ann"]
    two = Image.new("L", (700, 350), 255)
    for position, text in enumerate(("MECARD:N:Lee,Ann;EMAIL:ann@x.example;;",
                                     "MECARD:N:Roe,Bo;EMAIL:bo@x.example;;")):
        two.paste(matrix_to_image(qr_matrix(text), 8), (position * 350, 0))
    path = tmp_path / "two.png"
    two.save(path)
    assert sorted(c.name for c in read_card_file(path).cards) == ["Ann Lee", "Bo Roe"]


def test_unreadable_files_get_a_card_error(tmp_path: Path) -> None:
    blank = tmp_path / "blank.png"
    Image.new("L", (200, 200), 255).save(blank)
    assert decode_image(blank) == []
    with pytest.raises(CardError, match=r"No QR code was found in blank\.png"):
        read_card_file(blank)
    truncated = tmp_path / "cut.png"
    truncated.write_bytes(png_bytes("hello")[:60])
    text = tmp_path / "notes.txt"
    text.write_text("just some notes")
    cases = [(tmp_path / "missing.png", "Cannot read"), (truncated, "not an image"),
             (text, "not an image")]
    for path, message in cases:
        with pytest.raises(CardError, match=message):
            decode_image(path)
    with pytest.raises(CardError, match="not a card"):
        read_card_file(text)
    menu = tmp_path / "menu.png"
    write_png("Today: soup", menu)
    with pytest.raises(CardError, match=r"No card in the QR codes of menu\.png"):
        read_card_file(menu)


def test_card_file_of_a_vcf(tmp_path: Path) -> None:
    path = tmp_path / "a.vcf"
    path.write_bytes(vcard_payload(card("José Ñúñez")).encode("utf-8"))
    assert [c.name for c in read_card_file(path).cards] == ["José Ñúñez"]
    assert parse_cards(path.read_text("utf-8"))[0].company == "NordFin"


def test_a_file_that_cannot_be_opened(tmp_path: Path) -> None:
    path = tmp_path / "locked.vcf"
    path.write_text("BEGIN:VCARD\nFN:Ann\nEND:VCARD\n")
    path.chmod(0)
    if os.access(path, os.R_OK):
        pytest.skip("root can read a chmod 000 file")
    with pytest.raises(CardError, match="Cannot read"):
        read_card_file(path)
