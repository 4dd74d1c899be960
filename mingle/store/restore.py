"""Putting the backup of a damaged database back in its place, after showing what it holds."""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from mingle.store.errors import CorruptDatabaseError, StoreError
from mingle.store.lock import WriterLock
from mingle.store.migrations import schema_version
from mingle.store.storage import atomic_write, backup_path, read_database_file


@dataclass(slots=True)
class BackupSummary:
    """What a backup file holds, for the user to judge before restoring it."""

    path: Path
    saved_at: datetime
    schema: int
    counts: dict[str, int]
    events: list[str]

    def describe(self) -> str:
        lines = [f"Backup: {self.path}",
                 f"Saved:  {self.saved_at:%Y-%m-%d %H:%M:%S}",
                 f"Schema: version {self.schema}"]
        for table in ("events", "people", "attendance", "notes", "followups", "intros"):
            lines.append(f"  {table:<11}{self.counts.get(table, 0):>7}")
        if self.events:
            lines.append("Events: " + "; ".join(self.events[:10])
                         + (" …" if len(self.events) > 10 else ""))
        return "\n".join(lines)


def describe_backup(path: Path) -> BackupSummary:
    """Read the backup beside `path` (raises StoreError when there is none or it is damaged)."""
    backup = backup_path(path)
    if not backup.exists():
        raise StoreError(f"There is no backup of {path} (looked for {backup}).")
    try:
        tables = read_database_file(backup)
    except CorruptDatabaseError as exc:
        raise StoreError(f"The backup {backup} is damaged too: {exc.reason}.") from exc
    counts = Counter({name: len(docs) for name, docs in tables.items()})
    names = [f"{doc.get('name', '?')} ({doc.get('date') or 'no date'})"
             for doc in tables.get("events", {}).values()]
    return BackupSummary(backup, datetime.fromtimestamp(backup.stat().st_mtime),
                         schema_version(tables), dict(counts), names)


def restore_backup(path: Path) -> Path | None:
    """Put the backup in place of `path`; the replaced file is kept aside, and its name returned."""
    summary = describe_backup(path)
    lock = WriterLock(path)
    lock.acquire()
    try:
        kept: Path | None = None
        if path.exists():
            kept = path.with_name(f"{path.name}.damaged-{datetime.now():%Y%m%d-%H%M%S}")
            os.replace(path, kept)
        atomic_write(path, summary.path.read_bytes(), keep_backup=False)
        return kept
    finally:
        lock.release()
