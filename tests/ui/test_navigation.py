"""No dead end: every pushed screen is left with Esc and says so; F-keys show their screen."""

from __future__ import annotations

from mingle.store.database import Store
from mingle.ui.screens.card import CardScreen
from mingle.ui.screens.checkin import CheckInScreen
from mingle.ui.screens.dialogs import HelpScreen
from mingle.ui.screens.event_form import EventFormScreen
from mingle.ui.screens.events import EventsScreen
from mingle.ui.screens.intros import IntrosScreen
from mingle.ui.screens.note_editor import NoteEditorScreen
from mingle.ui.screens.person import PersonScreen
from mingle.ui.screens.person_forms import PersonEditScreen, QuickCaptureScreen, WalkInScreen
from mingle.ui.screens.queue import QueueScreen
from mingle.ui.screens.receive import ReceiveCardScreen
from mingle.ui.screens.review import ReviewScreen
from mingle.ui.screens.transfer import ExportScreen, ImportScreen
from tests.ui.screen_text import screen_lines
from tests.ui.waiting import wait_for_screen, wait_until


def footer_line(app) -> str:
    return screen_lines(app)[-1]


async def test_who_should_they_meet_is_left_with_escape_and_says_so(demo_path, run_app):
    with Store(demo_path) as store:
        async with run_app(store, size=(80, 24)) as (app, pilot):
            await pilot.press(*"jose", "enter", "f4")
            await wait_for_screen(pilot, QueueScreen)
            await pilot.press("i")
            await wait_for_screen(pilot, IntrosScreen)
            assert "Who should" in "\n".join(screen_lines(app))
            assert "esc" in footer_line(app).lower() and "back" in footer_line(app).lower()
            await pilot.press("escape")
            await wait_for_screen(pilot, QueueScreen)
            # F4 (or the palette's Queue) shows the queue, not a screen left on top of it.
            await pilot.press("i")
            await wait_for_screen(pilot, IntrosScreen)
            await pilot.press("f4")
            await wait_for_screen(pilot, QueueScreen)
            await pilot.press("enter")
            await wait_for_screen(pilot, PersonScreen)
            await pilot.press("i")
            await wait_for_screen(pilot, IntrosScreen)
            await pilot.press("escape")
            await wait_for_screen(pilot, PersonScreen)
            await pilot.press("escape")
            await wait_for_screen(pilot, QueueScreen)


async def test_a_top_level_key_always_shows_its_screen(demo_path, run_app):
    with Store(demo_path) as store:
        async with run_app(store, size=(80, 24)) as (app, pilot):
            await pilot.press("f10")
            await wait_for_screen(pilot, IntrosScreen)
            await pilot.press("f8")
            await wait_for_screen(pilot, CardScreen)
            await pilot.press("f4")
            await wait_for_screen(pilot, QueueScreen)
            await pilot.press("f10")
            await wait_for_screen(pilot, IntrosScreen)
            assert app.screen.focus_person is None
            assert len(app.screen_stack) == 1
            for key, kind in (("f2", EventsScreen), ("f3", CheckInScreen), ("f11", ReviewScreen),
                              ("f4", QueueScreen)):
                await pilot.press("f9")
                await wait_for_screen(pilot, ReceiveCardScreen)
                await pilot.press(key)
                await wait_for_screen(pilot, kind)
                assert len(app.screen_stack) == 1


async def esc_leads_back(pilot, keys: tuple[str, ...], kind: type, back: type) -> None:
    app = pilot.app
    await pilot.press(*keys)
    await wait_until(pilot, lambda: isinstance(app.screen, kind) and app.screen.is_mounted,
                     f"{kind.__name__} after {keys} (on {type(app.screen).__name__})")
    text = footer_line(app).lower()
    assert "esc" in text, f"{kind.__name__} footer does not say how to go back: {text!r}"
    await pilot.press("escape")
    await wait_until(pilot, lambda: isinstance(app.screen, back) and app.screen.is_mounted,
                     f"Esc from {kind.__name__} back to {back.__name__}")


async def test_escape_leads_back_from_every_pushed_screen(demo_path, run_app):
    with Store(demo_path) as store:
        async with run_app(store, size=(80, 24)) as (_, pilot):
            await wait_for_screen(pilot, CheckInScreen)
            await pilot.press(*"asa", "enter")
            walk = [
                (("ctrl+n",), WalkInScreen, CheckInScreen),
                (("ctrl+t",), NoteEditorScreen, CheckInScreen),
                (("f1",), HelpScreen, CheckInScreen),
                (("ctrl+o", "e"), PersonEditScreen, PersonScreen),
                (("i",), IntrosScreen, PersonScreen),
                (("c",), CardScreen, PersonScreen),
                (("n",), NoteEditorScreen, PersonScreen),
                ((), PersonScreen, CheckInScreen),
                (("f4", "i"), IntrosScreen, QueueScreen),
                (("enter",), PersonScreen, QueueScreen),
                (("n",), NoteEditorScreen, QueueScreen),
                (("f5",), QuickCaptureScreen, QueueScreen),
                (("f8",), CardScreen, QueueScreen),
                (("f9",), ReceiveCardScreen, QueueScreen),
                (("f6",), ImportScreen, QueueScreen),
                (("f7",), ExportScreen, QueueScreen),
                (("f10", "enter"), PersonScreen, IntrosScreen),
                (("f11", "enter"), PersonScreen, ReviewScreen),
                (("f2", "n"), EventFormScreen, EventsScreen),
            ]
            for keys, kind, back in walk:
                await esc_leads_back(pilot, keys, kind, back)


async def test_footers_show_whole_labels_at_80_columns(demo_path, run_app):
    from textual.widgets._footer import FooterKey

    with Store(demo_path) as store:
        async with run_app(store, size=(80, 24)) as (app, pilot):
            await wait_for_screen(pilot, CheckInScreen)
            seen = []
            for keys, kind in ((("a",), CheckInScreen), (("enter", "ctrl+o"), PersonScreen),
                               (("i",), IntrosScreen), (("f4",), QueueScreen),
                               (("f10",), IntrosScreen), (("f11",), ReviewScreen),
                               (("f2",), EventsScreen), (("f8",), CardScreen),
                               (("escape", "f9"), ReceiveCardScreen)):
                await pilot.press(*keys)
                await wait_for_screen(pilot, kind)
                await wait_until(pilot, lambda: app.screen.query(FooterKey), "footer keys")
                line = footer_line(app)
                for key in app.screen.query(FooterKey):
                    label = f"{key.key_display} {key.description}"
                    assert label in line, f"{kind.__name__}: {label!r} cut in {line!r}"
                seen.append(kind)
            assert len(seen) == 9


async def test_every_field_and_button_of_the_person_form_is_reached_at_80_by_24(demo_path,
                                                                               run_app):
    from textual.widgets import Button

    with Store(demo_path) as store:
        async with run_app(store, size=(80, 24)) as (app, pilot):
            await wait_for_screen(pilot, CheckInScreen)
            await pilot.press(*"asa", "ctrl+o", "e")
            await wait_for_screen(pilot, PersonEditScreen)
            reached = []
            for _ in range(13):
                focused = app.focused
                reached.append(focused.id)
                region = focused.region
                assert region.height and region.y >= 0 and region.bottom <= 24, \
                    f"{focused.id} is off-screen at {region}"
                await pilot.press("tab")
                await wait_until(pilot, lambda was=focused: app.focused is not was, "next field")
            assert {"name", "offers", "intro_ok", "save", "cancel"} <= set(reached)
            assert isinstance(app.screen.query_one("#save"), Button)


def test_help_names_keys_as_they_are_printed():
    from mingle.ui.commands import _pretty_key

    assert _pretty_key("left_square_bracket") == "["
    assert _pretty_key("right_square_bracket") == "]"
    assert _pretty_key("ctrl+z") == "Ctrl+Z"


async def test_person_page_spacing_and_intro_words(demo_path, run_app):
    import re

    with Store(demo_path) as store:
        async with run_app(store, size=(80, 60)) as (app, pilot):
            await wait_for_screen(pilot, CheckInScreen)
            await pilot.press(*"asa", "ctrl+o")
            await wait_for_screen(pilot, PersonScreen)
            text = "\n".join(screen_lines(app))
            assert re.search(r"\d\d:\d\d · Riverside", text), text
            assert not re.search(r"\d\d:\d\d·", text)
            assert "asked a " not in text and "asked b " not in text


async def test_the_event_and_my_card_forms_reach_their_buttons_at_80_by_24(demo_path,
                                                                          run_app):
    from mingle.ui.screens.card import MyCardForm

    with Store(demo_path) as store:
        async with run_app(store, size=(80, 24)) as (app, pilot):
            for keys, kind in ((("f2", "n"), EventFormScreen), (("f8", "e"), MyCardForm)):
                await pilot.press(*keys)
                await wait_for_screen(pilot, kind)
                reached = set()
                for _ in range(16):
                    focused = app.focused
                    reached.add(focused.id)
                    assert focused.region.height and focused.region.bottom <= 24, focused.id
                    await pilot.press("tab")
                    await wait_until(pilot, lambda was=focused: app.focused is not was, "next")
                assert {"save", "cancel"} <= reached, (kind.__name__, reached)
                await pilot.press("escape", "escape")
                await wait_until(pilot, lambda: len(app.screen_stack) == 1, "back to a mode")
