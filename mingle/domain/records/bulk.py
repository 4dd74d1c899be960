"""Pausing the cyclic garbage collector while thousands of records are made or written."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_holders = 0
_was_enabled = False


@contextmanager
def bulk_records() -> Iterator[None]:
    """Keep the cyclic garbage collector off while inside (from any thread, nested or not).

    Records form no reference cycles, but each collection walks every object made so far:
    with tens of thousands of rows that costs a third of an import, and as much again in the
    writer thread that stores them. The collector is on again once the last holder leaves,
    the objects made meanwhile set aside from it (`gc.freeze`) until the store is closed.
    """
    global _holders, _was_enabled
    with _lock:
        if _holders == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _holders += 1
    try:
        yield
    finally:
        with _lock:
            _holders -= 1
            if _holders == 0 and _was_enabled:
                # What was made inside lives on (the records of an import, parsed tables):
                # set aside from the collector, which would otherwise walk it all at its next
                # run (a third of a second after a big import). Store.close gives it back.
                gc.freeze()
                gc.enable()
