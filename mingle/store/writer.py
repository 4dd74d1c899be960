"""The one writer: a thread that applies queued changes to TinyDB and writes the file."""

from __future__ import annotations

import contextlib
import queue
import threading
from collections.abc import Callable, MutableMapping
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any

from tinydb import TinyDB

from mingle.domain.records.bulk import bulk_records
from mingle.store.storage import DurableJSONStorage

BULK_PUTS = 1000
"""Documents in one write from which the garbage collector is paused while it is applied."""


@dataclass(slots=True)
class Change:
    """Documents to put and ids to delete, per table; done when its future is."""

    puts: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    deletes: list[tuple[str, str]] = field(default_factory=list)
    future: Future[None] = field(default_factory=Future)


class Writer:
    """Owns the TinyDB instance; applies changes in order, one durable file write per batch."""

    def __init__(self, db: TinyDB, on_error: Callable[[BaseException], None] | None) -> None:
        self._db = db
        self._storage: DurableJSONStorage = db.storage  # type: ignore[assignment]
        self._on_error = on_error
        self._queue: queue.SimpleQueue[Change | None] = queue.SimpleQueue()
        self._doc_ids: dict[str, dict[str, int]] = {}  # per table, built in the writer thread
        self._state = threading.Lock()
        self._pending = 0
        self._failed: list[Change] = []  # changes in memory whose write failed, oldest first
        self.last_error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="mingle-writer", daemon=True)
        self._thread.start()

    def submit(self, change: Change) -> Future[None]:
        """Queue a change; its future completes once the change is on disk."""
        with self._state:
            self._pending += 1
        self._queue.put(change)
        return change.future

    @property
    def pending(self) -> int:
        """Changes queued or being written."""
        with self._state:
            return self._pending

    def unsaved(self) -> list[Change]:
        """Changes held in memory whose write failed (written with the next save that works)."""
        with self._state:
            return list(self._failed)

    def stop(self) -> None:
        """Write everything queued, then end the thread."""
        self._queue.put(None)
        self._thread.join()

    def _run(self) -> None:
        stopping = False
        while not stopping:
            batch: list[Change] = []
            item = self._queue.get()
            while True:
                if item is None:
                    stopping = True
                else:
                    batch.append(item)
                try:
                    item = self._queue.get_nowait()
                except queue.Empty:
                    break
            if batch:
                self._write(batch)
        self._retry_failed_write()

    def _retry_failed_write(self) -> None:
        """On the way out, try once more to write changes whose save failed earlier."""
        try:
            self._storage.flush()
        except OSError as exc:
            self.last_error = exc
            self._report(exc)
        else:
            with self._state:
                self._failed.clear()

    def _report(self, error: BaseException) -> None:
        """Tell the app; a failing callback must not stop the writer."""
        if self._on_error is None:
            return
        # The writer must outlive a broken callback (e.g. an app shutting down).
        with contextlib.suppress(Exception):
            self._on_error(error)

    def _write(self, batch: list[Change]) -> None:
        # An import's thousands of documents: without collections meanwhile (see bulk_records).
        big = sum(len(change.puts) for change in batch) >= BULK_PUTS
        try:
            # The lock: the app's thread may be taking in a table meanwhile.
            with (bulk_records() if big else contextlib.nullcontext()), \
                    self._storage.batch(), self._storage.lock:
                for change in batch:
                    self._apply(change)
        except BaseException as exc:  # reported to every waiter and to the app
            with self._state:
                self._pending -= len(batch)
                self._failed.extend(c for c in batch if c.puts or c.deletes)
                self.last_error = exc
            for change in batch:
                change.future.set_exception(exc)
            self._report(exc)
            return
        with self._state:  # everything in memory is on disk now, earlier failures included
            self._pending -= len(batch)
            self._failed.clear()
            self.last_error = None
        for change in batch:
            change.future.set_result(None)

    def _ids_of(self, table_name: str) -> dict[str, int]:
        """TinyDB's document number of each record id of a table."""
        ids = self._doc_ids.get(table_name)
        if ids is None:
            tables: MutableMapping[str, dict[str, Any]] = self._storage.read() or {}
            raw = tables.get(table_name, {})
            ids = {doc["id"]: int(key) for key, doc in raw.items()
                   if isinstance(doc.get("id"), str)}
            self._doc_ids[table_name] = ids
        return ids

    def _apply(self, change: Change) -> None:
        # New records go in with one insert_multiple per table (an import brings thousands);
        # a record put twice in one change is inserted once, with its last version.
        new: dict[str, dict[str, dict[str, Any]]] = {}
        for table_name, doc in change.puts:
            ids = self._ids_of(table_name)
            doc_id = ids.get(doc["id"])
            if doc_id is None:
                new.setdefault(table_name, {})[doc["id"]] = doc
            else:
                self._db.table(table_name).update(_replace_with(doc), doc_ids=[doc_id])
        for table_name, docs in new.items():
            inserted = self._db.table(table_name).insert_multiple(docs.values())
            self._ids_of(table_name).update(zip(docs, inserted, strict=True))
        for table_name, record_id in change.deletes:
            doc_id = self._ids_of(table_name).pop(record_id, None)
            if doc_id is not None:
                self._db.table(table_name).remove(doc_ids=[doc_id])


def _replace_with(doc: dict[str, Any]) -> Callable[[MutableMapping[Any, Any]], None]:
    """A TinyDB update that replaces the stored document (keeping its place in the file)."""

    def replace(stored: MutableMapping[Any, Any]) -> None:
        stored.clear()
        stored.update(doc)

    return replace
