"""The note editor: multi-line, soft-wrapped over the width there is, Enter saves."""

from __future__ import annotations

from mingle.store.database import Store
from mingle.ui.screens.note_editor import NoteEditorScreen
from mingle.ui.screens.queue import QueueScreen
from mingle.ui.widgets.note_area import NoteArea
from tests.ui.screen_text import screen_text
from tests.ui.test_live_event import small_event
from tests.ui.waiting import wait_for_screen


async def test_a_long_note_on_several_lines_is_saved_whole(store_path, run_app):
    with Store(store_path) as store:
        people = small_event(store)
        async with run_app(store, size=(160, 48)) as (app, pilot):
            await pilot.press("f4")
            await wait_for_screen(pilot, QueueScreen)
            await pilot.press("n")
            await wait_for_screen(pilot, NoteEditorScreen)
            area = app.screen.query_one(NoteArea)
            assert area.size.width > 100  # the width there is, not 80 columns
            long = "runs a cycling club on sundays and wants a sponsor " * 3
            await pilot.press(*long.strip(), "ctrl+j", *"needs: a sponsor #cycling")
            assert area.wrapped_document.height >= 3  # soft-wrapped: every word in sight
            text = screen_text(app)
            assert "Understood:" in text and "needs: a sponsor" in text
            await pilot.press("enter")
            await wait_for_screen(pilot, QueueScreen)
            [note] = store.notes.where("person_id", people["Cai"].id)
            assert note.text.endswith("sponsor\nneeds: a sponsor #cycling")
            assert "cycling" in store.people.get(people["Cai"].id).tags


async def test_the_note_box_fits_at_80_by_24(store_path, run_app):
    with Store(store_path) as store:
        small_event(store)
        async with run_app(store, size=(80, 24)) as (app, pilot):
            await pilot.press("f4", "n")
            await wait_for_screen(pilot, NoteEditorScreen)
            await pilot.press(*"word " * 60)
            text = screen_text(app)
            assert "Enter saves" in text and "Ctrl+J new line" in text
