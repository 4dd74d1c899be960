"""Actions follow their target, and Ctrl+Z undoes the last actions of each screen."""

from __future__ import annotations

from datetime import date, timedelta

from mingle.domain.records.models import (
    Attendance,
    AttendanceStatus,
    Event,
    FollowUp,
    IntroState,
    QueueState,
)
from mingle.store.database import Store
from mingle.store.settings import CURRENT_EVENT
from mingle.ui.screens.checkin import CheckInScreen
from mingle.ui.screens.intros import IntrosScreen
from mingle.ui.screens.queue import QueueScreen
from mingle.ui.screens.review import ReviewScreen
from tests.ui.screen_text import screen_text
from tests.ui.test_intros_screen import network
from tests.ui.test_live_event import small_event
from tests.ui.waiting import wait_for_screen, wait_until


def attendance(store: Store, person) -> Attendance:
    return next(iter(store.attendance.where("person_id", person.id)))


def toasts(app) -> str:
    return "\n".join(str(n.message) for n in app._notifications)


async def test_the_intro_highlight_follows_its_pair_and_each_step_undoes(store_path,
                                                                        run_app):
    with Store(store_path) as store:
        people = network(store)
        async with run_app(store, size=(120, 40)) as (app, pilot):
            await pilot.press("f10")
            await wait_for_screen(pilot, IntrosScreen)
            screen = app.screen
            await pilot.press("down")  # the second pair: tracked, it moves to the top
            pair = screen._pair(screen._current())
            await pilot.press("a")
            assert screen._pair(screen._current()) == pair
            assert screen.query_one("#intros").cursor == 0
            await pilot.press("a")  # the same pair again, now asked B
            [intro] = store.intros.all()
            assert frozenset((intro.a_id, intro.b_id)) == pair
            assert intro.state == IntroState.ASKED_B
            await pilot.press("ctrl+z")
            assert store.intros.all()[0].state == IntroState.ASKED_A
            assert "Undone: asked B:" in toasts(app)
            await pilot.press("ctrl+z")
            assert store.intros.all() == []
            assert screen._pair(screen._current()) == pair
            # Dismiss and decline are undone the same way.
            await pilot.press("d")
            assert store.intros.all()[0].state == IntroState.DISMISSED
            await pilot.press("ctrl+z")
            assert store.intros.all() == []
            await pilot.press("x", "ctrl+z")
            assert store.intros.all() == []
            assert people  # (the network stays as it was)


async def test_queue_actions_undo_several_levels_and_snooze_says_until(store_path, run_app):
    with Store(store_path) as store:
        people = small_event(store)
        async with run_app(store, size=(100, 30)) as (app, pilot):
            await pilot.press("f4")
            await wait_for_screen(pilot, QueueScreen)
            cai, ana, ben = people["Cai"], people["Ana"], people["Ben"]
            await pilot.press("m")  # Cai met; Ana is highlighted next
            assert attendance(store, cai).queue == QueueState.MET
            await pilot.press("z")  # Ana snoozed
            until = attendance(store, ana).snoozed_until
            assert f"Ana snoozed until {until:%H:%M}" in toasts(app)
            await wait_until(pilot, lambda: "snoozed (1): Ana until" in screen_text(app),
                             "the snoozed line")
            await pilot.press("f")  # Ben starred
            assert attendance(store, ben).starred
            await pilot.press("s")
            assert attendance(store, ben).queue == QueueState.SKIPPED
            for undone in ("skipped Ben", "starred Ben", "snoozed Ana", "met Cai"):
                await pilot.press("ctrl+z")
                assert f"Undone: {undone}" in toasts(app)
            assert attendance(store, ben).queue == QueueState.TO_MEET
            assert not attendance(store, ben).starred
            assert attendance(store, ana).queue == QueueState.TO_MEET
            assert attendance(store, cai).queue == QueueState.TO_MEET
            assert "snoozed (" not in screen_text(app)
            # The highlight is on the person given back.
            assert app.screen.highlighted_person_id() == cai.id
            # A note is undone too (the note and what it added to the person).
            await pilot.press("n", *"loves chess #chess", "enter")
            assert [n.text for n in store.notes.where("person_id", cai.id)]
            assert "chess" in store.people.get(cai.id).tags
            await pilot.press("ctrl+z")
            assert list(store.notes.where("person_id", cai.id)) == []
            assert "chess" not in store.people.get(cai.id).tags
            await pilot.press("ctrl+z")
            assert "Nothing to undo" in toasts(app)


async def test_a_walk_in_undone_is_gone_from_the_list(store_path, run_app):
    with Store(store_path) as store:
        small_event(store)
        async with run_app(store, size=(100, 30)) as (app, pilot):
            await wait_for_screen(pilot, CheckInScreen)
            await pilot.press("ctrl+n", *"Marcus Bell", "enter")
            await wait_for_screen(pilot, CheckInScreen)
            assert "Marcus Bell" in screen_text(app)
            await pilot.press(*"gus", "enter")
            await pilot.press("ctrl+z", "ctrl+z")
            status = str(app.screen.query_one("#checkin-status").render())
            assert "Undone: added Marcus Bell" in status
            assert "Marcus Bell" not in "\n".join(screen_text(app).splitlines()[:-3])
            assert not [p for p in store.people if p.name == "Marcus Bell"]
            assert not any(a.person_id not in store.people for a in store.attendance)


async def test_quick_capture_merges_and_undoes(store_path, run_app):
    with Store(store_path) as store:
        people = small_event(store)
        store.save(people["Fay"].evolve(emails=["fay@x.example"]))
        async with run_app(store, size=(100, 30)) as (app, pilot):
            await pilot.press("f4")
            await wait_for_screen(pilot, QueueScreen)
            await pilot.press("f5", *"Fay Flores", "tab", "tab", *"fay@x.example", "tab",
                              *"+1 555 0100", "tab", *"met at the bar", "enter")
            await wait_for_screen(pilot, QueueScreen)
            assert "Merged into Fay (met)" in toasts(app)
            fay = store.people.get(people["Fay"].id)
            assert fay.phones and len(store.people) == 8
            await pilot.press("ctrl+z")
            assert store.people.get(fay.id).phones == []
            assert attendance(store, fay).queue == QueueState.TO_MEET
            assert list(store.notes.where("person_id", fay.id)) == []


async def test_review_done_snooze_and_due_undo_and_done_reopens(store_path, run_app):
    with Store(store_path) as store:
        people = small_event(store)
        earlier = Event(name="Earlier", date=date.today() - timedelta(days=40))
        late = FollowUp(person_id=people["Ana"].id, event_id=earlier.id, action="send deck",
                        due=date.today() - timedelta(days=10))
        soon = FollowUp(person_id=people["Ben"].id, event_id=store.setting(CURRENT_EVENT),
                        action="book a call", due=date.today() + timedelta(days=1))
        store.save(earlier, late, soon)
        async with run_app(store, size=(100, 30)) as (app, pilot):
            await pilot.press("f11")
            await wait_for_screen(pilot, ReviewScreen)
            # Overdue from an earlier event: on this review, no [ needed.
            assert "send deck" in screen_text(app)
            await pilot.press("d")
            assert store.followups.get(late.id).done_at is not None
            assert "send deck" in screen_text(app)
            # Done sinks to the end; the highlight moves on to the next one to act on.
            assert app.screen._current().id == soon.id
            await pilot.press("end", "d")  # open again
            assert store.followups.get(late.id).done_at is None
            assert app.screen._current().id == late.id
            await pilot.press("z")
            assert store.followups.get(late.id).due > late.due
            await pilot.press("ctrl+z", "ctrl+z", "ctrl+z")
            assert store.followups.get(late.id).due == late.due
            assert store.followups.get(late.id).done_at is None
            assert store.setting(CURRENT_EVENT) != earlier.id
            assert AttendanceStatus.PRESENT  # (the event stays the current one)
