"""The People search on an open Store: build the index, keep it current, say why people match."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

from mingle.domain.network.query import Query, parse_query
from mingle.domain.network.reasons import Reason, explain
from mingle.domain.network.search import NetworkIndex, Results
from mingle.domain.records.models import Record
from mingle.store.database import Store
from mingle.store.repository import Repository

INDEXED_TABLES = ("people", "notes", "followups", "attendance", "events")

RECENT_QUERIES = 32
RECENT_REASONS = 2000
Snapshot = list[tuple[type[Record], Callable[[], list[Any]]]]


def _repositories(store: Store) -> Iterator[Repository[Any]]:
    for name in INDEXED_TABLES:
        yield getattr(store, name)


def snapshot(store: Store) -> Snapshot:
    """What the index is built from, taken on the store's own thread (cheap: no parsing)."""
    return [(repo.record_type, repo.snapshot()) for repo in _repositories(store)]


def build_index(taken: Snapshot, only: tuple[str, ...] | None = None) -> NetworkIndex:
    """Index a snapshot; safe on another thread (the store's records are only read).

    With `only`, just the words starting with one of those prefixes are indexed: enough for
    one known query, and much quicker to build.
    """
    index = NetworkIndex(only)
    for record_type, items in taken:
        index.add_all(record_type.from_stored(i) if isinstance(i, dict) else i for i in items())
    return index


def index_store(store: Store, query: Query | None = None) -> NetworkIndex:
    """The index of a store, built at once; with a query, only what that query needs."""
    only = None
    if query is not None:
        only = (*query.words, *query.tags, *query.needs, *query.offers, *query.at)
    index = NetworkIndex(only)
    for repo in _repositories(store):  # records built once, in the store, for the reasons too
        index.add_all(repo)
    return index


def reasons_for(store: Store, index: NetworkIndex, person_id: str, query: Query,
                today: date | None = None) -> list[Reason]:
    """Why a found person matches the query, from their records in the store."""
    person = store.people.get(person_id)
    if person is None:
        return []
    notes = store.notes.where("person_id", person_id)
    event_ids = {a.event_id for a in store.attendance.where("person_id", person_id)}
    events = [e for e in (store.events.get(i) for i in event_ids) if e is not None]
    events.sort(key=lambda e: (e.date or date.min, e.name), reverse=True)
    followups = [f for f in store.followups.where("person_id", person_id) if f.done_at is None]
    names = {n.event_id: e.name for n in notes
             if n.event_id and (e := store.events.get(n.event_id)) is not None}
    return explain(query, person, notes, events, followups, index.last_contact(person_id), today,
                   names)


class LiveIndex:
    """The index the app searches: built off the UI thread, then kept current on every change.

    Changes made while the build runs are kept in order and applied once it is done, so the
    finished index matches the store exactly.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self.index: NetworkIndex | None = None
        self._pending: list[tuple[Record | None, Record | None]] | None = None
        self._unread: set[str] = set()  # tables the build reads from the file itself
        self._recent: dict[tuple[str, date], Results] = {}  # until the next change
        self._reasons: dict[tuple[str, str], list[Reason]] = {}  # likewise
        self.about = ""
        """How the index was built (time and memory), for the People screen to say."""
        self.generation = 0
        """Counts the changes seen, so that a screen knows when its rows are out of date."""

    @property
    def ready(self) -> bool:
        return self.index is not None

    def start(self) -> Snapshot:
        """Begin watching the store; returns the snapshot to build from (on another thread)."""
        self._pending = []
        self._unread = set()
        for repo in _repositories(self.store):
            if self._changed not in repo.watchers:
                repo.watchers.append(self._changed)
            if not repo.is_loaded:
                self._unread.add(repo.record_type.table)
        return snapshot(self.store)

    def finish(self, index: NetworkIndex) -> bool:
        """Take the built index and apply the changes made meanwhile (on the store's thread).

        A table the thread read from the file itself may already hold a change made meanwhile
        (the writer saves it), so a change to one means building again: returns False.
        """
        pending = self._pending or []
        if any(r.table in self._unread for pair in pending for r in pair if r is not None):
            return False
        for old, new in pending:
            index.update(old, new)
        self._pending = None
        self.index = index
        return True

    def warm_up(self) -> None:
        """Build the store's lookups the reasons use (by person), before the first search."""
        for repo in (self.store.notes, self.store.followups, self.store.attendance):
            repo.ids_where("person_id", None)
        self.store.intros.ids_where("a_id", None)
        self.store.intros.ids_where("b_id", None)

    def stop(self) -> None:
        """Stop watching the store."""
        for repo in _repositories(self.store):
            if self._changed in repo.watchers:
                repo.watchers.remove(self._changed)

    def _changed(self, old: Record | None, new: Record | None) -> None:
        self._recent.clear()
        self._reasons.clear()
        self.generation += 1
        if self.index is not None:
            self.index.update(old, new)
        elif self._pending is not None:
            self._pending.append((old, new))

    def search(self, text: str, today: date | None = None) -> Results | None:
        """People matching a typed query, best first (None until the index is ready)."""
        if self.index is None:
            return None
        key = (text, today or date.today())
        results = self._recent.get(key)
        if results is None:  # backspacing finds what was typed before at once
            results = self._recent[key] = self.index.search(parse_query(text), key[1])
            if len(self._recent) > RECENT_QUERIES:
                del self._recent[next(iter(self._recent))]
        return results

    def reasons(self, person_id: str, query: Query) -> list[Reason]:
        """Why a found person matches."""
        if self.index is None:
            return []
        key = (query.text, person_id)
        reasons = self._reasons.get(key)
        if reasons is None:
            reasons = self._reasons[key] = reasons_for(self.store, self.index, person_id, query)
            if len(self._reasons) > RECENT_REASONS:
                del self._reasons[next(iter(self._reasons))]
        return reasons
