"""The follow-ups inbox: every event's follow-ups in one list, each change undoable."""

from __future__ import annotations

from datetime import date, timedelta

from mingle.domain.records.models import Event, FollowUp, Person, now
from mingle.store.database import Store
from mingle.ui.screens.followups import FollowUpsScreen
from mingle.ui.screens.form import FormScreen
from tests.ui.screen_text import screen_text
from tests.ui.waiting import wait_for_screen, wait_until

TODAY = date.today()


def two_events(store: Store) -> dict[str, FollowUp]:
    september, october = Event(name="September Meetup"), Event(name="October Meetup")
    ann, bo, cy = Person(name="Ann Lee"), Person(name="Bo Berg"), Person(name="Cy Dale")
    made = {
        "overdue": FollowUp(person_id=ann.id, event_id=september.id, action="send the deck",
                            due=TODAY - timedelta(days=4)),
        "due": FollowUp(person_id=bo.id, event_id=october.id, action="call about the lease",
                        due=TODAY + timedelta(days=2)),
        "later": FollowUp(person_id=cy.id, event_id=october.id, action="coffee in spring",
                          due=TODAY + timedelta(days=40)),
        "done": FollowUp(person_id=cy.id, event_id=september.id, action="thank for the intro",
                         due=TODAY - timedelta(days=20), done_at=now()),
    }
    store.save(september, october, ann, bo, cy, *made.values()).result()
    return made


def actions(screen: FollowUpsScreen) -> list[str]:
    return [f.action for f in screen._rows]


def highlighted(screen: FollowUpsScreen) -> str:
    return screen.current().action


async def test_inbox_across_two_events_done_snooze_due_reopen_and_undo(store_path, run_app):
    with Store(store_path) as store:
        made = two_events(store)
        async with run_app(store, size=(110, 30)) as (app, pilot):
            await pilot.press("ctrl+f")
            await wait_for_screen(pilot, FollowUpsScreen)
            screen = app.screen
            assert actions(screen) == ["send the deck", "call about the lease",
                                       "coffee in spring"]
            text = screen_text(app)
            assert "September Meetup" in text and "October Meetup" in text
            assert "1 overdue · 1 due this week · 1 later · 1 done" in text
            await pilot.press("d")  # the overdue one: done, the next one is highlighted
            await wait_until(pilot, lambda: "send the deck" not in actions(screen), "done")
            assert highlighted(screen) == "call about the lease"
            assert store.followups.get(made["overdue"].id).done_at is not None
            await pilot.press("ctrl+z")
            await wait_until(pilot, lambda: "send the deck" in actions(screen), "undone")
            assert highlighted(screen) == "send the deck"
            assert store.followups.get(made["overdue"].id).done_at is None
            await pilot.press("down", "z")  # snooze the lease call 3 days
            await wait_until(pilot, lambda: store.followups.get(made["due"].id).due
                             == TODAY + timedelta(days=5), "snoozed")
            assert highlighted(screen) == "call about the lease"
            await pilot.press("e")
            await wait_for_screen(pilot, FormScreen)
            await pilot.press("ctrl+u", *"8w", "enter")  # after the spring coffee now
            await wait_for_screen(pilot, FollowUpsScreen)
            assert actions(screen)[-1] == "call about the lease"
            assert highlighted(screen) == "call about the lease"  # the highlight followed it
            assert store.followups.get(made["due"].id).due == TODAY + timedelta(weeks=8)
            await pilot.press("ctrl+z", "ctrl+z")  # back to the due date it had
            await wait_until(pilot, lambda: store.followups.get(made["due"].id).due
                             == TODAY + timedelta(days=2), "both undone")
            await pilot.press("v")  # the done ones
            await wait_until(pilot, lambda: screen.showing_done, "the done list")
            assert actions(screen) == ["thank for the intro"]
            await pilot.press("d")  # open it again
            await wait_until(pilot, lambda: store.followups.get(made["done"].id).done_at is None,
                             "reopened")
            assert actions(screen) == []
            await pilot.press("escape")
            await wait_until(pilot, lambda: not isinstance(app.screen, FollowUpsScreen), "back")
    with Store(store_path, read_only=True) as store:  # on disk
        assert store.followups.get(made["done"].id).done_at is None
        assert store.followups.get(made["overdue"].id).done_at is None
        assert store.followups.get(made["due"].id).due == TODAY + timedelta(days=2)
