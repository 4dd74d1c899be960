"""Filter-as-you-type over an attendee list: any part of name, company or email, accent-blind.

Hits are ranked for the door: the exact name, then a name word starting with the query, then
the query anywhere in the name, then in the company or email; the list's own (alphabetical)
order breaks ties, so Enter on `val` is Valentina, not the company "Grant & Vale".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from mingle.domain.records.normalize import fold


def search_key(*texts: str) -> str:
    """The folded text a query is matched against: its words, folded, one space apart."""
    joined = " ".join(" ".join(text for text in texts if text).split())
    if joined.isascii():  # fold of ASCII is lower(): one call does every word
        return joined.lower()
    return " ".join(fold(word) for word in joined.split())  # names repeat: folds are cached


def rank_hits(hits: Sequence[int], names: Sequence[str], query: str) -> list[int]:
    """`hits` (in list order) ranked for a folded query against the folded `names`."""
    words = query.split()
    whole, start = " ".join(words), " " + " ".join(words)
    exact, prefix, inside, other = [], [], [], []
    for i in hits:
        name = names[i]
        if name == whole:
            exact.append(i)
        elif name.startswith(whole) or start in name:
            prefix.append(i)
        elif all(w in name for w in words):
            inside.append(i)
        else:
            other.append(i)
    return exact + prefix + inside + other


class IncrementalFilter:
    """Matches queries against fixed keys; a query that extends the last one narrows its hits.

    `names` (folded, one per key) ranks the hits; without them hits stay in key order.
    """

    def __init__(self, keys: Sequence[str], names: Sequence[str] | None = None) -> None:
        self._keys = keys
        self._names = names
        self._count = len(keys)
        self._make: Callable[[], tuple[Sequence[str], Sequence[str] | None]] | None = None
        self._last_query = ""
        self._last_hits: list[int] = list(range(len(keys)))

    @classmethod
    def later(cls, count: int,
              make: Callable[[], tuple[Sequence[str], Sequence[str] | None]]) -> IncrementalFilter:
        """A filter of `count` keys that `make` returns (with the names) when first needed.

        An empty query needs none, so a list can be shown before its search keys exist.
        """
        made = cls(())
        made._count, made._make, made._last_hits = count, make, list(range(count))
        return made

    def prepare(self) -> None:
        """Make the keys now if they are not yet (after the first frame, say)."""
        if self._make is not None:
            make, self._make = self._make, None
            self._keys, self._names = make()

    def __len__(self) -> int:
        return self._count

    def filter(self, query: str) -> list[int]:
        """Positions of the keys containing every word of the query, best match first."""
        folded = " ".join(fold(query).split())
        if not folded:
            hits = list(range(self._count))
        else:
            self.prepare()
            words = folded.split()
            if self._last_query and folded.startswith(self._last_query):
                pool: Sequence[int] = self._last_hits
            else:
                pool = range(self._count)
            keys = self._keys
            if len(words) == 1:
                word = words[0]
                hits = [i for i in pool if word in keys[i]]
            else:
                hits = [i for i in pool if all(w in keys[i] for w in words)]
        self._last_query = folded
        self._last_hits = hits  # kept in key order: a longer query narrows them
        if folded and self._names is not None:
            return rank_hits(hits, self._names, folded)
        return hits
