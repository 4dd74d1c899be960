"""'Saved' only once on disk, and no silent exit while changes are not saved."""

from __future__ import annotations

import errno
import threading

import orjson
import pytest

import mingle.store.storage as storage_module
from mingle.cli import _report_unsaved
from mingle.domain.records.models import AttendanceStatus
from mingle.store.database import Store
from mingle.store.settings import CURRENT_EVENT
from mingle.ui.screens.checkin import CheckInScreen
from mingle.ui.screens.dialogs import MessageDialog, UnsavedDialog
from mingle.ui.screens.note_editor import NoteEditorScreen
from tests.ui.screen_text import screen_text
from tests.ui.waiting import Toasts, wait_for_screen, wait_until


def disk_full(monkeypatch: pytest.MonkeyPatch) -> dict[str, bool]:
    """Every database write fails with ENOSPC until `state["full"]` is set False."""
    state = {"full": True}
    real = storage_module.atomic_write

    def write(path, payload, *, keep_backup):
        if state["full"]:
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        real(path, payload, keep_backup=keep_backup)

    monkeypatch.setattr(storage_module, "atomic_write", write)
    return state


def presence(store: Store, name: str) -> AttendanceStatus:
    event_id = store.setting(CURRENT_EVENT)
    person = next(p for p in store.people if p.name == name)
    [link] = [a for a in store.attendance.where("person_id", person.id) if a.event_id == event_id]
    return link.status


async def check_in_jose(pilot, app) -> None:
    await wait_for_screen(pilot, CheckInScreen)
    await pilot.press(*"nunez", "enter")


async def test_quitting_with_a_failed_save_asks_and_quitting_anyway_exits_non_zero(
        demo_path, run_app, monkeypatch, capsys):
    disk_full(monkeypatch)
    store = Store(demo_path)
    async with run_app(store, size=(100, 30)) as (app, pilot):
        await check_in_jose(pilot, app)
        await wait_until(pilot, lambda: "NOT SAVED" in app.sub_title, "the header to say so")
        while isinstance(app.screen, MessageDialog):  # the failure was reported
            await pilot.press("escape")
        await pilot.press("ctrl+q")
        await wait_for_screen(pilot, UnsavedDialog)
        text = screen_text(app)
        assert "Not saved to disk" in text and "José Ñúñez" in text and "No space" in text
        await pilot.press("escape")  # stay: nothing lost, still running
        assert not isinstance(app.screen, UnsavedDialog)
        await pilot.press("ctrl+q")
        await wait_for_screen(pilot, UnsavedDialog)
        await pilot.press("q")
    assert app.return_code == 1
    store.close()
    assert store.unsaved()
    assert _report_unsaved(store) == 1
    err = capsys.readouterr().err
    assert "could not be saved" in err and "José Ñúñez" in err and "recovery file" in err
    [recovery] = demo_path.parent.glob("demo.json.recovered-*")
    with Store(recovery, read_only=True) as kept:  # a whole database, the change included
        assert presence(kept, "José Ñúñez") == AttendanceStatus.PRESENT
    with Store(demo_path, read_only=True) as on_disk:
        assert presence(on_disk, "José Ñúñez") == AttendanceStatus.EXPECTED


async def test_retry_after_space_is_freed_saves_and_quits(demo_path, run_app, monkeypatch):
    state = disk_full(monkeypatch)
    store = Store(demo_path)
    async with run_app(store, size=(100, 30)) as (app, pilot):
        await check_in_jose(pilot, app)
        await wait_until(pilot, lambda: bool(store.unsaved()), "the failed save")
        while isinstance(app.screen, MessageDialog):
            await pilot.press("escape")
        await pilot.press("ctrl+q")
        await wait_for_screen(pilot, UnsavedDialog)
        await pilot.press("r")  # still full: asked again
        await wait_for_screen(pilot, UnsavedDialog)
        state["full"] = False
        await pilot.press("r")
        await wait_until(pilot, lambda: not app.is_running, "the app to quit")
    assert app.return_code == 0
    store.close()
    assert not store.unsaved()
    with Store(demo_path, read_only=True) as on_disk:
        assert presence(on_disk, "José Ñúñez") == AttendanceStatus.PRESENT


def test_without_space_for_a_recovery_file_the_changes_go_to_stderr(
        demo_path, monkeypatch, capsys):
    disk_full(monkeypatch)
    store = Store(demo_path)
    person = next(iter(store.people))
    store.save(person.evolve(company="Kiln & Co"))
    with pytest.raises(OSError):
        store.flush()
    store.close()
    monkeypatch.setattr(Store, "write_recovery", lambda self, folders=None: None)
    assert _report_unsaved(store) == 1
    err = capsys.readouterr().err
    assert "No recovery file could be written" in err
    changes = orjson.loads(err[err.index("["):])
    assert changes[0]["put"][0][1]["company"] == "Kiln & Co"


async def test_note_saved_is_said_only_once_the_note_is_on_disk(demo_path, run_app,
                                                                 monkeypatch):
    gate = threading.Event()
    real = storage_module.atomic_write

    def slow_write(path, payload, *, keep_backup):
        gate.wait(20)
        real(path, payload, keep_backup=keep_backup)

    toasts = Toasts()
    with Store(demo_path) as store:
        async with run_app(store, size=(100, 30), message_hook=toasts) as (app, pilot):
            await wait_for_screen(pilot, CheckInScreen)
            await pilot.press(*"nunez")
            monkeypatch.setattr(storage_module, "atomic_write", slow_write)
            await pilot.press("ctrl+t")
            await wait_for_screen(pilot, NoteEditorScreen)
            await pilot.press(*"loves kilns", "enter")
            await wait_until(pilot, lambda: toasts.said("Saving…"), "saving… is said")
            await wait_until(pilot, lambda: "saving" in app.sub_title, "the header to say so")
            assert not toasts.said("Note saved")
            gate.set()
            await wait_until(pilot, lambda: toasts.said("Note saved"), "note saved")
            await wait_until(pilot, lambda: "saving" not in app.sub_title, "the header clear")
    with Store(demo_path, read_only=True) as on_disk:
        assert any(n.text == "loves kilns" for n in on_disk.notes)


async def test_a_check_in_says_saved_only_once_it_is_on_disk(demo_path, run_app, monkeypatch):
    gate = threading.Event()
    real = storage_module.atomic_write

    def slow_write(path, payload, *, keep_backup):
        gate.wait(20)
        real(path, payload, keep_backup=keep_backup)

    with Store(demo_path) as store:
        async with run_app(store, size=(100, 30)) as (app, pilot):
            await wait_for_screen(pilot, CheckInScreen)
            monkeypatch.setattr(storage_module, "atomic_write", slow_write)
            await pilot.press(*"nunez", "enter")
            await wait_until(pilot, lambda: "Checked in: José Ñúñez · saving…"
                             in screen_text(app), "saving… on the status line")
            assert "· saved" not in screen_text(app)
            gate.set()
            await wait_until(pilot, lambda: "Checked in: José Ñúñez · saved"
                             in screen_text(app), "saved on the status line")
