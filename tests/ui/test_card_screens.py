"""The card on screen (decoded from the terminal cells' colours) and taking in cards."""

from __future__ import annotations

import vobject
import zxingcpp
from PIL import Image
from textual import events

from mingle.domain.records.models import MyCard, Person, QueueState
from mingle.store.database import Store
from mingle.store.settings import CURRENT_EVENT
from mingle.ui.screens.card import CardScreen
from mingle.ui.screens.receive import ReceiveCardScreen
from mingle.ui.widgets.qr_code import QRCodeView
from tests.ui.screen_text import screen_text
from tests.ui.waiting import wait_for_screen, wait_until

TOP = {"█": True, "▀": True, "▄": False, " ": False}
BOTTOM = {"█": True, "▀": False, "▄": True, " ": False}


def luminance(color) -> float:
    red, green, blue = color.get_truecolor()
    return 0.299 * red + 0.587 * green + 0.114 * blue


def cells_to_image(view: QRCodeView, scale: int = 6) -> Image.Image:
    """Paint what the widget draws, cell by cell from its colours, as a grey image."""
    width, height = view.size
    image = Image.new("L", (width * scale, height * 2 * scale), 255)
    pixels = image.load()
    for y in range(height):
        x = 0
        for segment in view.render_line(y):
            style = segment.style
            for char in segment.text:
                fg = style.color if style and style.color else None
                bg = style.bgcolor if style and style.bgcolor else None
                for half, covered in ((0, TOP.get(char, False)), (1, BOTTOM.get(char, False))):
                    color = fg if covered else bg
                    shade = 255 if color is None else (0 if luminance(color) < 128 else 255)
                    for dy in range(scale):
                        for dx in range(scale):
                            pixels[x * scale + dx, (2 * y + half) * scale + dy] = shade
                x += 1
    return image


def decoded(view: QRCodeView) -> str:
    [found] = zxingcpp.read_barcodes(cells_to_image(view))
    return found.text


async def show_my_card(store_path, run_app, theme: str, size: tuple[int, int]) -> str:
    with Store(store_path) as store:
        store.save(MyCard(name="Åsa Lindqvist", title="Ceramicist", company="Lindqvist Ceramics",
                          email="asa@lindqvist.example", phone="+46 70 123 45 67",
                          url="https://lindqvist.example", pitch="Teaware for cafés"))
        async with run_app(store, size=size) as (app, pilot):
            app.theme = theme
            await pilot.press("f8")
            assert isinstance(app.screen, CardScreen)
            await pilot.pause()
            text = decoded(app.screen.query_one(QRCodeView))
            assert "Teaware for cafés" in screen_text(app)  # the pitch, beside the code
            return text


async def test_card_on_a_large_dark_screen_scans_to_the_full_vcard(store_path, run_app):
    text = await show_my_card(store_path, run_app, "textual-dark", (160, 60))
    card = vobject.readOne(text)
    assert card.fn.value == "Åsa Lindqvist"
    assert card.org.value == ["Lindqvist Ceramics"] and card.note.value == "Teaware for cafés"


async def test_card_at_80x24_in_a_light_theme_scans_and_says_what_is_left_out(store_path,
                                                                               run_app):
    text = await show_my_card(store_path, run_app, "textual-light", (80, 24))
    assert text.startswith("MECARD:") and "Lindqvist,Åsa" in text
    assert "asa@lindqvist.example" in text


async def test_a_person_who_withheld_consent_has_no_code(store_path, run_app):
    with Store(store_path) as store:
        private = Person(name="Dee Private", emails=["dee@x.example"])
        private.consent.share_card = False
        shared = Person(name="Bo Shared", emails=["bo@x.example"])
        store.save(private, shared)
        async with run_app(store, size=(120, 50)) as (app, pilot):
            app.show_card_of(private.id)
            await pilot.pause()
            assert not app.screen.query_one(QRCodeView).rows
            assert "did not agree" in screen_text(app)
            await pilot.press("escape")
            app.show_card_of(shared.id)
            await pilot.pause()
            assert "bo@x.example" in decoded(app.screen.query_one(QRCodeView))


SCANNED = ("BEGIN:VCARD\nVERSION:3.0\nN:Okafor;Ngozi;;;\nFN:Ngozi Okafor\n"
           "ORG:Okafor Botanicals\nEMAIL:ngozi@okafor.example\nEND:VCARD\n")


async def test_a_vcard_typed_key_by_key_by_a_scanner_is_taken_in(demo_path, run_app):
    with Store(demo_path) as store:
        before = len(store.people)
        known = next(p for p in store.people if p.name == "Ngozi Okafor")
        async with run_app(store, size=(100, 40)) as (app, pilot):
            await pilot.press("f9")
            await wait_for_screen(pilot, ReceiveCardScreen)
            # A scanner types the whole card in one burst, as keys queued at once.
            box = app.screen.query_one("#scan")
            for char in SCANNED:
                box.post_message(events.Key("enter", None) if char == "\n"
                                 else events.Key(char, char))
            await wait_until(pilot, lambda: "Found 1 card" in screen_text(app), "the card")
            text = screen_text(app)
            assert "Found 1 card" in text and "merged into Ngozi Okafor — same" in text
            await pilot.press("ctrl+s")
            await wait_until(pilot, lambda: not isinstance(app.screen, ReceiveCardScreen),
                             "the card taken in and its screen closed")
        assert len(store.people) == before  # merged, not doubled
        merged = store.people.get(known.id)
        assert "ngozi@okafor.example" in merged.email_keys
        event_id = store.setting(CURRENT_EVENT)
        [link] = [a for a in store.attendance.where("person_id", known.id)
                  if a.event_id == event_id]
        assert link.queue == QueueState.MET


async def test_pasted_garbage_gets_a_clear_message(demo_path, run_app):
    with Store(demo_path) as store:
        before = len(store.people)
        async with run_app(store, size=(100, 40)) as (app, pilot):
            await pilot.press("f9")
            app.screen.query_one("#scan").insert("\x00\x01 not a card at all\n")
            await wait_until(pilot, lambda: "not a card" in screen_text(app).lower(),
                             "the message")
            assert "not a card" in screen_text(app).lower()
            await pilot.press("ctrl+s", "escape")
        assert len(store.people) == before


async def test_a_crlf_paste_reads_as_lines_and_your_own_card_is_not_new(demo_path, run_app):
    from textual import events

    from mingle.ui.screens.receive import ReceiveCardScreen as Receive
    from tests.ui.waiting import wait_for_screen

    with Store(demo_path) as store:
        me = store.me
        before = len(store.people)
        async with run_app(store, size=(100, 40)) as (app, pilot):
            await pilot.press("f9")
            await wait_for_screen(pilot, Receive)
            area = app.screen.query_one("#scan")
            vcard = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ola Berg\r\nTEL:+15550111\r\n"
                     "END:VCARD\r\n")
            area.post_message(events.Paste(vcard))
            await wait_until(pilot, lambda: "Ola Berg" in screen_text(app), "the preview")
            assert "\n\n" not in area.text
            assert "+15550111 · " in screen_text(app)  # not "+15550111merges into"
            await pilot.press("ctrl+l")
            mine = (f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{me.name}\r\nEMAIL:{me.email}\r\n"
                    "END:VCARD\r\n")
            area.post_message(events.Paste(mine))
            await wait_until(pilot, lambda: "your own card" in screen_text(app), "the notice")
            assert "a new person" not in screen_text(app)
            await pilot.press("ctrl+s", "escape")
        assert len(store.people) == before
