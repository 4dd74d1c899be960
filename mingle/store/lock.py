"""The writer lock: one mingle at a time may write to a database file."""

from __future__ import annotations

from pathlib import Path

from filelock import FileLock, Timeout

from mingle.store.errors import DatabaseLockedError, StoreError


def lock_path(path: Path) -> Path:
    """The lock file that sits beside a database file."""
    return path.with_name(path.name + ".lock")


class WriterLock:
    """An OS-level lock beside the database; released by the OS if the process dies."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = FileLock(str(lock_path(path)), timeout=0, mode=0o600)

    def acquire(self) -> None:
        """Take the lock or raise DatabaseLockedError at once (StoreError for a bad lock path)."""
        where = lock_path(self.path)
        if where.is_symlink() or (where.exists() and not where.is_file()):
            what = "a link" if where.is_symlink() else "not a file"
            raise StoreError(
                f"The lock file {where} is {what}, so mingle cannot know whether another mingle "
                f"is using {self.path}. Nothing was changed. If no mingle is running, remove "
                f"{where} and try again.")
        try:
            self._lock.acquire(timeout=0)
        except Timeout as exc:
            raise DatabaseLockedError(self.path) from exc
        except OSError as exc:
            raise StoreError(f"Cannot take the lock {where} for {self.path}: "
                             f"{exc.strerror or exc}. Nothing was changed.") from exc

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release(force=True)
