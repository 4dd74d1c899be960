"""The door: ranked matches, a check-out that asks first, ticket scans, counts defined once."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from mingle.domain.records.models import Attendance, AttendanceStatus, Event, Person, Role
from mingle.services.transfer import import_attendees, read_import_file
from mingle.store.database import Store
from mingle.store.settings import CURRENT_EVENT
from mingle.ui.screens.checkin import CheckInScreen
from mingle.ui.screens.queue import QueueScreen
from tests.ui.screen_text import screen_text
from tests.ui.waiting import wait_for_screen, wait_until

FIXTURES = Path(__file__).parent.parent / "fixtures"


def door(store: Store, role: Role = Role.HOST) -> dict[str, Person]:
    event = Event(name="Door", date=date.today(), role=role)
    people = {p.name.split()[0]: p for p in (
        Person(name="Oliver Grant", company="Grant & Vale"),
        Person(name="Valentina Greco", company="Greco Pasta"),
        Person(name="Amara Diallo", company="Diallo Textiles"),
        Person(name="Mark Hill", company="Hill Farm"),
        Person(name="Zoë Castellanos", company="Castellanos Wines",
               extra={"Ticket Type": "VIP", "Barcode #": "834120017", "Order #": "5001"}),
        Person(name="Ines Silva", extra={"qr_code_url": "https://lu.ma/check-in/evt-9?pk=g-Q7X2",
                                         "api_id": "gst-042", "ticket_name": "Standard"}),
        Person(name="Ana Pike", extra={"Order #": "5002"}),
        Person(name="Bo Pike", extra={"Order #": "5002"}),
    )}
    store.save(event, *people.values())
    store.set_setting(CURRENT_EVENT, event.id)
    store.save(*(Attendance(event_id=event.id, person_id=p.id) for p in people.values()))
    return people


def status(store: Store, person: Person) -> AttendanceStatus:
    return next(iter(store.attendance.where("person_id", person.id))).status


def said(app) -> str:
    return str(app.screen.query_one("#checkin-status").render())


async def test_enter_checks_in_the_best_match_not_the_first_in_the_alphabet(store_path,
                                                                            run_app):
    with Store(store_path) as store:
        people = door(store)
        async with run_app(store, size=(80, 24)) as (app, pilot):
            await wait_for_screen(pilot, CheckInScreen)
            await pilot.press(*"val", "enter")
            assert status(store, people["Valentina"]) == AttendanceStatus.PRESENT
            assert status(store, people["Oliver"]) == AttendanceStatus.EXPECTED
            assert status(store, people["Ana"]) == AttendanceStatus.EXPECTED
            # The filter is empty again for the next guest.
            assert app.screen.query_one("#filter").value == ""
            await pilot.press(*"mar", "enter")
            assert status(store, people["Mark"]) == AttendanceStatus.PRESENT
            assert status(store, people["Amara"]) == AttendanceStatus.EXPECTED
            await pilot.press(*"amara diallo", "enter")
            assert status(store, people["Amara"]) == AttendanceStatus.PRESENT


async def test_a_second_enter_asks_before_checking_out(store_path, run_app):
    with Store(store_path) as store:
        people = door(store)
        zoe = people["Zoë"]
        async with run_app(store, size=(80, 24)) as (app, pilot):
            await wait_for_screen(pilot, CheckInScreen)
            await pilot.press(*"zoe", "enter")
            assert status(store, zoe) == AttendanceStatus.PRESENT
            assert "Zoë Castellanos (VIP)" in said(app)
            await pilot.press(*"zoe", "enter")
            assert status(store, zoe) == AttendanceStatus.PRESENT
            assert "Zoë Castellanos is here since" in said(app)
            assert "Enter again checks Zoë out, Esc keeps Zoë in" in said(app)
            await pilot.press("escape")
            assert status(store, zoe) == AttendanceStatus.PRESENT
            assert "Kept Zoë Castellanos in" in said(app)
            await pilot.press(*"zoe", "enter", "enter")
            assert status(store, zoe) == AttendanceStatus.EXPECTED
            assert "Checked out: Zoë Castellanos" in said(app)
            # The ticket type is on the list too.
            assert "VIP" in screen_text(app)


async def test_the_filter_is_empty_when_coming_back(store_path, run_app):
    with Store(store_path) as store:
        door(store)
        async with run_app(store, size=(80, 24)) as (app, pilot):
            await wait_for_screen(pilot, CheckInScreen)
            await pilot.press(*"ol", "f4")
            await wait_for_screen(pilot, QueueScreen)
            await pilot.press("f3")
            await wait_for_screen(pilot, CheckInScreen)
            assert app.screen.query_one("#filter").value == ""
            await pilot.press(*"mark", "enter")
            assert "Checked in: Mark Hill" in said(app)


async def test_scanned_tickets_check_in_at_once_and_say_who(store_path, run_app):
    with Store(store_path) as store:
        people = door(store)
        async with run_app(store, size=(80, 24)) as (app, pilot):
            await wait_for_screen(pilot, CheckInScreen)
            bells = []
            app.bell = lambda: bells.append(1)  # the cue a scanner's user hears
            await pilot.press(*"834120017", "enter")  # Eventbrite barcode
            assert status(store, people["Zoë"]) == AttendanceStatus.PRESENT
            assert "Ticket 834120017: checked in Zoë Castellanos (VIP)" in said(app)
            assert not bells
            await pilot.press(*"https://lu.ma/check-in/evt-9?pk=g-Q7X2", "enter")  # Luma QR
            assert status(store, people["Ines"]) == AttendanceStatus.PRESENT
            assert "checked in Ines Silva (Standard)" in said(app)
            await pilot.press(*"834120017", "enter")
            assert "Already here: Zoë Castellanos (VIP) since" in said(app)
            assert status(store, people["Zoë"]) == AttendanceStatus.PRESENT
            assert len(bells) == 1
            await pilot.press(*"999000111", "enter")
            assert "Unknown ticket code: 999000111" in said(app)
            assert len(bells) == 2
            await pilot.press(*"5002", "enter")  # one order, two tickets: nobody at once
            assert "order of 2" in said(app)
            assert status(store, people["Ana"]) == AttendanceStatus.EXPECTED
            await pilot.press("ctrl+z")
            assert status(store, people["Ines"]) == AttendanceStatus.EXPECTED
            assert "Undone: checked Ines Silva in" in said(app)


async def test_tickets_of_imported_eventbrite_and_luma_lists(store_path, run_app):
    with Store(store_path) as store:
        for name in ("eventbrite.csv", "luma.csv"):
            path = FIXTURES / name
            import_attendees(store, read_import_file(path, []), path.name, "Imported")
        async with run_app(store, size=(80, 24)) as (app, pilot):
            await wait_for_screen(pilot, CheckInScreen)
            await pilot.press(*"2002", "enter")  # Eventbrite Attendee #
            assert "checked in José Ñúñez (General Admission)" in said(app)
            await pilot.press(*"gst-002", "enter")  # Luma api_id
            assert "checked in Ines Silva (Standard)" in said(app)
            await pilot.press(*"https://lu.ma/c/1", "enter")  # Luma QR link, already in
            assert "Already here: Mateo Rossi" in said(app)


async def test_a_host_is_never_told_to_check_in_and_here_is_one_number(store_path, run_app):
    with Store(store_path) as store:
        people = door(store, Role.ATTENDEE)
        async with run_app(store, size=(80, 24)) as (app, pilot):
            await wait_for_screen(pilot, CheckInScreen)
            assert "You are not checked in yet" in said(app)
            event = app.current_event
            store.save(event.evolve(role=Role.HOST))
            await pilot.press("f2", "f3")
            await wait_for_screen(pilot, CheckInScreen)
            assert "not checked in" not in screen_text(app)
            for name in ("Mark", "Amara", "Oliver"):
                await pilot.press(*name.lower(), "enter")
            await pilot.press("f4")
            await wait_for_screen(pilot, QueueScreen)
            await pilot.press("z")  # snoozed: still here, and listed as snoozed
            await wait_until(pilot, lambda: "snoozed (1)" in screen_text(app), "snoozed line")
            assert "3 here" in screen_text(app)
            await pilot.press("f3")
            await wait_for_screen(pilot, CheckInScreen)
            assert "3 checked in" in screen_text(app)
            assert status(store, people["Mark"]) == AttendanceStatus.PRESENT


async def test_a_scanner_burst_is_read_whole_before_its_enter(store_path, run_app):
    from textual import events

    with Store(store_path) as store:
        people = door(store)
        async with run_app(store, size=(80, 24)) as (app, pilot):
            await wait_for_screen(pilot, CheckInScreen)
            # A scanner types faster than the box reads: every key is queued before the first
            # is handled, the Enter last.
            for char in "834120017\r":
                key = "enter" if char == "\r" else char
                app.post_message(events.Key(key, char))
            await wait_until(pilot, lambda: "Ticket 834120017" in said(app), "the scan")
            assert status(store, people["Zoë"]) == AttendanceStatus.PRESENT
            assert [p for p in people.values()
                    if status(store, p) == AttendanceStatus.PRESENT] == [people["Zoë"]]
