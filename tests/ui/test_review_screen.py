"""The review screen: on the demo event, and acting on follow-ups by keyboard."""

from __future__ import annotations

from datetime import date, timedelta

from mingle.domain.records.models import (
    Attendance,
    AttendanceStatus,
    Event,
    FollowUp,
    MyCard,
    Person,
    QueueState,
    now,
)
from mingle.store.database import Store
from mingle.store.settings import CURRENT_EVENT
from mingle.ui.screens.dialogs import MessageDialog
from mingle.ui.screens.review import ReviewScreen
from tests.ui.screen_text import screen_lines, screen_text
from tests.ui.waiting import wait_for_screen, wait_until


async def test_review_of_last_months_demo_event(demo_path, run_app):
    with Store(demo_path) as store:
        async with run_app(store, size=(110, 120)) as (app, pilot):
            await pilot.press("f11", "left_square_bracket")
            assert isinstance(app.screen, ReviewScreen)
            text = screen_text(app)
            assert "Review — Riverside Makers & Merchants — October" in text
            assert "25 present · 9 met" in text and "1 intros made" in text
            assert "overdue" in text and "Siobhán O'Connor" in text
            assert "[introduced]" in text and "Åsa Lindqvist ↔ Priya Raghunathan" in text
            assert "Losing touch" in text


def hand_made(store: Store) -> dict[str, object]:
    event = Event(name="Meetup", date=date.today())
    ann, bo = Person(name="Ann Lee"), Person(name="Bo Berg")
    later = FollowUp(person_id=ann.id, event_id=event.id, action="send the deck",
                     due=date.today() + timedelta(days=5))
    sooner = FollowUp(person_id=bo.id, event_id=event.id, action="call about the lease",
                      due=date.today() - timedelta(days=1))
    store.save(MyCard(name="Mira"), event, ann, bo, later, sooner)
    for person in (ann, bo):
        store.save(Attendance(event_id=event.id, person_id=person.id,
                              status=AttendanceStatus.PRESENT, queue=QueueState.MET,
                              met_at=now()))
    store.set_setting(CURRENT_EVENT, event.id)
    return {"event": event, "ann": ann, "bo": bo, "later": later, "sooner": sooner}


def followup_rows(app) -> list[str]:
    return [line for line in screen_lines(app) if "call about" in line or "send the deck" in line]


async def test_followups_ordered_done_and_snoozed_persist(store_path, run_app):
    with Store(store_path) as store:
        made = hand_made(store)
        async with run_app(store, size=(110, 40)) as (app, pilot):
            await pilot.press("f11")
            rows = followup_rows(app)
            assert "call about the lease" in rows[0] and "overdue" in rows[0]
            assert "send the deck" in rows[1]
            await pilot.press("z")  # snooze the overdue one: 3 days from today
            await pilot.press("home", "down", "d")  # the deck: done
            await pilot.press("m")
            assert isinstance(app.screen, MessageDialog)
            assert "Hi Ann," in screen_text(app) or "Hi Bo," in screen_text(app)
            await pilot.press("escape")
    with Store(store_path, read_only=True) as store:
        sooner = store.followups.get(made["sooner"].id)
        later = store.followups.get(made["later"].id)
        assert sooner.due == date.today() + timedelta(days=3) and sooner.done_at is None
        assert later.done_at is not None


async def test_losing_touch_list_resets_after_a_new_note(store_path, run_app):
    with Store(store_path) as store:
        old_event = Event(name="Spring", date=date.today() - timedelta(days=60))
        cy = Person(name="Cy Quiet")
        long_ago = now() - timedelta(days=60)
        promise = FollowUp(person_id=cy.id, event_id=old_event.id, action="send intro",
                           due=date.today() - timedelta(days=50), created=long_ago)
        store.save(old_event, cy, promise,
                   Attendance(event_id=old_event.id, person_id=cy.id, queue=QueueState.MET,
                              status=AttendanceStatus.PRESENT, met_at=long_ago))
        store.set_setting(CURRENT_EVENT, old_event.id)
        async with run_app(store, size=(110, 50)) as (app, pilot):
            await pilot.press("f11")
            assert "60 days" in screen_text(app) and "Cy Quiet" in screen_text(app)
            app.open_note(cy.id)
            await pilot.pause()
            await pilot.press(*"caught up over coffee", "enter")
            await pilot.pause()
            text = screen_text(app)
            assert "60 days" not in text
            assert "nobody: you are in touch" in text


async def test_a_long_review_draws_what_is_scrolled_to(store_path, run_app):
    """500 people met: the details are drawn as scrolled (keys), the follow-ups still act."""
    with Store(store_path) as store:
        event = Event(name="Big night", date=date.today())
        people = [Person(name=f"Guest {i:03d}") for i in range(500)]
        start = now() - timedelta(hours=3)
        links = [Attendance(event_id=event.id, person_id=p.id, status=AttendanceStatus.PRESENT,
                            queue=QueueState.MET, met_at=start + timedelta(seconds=20 * i))
                 for i, p in enumerate(people)]
        owed = FollowUp(person_id=people[0].id, event_id=event.id, action="send the deck",
                        due=date.today())
        store.save(event, *people, *links, owed)
        store.set_setting(CURRENT_EVENT, event.id)
        async with run_app(store, size=(100, 30)) as (app, pilot):
            await pilot.press("f11")
            await wait_for_screen(pilot, ReviewScreen)
            text = screen_text(app)
            assert "500 present · 500 met" in text and "Guest 001" in text
            assert "Guest 499" not in text
            await pilot.press("tab", "end")  # to the details, then their end
            await wait_until(pilot, lambda: "Guest 499" in screen_text(app), "the last guest")
            assert "Losing touch" in screen_text(app) and "Guest 001" not in screen_text(app)
            await pilot.press("shift+tab", "d")  # back to the follow-ups: done
            await wait_until(pilot, lambda: store.followups.get(owed.id).done_at is not None,
                             "the follow-up done")
            assert "Guest 499" in screen_text(app)  # the details kept their place


async def test_the_review_is_gathered_again_after_a_change_elsewhere(store_path, run_app):
    """Back on the review after a check-out on the check-in screen: the numbers follow."""
    with Store(store_path) as store:
        made = hand_made(store)
        async with run_app(store, size=(110, 40)) as (app, pilot):
            await pilot.press("f11")
            await wait_until(pilot, lambda: "2 present · 2 met" in screen_text(app), "2 present")
            await pilot.press("f3")
            app.live.toggle_check_in(made["ann"].id)  # what Enter on her row does
            await pilot.press("f11")
            await wait_until(pilot, lambda: "1 present · 2 met" in screen_text(app),
                             "the review gathered again")
