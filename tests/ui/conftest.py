"""Fixtures for Pilot tests: an app on a fresh store, with cursor blink off."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest

from mingle.services.demo import write_demo
from mingle.store.database import Store
from mingle.ui.app import MingleApp, create_app


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "mingle.json"


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
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
async def store(store_path: Path) -> AsyncIterator[Store]:
    opened = Store(store_path)
    yield opened
    opened.close()
