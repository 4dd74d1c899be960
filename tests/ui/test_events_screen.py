"""Pilot flows on the events screen: list, create, edit, choose the current event."""

from __future__ import annotations

from datetime import date

from textual.widgets import DataTable, Input

from mingle.domain.records.models import Event, Goals, MyCard, Role
from mingle.store.database import Store
from mingle.store.settings import CURRENT_EVENT
from mingle.ui.screens.dialogs import HelpScreen
from mingle.ui.screens.event_form import EventFormScreen
from mingle.ui.screens.events import EventsScreen
from tests.ui.screen_text import screen_text


def table_names(app) -> list[str]:
    table = app.screen.query_one(DataTable)
    return [table.get_row_at(i)[2].plain for i in range(table.row_count)]


async def test_demo_lists_events_newest_first_with_current_marked(demo_path, run_app):
    with Store(demo_path) as store:
        async with run_app(store, size=(80, 24)) as (app, pilot):
            await pilot.press("f2")
            assert isinstance(app.screen, EventsScreen)
            names = table_names(app)
            assert names[0].startswith("Riverside Makers & Merchants — Nov")
            assert names[1].startswith("Riverside Makers & Merchants — Oct")
            table = app.screen.query_one(DataTable)
            assert table.get_row_at(0)[0].plain == "●"
            assert table.get_row_at(1)[4].plain.strip() == "25/25"
            assert "November" in app.sub_title


async def test_create_event_with_goals_becomes_current_and_persists(store_path, run_app):
    with Store(store_path) as store:
        store.save(MyCard(name="Me", goals=Goals(needs=["a designer"])))
        async with run_app(store, size=(80, 24)) as (app, pilot):
            await pilot.press("n")
            assert isinstance(app.screen, EventFormScreen)
            # The user's default goals are offered for the new event.
            assert app.screen.query_one("#needs", Input).value == "a designer"
            await pilot.press(*"Founders' Breakfast")
            await pilot.press("tab")
            app.screen.query_one("#date", Input).value = ""
            await pilot.press(*"2026-12-03", "tab", *"Old Mill Café", "enter")
            await pilot.pause()
            assert isinstance(app.screen, EventsScreen)
            assert table_names(app) == ["Founders' Breakfast"]
            assert "Founders' Breakfast" in app.sub_title
    with Store(store_path, read_only=True) as reopened:
        [event] = reopened.events.all()
        assert event.name == "Founders' Breakfast"
        assert event.date == date(2026, 12, 3)
        assert event.venue == "Old Mill Café"
        assert event.goals.needs == ["a designer"]
        assert reopened.setting(CURRENT_EVENT) == event.id


async def test_form_refuses_missing_name_and_bad_date(store_path, run_app):
    with Store(store_path) as store:
        async with run_app(store, size=(80, 24)) as (app, pilot):
            await pilot.press("n", "enter")
            assert isinstance(app.screen, EventFormScreen)
            assert "needs a name" in str(app.screen.query_one("#form-error").render())
            await pilot.press(*"Meetup")
            app.screen.query_one("#date", Input).value = "next friday"
            await pilot.press("enter")
            assert isinstance(app.screen, EventFormScreen)
            assert "Not a date" in str(app.screen.query_one("#form-error").render())
            await pilot.press("escape")
            assert isinstance(app.screen, EventsScreen)
        assert len(store.events) == 0


async def test_edit_and_choose_event(store_path, run_app):
    with Store(store_path) as store:
        first = Event(name="First", date=date(2026, 1, 1))
        second = Event(name="Second", date=date(2026, 2, 1), role=Role.HOST)
        store.save(first, second)
        store.set_setting(CURRENT_EVENT, second.id)
        async with run_app(store, size=(100, 30)) as (app, pilot):
            await pilot.press("f2")
            assert table_names(app) == ["Second", "First"]
            await pilot.press("down", "enter")
            assert store.setting(CURRENT_EVENT) == first.id
            assert "First" in app.sub_title
            await pilot.press("e")
            name = app.screen.query_one("#name", Input)
            name.value = "First, renamed"
            await pilot.press("enter")
            await pilot.pause()
            assert store.events.get(first.id).name == "First, renamed"
            assert "First, renamed" in app.sub_title
        store.flush()
    with Store(store_path, read_only=True) as reopened:
        assert reopened.events.get(first.id).name == "First, renamed"


async def test_help_and_palette_list_the_screen_commands(store_path, run_app):
    with Store(store_path) as store:
        async with run_app(store, size=(80, 24)) as (app, pilot):
            await pilot.press("f1")
            assert isinstance(app.screen, HelpScreen)
            text = screen_text(app)
            for title in ("New event", "Edit event", "Choose", "Events"):
                assert title in text
            await pilot.press("end")  # at 80×24 the list scrolls
            await pilot.pause()
            assert "Quit" in screen_text(app)
            await pilot.press("escape")
            titles = [c.title for c in app.get_system_commands(app.screen)]
            assert {"New event", "Edit event", "Choose", "Events", "Help", "Quit"} <= set(titles)


async def test_ctrl_q_quits_at_once(store_path, run_app):
    with Store(store_path) as store:
        async with run_app(store) as (app, pilot):
            await pilot.press("n", *"Half-typed")
            assert isinstance(app.screen, EventFormScreen)
            await pilot.press("ctrl+q")
            await pilot.pause()
            assert not app.is_running
        assert app.return_code == 0


async def test_hostile_event_name_is_shown_literally(store_path, run_app):
    hostile = "Ann [@click=app.quit]x[/] \x1b]0;pwned\x07[b]bold?[/b]"
    with Store(store_path) as store:
        event = Event(name=hostile, venue="Dee [/")
        store.save(event)
        store.set_setting(CURRENT_EVENT, event.id)
        async with run_app(store, size=(100, 30)) as (app, pilot):
            await pilot.press("f2")
            assert table_names(app) == ["Ann [@click=app.quit]x[/] [b]bold?[/b]"]
            detail = str(app.screen.query_one("#event-detail").render())
            assert "Ann [@click=app.quit]x[/]" in detail and "Dee [/" in detail
            assert "\x1b" not in detail
            await pilot.click("#event-detail")
            assert app.is_running
            assert "[@click=app.quit]" in app.sub_title
