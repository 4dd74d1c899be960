"""Shared fixtures for the mingle test suite."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where a test's database file goes (not created yet)."""
    return tmp_path / "mingle.json"
