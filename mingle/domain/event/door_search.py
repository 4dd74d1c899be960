"""Filter-as-you-type over an attendee list: any part of name, company or email, accent-blind."""

from __future__ import annotations

from collections.abc import Sequence

from mingle.domain.records.normalize import fold


def search_key(*texts: str) -> str:
    """The folded text a query is matched against (word by word: names repeat, folds cache)."""
    return " ".join(fold(word) for text in texts if text for word in text.split())


class IncrementalFilter:
    """Matches queries against fixed keys; a query that extends the last one narrows its hits."""

    def __init__(self, keys: Sequence[str]) -> None:
        self._keys = keys
        self._last_query = ""
        self._last_hits: list[int] = list(range(len(keys)))

    def __len__(self) -> int:
        return len(self._keys)

    def filter(self, query: str) -> list[int]:
        """Positions of the keys containing every word of the query, in key order."""
        folded = fold(query).strip()
        if not folded:
            hits = list(range(len(self._keys)))
        else:
            words = folded.split()
            if self._last_query and folded.startswith(self._last_query):
                pool: Sequence[int] = self._last_hits
            else:
                pool = range(len(self._keys))
            keys = self._keys
            if len(words) == 1:
                word = words[0]
                hits = [i for i in pool if word in keys[i]]
            else:
                hits = [i for i in pool if all(w in keys[i] for w in words)]
        self._last_query = folded
        self._last_hits = hits
        return hits
