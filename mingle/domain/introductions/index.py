"""The search for the best introductions: an index of needs, offers, tags and roles → people.

Every person gets a bit: their rank in name order. The index maps each need, offer and tag (as
matched, `need_match.phrase_key`) and each role to the bitset of the people who have it, and
each need to everyone whose offers meet it (found through a concept → offers index: an offer
is filed under each concept it gives, its heads as an offer and what it names alongside, and
their wider ones; only those are tried).

A pair's score depends on four counts only: needs met both ways (c), shared tags (s), a role
fit (r), steps of close fit (f): `NEED_MET·c + SHARED_INTEREST·min(s, 3) + ROLE_FIT·r +
CLOSE_FIT·min(f, 2)`; f is counted like c, one bitset per step. For a person A, one bitset per
need of A (who meets it) and one per need that A's offers meet (who has it) split everyone by
c, a few big-integer operations per person, no loop over pairs. NEED_MET > MAX_EXTRA, so pairs
rank by c first: people are taken in order of the most needs a pair with them could meet, until
the pairs with at least some c are enough; only they are ranked further, by tags and roles.
Pairs that meet no need are looked at only when the others are too few. The result is exactly
the brute-force ranking (tests/hostile/test_intros_property.py).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from functools import cached_property
from typing import NamedTuple

from mingle.domain.introductions.matching import ROLE_RULES
from mingle.domain.introductions.need_match import PhraseKey, candidate_heads, meeting
from mingle.domain.introductions.suggest import (
    CLOSE_FIT,
    MAX_EXTRA,
    MAX_FIT_COUNTED,
    MAX_SHARED_COUNTED,
    NEED_MET,
    ROLE_FIT,
    SHARED_INTEREST,
    Keyed,
    Profile,
    Suggestion,
    close_fit,
    name_key,
    pair_close_fit,
    pair_parts_of,
    profile,
    suggest_pair_of,
)
from mingle.domain.records.models import Intro, Person

assert NEED_MET > MAX_EXTRA, "the search ranks pairs by needs met first"

# Up to this many pairs tied on needs met are ranked one by one; more are split as bitsets.
PAIRS_ONE_BY_ONE = 4096

Found = tuple[int, int, int]  # (score, anchor rank, partner rank)


def bitset(ranks: Iterable[int]) -> int:
    """The ranks as one integer with those bits set."""
    ranks = list(ranks)
    bits = bytearray((max(ranks, default=0) >> 3) + 1)
    for rank in ranks:
        bits[rank >> 3] |= 1 << (rank & 7)
    return int.from_bytes(bits, "little")


def ranks_in(bits: int, most: int | None = None) -> list[int]:
    """The positions of the set bits, lowest first (only the lowest `most` if given)."""
    found: list[int] = []
    while bits and (most is None or len(found) < most):
        low = bits & -bits
        found.append(low.bit_length() - 1)
        bits ^= low
    return found


def count_levels(masks: Iterable[int], within: int, cap: int | None = None) -> list[int]:
    """Split the bits of `within` by how many of `masks` hold them: item n has count n.

    With `cap`, counts above it are counted as `cap`.
    """
    levels = [within]
    for mask in masks:
        if cap is None or len(levels) <= cap:
            levels.append(0)
        # From the top down, so that a bit moves up at most once a mask.
        for count in range(len(levels) - 2, -1, -1):
            inside = levels[count] & mask
            if inside:
                levels[count] ^= inside
                levels[count + 1] |= inside
    return levels


def disjoint_groups(masks: Iterable[int]) -> list[int]:
    """The masks ORed into as few groups as possible where none overlap: counts stay the same."""
    groups: list[int] = []
    for mask in masks:
        if not groups:
            groups.append(mask)
            continue
        for n, group in enumerate(groups):
            if not group & mask:
                groups[n] = group | mask
                break
        else:
            groups.append(mask)
    return groups


def matching_offers(need: PhraseKey, by_head: Mapping[str, list[PhraseKey]]
                    ) -> list[PhraseKey]:
    """The offers that meet a need; `by_head`: each concept → the offers filed under it."""
    found: dict[PhraseKey, bool] = {}
    for head in need.sought():
        for concept in candidate_heads(head):
            for offer in by_head.get(concept, ()):
                if offer not in found:
                    found[offer] = meeting(need, offer) is not None
    return [offer for offer, meets in found.items() if meets]


def _meetings(needs: Iterable[PhraseKey], offers: Iterable[PhraseKey]
              ) -> dict[PhraseKey, list[PhraseKey]]:
    """Each need → the offers that meet it, offers filed under what they give and wider ones."""
    by_head: dict[str, list[PhraseKey]] = defaultdict(list)
    for offer in offers:
        given = offer.offered()
        for concept in {c for head in given.heads | given.alongside
                        for c in candidate_heads(head)}:
            by_head[concept].append(offer)
    return {need: matching_offers(need, by_head) for need in needs}


class SubjectMaps(NamedTuple):
    """What the index was built from, by need and offer subject: kept for `LiveIntroIndex`."""

    need_bits: dict[PhraseKey, int]  # need → who has it
    offer_bits: dict[PhraseKey, int]  # offer → who has it
    side_bits: dict[str, int]  # role side → who is on it
    meets: dict[PhraseKey, int]  # need → everyone who can meet it
    met: dict[PhraseKey, list[PhraseKey]]  # offer → needs it meets
    most_needs: int


class IntroIndex:
    """The people of the user's network indexed for introductions; build once, ask many times.

    People who withheld intro consent are left out. Pairs that already know each other (linked
    records, `known_pairs`) or have an intro record in any state are never suggested. Build a
    new index when people change (check-ins need none); call `exclude` when an intro is stored.

    For the panel: `index = IntroIndex(everyone, intros=stored)`; event-wide
    `index.best_pairs(present)` or, with the whole network, `index.best_pairs(present, all_ids)`;
    for the person in focus `index.best_for(person_id, present or all_ids)`. Acting on one:
    `intros.intro_from_suggestion`, store it, `index.exclude(a_id, b_id)`, then
    `intros.advance` through the opt-in steps.
    """

    def __init__(self, people: Iterable[Person], *, intros: Iterable[Intro] = (),
                 known_pairs: Iterable[Collection[str]] = ()) -> None:
        unique = {p.id: p for p in reversed(list(people)) if p.consent.intro_ok}
        ordered = sorted(unique.values(), key=name_key)
        self._profiles: list[Profile] = [profile(p) for p in ordered]
        self._rank = {p.id: i for i, p in enumerate(ordered)}
        self._excluded: dict[int, int] = {}
        for p in ordered:
            for other in p.linked:
                self.exclude(p.id, other)
        for pair in known_pairs:
            self.exclude(*pair)
        for intro in intros:
            self.exclude(intro.a_id, intro.b_id)
        self._index_people()

    def _index_people(self) -> None:
        needers: dict[PhraseKey, list[int]] = defaultdict(list)  # by subject: heads and form
        offerers: dict[PhraseKey, list[int]] = defaultdict(list)
        sides: dict[str, list[int]] = defaultdict(list)
        for i, prof in enumerate(self._profiles):
            for key in prof.need_subjects:
                needers[key].append(i)
            for key in prof.offer_subjects:
                offerers[key].append(i)
            for side in prof.roles:
                sides[side].append(i)
        need_bits = {k: bitset(v) for k, v in needers.items()}
        offer_bits = {k: bitset(v) for k, v in offerers.items()}
        side_bits = {k: bitset(v) for k, v in sides.items()}
        self._role_masks: dict[frozenset[str], int] = {}  # sides → everyone a role fits with
        for roles in {p.roles for p in self._profiles}:
            self._role_masks[roles] = 0
            for rule in ROLE_RULES:
                if rule.first in roles:
                    self._role_masks[roles] |= side_bits.get(rule.second, 0)
                if rule.second in roles:
                    self._role_masks[roles] |= side_bits.get(rule.first, 0)
        # Whether an offer meets a need depends on their subjects only (the fit on more).
        meets: dict[PhraseKey, int] = {}  # need → everyone who can meet it
        met: dict[PhraseKey, list[PhraseKey]] = defaultdict(list)  # offer → needs it meets
        for need, offers in _meetings(need_bits, offer_bits).items():
            meets[need] = 0
            for offer in offers:
                meets[need] |= offer_bits[offer]
                met[offer].append(need)
        most_needs = max((len(p.needs) for p in self._profiles), default=0)
        self._subject_maps = SubjectMaps(need_bits, offer_bits, side_bits, meets, met, most_needs)
        # For each person: bitsets that each add one to the needs met with whoever is in them.
        self._need_masks: list[list[int]] = []
        self._bounds: list[int] = []  # the most needs a pair with this person can meet
        takes_of: dict[Keyed, list[int]] = {}  # the same needs take the same bitsets
        gives_of: dict[Keyed, list[int]] = {}  # the same offers give the same bitsets
        for prof in self._profiles:
            takes = takes_of.get(prof.needs)
            if takes is None:
                takes = takes_of[prof.needs] = [meets[k] for k in prof.need_subjects
                                                if meets[k]]
            gives = gives_of.get(prof.offers)
            if gives is None:
                given = {need for key in prof.offer_subjects for need in met.get(key, ())}
                # Needs nobody has together can share one bitset: nobody is in two of them.
                gives = gives_of[prof.offers] = disjoint_groups(need_bits[n] for n in given)
            self._need_masks.append(takes + gives)
            self._bounds.append(len(takes) + min(len(gives), most_needs))
        self._fit_masks: dict[int, list[int]] = {}

    @cached_property
    def _keys_met(self) -> tuple[dict[PhraseKey, int], dict[PhraseKey, list[int]],
                                 dict[PhraseKey, dict[PhraseKey, int]]]:
        """Needs (whole keys) → who has them; → who meets them at each step of fit; offers →
        the needs they meet, with the fit. Only needed when many pairs tie on needs met."""
        needers: dict[PhraseKey, list[int]] = defaultdict(list)
        offerers: dict[PhraseKey, list[int]] = defaultdict(list)
        for i, prof in enumerate(self._profiles):
            for key, _ in prof.needs:
                needers[key].append(i)
            for key, _ in prof.offers:
                offerers[key].append(i)
        need_bits = {k: bitset(v) for k, v in needers.items()}
        offer_bits = {k: bitset(v) for k, v in offerers.items()}
        meets: dict[PhraseKey, list[int]] = {}
        met: dict[PhraseKey, dict[PhraseKey, int]] = defaultdict(dict)
        for need, offers in _meetings(need_bits, offer_bits).items():
            levels = meets[need] = [0] * (MAX_FIT_COUNTED + 1)
            for offer in offers:
                fit = close_fit(need, offer)
                for level in range(fit + 1):
                    levels[level] |= offer_bits[offer]
                met[offer][need] = fit
        return need_bits, meets, met

    def _fit_masks_of(self, i: int) -> list[int]:
        """Bitsets that each add one step of close fit with person i."""
        masks = self._fit_masks.get(i)
        if masks is None:
            need_bits, meets, met = self._keys_met
            prof = self._profiles[i]
            masks = [meets[k][f] for k, _ in prof.needs for f in range(1, MAX_FIT_COUNTED + 1)
                     if meets[k][f]]
            best: dict[PhraseKey, int] = {}  # each need met, with the best fit
            for key, _ in prof.offers:
                for need, fit in met.get(key, {}).items():
                    best[need] = max(fit, best.get(need, -1))
            for f in range(1, MAX_FIT_COUNTED + 1):
                masks += disjoint_groups(need_bits[n] for n, fit in best.items() if fit >= f)
            self._fit_masks[i] = masks
        return masks

    @cached_property
    def _tag_bits(self) -> dict[PhraseKey, int]:
        """Each tag → everyone who has it; only needed when many pairs tie on needs met."""
        taggers: dict[PhraseKey, list[int]] = defaultdict(list)
        for i, prof in enumerate(self._profiles):
            for key, _ in prof.tags:
                taggers[key].append(i)
        return {k: bitset(v) for k, v in taggers.items()}

    def __contains__(self, person_id: object) -> bool:
        return person_id in self._rank

    def exclude(self, a_id: str, b_id: str) -> None:
        """Never suggest this pair (they know each other, or an intro was stored)."""
        a, b = self._rank.get(a_id), self._rank.get(b_id)
        if a is not None and b is not None and a != b:
            self._excluded[a] = self._excluded.get(a, 0) | 1 << b
            self._excluded[b] = self._excluded.get(b, 0) | 1 << a

    def best_pairs(self, anchors: Iterable[str], partners: Iterable[str] | None = None,
                   limit: int = 20) -> list[Suggestion]:
        """The best pairs with one person in `anchors` and the other in `partners`.

        Present people only: `best_pairs(present)`. The whole network for the people here:
        `best_pairs(present, everyone)`. Each pair once, best first (score descending, then the
        pair's two people in name order); in each, `a` is the one with more needs met (on a
        tie, the first by name). Pairs scoring 0 are never suggested.
        """
        ranks = self._ranks(anchors)
        mask = bitset(ranks) if partners is None else bitset(self._ranks(partners))
        found = self._search(ranks, mask, limit)
        return [suggest_pair_of(self._profiles[i], self._profiles[j]) for _, i, j in found]

    def best_for(self, person_id: str, partners: Iterable[str], limit: int = 10
                 ) -> list[Suggestion]:
        """The best people in `partners` to introduce the person to, best first; `a` is them."""
        focus = self._rank.get(person_id)
        if focus is None:
            return []
        me = self._profiles[focus]
        found = self._search([focus], bitset(self._ranks(partners)), limit)
        return [Suggestion(me.person, self._profiles[j].person,
                           tuple(pair_parts_of(me, self._profiles[j]))) for _, _, j in found]

    def _ranks(self, ids: Iterable[str]) -> list[int]:
        return sorted({self._rank[i] for i in ids if i in self._rank})

    def _search(self, anchors: list[int], partners: int, limit: int) -> list[Found]:
        """The best (score, anchor, partner), by score then the pair's ranks."""
        if limit <= 0 or not anchors or not partners:
            return []
        levels: list[tuple[int, int, int]] = []  # (needs met, anchor, partners' bits)
        pairs_at: dict[int, int] = defaultdict(int)
        order = sorted(anchors, key=lambda i: -self._bounds[i])
        taken = cut = 0
        candidates = self._candidates(anchors, partners)
        for cut in range(self._bounds[order[0]], 0, -1):
            while taken < len(order) and self._bounds[order[taken]] >= cut:
                i = order[taken]
                taken += 1
                within = candidates(i)
                for met, bits in enumerate(count_levels(self._need_masks[i], within,
                                                        self._bounds[i])):
                    if met and bits:
                        levels.append((met, i, bits))
                        pairs_at[met] += bits.bit_count()
            if sum(n for met, n in pairs_at.items() if met >= cut) >= limit:
                break
        else:
            cut = 0
        found = [(NEED_MET * met + self._extra(i, j), i, j)
                 for met, i, bits in levels if met > cut for j in ranks_in(bits)]
        if cut:
            tied = [(i, bits) for met, i, bits in levels if met == cut]
        else:
            tied = list(self._meeting_no_need(anchors, partners))
        found += self._best_tied(tied, NEED_MET * cut, limit - len(found))
        found.sort(key=lambda f: (-f[0], min(f[1], f[2]), max(f[1], f[2])))
        return found[:limit]

    def _candidates(self, anchors: list[int], partners: int) -> Callable[[int], int]:
        """A function giving, for each anchor in turn, whom to pair it with: each pair once.

        A pair needs one person in anchors and the other in partners, and is found from the
        first of its anchors asked about; pairs that know each other are left out.
        """
        everyone_anchored = bitset(anchors)
        done = 0

        def candidates(i: int) -> int:
            nonlocal done
            bit = 1 << i
            others = partners | everyone_anchored if partners & bit else partners
            within = others & ~done & ~bit & ~self._excluded.get(i, 0)
            done |= bit
            return within

        return candidates

    def _meeting_no_need(self, anchors: list[int], partners: int) -> Iterator[tuple[int, int]]:
        """For each anchor, the partners it meets no need with (each pair once)."""
        candidates = self._candidates(anchors, partners)
        for i in anchors:
            within = candidates(i)
            for mask in self._need_masks[i]:
                within &= ~mask
            if within:
                yield i, within

    def _extra(self, i: int, j: int) -> int:
        """The points of shared tags, role fit and close fit of persons i and j."""
        a, b = self._profiles[i], self._profiles[j]
        shared = sum(1 for key in a.tag_keys if key in b.tag_keys)
        fits = self._role_masks[a.roles] >> j & 1
        return (SHARED_INTEREST * min(shared, MAX_SHARED_COUNTED) + ROLE_FIT * fits
                + CLOSE_FIT * pair_close_fit(a, b))

    def _best_tied(self, tied: list[tuple[int, int]], base: int, room: int) -> list[Found]:
        """The best `room` pairs among those scoring `base` plus their extra points (not 0)."""
        if room <= 0:
            return []
        if sum(bits.bit_count() for _, bits in tied) <= PAIRS_ONE_BY_ONE:
            found = [(base + self._extra(i, j), i, j) for i, bits in tied for j in ranks_in(bits)]
            return [f for f in found if f[0]]
        split: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for i, bits in tied:
            for extra, part in self._split_by_extra(i, bits):
                if base + extra:
                    split[base + extra].append((i, part))
        found = []
        for score in sorted(split, reverse=True):
            lowest = []
            for i, bits in split[score]:  # the pairs (lower rank, higher rank) come first
                below, above = bits & ((1 << i) - 1), bits >> (i + 1) << (i + 1)
                lowest += [(j, i, i) for j in ranks_in(below, room - len(found))]
                lowest += [(i, j, i) for j in ranks_in(above, room - len(found))]
            lowest.sort()
            found += [(score, i, low if i == high else high)
                      for low, high, i in lowest[:room - len(found)]]
            if len(found) >= room:
                break
        return found

    def _split_by_extra(self, i: int, bits: int) -> Iterator[tuple[int, int]]:
        """Split bits by the points of shared tags, role fit and close fit with person i."""
        prof = self._profiles[i]
        role = self._role_masks[prof.roles]
        tags = (self._tag_bits[key] for key, _ in prof.tags)
        for shared, group in enumerate(count_levels(tags, bits, MAX_SHARED_COUNTED)):
            for close, near in enumerate(count_levels(self._fit_masks_of(i), group,
                                                      MAX_FIT_COUNTED)):
                for fits, part in ((1, near & role), (0, near & ~role)):
                    if part:
                        yield (SHARED_INTEREST * shared + ROLE_FIT * fits + CLOSE_FIT * close,
                               part)


def suggest_intros(people: Iterable[Person], present: Iterable[str], *, network: bool = False,
                   intros: Iterable[Intro] = (), known_pairs: Iterable[Collection[str]] = (),
                   limit: int = 20) -> list[Suggestion]:
    """One-off: the best pairs among present people (`network`: a present person and anyone)."""
    people = list(people)
    index = IntroIndex(people, intros=intros, known_pairs=known_pairs)
    return index.best_pairs(present, [p.id for p in people] if network else None, limit)
