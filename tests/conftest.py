"""Shared fixtures for the mingle test suite."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import AbstractAsyncContextManager
from pathlib import Path

import pytest
from hypothesis import settings
from textual.pilot import Pilot

from mingle.services.demo import write_demo
from mingle.store.database import Store
from mingle.ui.app import MingleApp, create_app
from tests.running import running_app

# Property tests draw the same examples on every run, so a run fails only because the code
# changed; `HYPOTHESIS_PROFILE=explore python -m pytest` searches with fresh random examples.
settings.register_profile("repeatable", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))


@pytest.fixture(autouse=True, scope="session")
def isolated_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Keep the user's own cache folder (the lexicon as built) out of every test."""
    folder = tmp_path_factory.mktemp("cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MINGLE_CACHE_DIR", str(folder))
        yield folder


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where a test's database file goes (not created yet)."""
    return tmp_path / "mingle.json"


@pytest.fixture(autouse=True)
def isolated_config(tmp_path_factory: pytest.TempPathFactory,
                    monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keep the user's own keymap and settings out of every test."""
    folder = tmp_path_factory.mktemp("config")
    monkeypatch.setenv("MINGLE_CONFIG_DIR", str(folder))
    return folder


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    """A fresh copy of the demo database."""
    path = tmp_path / "demo.json"
    write_demo(path)
    return path


@pytest.fixture
def make_app() -> Callable[..., MingleApp]:
    """Build the app the way the command line does."""

    def make(store: Store, **kwargs) -> MingleApp:
        return create_app(store, **kwargs)

    return make


@pytest.fixture
def run_app() -> Callable[..., AbstractAsyncContextManager[tuple[MingleApp, Pilot[int]]]]:
    """Run it: `async with run_app(store, size=(80, 24)) as (app, pilot):`, cursors still."""
    return running_app
