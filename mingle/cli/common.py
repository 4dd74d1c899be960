"""What every command shares: where the database is, and the error a user made."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

DB_ENV = "MINGLE_DB"


class UsageError(Exception):
    """A command that cannot run as asked; the message is for the user."""


def default_db_path() -> Path:
    """The database in the platform's user-data folder (e.g. ~/.local/share/mingle)."""
    from platformdirs import user_data_path

    return user_data_path("mingle", appauthor=False) / "mingle.json"


def resolve_db(args: argparse.Namespace) -> Path:
    """--db, else $MINGLE_DB, else the default database."""
    chosen = getattr(args, "db", None) or os.environ.get(DB_ENV)
    return Path(chosen).expanduser() if chosen else default_db_path()


def wants_fresh(args: argparse.Namespace) -> bool:
    """--fresh: start a new database beside a backup or damaged file."""
    return bool(getattr(args, "fresh", False))
