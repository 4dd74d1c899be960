"""LiveIntroIndex: the introductions index kept up to date as notes change people, not rebuilt.

A person whose needs, offers, tags or title changed is marked changed: their own bitsets are
made again from the index's maps, and their bit is left out of everyone else's searches (the
other people's bitsets may still hold the bit as it was; nothing else in them changed). So
a search is: the pairs among unchanged people, as before; each changed person searched alone
against the unchanged ones; pairs of two changed people scored one by one. The first part is
kept between searches: while the same people are asked about, the last result less the pairs
with someone changed (or excluded since) is still the best of the rest, if enough remain.
The result is exactly that of an index built afresh (tests/hostile/test_intros_property.py).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from functools import cached_property

from mingle.domain.introductions.index import (
    Found,
    IntroIndex,
    _meetings,
    bitset,
    disjoint_groups,
)
from mingle.domain.introductions.matching import ROLE_RULES
from mingle.domain.introductions.need_match import PhraseKey
from mingle.domain.introductions.suggest import (
    MAX_FIT_COUNTED,
    close_fit,
    name_key,
    profile,
    suggest_pair_of,
)
from mingle.domain.records.models import Intro, Person

MAX_CHANGED = 12
"""More people changed than this and a new build is cheaper than searching each alone."""
KEPT_SEARCHES = 4
EXTRA_DEPTH = 20  # pairs found beyond those asked for, to outlast a few changes


class LiveIntroIndex(IntroIndex):
    """An `IntroIndex` that takes in changed people (`update`) without being built again."""

    def __init__(self, people: Iterable[Person], *, intros: Iterable[Intro] = (),
                 known_pairs: Iterable[Collection[str]] = ()) -> None:
        super().__init__(people, intros=intros, known_pairs=known_pairs)
        self._changed: set[int] = set()
        self._changed_bits = 0
        self._kept: dict[tuple[tuple[int, ...], int], tuple[int, list[Found]]] = {}

    @property
    def changed(self) -> int:
        """How many people changed since the index was built."""
        return len(self._changed)

    def update(self, person: Person) -> bool:
        """Take in a person's new needs, offers, tags, title or company.

        False when that takes a new build: someone new, a new name (the order changes),
        intro consent or links changed, or too many people changed already.
        """
        rank = self._rank.get(person.id)
        if rank is None:
            return not person.consent.intro_ok  # still not in the index, or new in it
        old = self._profiles[rank]
        if (not person.consent.intro_ok or name_key(person) != name_key(old.person)
                or list(person.linked) != list(old.person.linked)):
            return False
        fresh = profile(person)
        self._profiles[rank] = fresh
        if fresh[1:] == old[1:]:
            return True  # nothing the matching reads changed (a note without tags)
        if rank not in self._changed and len(self._changed) >= MAX_CHANGED:
            return False
        self._changed.add(rank)
        self._changed_bits |= 1 << rank
        self._fit_masks.pop(rank, None)
        if "_tag_bits" in self.__dict__:  # a tag nobody unchanged has: nobody else has it
            for key, _ in fresh.tags:
                self._tag_bits.setdefault(key, 0)
        if fresh.roles not in self._role_masks:
            self._role_masks[fresh.roles] = self._role_mask(fresh.roles)
        self._need_masks[rank], self._bounds[rank] = self._masks_of(fresh.need_subjects,
                                                                    fresh.offer_subjects)
        return True

    # -- the changed person's own bitsets, from the maps of the build --------------------

    def _role_mask(self, roles: frozenset[str]) -> int:
        side_bits = self._subject_maps.side_bits
        mask = 0
        for rule in ROLE_RULES:
            if rule.first in roles:
                mask |= side_bits.get(rule.second, 0)
            if rule.second in roles:
                mask |= side_bits.get(rule.first, 0)
        return mask

    def _masks_of(self, needs: Iterable[PhraseKey], offers: Iterable[PhraseKey]
                  ) -> tuple[list[int], int]:
        maps = self._subject_maps
        takes = []
        for need in needs:
            bits = maps.meets.get(need)
            if bits is None:  # a need nobody had: who can meet it
                bits = 0
                for offer in _meetings([need], maps.offer_bits)[need]:
                    bits |= maps.offer_bits[offer]
            if bits:
                takes.append(bits)
        given: set[PhraseKey] = set()
        for offer in offers:
            if offer in maps.offer_bits:
                given.update(maps.met.get(offer, ()))
            else:  # an offer nobody had: which needs it meets
                given.update(n for n, found in _meetings(maps.need_bits, [offer]).items()
                             if found)
        gives = disjoint_groups(maps.need_bits[n] for n in given)
        return takes + gives, len(takes) + min(len(gives), maps.most_needs)

    @cached_property
    def _whole_offer_bits(self) -> dict[PhraseKey, int]:
        found: dict[PhraseKey, list[int]] = {}
        for i, prof in enumerate(self._profiles):
            for key, _ in prof.offers:
                found.setdefault(key, []).append(i)
        return {k: bitset(v) for k, v in found.items()}

    def _fit_masks_of(self, i: int) -> list[int]:
        if i not in self._changed or i in self._fit_masks:
            return super()._fit_masks_of(i)
        need_bits, meets, met = self._keys_met
        prof = self._profiles[i]
        masks = []
        for key, _ in prof.needs:
            levels = meets.get(key)
            if levels is None:
                levels = [0] * (MAX_FIT_COUNTED + 1)
                offer_bits = self._whole_offer_bits
                for offer in _meetings([key], offer_bits)[key]:
                    for level in range(close_fit(key, offer) + 1):
                        levels[level] |= offer_bits[offer]
            masks += [levels[f] for f in range(1, MAX_FIT_COUNTED + 1) if levels[f]]
        best: dict[PhraseKey, int] = {}
        for key, _ in prof.offers:
            fits = met.get(key)
            if fits is None:
                fits = {n: close_fit(n, key) for n, found in _meetings(need_bits, [key]).items()
                        if found}
            for need, fit in fits.items():
                best[need] = max(fit, best.get(need, -1))
        for f in range(1, MAX_FIT_COUNTED + 1):
            masks += disjoint_groups(need_bits[n] for n, fit in best.items() if fit >= f)
        self._fit_masks[i] = masks
        return masks

    # -- searching -------------------------------------------------------------------------

    def _search(self, anchors: list[int], partners: int, limit: int) -> list[Found]:
        if limit <= 0 or not anchors or not partners:
            return []
        changed = self._changed_bits
        found = self._unchanged_pairs(anchors, partners, limit)
        if changed:
            anchored = bitset(anchors)
            mine = sorted(self._changed)
            for n, i in enumerate(mine):
                mates = (partners if anchored >> i & 1 else 0) | (
                    anchored if partners >> i & 1 else 0)
                mates &= ~changed & ~(1 << i)
                if mates:  # each pair as (score, one of the anchors, the other)
                    alone = super()._search([i], mates, limit)
                    found += alone if anchored >> i & 1 else [(f, j, k) for f, k, j in alone]
                for j in mine[n + 1:]:  # two changed people: scored as a pair
                    if not ((anchored >> i & 1 and partners >> j & 1)
                            or (anchored >> j & 1 and partners >> i & 1)):
                        continue
                    if self._excluded.get(i, 0) >> j & 1:
                        continue
                    score = suggest_pair_of(self._profiles[i], self._profiles[j]).score
                    if score > 0:
                        found.append((score, i, j) if anchored >> i & 1 else (score, j, i))
            found.sort(key=lambda f: (-f[0], min(f[1], f[2]), max(f[1], f[2])))
        return found[:limit]

    def _unchanged_pairs(self, anchors: list[int], partners: int, limit: int) -> list[Found]:
        """The best pairs of two unchanged people, from the last such search if it holds."""
        changed = self._changed_bits
        asked = (tuple(anchors), partners)
        kept = self._kept.get(asked)
        if kept is not None:
            depth, pairs = kept
            excluded = self._excluded
            left = [f for f in pairs if not (changed >> f[1] & 1 or changed >> f[2] & 1
                                             or excluded.get(f[1], 0) >> f[2] & 1)]
            if len(left) >= limit or len(pairs) < depth:  # enough, or every pair there is
                return left[:limit]
        depth = limit + EXTRA_DEPTH
        pairs = super()._search([a for a in anchors if not changed >> a & 1],
                                partners & ~changed, depth)
        if len(self._kept) >= KEPT_SEARCHES:
            self._kept.pop(next(iter(self._kept)))
        self._kept[asked] = (depth, pairs)
        return pairs[:limit]
