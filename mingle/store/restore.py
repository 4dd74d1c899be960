"""Putting the backup (or a recovery file) in place of a database, after showing what it holds.

Restoring is atomic and loses nothing: the copy is written to a temp file beside the database
and fsynced first; the file it replaces is kept under a name no other restore uses; only then
does `os.replace` swap them. On any failure (a full disk included) the database stays as it was.
"""

from __future__ import annotations

import contextlib
import os
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from mingle.store.errors import CorruptDatabaseError, StoreError
from mingle.store.lock import WriterLock
from mingle.store.migrations import schema_version
from mingle.store.storage import (
    backup_path,
    fsync_folder,
    read_database_file,
    resolve_path,
    write_private,
)

SHOWN_TABLES = ("events", "people", "attendance", "notes", "followups", "intros")


@dataclass(slots=True)
class DatabaseSummary:
    """What a database file holds, for the user to judge before restoring over it."""

    path: Path
    saved_at: datetime
    schema: int
    counts: dict[str, int]
    events: list[str]

    @classmethod
    def of(cls, path: Path, tables: dict[str, Any]) -> DatabaseSummary:
        counts = Counter({name: len(docs) for name, docs in tables.items()})
        names = [f"{doc.get('name', '?')} ({doc.get('date') or 'no date'})"
                 for doc in tables.get("events", {}).values()]
        return cls(path, datetime.fromtimestamp(path.stat().st_mtime), schema_version(tables),
                   dict(counts), names)

    @property
    def records(self) -> int:
        """Records that matter to the user (settings not counted)."""
        return sum(self.counts.get(table, 0) for table in SHOWN_TABLES)

    def count_line(self) -> str:
        """The counts on one line: '3 events, 60 people, …'."""
        return ", ".join(f"{self.counts.get(t, 0)} {t}" for t in SHOWN_TABLES)

    def describe(self, heading: str = "Backup") -> str:
        lines = [f"{heading}: {self.path}",
                 f"Saved:  {self.saved_at:%Y-%m-%d %H:%M:%S}",
                 f"Schema: version {self.schema}"]
        for table in SHOWN_TABLES:
            lines.append(f"  {table:<11}{self.counts.get(table, 0):>7}")
        if self.events:
            lines.append("Events: " + "; ".join(self.events[:10])
                         + (" …" if len(self.events) > 10 else ""))
        return "\n".join(lines)


class HealthyDatabaseError(StoreError):
    """The database opens fine: restoring over it would lose what it holds, so it needs --force."""

    def __init__(self, current: DatabaseSummary, source: DatabaseSummary) -> None:
        self.current = current
        self.source = source
        super().__init__(
            f"The database {current.path} is not damaged: it holds {current.count_line()} "
            f"(saved {current.saved_at:%Y-%m-%d %H:%M:%S}).\n"
            f"{source.path} holds {source.count_line()} "
            f"(saved {source.saved_at:%Y-%m-%d %H:%M:%S}).\n"
            "Restoring would put the second in place of the first (the first would be kept "
            "aside). Nothing was changed; add --force to restore anyway.")


def describe_backup(path: Path, source: Path | None = None) -> DatabaseSummary:
    """Read the backup beside `path`, or `source` (StoreError when missing or damaged)."""
    path = resolve_path(path)
    chosen = resolve_path(source) if source is not None else backup_path(path)
    what = "The file" if source is not None else "The backup"
    if not chosen.exists():
        if source is not None:
            raise StoreError(f"There is no file {chosen}.")
        raise StoreError(f"There is no backup of {path} (looked for {chosen}).")
    try:
        tables = read_database_file(chosen)
    except CorruptDatabaseError as exc:
        raise StoreError(f"{what} {chosen} is damaged too: {exc.reason}.") from exc
    return DatabaseSummary.of(chosen, tables)


def healthy_database(path: Path) -> DatabaseSummary | None:
    """What the database holds when it opens fine and holds records; None when damaged/empty."""
    path = resolve_path(path)
    if not path.exists():
        return None
    try:
        summary = DatabaseSummary.of(path, read_database_file(path))
    except CorruptDatabaseError:
        return None
    return summary if summary.records else None


def restore_backup(path: Path, *, source: Path | None = None,
                   force: bool = False) -> Path | None:
    """Put the backup (or `source`) in place of `path`; returns where the old file was kept."""
    path = resolve_path(path)
    summary = describe_backup(path, source)
    lock = WriterLock(path)
    lock.acquire()
    try:
        current = healthy_database(path)
        if current is not None and not force:
            raise HealthyDatabaseError(current, summary)
        return _swap_in(path, summary.path.read_bytes())
    finally:
        lock.release()


def _swap_in(path: Path, payload: bytes) -> Path | None:
    """Write `payload` beside `path`, keep the current file aside, then replace atomically."""
    folder = path.parent
    tmp = folder / f".{path.name}.restore-{os.getpid()}.tmp"
    kept: Path | None = None
    try:
        write_private(tmp, payload)
        if path.exists():
            kept = _keep_aside(path)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if kept is not None and path.exists():  # the database was not replaced: drop the link
            with contextlib.suppress(OSError):
                if os.path.samefile(kept, path):
                    kept.unlink()
        raise
    fsync_folder(folder)
    return kept


def damaged_name(path: Path, when: datetime, attempt: int) -> Path:
    """`<db>.damaged-<date>-<time with microseconds>`, with a counter after the first try."""
    suffix = f"-{attempt}" if attempt else ""
    return path.with_name(f"{path.name}.damaged-{when:%Y%m%d-%H%M%S-%f}{suffix}")


def _keep_aside(path: Path) -> Path:
    """A second name for the current file (a hard link: no space needed), never reused."""
    when = datetime.now()
    for attempt in range(1000):
        kept = damaged_name(path, when, attempt)
        try:
            os.link(path, kept)
        except FileExistsError:
            continue
        except OSError:  # a file system without hard links: copy, never over another file
            if kept.exists():
                continue
            write_private(kept, path.read_bytes())
        return kept
    raise StoreError(f"Cannot find a free name to keep {path} aside; nothing was changed.")
