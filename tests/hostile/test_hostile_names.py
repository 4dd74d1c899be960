"""Hostile names on every screen: shown literally, nothing crashes, no action runs."""

from __future__ import annotations

from datetime import date

import pytest

from mingle.domain.records.models import (
    Attendance,
    AttendanceStatus,
    Event,
    FollowUp,
    Intro,
    MyCard,
    Note,
    Person,
)
from mingle.store.database import Store
from mingle.store.settings import CURRENT_EVENT
from mingle.ui.screens.intros import IntrosScreen
from mingle.ui.screens.note_editor import NoteEditorScreen
from mingle.ui.screens.person import PersonScreen
from mingle.ui.screens.review import ReviewScreen
from tests.ui.screen_text import screen_text

ANN = "Ann [@click=app.quit]x[/]"
BOB = "Bob [CEO]"
DEE = "Dee [/"
EVE_TYPED = "Eve \x1b[31mRed\x1b[0m \x1b]0;pwned\x07Tail"
EVE_SHOWN = "Eve Red Tail"
BOLD = "[b]Not bold[/b] [link=https://evil.example]click[/link]"


@pytest.fixture
def hostile_db(tmp_path):
    path = tmp_path / "hostile.json"
    with Store(path) as store:
        event = Event(name=f"Meetup {BOB}", venue=DEE, date=date.today())
        store.save(MyCard(name=ANN), event)
        store.set_setting(CURRENT_EVENT, event.id)
        people = [Person(name=ANN, company=BOB, offers=[DEE], tags=["[red]"]),
                  Person(name=BOB, title=DEE, company=BOLD),
                  Person(name=DEE, emails=["dee@x.example"]),
                  Person(name=EVE_TYPED, company="\x9b31mCorp")]
        store.save(*people)
        for person in people:
            store.save(Attendance(event_id=event.id, person_id=person.id,
                                  status=AttendanceStatus.PRESENT))
        store.save(Note(person_id=people[0].id, event_id=event.id, text=f"{BOLD}\n{ANN}"),
                   FollowUp(person_id=people[0].id, event_id=event.id,
                            action=f"Email {BOB} [/]"),
                   Intro(a_id=people[0].id, b_id=people[1].id, reason=f"{DEE} needs {ANN}"))
        store.flush()
    return path, [p.id for p in people]


def assert_literal(app, *expected: str) -> None:
    text = screen_text(app)
    for value in expected:
        assert value in text, value
    assert "\x1b" not in text and "pwned" not in text
    assert app.is_running


async def click_everywhere(app, pilot) -> None:
    """Click each visible line: a markup @click action would run here if one existed."""
    for y in range(1, app.size.height - 2, 3):  # not the footer: its keys are real actions
        for x in (4, 14, 40):
            await pilot.click(offset=(x, y))
            if not app.is_running:
                return


async def test_hostile_names_on_every_screen(hostile_db, run_app):
    path, people_ids = hostile_db
    with Store(path) as store:
        async with run_app(store, size=(120, 40)) as (app, pilot):
            await pilot.pause()
            # Check-in
            assert_literal(app, ANN, BOB, DEE, EVE_SHOWN)
            await pilot.press(*"ann", "ctrl+o")
            # Person page: card, notes, follow-ups, introductions
            assert isinstance(app.screen, PersonScreen)
            assert_literal(app, ANN, BOB, DEE, BOLD, "[red]", f"Email {BOB} [/]",
                           f"{DEE} needs {ANN}")
            await click_everywhere(app, pilot)
            assert app.is_running and isinstance(app.screen, PersonScreen)
            await pilot.press("n")
            assert isinstance(app.screen, NoteEditorScreen)
            await pilot.press(*"[b]typed[/b] needs: [@click=app.quit]")
            assert_literal(app, ANN, "[@click=app.quit]")
            await pilot.press("enter", "escape")
            # Queue
            await pilot.press("f4")
            assert_literal(app, ANN, BOB, DEE, EVE_SHOWN)
            await click_everywhere(app, pilot)  # a click on a row opens that person's page
            assert app.is_running
            while isinstance(app.screen, PersonScreen):
                await pilot.press("escape")
            # Introductions (Ann offers what Bob... the pair has an intro stored)
            await pilot.press("f10")
            assert_literal(app, ANN, BOB, f"{DEE} needs {ANN}")
            await click_everywhere(app, pilot)
            while not isinstance(app.screen, IntrosScreen):
                await pilot.press("escape")
            # A person's card as a QR code, and my own card
            app.show_card_of(people_ids[0])
            await pilot.pause()
            assert_literal(app, ANN, BOB)
            await pilot.press("escape", "f8")
            assert_literal(app, ANN)
            await pilot.press("escape")
            # The review: people, follow-ups, introductions
            await pilot.press("f11")
            assert_literal(app, f"Email {BOB} [/]")
            await click_everywhere(app, pilot)
            while not isinstance(app.screen, ReviewScreen):
                await pilot.press("escape")
            # Events screen and the header
            await pilot.press("f2")
            assert_literal(app, f"Meetup {BOB}", DEE)
            await click_everywhere(app, pilot)
            assert app.is_running
            await pilot.press("f1")
            assert app.is_running
        note_texts = [n.text for n in store.notes]
        assert "[b]typed[/b] needs: [@click=app.quit]" in note_texts
