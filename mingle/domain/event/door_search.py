"""Filter-as-you-type over an attendee list: any part of name, company or email, accent-blind.

Hits are ranked for the door: the exact name, then a name word starting with the query, then
the query anywhere in the name, then in the company or email; the list's own (alphabetical)
order breaks ties, so Enter on `val` is Valentina, not the company "Grant & Vale".
"""

from __future__ import annotations

from collections.abc import Sequence

from mingle.domain.records.normalize import fold, fold_text


def search_key(*texts: str) -> str:
    """The folded text a query is matched against: its words, folded, one space apart."""
    # The words folded at once (as fold_text says, the same as folding each word).
    return fold_text(" ".join(" ".join(text for text in texts if text).split()))


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
        self._last_query = ""
        self._last_hits: list[int] = list(range(len(keys)))

    def __len__(self) -> int:
        return len(self._keys)

    def filter(self, query: str) -> list[int]:
        """Positions of the keys containing every word of the query, best match first."""
        folded = " ".join(fold(query).split())
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
        self._last_hits = hits  # kept in key order: a longer query narrows them
        if folded and self._names is not None:
            return rank_hits(hits, self._names, folded)
        return hits
