"""The People screen: search across every event as you type, each row saying why."""

from __future__ import annotations

import threading

from mingle.store.database import Store
from mingle.ui import network as network_module
from mingle.ui.screens.note_editor import NoteEditorScreen
from mingle.ui.screens.people import NOT_READY, PeopleScreen
from mingle.ui.screens.person import PersonScreen
from tests.ui.screen_text import screen_text
from tests.ui.waiting import wait_for_screen, wait_until


async def open_people(pilot) -> PeopleScreen:
    await pilot.press("f12")
    await wait_for_screen(pilot, PeopleScreen)
    await wait_until(pilot, lambda: pilot.app.network.ready, "the search index")
    return pilot.app.screen


async def search(pilot, text: str) -> None:
    box = pilot.app.screen.query_one("#people-query")
    box.value = ""
    await pilot.press(*["space" if c == " " else c for c in text])
    await wait_until(pilot, lambda: box.value == text, f"{text!r} typed")


def shown_names(screen: PeopleScreen) -> list[str]:
    return [screen.app.store.people.get(i).display_name for i in screen._ids]


async def test_word_from_an_earlier_events_note_tag_need_and_accents(demo_path, run_app):
    with Store(demo_path) as store:
        async with run_app(store, size=(100, 30)) as (app, pilot):
            screen = await open_people(pilot)
            assert app.focused is screen.query_one("#people-query")
            await search(pilot, "shoebox")  # only in a note from the October event
            assert shown_names(screen) == ["José Ñúñez"]
            text = screen_text(app)
            assert "note, Riverside Makers & Merchants — October" in text
            assert "his books are 'a shoebox'" in text
            await search(pilot, "nunez")
            assert shown_names(screen)[0] == "José Ñúñez"
            await search(pilot, "#jewel")
            assert shown_names(screen) == ["María José Herrera"]
            assert "tag: jewelry" in screen_text(app)
            await search(pilot, "needs:seed")
            assert "Ngozi Okafor" in shown_names(screen) and len(shown_names(screen)) == 4
            await search(pilot, "needs:design at:october")  # a filter combination
            assert shown_names(screen) == ["Åsa Lindqvist", "Ben Okonkwo-Hart"]
            await search(pilot, "bike")  # card fields rank before notes
            names = shown_names(screen)
            assert names.index("Diego Alvarado") < names.index("Åsa Lindqvist")
            await pilot.press("escape")
            await wait_until(pilot, lambda: not isinstance(app.screen, PeopleScreen), "back")


async def test_a_note_just_written_is_found_at_once(demo_path, run_app):
    with Store(demo_path) as store:
        async with run_app(store, size=(100, 30)) as (app, pilot):
            screen = await open_people(pilot)
            await search(pilot, "thao")
            assert shown_names(screen) == ["Thảo Nguyễn"]
            await pilot.press("enter")
            await wait_for_screen(pilot, PersonScreen)
            await pilot.press("n")
            await wait_for_screen(pilot, NoteEditorScreen)
            await pilot.press(*"zebrafish", "enter")
            await wait_for_screen(pilot, PersonScreen)
            await pilot.press("escape")
            await wait_for_screen(pilot, PeopleScreen)
            assert shown_names(screen) == ["Thảo Nguyễn"]  # the highlight kept
            await search(pilot, "zebra")
            assert shown_names(screen) == ["Thảo Nguyễn"]
            assert "zebrafish" in screen_text(app)


async def test_searching_before_the_index_is_ready_says_so(demo_path, run_app, monkeypatch):
    release = threading.Event()
    build = network_module.build_index

    def slow_build(taken):
        release.wait(30)
        return build(taken)

    monkeypatch.setattr(network_module, "build_index", slow_build)
    with Store(demo_path) as store:
        async with run_app(store, size=(100, 30)) as (app, pilot):
            await pilot.press("f12")  # the app answers at once, index or not
            await wait_for_screen(pilot, PeopleScreen)
            await search(pilot, "kwame")
            assert not app.network.ready
            assert NOT_READY[:40] in screen_text(app)
            release.set()
            await wait_until(pilot, lambda: shown_names(app.screen)[:1] == ["Kwame Mensah"],
                             "the results once the index is ready")


async def test_hostile_names_and_notes_show_literally(store_path, run_app):
    from mingle.domain.records.models import Note, Person

    with Store(store_path) as store:
        odd = Person(name="Ann [@click=app.quit]x[/]", company="[b]Bold[/b] Co")
        store.save(odd, Note(person_id=odd.id, text="a [red]kiln[/red] \x1b[31m story")).result()
        async with run_app(store, size=(100, 30)) as (app, pilot):
            screen = await open_people(pilot)
            await search(pilot, "kiln")
            assert shown_names(screen) == ["Ann [@click=app.quit]x[/]"]
            text = screen_text(app)
            assert "Ann [@click=app.quit]x[/]" in text and "[b]Bold[/b] Co" in text
            assert "a [red]kiln[/red]" in text
            await search(pilot, "click")
            assert shown_names(screen) == ["Ann [@click=app.quit]x[/]"]
            assert app.is_running


async def test_people_and_follow_ups_from_the_command_palette(demo_path, run_app):
    from textual.command import CommandList, CommandPalette

    from mingle.ui.screens.followups import FollowUpsScreen

    with Store(demo_path) as store:
        async with run_app(store, size=(100, 30)) as (app, pilot):
            for title, kind in (("People", PeopleScreen), ("Follow-ups", FollowUpsScreen)):
                await pilot.press("ctrl+p")
                await wait_for_screen(pilot, CommandPalette)
                await pilot.press(*title)
                await wait_until(pilot, lambda: app.screen.query_one(CommandList).option_count,
                                 "the palette's matches")
                await pilot.press("enter")
                await wait_for_screen(pilot, kind)
                await pilot.press("escape")
                await wait_until(pilot, lambda k=kind: not isinstance(app.screen, k), "back")


async def test_the_lexicon_of_needs_is_read_off_the_ui_thread_before_the_index(
        demo_path, run_app, monkeypatch):
    from mingle.domain.introductions import concepts

    readers: list[str] = []
    read = concepts._load

    def reading():
        readers.append(threading.current_thread().name)
        return read()

    monkeypatch.setattr(concepts, "_lexicon", None)  # as at a start: not read yet
    monkeypatch.setattr(concepts, "_load", reading)
    with Store(demo_path) as store:
        async with run_app(store, size=(100, 30)) as (app, pilot):
            await wait_until(pilot, lambda: app.network.ready, "the search index")
            assert readers and readers[0] != threading.main_thread().name
