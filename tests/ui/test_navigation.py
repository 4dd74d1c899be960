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


async def test_who_should_they_meet_is_left_with_escape_and_says_so(demo_path, make_app):
    with Store(demo_path) as store:
        app = make_app(store)
        async with app.run_test(size=(80, 24)) as pilot:
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


async def test_a_top_level_key_always_shows_its_screen(demo_path, make_app):
    with Store(demo_path) as store:
        app = make_app(store)
        async with app.run_test(size=(80, 24)) as pilot:
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


async def test_escape_leads_back_from_every_pushed_screen(demo_path, make_app):
    with Store(demo_path) as store:
        app = make_app(store)
        async with app.run_test(size=(80, 24)) as pilot:
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
