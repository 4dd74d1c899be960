"""Keys that arrive faster than the screen repaints (a handheld scanner, a quick typist)."""

from __future__ import annotations

from textual import events
from textual.widgets import Input

from mingle.domain.records.models import AttendanceStatus
from mingle.store.database import Store
from mingle.store.settings import CURRENT_EVENT
from mingle.ui.screens.checkin import CheckInScreen
from tests.ui.waiting import wait_for_screen, wait_until


def present(store: Store) -> set[str]:
    event_id = store.setting(CURRENT_EVENT)
    return {store.people.get(a.person_id).name for a in store.attendance.where("event_id", event_id)
            if a.status == AttendanceStatus.PRESENT}


async def test_enter_right_after_typing_checks_in_who_was_typed(demo_path, run_app):
    with Store(demo_path) as store:
        before = present(store)
        async with run_app(store, size=(100, 30)) as (app, pilot):
            await wait_for_screen(pilot, CheckInScreen)
            box = app.screen.query_one("#filter", Input)
            # Every key queued before any is handled, as a terminal delivers a burst.
            for char in "nunez":
                box.post_message(events.Key(char, char))
            app.post_message(events.Key("enter", None))
            await wait_until(pilot, lambda: present(store) != before, "a check-in")
        assert present(store) - before == {"José Ñúñez"}
