"""Errors of the store, each with a message written for the user."""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """A problem with the database file; `str()` is a complete message for the user."""


class CorruptDatabaseError(StoreError):
    """The database file cannot be read as a mingle database; it is left untouched."""

    def __init__(self, path: Path, reason: str, backup: Path | None) -> None:
        self.path = path
        self.reason = reason
        self.backup = backup
        if backup is not None and backup.exists():
            hint = (
                f"The previous version is kept in {backup}.\n"
                f"Run `mingle restore --db {path}` to see what it holds and put it back."
            )
        else:
            hint = "No backup of it exists. The file has not been changed."
        super().__init__(f"Cannot open the database {path}: {reason}.\n{hint}")


class DatabaseLockedError(StoreError):
    """Another mingle is writing to the same database."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            f"The database {path} is open in another mingle (or a running `mingle import`).\n"
            "Close that one first; commands that only read, such as `mingle export`, still work."
        )


class NewerDatabaseError(StoreError):
    """The file was written by a newer mingle with a schema this one does not know."""

    def __init__(self, path: Path, found: int, known: int) -> None:
        super().__init__(
            f"The database {path} has schema version {found}, but this mingle knows up to "
            f"version {known}. Upgrade mingle to open it; the file has not been changed."
        )


class ReadOnlyError(StoreError):
    """A write was attempted on a database opened for reading only."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"The database {path} was opened read-only; nothing was written.")


class NothingToOpenError(StoreError):
    """The database is missing or holds nothing, but earlier versions of it lie beside it."""

    def __init__(self, path: Path, state: str, earlier: list[Path]) -> None:
        self.path = path
        self.earlier = earlier
        files = "\n".join(f"  {p}" for p in earlier)
        super().__init__(
            f"The database {path} {state}, but earlier versions of it are kept beside it:\n"
            f"{files}\n"
            f"Nothing was changed. Run `mingle restore --db {path}` to see what the backup holds "
            "and put it back, or add --fresh to start a new, empty database "
            "(those files are kept)."
        )
