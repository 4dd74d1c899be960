"""Fixtures for Pilot tests: a fresh store (tests/conftest.py runs the app on it, cursors still)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from mingle.store.database import Store


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "mingle.json"


@pytest.fixture
async def store(store_path: Path) -> AsyncIterator[Store]:
    opened = Store(store_path)
    yield opened
    opened.close()
