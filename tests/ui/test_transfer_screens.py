"""Import and export from inside the app."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from mingle.domain.records.models import AttendanceStatus, QueueState
from mingle.store.database import Store
from mingle.store.settings import CURRENT_EVENT
from mingle.ui.screens.checkin import CheckInScreen
from mingle.ui.screens.dialogs import MessageDialog
from mingle.ui.screens.transfer import ExportScreen, ImportScreen
from tests.ui.screen_text import screen_text
from tests.ui.waiting import wait_for_screen, wait_until

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


async def wait_for_dialog(pilot, app) -> None:
    """Wait until a message dialog is up and painted (its title on screen)."""
    await wait_for_screen(pilot, MessageDialog)
    await wait_until(pilot, lambda: app.screen.heading in screen_text(app), "the dialog painted")


async def test_import_an_attendee_list_from_the_app(demo_path, run_app):
    with Store(demo_path) as store:
        before = len(store.people)
        async with run_app(store, size=(100, 40)) as (app, pilot):
            await pilot.press("f6")
            await wait_for_screen(pilot, ImportScreen)
            app.screen.query_one("#file").value = str(FIXTURES / "eventbrite.csv")
            app.screen.query_one("#event").value = "Spring Fair"
            await pilot.press("enter")
            await wait_for_dialog(pilot, app)
            assert isinstance(app.screen, MessageDialog)
            text = screen_text(app)
            assert "Import report" in text and "6 imported" in text
            await pilot.press("enter")
            assert isinstance(app.screen, CheckInScreen)
        assert len(store.people) == before + 6
        fair = next(e for e in store.events if e.name == "Spring Fair")
        statuses = {a.status for a in store.attendance.where("event_id", fair.id)}
        assert AttendanceStatus.PRESENT in statuses


async def test_import_of_a_missing_or_broken_file_is_refused(demo_path, run_app, tmp_path):
    broken = tmp_path / "list.csv"
    broken.write_bytes(b"\x00\x01\x02 not a list")
    with Store(demo_path) as store:
        before = len(store.people)
        async with run_app(store, size=(100, 40)) as (app, pilot):
            await pilot.press("f6")
            await wait_for_screen(pilot, ImportScreen)
            app.screen.query_one("#file").value = str(tmp_path / "missing.csv")
            await pilot.press("enter")
            assert "There is no file" in screen_text(app)
            app.screen.query_one("#file").value = str(broken)
            await pilot.press("enter")
            await wait_for_dialog(pilot, app)
            assert isinstance(app.screen, MessageDialog)
            assert "Nothing imported" in screen_text(app)
        assert len(store.people) == before


async def test_export_a_csv_from_the_app(demo_path, run_app, tmp_path):
    out = tmp_path / "crm.csv"
    with Store(demo_path) as store:
        async with run_app(store, size=(100, 40)) as (app, pilot):
            await pilot.press("f7")
            await wait_for_screen(pilot, ExportScreen)
            app.screen.query_one("#file").value = str(out)
            await pilot.press("enter")
            await wait_until(pilot, out.exists, f"{out} to be written")
            # A second export to the same file is refused unless told to replace it.
            await pilot.press("f7")
            await wait_for_screen(pilot, ExportScreen)
            app.screen.query_one("#file").value = str(out)
            await pilot.press("enter")
            await wait_for_dialog(pilot, app)
            # The message names a temporary path, so where its lines wrap varies: read it whole.
            assert "already exists" in app.screen.message
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    names = {row["Name"] for row in rows}
    assert "Åsa Lindqvist" in names
    assert "Musa Bello" not in names  # withheld consent to share the card
    assert oct(out.stat().st_mode & 0o777) == "0o600"


async def test_two_imports_in_flight_each_go_to_their_own_event(demo_path, run_app,
                                                                 monkeypatch, tmp_path):
    import threading

    import mingle.ui.app as app_module

    first_may_finish = threading.Event()
    real_read = app_module.read_import_file

    def read(path, mapping):
        if path.name == "first.csv":
            first_may_finish.wait(20)  # still being read when the second import starts
        return real_read(path, mapping)

    monkeypatch.setattr(app_module, "read_import_file", read)
    first = tmp_path / "first.csv"
    first.write_bytes((FIXTURES / "eventbrite.csv").read_bytes())
    second = tmp_path / "second.csv"
    second.write_text("Name,Email\nSolo Person,solo@x.example\n", encoding="utf-8")
    with Store(demo_path) as store:
        async with run_app(store, size=(100, 40)) as (app, pilot):
            for path, event in ((first, "First Fair"), (second, "Second Fair")):
                await pilot.press("f6")
                await wait_for_screen(pilot, ImportScreen)
                app.screen.query_one("#file").value = str(path)
                app.screen.query_one("#event").value = event
                await pilot.press("enter")
            await wait_for_dialog(pilot, app)  # the second file's report
            await pilot.press("enter")
            first_may_finish.set()
            await wait_until(pilot, lambda: len([e for e in store.events
                                                 if e.name.endswith("Fair")]) == 2,
                             "both events")
        events = {e.name: e for e in store.events}
        attendees = {name: {store.people.get(a.person_id).name
                            for a in store.attendance.where("event_id", events[name].id)}
                     for name in ("First Fair", "Second Fair")}
    assert attendees["Second Fair"] == {"Solo Person"}
    assert len(attendees["First Fair"]) == 6 and "Solo Person" not in attendees["First Fair"]


async def test_export_a_csv_in_a_vendor_layout_from_the_app(demo_path, run_app, tmp_path):
    from textual.widgets import Select

    out = tmp_path / "outlook.csv"
    with Store(demo_path) as store:
        async with run_app(store, size=(100, 40)) as (app, pilot):
            await pilot.press("f7")
            await wait_for_screen(pilot, ExportScreen)
            app.screen.query_one("#layout", Select).value = "outlook"
            app.screen.query_one("#file").value = str(out)
            app.screen.query_one("#file").focus()
            await pilot.press("enter")
            await wait_until(pilot, out.exists, f"{out} to be written")
    header = out.read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("Title,First Name,Middle Name,Last Name,Suffix,Company,Job Title")


async def test_export_format_is_chosen_from_a_list_and_the_name_follows(demo_path, run_app,
                                                                       tmp_path):
    from textual.widgets import Select

    out = tmp_path / "evening.csv"
    with Store(demo_path) as store:
        async with run_app(store, size=(80, 24)) as (app, pilot):
            await pilot.press("f7")
            await wait_for_screen(pilot, ExportScreen)
            app.screen.query_one("#file").value = str(out)
            app.screen.query_one("#format", Select).value = "md"
            await wait_until(pilot, lambda: app.screen.query_one("#file").value.endswith(".md"),
                             "the file name to follow the format")
            await pilot.press("enter")
            md = out.with_suffix(".md")
            await wait_until(pilot, md.exists, f"{md} to be written")
            await wait_until(pilot, lambda: any("people met" in str(n.message)
                                                for n in app._notifications), "the toast")
            toast = next(str(n.message) for n in app._notifications if "Wrote" in str(n.message))
            # The report counts the people met at the event, not everyone exported.
            counted = re.search(r"a report of (\d+) (?:person|people) met", toast)
            assert counted is not None, toast
            event_id = store.setting(CURRENT_EVENT)
            met = sum(1 for a in store.attendance.all()
                      if a.event_id == event_id and a.queue == QueueState.MET)
            assert int(counted.group(1)) == met < len(store.people.all())
            await pilot.press("f7")
            await wait_for_screen(pilot, ExportScreen)
            app.screen.query_one("#file").value = str(md)
            await pilot.press("enter")
            await wait_for_dialog(pilot, app)
            text = app.screen.message
            assert "already exists" in text and "--force" not in text


async def test_the_app_never_exports_onto_its_own_database(demo_path, run_app):
    from textual.widgets import Select

    before = demo_path.read_bytes()
    with Store(demo_path) as store:
        async with run_app(store, size=(100, 40)) as (app, pilot):
            for replace in ("no", "yes"):
                await pilot.press("f7")
                await wait_for_screen(pilot, ExportScreen)
                app.screen.query_one("#replace", Select).value = replace
                app.screen.query_one("#file").value = str(demo_path.parent / "x" / ".."
                                                          / demo_path.name)
                app.screen.query_one("#file").focus()
                await pilot.press("enter")
                await wait_for_dialog(pilot, app)
                assert "own database" in app.screen.message
                await pilot.press("enter")
        store.flush()
    assert demo_path.read_bytes()[:40] == before[:40]  # still a mingle database, not a CSV
