"""Pilot flows of the live event: check-in, queue, quick notes, drafts, person page."""

from __future__ import annotations

from datetime import date, timedelta

from mingle.domain.records.models import (
    Attendance,
    AttendanceStatus,
    Event,
    Goals,
    MyCard,
    Note,
    Person,
    QueueState,
    Role,
)
from mingle.services.live_event import draft_of
from mingle.store.database import Store
from mingle.store.settings import CURRENT_EVENT
from mingle.ui.screens.checkin import CheckInScreen
from mingle.ui.screens.dialogs import HelpScreen
from mingle.ui.screens.note_editor import NoteEditorScreen
from mingle.ui.screens.person import PersonScreen
from mingle.ui.screens.queue import QueueScreen
from tests.ui.screen_text import screen_lines, screen_text


def person_named(store: Store, name: str) -> Person:
    return next(p for p in store.people if p.name == name)


def attendance_of(store: Store, person: Person) -> Attendance:
    event_id = store.setting(CURRENT_EVENT)
    return next(a for a in store.attendance.where("person_id", person.id)
                if a.event_id == event_id)


async def test_check_in_by_partial_accented_name_then_undo(demo_path, run_app):
    with Store(demo_path) as store:
        jose = person_named(store, "José Ñúñez")
        async with run_app(store, size=(100, 30)) as (app, pilot):
            assert isinstance(app.screen, CheckInScreen)
            await pilot.press(*"nunez")
            text = screen_text(app)
            assert "José Ñúñez" in text and "1 shown" in text
            await pilot.press("enter")
            assert attendance_of(store, jose).status == AttendanceStatus.PRESENT
            assert attendance_of(store, jose).checked_in_at is not None
            assert "✓" in screen_text(app) and "1 here / 50 expected" in screen_text(app)
            # The filter is cleared for the next guest.
            assert app.screen.query_one("#filter").value == ""
            await pilot.press("ctrl+z")
            assert attendance_of(store, jose).status == AttendanceStatus.EXPECTED
            assert "0 here / 50 expected" in screen_text(app)
            await pilot.press(*"ASA", "enter")
        store.flush()
    with Store(demo_path, read_only=True) as reopened:
        asa = person_named(reopened, "Åsa Lindqvist")
        assert attendance_of(reopened, asa).status == AttendanceStatus.PRESENT
        assert attendance_of(reopened, person_named(reopened, "José Ñúñez")).status == \
            AttendanceStatus.EXPECTED


async def test_walk_in_is_added_and_checked_in(demo_path, run_app):
    with Store(demo_path) as store:
        async with run_app(store, size=(100, 30)) as (app, pilot):
            await pilot.press(*"Wren Ha", "ctrl+n")
            await pilot.press(*"rt", "tab", *"Hartwell Kites", "tab", *"wren@kites.example")
            await pilot.press("enter")
            assert isinstance(app.screen, CheckInScreen)
            wren = person_named(store, "Wren Hart")
            assert wren.company == "Hartwell Kites" and wren.emails == ["wren@kites.example"]
            assert attendance_of(store, wren).status == AttendanceStatus.PRESENT
            assert "Wren Hart" in screen_text(app)
            # The same email again is the same person, not a double.
            await pilot.press("ctrl+n", *"W. Hart", "tab", "tab", *"WREN@kites.example", "enter")
            assert sum(1 for p in store.people if "wren@kites.example" in p.email_keys) == 1


def small_event(store: Store) -> dict[str, Person]:
    """A hand-made event whose queue order was worked out by hand (see the test)."""
    goals = Goals(needs=["seed funding", "a UX designer"], offers=["bookkeeping"],
                  targets=["coffee roasters"])
    event = Event(name="Small meetup", date=date.today(), goals=goals)
    store.save(MyCard(name="Me", interests=["cycling"]), event)
    store.set_setting(CURRENT_EVENT, event.id)
    people = {
        "Ana": Person(name="Ana", offers=["Seed Funding"]),
        "Ben": Person(name="Ben", needs=["bookkeeping help"], tags=["cycling", "chess"]),
        "Cai": Person(name="Cai"),
        "Dee": Person(name="Dee", title="Head roaster", company="Dee Coffee"),
        "Eve": Person(name="Eve", offers=["UX designers"]),
        "Fay": Person(name="Fay"),
        "Gus": Person(name="Gus", offers=["seed funding"]),
        "Hal": Person(name="Hal", offers=["seed funding"]),
    }
    store.save(*people.values())
    for name, person in people.items():
        store.save(Attendance(
            event_id=event.id, person_id=person.id,
            status=AttendanceStatus.EXPECTED if name == "Gus" else AttendanceStatus.PRESENT,
            starred=name == "Cai",
            queue={"Eve": QueueState.MET, "Hal": QueueState.SKIPPED}.get(name,
                                                                          QueueState.TO_MEET)))
    return people


# Worked out by hand from the points in mingle.domain.event.queue:
# Cai 40 (starred) > Ana 25 (offers what I need) > Ben 15 + 4 (needs my offer, shares cycling)
# > Dee 12 (a target) > Fay 0 > Hal 25 - 500 (skipped) > Eve 25 - 1000 (met); Gus is not here.
EXPECTED_ORDER = ["Cai", "Ana", "Ben", "Dee", "Fay", "Hal", "Eve"]


async def test_queue_order_and_reasons_for_a_hand_made_event(store_path, run_app):
    with Store(store_path) as store:
        small_event(store)
        async with run_app(store, size=(100, 30)) as (app, pilot):
            await pilot.press("f4")
            assert isinstance(app.screen, QueueScreen)
            lines = screen_lines(app)
            rows = [line for line in lines if ". " in line and line.strip()[:1].isdigit()]
            names = [row.split(". ", 1)[1].lstrip("▶✓·★ ").split()[0] for row in rows]
            assert names == EXPECTED_ORDER
            text = screen_text(app)
            assert "offers Seed Funding — you need it" in text
            assert "needs bookkeeping help — you offer it · shares: cycling" in text
            assert "you starred them" in text
            assert "one of your targets: coffee roasters" in text
            assert "no match with your goals yet" in text
            assert "7 here · 1 met" in text


async def test_talk_note_met_flow_with_every_inline_syntax(store_path, run_app):
    with Store(store_path) as store:
        people = small_event(store)
        ana = people["Ana"]
        async with run_app(store, size=(100, 30)) as (app, pilot):
            await pilot.press("f4", "down")  # Cai is first; Ana second
            await pilot.press("t")
            assert attendance_of(store, ana).queue == QueueState.TALKING
            assert "Talking with Ana" in screen_text(app)
            await pilot.press("n")
            assert isinstance(app.screen, NoteEditorScreen)
            note = ("Runs a roastery, rides gravel. #coffee #Cycling needs: a designer, "
                    "packaging offers: SEO intros !follow 3d send the deck ++")
            await pilot.press(*note)
            understood = str(app.screen.query_one("#understood").render())
            for part in ("coffee", "a designer", "SEO intros", "send the deck", "++"):
                assert part in understood
            await pilot.press("enter")
            assert isinstance(app.screen, QueueScreen)
            [saved] = store.notes.where("person_id", ana.id)
            assert saved.text == note and saved.rating == 2
            assert saved.tags == ["coffee", "Cycling"]
            updated = store.people.get(ana.id)
            assert updated.needs == ["a designer", "packaging"]
            assert updated.offers == ["Seed Funding", "SEO intros"]
            assert updated.tags == ["coffee", "Cycling"]
            [followup] = store.followups.where("person_id", ana.id)
            assert followup.due == date.today() + timedelta(days=3)
            assert followup.action == "send the deck"
            await pilot.press("m")
            met = attendance_of(store, ana)
            assert met.queue == QueueState.MET and met.met_at is not None
            assert met.talking_since is None and met.talk_seconds >= 0
            assert "2 met" in screen_text(app)
            rows = [line for line in screen_lines(app) if ". " in line]
            # Met people sink below everyone still to meet (Ana 29 - 1000 > Eve 25 - 1000).
            assert "Ana" in rows[-2] and "Eve" in rows[-1]


async def test_draft_survives_escape_and_a_restart(store_path, run_app):
    with Store(store_path) as store:
        people = small_event(store)
        async with run_app(store, size=(100, 30)) as (app, pilot):
            await pilot.press("f4", "n", *"half a thought about Cai")
            await pilot.press("escape")
            assert isinstance(app.screen, QueueScreen)
            assert draft_of(store, people["Cai"].id) == "half a thought about Cai"
            assert not store.notes.where("person_id", people["Cai"].id)
    with Store(store_path) as store:
        async with run_app(store, size=(100, 30)) as (app, pilot):
            await pilot.press("f4", "n")
            assert app.screen.query_one("#note").text == "half a thought about Cai"
            await pilot.press(*", done", "enter")
            [note] = store.notes.where("person_id", people["Cai"].id)
            assert note.text == "half a thought about Cai, done"
            assert draft_of(store, people["Cai"].id) == ""


async def test_quitting_mid_note_keeps_the_text(store_path, run_app):
    with Store(store_path) as store:
        people = small_event(store)
        async with run_app(store, size=(100, 30)) as (_, pilot):
            await pilot.press("f4", "n", *"typed then quit")
            await pilot.press("ctrl+q")
    with Store(store_path, read_only=True) as store:
        assert draft_of(store, people["Cai"].id) == "typed then quit"


async def test_quick_capture_of_someone_new(store_path, run_app):
    with Store(store_path) as store:
        small_event(store)
        async with run_app(store, size=(100, 30)) as (app, pilot):
            await pilot.press("f4", "f5", *"Ola Berg", "tab", *"Fjord Tea", "tab", "tab", "tab")
            await pilot.press(*"imports tea offers: tea tastings #tea", "enter")
            ola = person_named(store, "Ola Berg")
            assert ola.company == "Fjord Tea" and ola.offers == ["tea tastings"]
            attendance = attendance_of(store, ola)
            assert attendance.status == AttendanceStatus.PRESENT
            assert attendance.queue == QueueState.MET
            assert [n.text for n in store.notes.where("person_id", ola.id)] == [
                "imports tea offers: tea tastings #tea"]
            assert "Ola Berg" in screen_text(app)


async def test_person_page_shows_notes_newest_first_and_edits(demo_path, run_app):
    with Store(demo_path) as store:
        asa = person_named(store, "Åsa Lindqvist")
        async with run_app(store, size=(100, 40)) as (app, pilot):
            await pilot.press(*"asa l", "ctrl+o")
            assert isinstance(app.screen, PersonScreen)
            text = screen_text(app)
            assert "Åsa Lindqvist" in text and "Lindqvist Ceramics" in text
            assert "Riverside Makers & Merchants — October" in text  # an earlier event
            assert "Follow-ups" in text and "Introductions" in text
            older = Note(person_id=asa.id, text="first", created=asa.created - timedelta(days=400))
            store.save(older)
            await pilot.press("n", *"newest note", "enter")
            lines = screen_lines(app)
            newest = next(i for i, line in enumerate(lines) if "newest note" in line)
            oldest = next(i for i, line in enumerate(lines) if line.strip() == "first")
            assert newest < oldest
            await pilot.press("e")
            app.screen.query_one("#title").value = "Ceramicist, teacher"
            await pilot.press("enter")
            assert store.people.get(asa.id).title == "Ceramicist, teacher"
            assert "Ceramicist, teacher" in screen_text(app)
            await pilot.press("escape")
            assert isinstance(app.screen, CheckInScreen)


async def test_help_and_palette_name_every_live_action(demo_path, run_app):
    with Store(demo_path) as store:
        async with run_app(store, size=(100, 40)) as (app, pilot):
            await pilot.press("f1")
            assert isinstance(app.screen, HelpScreen)
            text = screen_text(app)
            for title in ("Check in / out", "Undo", "Walk-in", "Quick note",
                          "Person page", "Queue", "Someone new", "Events"):
                assert title in text
            await pilot.press("escape", "f4")
            titles = {c.title for c in app.get_system_commands(app.screen)}
            assert {"Check-in", "Queue", "Quick note", "Talk", "Met", "Skip", "Snooze",
                    "Star", "Someone new"} <= titles


async def test_wording_follows_the_role(store_path, run_app):
    with Store(store_path) as store:
        small_event(store)
        async with run_app(store, size=(100, 30)) as (app, pilot):
            text = screen_text(app)
            assert "Who's here" in text and "7 here / 8 expected" in text
            assert "not checked in yet" in text and "I'm here" in text
            await pilot.press("ctrl+g")
            assert app.current_event.started is not None
            assert "You are checked in since" in screen_text(app)
            host = app.current_event.evolve(role=Role.HOST)
            store.save(host)
            app.screen.reload()
            await pilot.pause()
            text = screen_text(app)
            assert "Check-in — guests at the door" in text and "7 checked in / 8 expected" in text
            assert "I'm here" not in text
