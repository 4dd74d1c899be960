"""The introductions panel: suggestions, the double opt-in steps, dismissing, a restart."""

from __future__ import annotations

from datetime import date

from mingle.domain.records.models import Attendance, AttendanceStatus, Event, IntroState, Person
from mingle.store.database import Store
from mingle.store.settings import CURRENT_EVENT
from mingle.ui.screens.dialogs import MessageDialog
from mingle.ui.screens.intros import IntrosScreen
from tests.ui.screen_text import screen_text
from tests.ui.waiting import wait_for_screen, wait_until


def network(store: Store) -> dict[str, Person]:
    event = Event(name="Meetup", date=date.today())
    people = {
        "Ana": Person(name="Ana Ruiz", needs=["seed funding"], tags=["cycling"]),
        "Val": Person(name="Val Greco", title="Angel investor", offers=["seed investment"],
                      tags=["cycling"]),
        "Bo": Person(name="Bo Lind", needs=["a lawyer"]),
        "Hal": Person(name="Hal Feld", title="Attorney", offers=["contract reviews", "legal"]),
        "Cy": Person(name="Cy Nope", offers=["seed funding"]),
    }
    people["Cy"].consent.intro_ok = False
    store.save(event, *people.values())
    store.set_setting(CURRENT_EVENT, event.id)
    for person in people.values():
        store.save(Attendance(event_id=event.id, person_id=person.id,
                              status=AttendanceStatus.PRESENT))
    return people


async def test_pairs_move_through_every_opt_in_state_and_survive_a_restart(store_path,
                                                                           run_app):
    with Store(store_path) as store:
        people = network(store)
        async with run_app(store, size=(120, 40)) as (app, pilot):
            await pilot.press("f10")
            assert isinstance(app.screen, IntrosScreen)
            text = screen_text(app)
            assert "Ana Ruiz ↔ Val Greco" in text
            assert "Cy Nope" not in text  # withheld intro consent
            # The best pair first; walk it through the whole double opt-in.
            for state in ("asked A", "asked B", "both agreed", "introduced"):
                await pilot.press("home", "a")
                assert f"[{state}]" in screen_text(app)
            [intro] = store.intros.all()
            assert intro.state == IntroState.INTRODUCED
            assert [s.state for s in intro.history] == [
                IntroState.SUGGESTED, IntroState.ASKED_A, IntroState.ASKED_B,
                IntroState.AGREED, IntroState.INTRODUCED]
            # Dismiss the next suggestion: never shown again.
            rows = screen_text(app)
            assert "Bo Lind ↔ Hal Feld" in rows
            await pilot.press("home", "down", "d")
            assert "Bo Lind ↔ Hal Feld" not in screen_text(app)
    with Store(store_path) as store:
        states = sorted(i.state.value for i in store.intros)
        assert states == ["dismissed", "introduced"]
        async with run_app(store, size=(120, 40)) as (app, pilot):
            await pilot.press("f10")
            text = screen_text(app)
            assert "[introduced]" in text and "Bo Lind ↔ Hal Feld" not in text
            assert people["Ana"].name in text


async def test_panel_for_a_person_in_focus_with_a_draft(store_path, run_app):
    with Store(store_path) as store:
        people = network(store)
        async with run_app(store, size=(120, 40)) as (app, pilot):
            app.open_intros_for(people["Bo"].id)
            await pilot.pause()
            text = screen_text(app)
            assert "Who should Bo Lind meet?" in text and "Bo Lind ↔ Hal Feld" in text
            assert "Ana Ruiz ↔ Val Greco" not in text
            await pilot.press("m")
            assert isinstance(app.screen, MessageDialog)
            draft = screen_text(app)
            assert "Bo Lind" in draft and "Hal Feld" in draft
            await pilot.press("escape", "x")  # declined
            [intro] = store.intros.all()
            assert intro.state == IntroState.DECLINED


async def test_a_note_changes_the_pairs_and_an_undo_brings_one_back(store_path, run_app):
    """The index is kept between visits: a note's new need shows at once, as an undo does."""
    with Store(store_path) as store:
        people = network(store)
        async with run_app(store, size=(120, 40)) as (app, pilot):
            await pilot.press("f10")
            await wait_for_screen(pilot, IntrosScreen)
            assert "Ana Ruiz ↔ Hal Feld" not in screen_text(app)
            app.open_note(people["Ana"].id)
            await pilot.pause()
            await pilot.press(*"needs: a lawyer", "enter")
            await wait_until(pilot, lambda: "Ana Ruiz ↔ Hal Feld" in screen_text(app),
                             "the new pair")
            assert "Ana Ruiz ↔ Val Greco" in screen_text(app)
            await pilot.press("home", "d")  # the best pair dismissed, then taken back
            await wait_until(pilot, lambda: len(store.intros) == 1, "the dismissal")
            gone = store.intros.all()[0]
            await pilot.press("ctrl+z")
            await wait_until(pilot, lambda: len(store.intros) == 0, "the undo")
            names = [people[k].name for k in people if people[k].id in (gone.a_id, gone.b_id)]
            await wait_until(pilot, lambda: " ↔ ".join(sorted(names)) in screen_text(app)
                             or " ↔ ".join(sorted(names, reverse=True)) in screen_text(app),
                             "the pair back")
