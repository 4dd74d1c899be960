"""Repository: the in-memory view of one table, as domain records, with simple indexes."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any, Generic, TypeVar

from mingle.domain.models import Record

R = TypeVar("R", bound=Record)


class Repository(Generic[R]):
    """Records of one type by id; stored documents become records only when first asked for.

    Only the thread that owns the store (the UI thread, or the command's main thread) reads
    and changes a repository; the writer thread sees plain dict copies.
    """

    def __init__(self, record_type: type[R], index_fields: Iterable[str] = ()) -> None:
        self.record_type = record_type
        self._items: dict[str, R | dict[str, Any]] = {}
        self._index_fields = tuple(index_fields)
        self._indexes: dict[str, dict[Any, dict[str, None]]] = {f: {} for f in self._index_fields}

    def load(self, docs: Iterable[dict[str, Any]]) -> None:
        """Take in stored documents (kept as they are until first asked for)."""
        for doc in docs:
            record_id = doc.get("id")
            if isinstance(record_id, str):
                self._items[record_id] = doc
                self._index(record_id, doc.get)

    def _index(self, record_id: str, value_of: Callable[[str], Any]) -> None:
        for name in self._index_fields:
            self._indexes[name].setdefault(value_of(name), {})[record_id] = None

    def _unindex(self, record_id: str, value_of: Callable[[str], Any]) -> None:
        for name in self._index_fields:
            bucket = self._indexes[name].get(value_of(name))
            if bucket is not None:
                bucket.pop(record_id, None)

    def _materialise(self, record_id: str) -> R:
        item = self._items[record_id]
        if isinstance(item, dict):
            item = self.record_type.from_dict(item)
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

    def all(self) -> list[R]:
        """Every record, in the order they were first stored."""
        return list(self)

    def where(self, field: str, value: Any) -> list[R]:
        """Records whose indexed `field` equals `value`."""
        bucket = self._indexes[field].get(value, {})
        return [self._materialise(record_id) for record_id in list(bucket)]

    def put(self, record: R) -> None:
        """Add or replace a record in memory (the store persists it)."""
        old = self._items.get(record.id)
        if old is not None:
            self._unindex(record.id, old.get if isinstance(old, dict) else
                          lambda name, o=old: getattr(o, name))
        self._items[record.id] = record
        self._index(record.id, lambda name: getattr(record, name))

    def drop(self, record_id: str) -> None:
        """Remove a record from memory (the store persists the removal)."""
        old = self._items.pop(record_id, None)
        if old is not None:
            self._unindex(record_id, old.get if isinstance(old, dict) else
                          lambda name, o=old: getattr(o, name))
