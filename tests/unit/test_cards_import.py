"""`mingle import` of cards (.vcf files, QR images) and `mingle card` files, as a user runs them."""

from __future__ import annotations

import re
from pathlib import Path

import vobject
import zxingcpp
from mingle.store.settings import CURRENT_EVENT
from PIL import Image, ImageDraw

from mingle.domain.exchange.images import write_png
from mingle.domain.exchange.payload import vcard_payload
from mingle.domain.records.models import Event, Person
from mingle.store.database import Store
from tests.unit.test_cli import assert_clean_error, run

CARDS = Path(__file__).resolve().parents[1] / "fixtures" / "cards"


def rasterise(svg: str, scale: int = 8) -> Image.Image:
    """Draw the SVG's rectangles (white background, black modules) as pixels."""
    size = int(re.search(r'viewBox="0 0 (\d+) (\d+)"', svg).group(1))
    image = Image.new("L", (size * scale, size * scale), 255)
    draw = ImageDraw.Draw(image)
    black = svg.split('<g fill="#000000">', 1)[1]
    for x, y, w, h in re.findall(r'<rect x="(\d+)" y="(\d+)" width="(\d+)" height="(\d+)"',
                                 black):
        x0, y0 = int(x) * scale, int(y) * scale
        draw.rectangle([x0, y0, x0 + int(w) * scale - 1, y0 + int(h) * scale - 1], fill=0)
    return image


def test_vcf_import_merges_and_never_doubles(tmp_path: Path) -> None:
    db = tmp_path / "db.json"
    result = run("import", str(CARDS / "several.vcf"), "--db", str(db), tmp=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "taken in" in result.stdout
    with Store(db, read_only=True) as store:
        first = len(store.people)
    assert first >= 2
    result = run("import", str(CARDS / "several.vcf"), "--db", str(db), tmp=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "0 new" in result.stdout
    with Store(db, read_only=True) as store:
        assert len(store.people) == first


def test_qr_image_import_at_an_event_marks_met(tmp_path: Path) -> None:
    db = tmp_path / "db.json"
    with Store(db) as store:
        event = Event(name="Meetup")
        known = Person(name="Åsa Lindqvist", emails=["asa@x.example"])
        store.save(event, known)
        store.set_setting(CURRENT_EVENT, event.id).result()
    card = Person(name="Åsa Lindqvist", emails=["ASA@x.example"], phones=["+46 70 123 45 67"],
                  company="Lindqvist Ceramics")
    image = write_png(vcard_payload(card), tmp_path / "card.png")
    result = run("import", str(image), "--db", str(db), "--event", "Meetup", tmp=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "merged into Åsa Lindqvist" in result.stdout
    with Store(db, read_only=True) as store:
        [person] = list(store.people)
        assert person.id == known.id and person.phones == ["+46 70 123 45 67"]
        [link] = store.attendance.where("person_id", person.id)
        assert link.status == "present" and link.queue == "met"


def test_card_set_then_png_and_svg_files_decode_to_the_card(tmp_path: Path) -> None:
    db = tmp_path / "db.json"
    result = run("card", "--db", str(db), "--set", "name=José Ñúñez", "--set",
                 "email=jose@x.example", "--set", "company=Tostado", "--set",
                 "pitch=I roast coffee", tmp=tmp_path)
    assert result.returncode == 0, result.stderr
    png, svg = tmp_path / "card.png", tmp_path / "card.svg"
    result = run("card", "--db", str(db), "--png", str(png), "--svg", str(svg), tmp=tmp_path)
    assert result.returncode == 0, result.stderr
    assert oct(png.stat().st_mode & 0o777) == "0o600"
    [found] = zxingcpp.read_barcodes(Image.open(png))
    card = vobject.readOne(found.text)
    assert card.fn.value == "José Ñúñez" and card.email.value == "jose@x.example"
    assert "I roast coffee" in found.text
    [from_svg] = zxingcpp.read_barcodes(rasterise(svg.read_text()))
    assert from_svg.text == found.text
    result = run("card", "--db", str(db), "--png", str(png), tmp=tmp_path)
    assert_clean_error(result)
    assert "--force" in result.stderr
