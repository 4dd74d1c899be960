"""The writer lock: one mingle at a time may write to a database file."""

from __future__ import annotations

from pathlib import Path

from filelock import FileLock, Timeout

from mingle.store.errors import DatabaseLockedError


def lock_path(path: Path) -> Path:
    """The lock file that sits beside a database file."""
    return path.with_name(path.name + ".lock")


class WriterLock:
    """An OS-level lock beside the database; released by the OS if the process dies."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = FileLock(str(lock_path(path)), timeout=0, mode=0o600)

    def acquire(self) -> None:
        """Take the lock or raise DatabaseLockedError at once."""
        try:
            self._lock.acquire(timeout=0)
        except Timeout as exc:
            raise DatabaseLockedError(self.path) from exc

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release(force=True)
