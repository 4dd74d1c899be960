"""Local storage of mingle: TinyDB on a durable file, one writer, repositories of domain records."""

from mingle.store.errors import (
    CorruptDatabaseError,
    DatabaseLockedError,
    NewerDatabaseError,
    ReadOnlyError,
    StoreError,
)

__all__ = [
    "CorruptDatabaseError",
    "DatabaseLockedError",
    "NewerDatabaseError",
    "ReadOnlyError",
    "StoreError",
]
