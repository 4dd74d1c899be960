"""Repository: the in-memory view of one table, as domain records, with simple indexes."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any, Generic, TypeVar

from mingle.domain.records.models import Record

R = TypeVar("R", bound=Record)


class Repository(Generic[R]):
    """Records of one type by id; stored documents become records only when first asked for.

    Indexes are built on the first lookup that needs them, so opening a big database stays
    cheap. Only the thread that owns the store (the UI thread, or the command's main thread)
    reads and changes a repository; the writer thread sees plain dict copies.
    """

    def __init__(self, record_type: type[R],
                 source: Callable[[], Iterable[dict[str, Any]]] | None = None) -> None:
        self.record_type = record_type
        self._source = source
        self._loaded: dict[str, R | dict[str, Any]] = {}
        self._indexes: dict[str, dict[Any, dict[str, None]]] = {}
        self.watchers: list[Callable[[R | None, R | None], None]] = []
        """Called with (old, new) after each put and drop (None for a record added or gone)."""

    def __getattr__(self, name: str) -> Any:
        # `_items` (records by id) appears on first use, after the stored documents are taken
        # in; from then on it is a plain attribute, so the hot paths pay nothing for laziness.
        if name != "_items":
            raise AttributeError(name)
        source, self._source = self._source, None
        if source is not None:
            self.load(source())
        self._items = self._loaded
        return self._loaded

    def load(self, docs: Iterable[dict[str, Any]]) -> None:
        """Take in stored documents (kept as they are until first asked for)."""
        items = self._loaded
        for doc in docs:
            record_id = doc.get("id")
            if isinstance(record_id, str):
                items[record_id] = doc
        self._indexes.clear()

    def peek(self, record_id: str, field: str) -> Any:
        """One field of a record without building the record (for sorting and searching)."""
        item = self._items[record_id]
        return item.get(field) if isinstance(item, dict) else getattr(item, field, None)

    def _index(self, field: str) -> dict[Any, dict[str, None]]:
        index = self._indexes.get(field)
        if index is None:
            index = {}
            for record_id in self._items:
                index.setdefault(self.peek(record_id, field), {})[record_id] = None
            self._indexes[field] = index
        return index

    def _materialise(self, record_id: str) -> R:
        item = self._items[record_id]
        if isinstance(item, dict):
            item = self.record_type.from_stored(item)
            self._items[record_id] = item
        return item

    def get(self, record_id: str | None) -> R | None:
        """The record with this id, or None."""
        if record_id is None or record_id not in self._items:
            return None
        return self._materialise(record_id)

    def __contains__(self, record_id: object) -> bool:
        return record_id in self._items

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[R]:
        for record_id in list(self._items):
            yield self._materialise(record_id)

    def ids(self) -> list[str]:
        """Every record id, in the order they were first stored."""
        return list(self._items)

    def all(self) -> list[R]:
        """Every record, in the order they were first stored."""
        return list(self)

    def ids_where(self, field: str, value: Any) -> list[str]:
        """Ids of the records whose indexed `field` equals `value`."""
        return list(self._index(field).get(value, {}))

    def where(self, field: str, value: Any) -> list[R]:
        """Records whose indexed `field` equals `value`."""
        return [self._materialise(record_id) for record_id in self.ids_where(field, value)]

    @property
    def is_loaded(self) -> bool:
        """True once the stored documents were taken in (any read or change does it)."""
        return "_items" in self.__dict__

    def snapshot(self) -> Callable[[], list[R | dict[str, Any]]]:
        """Every record as held now, for another thread to read (some as stored documents).

        Once taken in, a copy of the list is made now. Before, the stored documents are parsed
        by whoever calls the result, so that the owner thread does not wait for it.
        """
        if self.is_loaded:
            items = list(self._items.values())
            return lambda: items
        source = self._source
        return (lambda: list(source())) if source is not None else list

    def put(self, record: R) -> None:
        """Add or replace a record in memory (the store persists it)."""
        old = self.get(record.id) if self.watchers else None
        self._remove(record.id)
        self._items[record.id] = record
        for field, index in self._indexes.items():
            index.setdefault(getattr(record, field), {})[record.id] = None
        for watch in self.watchers:
            watch(old, record)

    def drop(self, record_id: str) -> None:
        """Remove a record from memory (the store persists the removal)."""
        old = self.get(record_id) if self.watchers else None
        if self._remove(record_id):
            for watch in self.watchers:
                watch(old, None)

    def _remove(self, record_id: str) -> bool:
        if record_id not in self._items:
            return False
        for field, index in self._indexes.items():
            bucket = index.get(self.peek(record_id, field))
            if bucket is not None:
                bucket.pop(record_id, None)
        del self._items[record_id]
        return True
