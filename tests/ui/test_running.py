"""The app as the tests run it: text boxes hold a still cursor (screens never depend on time)."""

from __future__ import annotations

from textual.widgets import Input

from mingle.store.database import Store
from mingle.ui.screens.checkin import CheckInScreen
from mingle.ui.screens.note_editor import NoteEditorScreen
from mingle.ui.widgets.note_area import NoteArea
from tests.ui.test_live_event import small_event
from tests.ui.waiting import wait_for_screen, wait_until


async def test_text_boxes_do_not_blink(store_path, run_app):
    with Store(store_path) as store:
        small_event(store)
        async with run_app(store, size=(100, 30)) as (app, pilot):
            await wait_for_screen(pilot, CheckInScreen)
            box = app.screen.query_one("#filter", Input)
            await wait_until(pilot, lambda: box.has_focus and not box.cursor_blink,
                             "the filter box focused, its cursor still")
            await pilot.press("f4", "n")
            await wait_for_screen(pilot, NoteEditorScreen)
            area = app.screen.query_one(NoteArea)
            await wait_until(pilot, lambda: area.has_focus and not area.cursor_blink,
                             "the note focused, its cursor still")
