"""Store: opens a database file and gives the app its records; all writes go through one writer."""

from __future__ import annotations

import contextlib
import gc
import os
import tempfile
from collections.abc import Callable, MutableMapping
from concurrent.futures import Future
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any

import orjson
from tinydb import TinyDB

from mingle.domain.records.models import (
    Attendance,
    Event,
    FollowUp,
    Intro,
    MyCard,
    Note,
    Person,
    Record,
    new_id,
    now,
)
from mingle.store import migrations
from mingle.store.errors import (
    NewerDatabaseError,
    NothingToOpenError,
    ReadOnlyError,
    StoreError,
)
from mingle.store.lock import WriterLock
from mingle.store.repository import Repository
from mingle.store.storage import (
    DurableJSONStorage,
    backup_path,
    damaged_paths,
    make_private_folders,
    resolve_path,
    write_private,
)
from mingle.store.tinydb_table import IndexedTable
from mingle.store.writer import Change, Writer

SETTINGS_TABLE = migrations.META_TABLE


class Store:
    """An open mingle database: repositories of records, settings, and the writer.

    Reads come from memory. `save` and `delete` change memory at once and return a future that
    completes when the change is safely on disk; the caller never waits unless it wants to.

    The path is resolved once (symlinks followed): the lock, temp, backup and damaged files
    live beside the real file, and a symlink at the path stays a symlink. A database that is
    missing or holds nothing at all while its backup (or a damaged copy) lies beside it is
    not started afresh unless `fresh` says so: the user is sent to `mingle restore`.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        read_only: bool = False,
        fresh: bool = False,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        self.path = resolve_path(path)
        self.read_only = read_only
        self.on_error = on_error
        """Called (from the writer thread) with the error when a save fails."""
        self._lock: WriterLock | None = None
        self._writer: Writer | None = None
        self._unsaved_at_close: list[Change] = []
        self._error_at_close: BaseException | None = None
        if not self.path.exists() and not fresh:
            _refuse_missing(self.path, read_only)
        if not read_only:
            make_private_folders(self.path.parent)
            self._lock = WriterLock(self.path)
            self._lock.acquire()
        try:
            self._open(fresh)
        except BaseException:
            self._release()
            raise

    def _open(self, fresh: bool) -> None:
        if not self.read_only:
            _remove_stale_temp_files(self.path)
        self._db = _MingleTinyDB(self.path, storage=DurableJSONStorage, read_only=self.read_only)
        self._storage: DurableJSONStorage = self._db.storage  # type: ignore[assignment]
        tables: MutableMapping[str, Any] = self._storage.read() or {}
        if self.path.exists() and not fresh and not self._storage.read_holds_anything():
            _refuse_missing(self.path, self.read_only, empty=True)
        source = self._storage.snapshot
        found = migrations.schema_version(tables)
        if found > migrations.SCHEMA_VERSION:
            raise NewerDatabaseError(self.path, found, migrations.SCHEMA_VERSION)
        if found < migrations.SCHEMA_VERSION or not self.path.exists():
            if self.read_only:
                # Migrate a copy in memory; the file itself is left for a writer to upgrade.
                tables = {name: orjson.loads(orjson.dumps(tables[name])) for name in tables}
                migrations.migrate(tables, migrations.SCHEMA_VERSION)
                copy = tables
                source = lambda name: list(copy.get(name, {}).values())  # noqa: E731
            else:
                migrations.migrate(tables, migrations.SCHEMA_VERSION)
                self._storage.write(tables)
                tables = self._storage.read() or {}
        self.events: Repository[Event] = Repository(Event, partial(source, "events"))
        self.people: Repository[Person] = Repository(Person, partial(source, "people"))
        self.attendance: Repository[Attendance] = Repository(Attendance,
                                                             partial(source, "attendance"))
        self.notes: Repository[Note] = Repository(Note, partial(source, "notes"))
        self.followups: Repository[FollowUp] = Repository(FollowUp, partial(source, "followups"))
        self.intros: Repository[Intro] = Repository(Intro, partial(source, "intros"))
        self._me: Repository[MyCard] = Repository(MyCard, partial(source, "me"))
        self._repositories: dict[str, Repository[Any]] = {
            "events": self.events, "people": self.people, "attendance": self.attendance,
            "notes": self.notes, "followups": self.followups, "intros": self.intros,
            "me": self._me,
        }
        settings = [doc for doc in tables.get(SETTINGS_TABLE, {}).values()
                    if isinstance(doc.get("key"), str)]
        self._settings: dict[str, Any] = {doc["key"]: doc.get("value") for doc in settings}
        self._setting_docs: dict[str, dict[str, Any]] = {doc["key"]: dict(doc) for doc in settings}
        if not self.read_only:
            self._writer = Writer(self._db, self._report_error)

    def _report_error(self, error: BaseException) -> None:
        if self.on_error is not None:
            self.on_error(error)

    # -- reading ---------------------------------------------------------------------------

    @property
    def me(self) -> MyCard:
        """The user's own card (an empty one until it is filled in)."""
        cards = self._me.all()
        return cards[0] if cards else MyCard()

    def setting(self, key: str, default: Any = None) -> Any:
        """A stored setting, such as the current event's id."""
        return self._settings.get(key, default)

    @property
    def schema_version(self) -> int:
        return int(self._settings.get(migrations.SCHEMA_KEY, 0))

    def counts(self) -> dict[str, int]:
        """How many records each table holds."""
        return {name: len(repo) for name, repo in self._repositories.items()}

    # -- writing ---------------------------------------------------------------------------

    def save(self, *records: Record) -> Future[None]:
        """Validate and store records (in memory now, on disk soon); returns the disk future."""
        for record in records:
            record.validate()
        writer = self._require_writer()
        change = Change()
        for record in records:
            if isinstance(record, MyCard):
                for old in self._me.all():
                    if old.id != record.id:
                        self._me.drop(old.id)
                        change.deletes.append(("me", old.id))
            self._repositories[record.table].put(record)
            change.puts.append((record.table, record.to_dict()))
        return writer.submit(change)

    def delete(self, *records: Record) -> Future[None]:
        """Remove records (from memory now, from disk soon)."""
        writer = self._require_writer()
        change = Change()
        for record in records:
            self._repositories[record.table].drop(record.id)
            change.deletes.append((record.table, record.id))
        return writer.submit(change)

    def set_setting(self, key: str, value: Any) -> Future[None]:
        """Store a setting such as the current event."""
        writer = self._require_writer()
        stamp = now().isoformat()
        doc = {"id": new_id(), "created": stamp, **self._setting_docs.get(key, {}),
               "key": key, "value": value, "updated": stamp}
        self._settings[key] = value
        self._setting_docs[key] = doc
        return writer.submit(Change(puts=[(SETTINGS_TABLE, dict(doc))]))

    @property
    def pending_saves(self) -> int:
        """Changes not on disk yet (queued or being written)."""
        return self._writer.pending if self._writer is not None else 0

    def unsaved(self) -> list[Change]:
        """Changes kept in memory because their write failed (the next save that works has them)."""
        return self._writer.unsaved() if self._writer is not None else self._unsaved_at_close

    @property
    def save_error(self) -> BaseException | None:
        """Why the last write failed, while changes are unsaved."""
        if self._writer is not None:
            return self._writer.last_error
        return self._error_at_close

    def describe_unsaved(self) -> list[str]:
        """What is not on disk, in words: one line per record changed or removed."""
        lines: list[str] = []
        seen: set[tuple[str, str]] = set()
        for change in self.unsaved():
            for table, doc in change.puts:
                if (table, doc["id"]) not in seen:
                    seen.add((table, doc["id"]))
                    lines.append(_describe_doc(self, table, doc))
            for table, record_id in change.deletes:
                if (table, record_id) not in seen:
                    seen.add((table, record_id))
                    lines.append(f"removed: {_TABLE_WORDS.get(table, table)} {record_id[:8]}")
        return lines

    def write_recovery(self, folders: list[Path] | None = None) -> Path | None:
        """The whole database as it is in memory (unsaved changes included) in a new file.

        Tried beside the database, then in the temp folder; None when no file could be
        written (a full disk). The file is a complete database: `mingle restore --from` it.
        """
        tables = self._storage.read()
        if tables is None:
            return None
        payload = tables.serialise()
        stamp = f"{datetime.now():%Y%m%d-%H%M%S-%f}"
        for folder in folders or [self.path.parent, Path(tempfile.gettempdir())]:
            target = folder / f"{self.path.name}.recovered-{stamp}"
            try:
                write_private(target, payload)
            except OSError:
                with contextlib.suppress(OSError):
                    target.unlink()
                continue
            return target
        return None

    def unsaved_as_json(self) -> bytes:
        """The unsaved changes as JSON (for stderr when no file can be written)."""
        return orjson.dumps([{"put": change.puts, "delete": change.deletes}
                             for change in self.unsaved()], option=orjson.OPT_INDENT_2)

    def on_disk(self) -> Future[None]:
        """A future done once everything saved so far is on disk (failing if it is not)."""
        return self._require_writer().submit(Change())

    def flush(self, timeout: float | None = None) -> None:
        """Wait until everything saved so far is on disk (raises the writer's error if any)."""
        if self._writer is not None:
            self._writer.submit(Change()).result(timeout)

    def close(self) -> None:
        """Write what is queued, stop the writer and release the lock.

        Changes that still could not be written stay readable through `unsaved()`.
        """
        try:
            if self._writer is not None:
                self._writer.stop()
                self._unsaved_at_close = self._writer.unsaved()
                self._error_at_close = self._writer.last_error
                self._writer = None
        finally:
            self._release()
            # Tables parsed while open were set aside from the cyclic collector (tables.py);
            # what was alive with them is collected as usual again once the store is closed.
            gc.unfreeze()

    def _release(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def _require_writer(self) -> Writer:
        if self._writer is None:
            if self.read_only:
                raise ReadOnlyError(self.path)
            raise StoreError(f"The database {self.path} is closed; nothing was written.")
        return self._writer

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


_TABLE_WORDS = {"people": "person", "attendance": "attendance", "notes": "note",
                "followups": "follow-up", "intros": "introduction", "events": "event",
                "me": "your card", SETTINGS_TABLE: "setting"}


def _describe_doc(store: Store, table: str, doc: dict[str, Any]) -> str:
    """One unsaved record in words: its kind and whom it is about."""
    kind = _TABLE_WORDS.get(table, table)
    person_id = doc.get("person_id") or (doc["id"] if table == "people" else None)
    person = store.people.get(person_id) if isinstance(person_id, str) else None
    about = (person.display_name if person else "") or str(doc.get("name") or doc.get("key")
                                                           or "")
    detail = ""
    if table == "attendance":
        queue = doc.get("queue")
        detail = f" — {doc.get('status')}" + (f", {queue}" if queue not in (None, "to_meet")
                                              else "")
    elif table == "notes":
        text = str(doc.get("text") or "")
        detail = f': "{text[:40]}{"…" if len(text) > 40 else ""}"'
    return f"{kind}: {about}{detail}".rstrip(": ")


def _refuse_missing(path: Path, read_only: bool, *, empty: bool = False) -> None:
    """Stop before starting a new database where an earlier one's files lie (or a reader)."""
    earlier = [p for p in (backup_path(path), *damaged_paths(path)) if p.exists()]
    state = "holds nothing (no tables)" if empty else "does not exist"
    if earlier:
        raise NothingToOpenError(path, state, earlier)
    if read_only and not empty:
        raise StoreError(f"There is no database at {path} yet.")


class _MingleTinyDB(TinyDB):
    table_class = IndexedTable


def _remove_stale_temp_files(path: Path) -> None:
    """Temp files left by a writer that died mid-save (the real file is intact)."""
    for stale in path.parent.glob(f".{path.name}.*.tmp"):
        with contextlib.suppress(OSError):
            stale.unlink()
    for stale in path.parent.glob(f".{path.name}.bak.*.tmp"):
        with contextlib.suppress(OSError):
            stale.unlink()
