"""Shared fixtures for the mingle test suite."""

from __future__ import annotations

from pathlib import Path

import pytest


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
