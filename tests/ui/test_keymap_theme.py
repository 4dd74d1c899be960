"""The user's own keys (keymap.toml) and the chosen theme, kept between runs."""

from __future__ import annotations

from mingle.domain.records.models import QueueState
from mingle.store.database import Store
from mingle.ui.keymap import load_keymap
from mingle.ui.screens.dialogs import HelpScreen
from tests.ui.screen_text import screen_text
from tests.ui.test_live_event import attendance_of, small_event


async def test_keymap_file_remaps_a_binding(store_path, run_app, isolated_config):
    (isolated_config / "keymap.toml").write_text('[keys]\n"queue.met" = "x"\n')
    with Store(store_path) as store:
        people = small_event(store)
        async with run_app(store, size=(100, 30)) as (app, pilot):
            await pilot.press("f4", "m")  # the old key does nothing now
            assert attendance_of(store, people["Cai"]).queue == QueueState.TO_MEET
            await pilot.press("x")
            assert attendance_of(store, people["Cai"]).queue == QueueState.MET
            await pilot.press("f1")
            assert isinstance(app.screen, HelpScreen)
            [row] = [line for line in screen_text(app).splitlines()
                     if "Mark the highlighted person as met" in line]
            assert row.strip("█ ").startswith("x") and "Met" in row
            assert "queue.met" in screen_text(app)


async def test_a_broken_keymap_file_is_reported_not_fatal(store_path, run_app,
                                                          isolated_config):
    (isolated_config / "keymap.toml").write_text("[keys\nnot toml")
    with Store(store_path) as store:
        async with run_app(store, size=(160, 30)) as (app, pilot):
            await pilot.press("f1")
            assert app.is_running and isinstance(app.screen, HelpScreen)
            assert app.keymap == {}
            [problem] = app.keymap_problems
            assert "keymap.toml: not read" in problem


def test_load_keymap_reports_each_bad_entry(tmp_path):
    path = tmp_path / "keymap.toml"
    path.write_text('[keys]\n"queue.met" = "x"\n"queue.skip" = 3\n"queue.star" = ""\n')
    keymap, problems = load_keymap(path)
    assert keymap == {"queue.met": "x"}
    assert len(problems) == 2 and "queue.skip" in problems[0] and "queue.star" in problems[1]
    assert load_keymap(tmp_path / "missing.toml") == ({}, [])


async def test_theme_choice_is_kept(store_path, run_app):
    with Store(store_path) as store:
        async with run_app(store) as (app, pilot):
            app.theme = "textual-light"
            await pilot.pause()
    with Store(store_path) as store:
        async with run_app(store) as (app, _):
            assert app.theme == "textual-light"
