"""Watching the store's tables without keeping the watcher alive: a helper for kept state."""

from __future__ import annotations

import weakref
from collections.abc import Iterable
from typing import Any

from mingle.store.repository import Repository


class _Watch:
    """A store watcher that holds its owner weakly: state nobody uses is not kept alive."""

    def __init__(self, owner: object, method: str) -> None:
        self._owner = weakref.ref(owner)
        self._method = method

    @property
    def alive(self) -> bool:
        return self._owner() is not None

    def __call__(self, old: Any, new: Any) -> None:
        owner = self._owner()
        if owner is not None:
            getattr(owner, self._method)(old, new)


def watch_weakly(repos: Iterable[Repository[Any]], owner: object, method: str) -> None:
    """Call `owner.method(old, new)` after each change to these tables while `owner` lives.

    Watchers of owners gone are dropped here, when a new one comes.
    """
    for repo in repos:
        repo.watchers[:] = [w for w in repo.watchers if not isinstance(w, _Watch) or w.alive]
        repo.watchers.append(_Watch(owner, method))
