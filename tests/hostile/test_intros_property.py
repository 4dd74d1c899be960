"""The fast introductions search against a brute-force reference that scores every pair.

Random networks of 2–40 people drawn from a small vocabulary (synonyms, plurals, generic words,
wider and narrower concepts, look-alike names) so that matches, exclusions and ties are common.
The index must return exactly the brute-force top N: same pairs, same orientation, same
scores, same order.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from unittest.mock import patch

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mingle.domain.introductions import index as intro_index
from mingle.domain.introductions import live_index
from mingle.domain.introductions.index import IntroIndex
from mingle.domain.introductions.live_index import LiveIntroIndex
from mingle.domain.introductions.suggest import (
    Suggestion,
    name_key,
    pair_parts_of,
    profile,
    suggest_pair_of,
)
from mingle.domain.records.models import Consent, Intro, IntroState, Person

NAMES = ["Ann", "ann", "Åsa", "Asa", "Bob", "Zoë", "Zoe", "Priya", "", "Ann [@click=app.quit]x[/]"]
PHRASES = ["UX designer", "UX reviews", "ux design", "seed funding", "seed investment",
           "investors", "funding", "a lawyer", "legal advice", "contract review", "bookkeeper",
           "bookkeeping help", "web shop", "websites", "design", "Designers", "photography",
           "photographer", "Shopify setup", "shopify", "wholesale buyers", "wholesale buying",
           "event venues", "event space", "help", "!!", "coffee", "roasted coffee",
           # Head concepts, wider concepts, teaching, several heads, typos, look-alikes.
           "angel investment", "small business loans", "someone to do my books",
           "hiring developers", "python developer", "coffee tasting classes",
           "a coffee supplier", "web hosting", "office space", "a venue for a workshop",
           "public relations and media pitching", "a bookeeper", "pottery classes",
           # More concepts than the index tries part by part (MAX_SUBSET_WORDS).
           "seed funding for a small coffee roastery in the old town by spring"]
TAGS = ["cycling", "Cycling", "#coffee", "golf", "ux", "design", "photo", "photography", "tea"]
TITLES = ["Founder", "Co-founder & CEO", "Angel investor", "Partner", "Buyer", "Candle maker",
          "Wedding planner", "Florist", "", "Engineer"]
COMPANIES = ["", "Seed Fund", "Corner Store", "Acme", "Good Noise Events"]
RUNS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@dataclass
class Network:
    """A random network and what to ask of it."""

    people: list[Person]
    present: list[str]
    others: list[str]
    intros: list[Intro] = field(default_factory=list)
    known_pairs: list[frozenset[str]] = field(default_factory=list)
    limit: int = 20


@st.composite
def networks(draw: st.DrawFn, most: int = 40) -> Network:
    size = draw(st.integers(2, most))
    numbers = draw(st.permutations(range(size)))  # ids not in name order
    ids = [f"id-{n:02d}" for n in numbers]
    people = []
    for pid in ids:
        emails = [f"{pid}@x.example"] if draw(st.booleans()) else []
        name = draw(st.sampled_from(NAMES))
        people.append(Person(
            id=pid, name=name or ("" if emails else "Nameless"), emails=emails,
            title=draw(st.sampled_from(TITLES)), company=draw(st.sampled_from(COMPANIES)),
            tags=draw(st.lists(st.sampled_from(TAGS), max_size=4)),
            needs=draw(st.lists(st.sampled_from(PHRASES), max_size=3)),
            offers=draw(st.lists(st.sampled_from(PHRASES), max_size=3)),
            consent=Consent(intro_ok=draw(st.integers(0, 9)) > 0),
            linked=draw(st.lists(st.sampled_from(ids), max_size=1))))
    pair = st.tuples(st.sampled_from(ids), st.sampled_from(ids))
    intros = [Intro(a_id=a, b_id=b, state=draw(st.sampled_from(list(IntroState))))
              for a, b in draw(st.lists(pair, max_size=3)) if a != b]
    known = [frozenset(p) for p in draw(st.lists(pair, max_size=3)) if p[0] != p[1]]
    present = draw(st.lists(st.sampled_from(ids), unique=True, min_size=1))
    others = draw(st.lists(st.sampled_from(ids), unique=True))  # overlapping the present or not
    limit = draw(st.sampled_from([20, 20, 1, 3, 7, 50]))
    return Network(people, present, others, intros, known, limit)


def _consenting(people: Iterable[Person]) -> dict[str, Person]:
    return {p.id: p for p in people if p.consent.intro_ok}


def _blocked(people: Iterable[Person], intros: Iterable[Intro],
             known_pairs: Iterable[Collection[str]]) -> set[frozenset[str]]:
    blocked = {frozenset(pair) for pair in known_pairs}
    blocked |= {frozenset((i.a_id, i.b_id)) for i in intros}
    blocked |= {frozenset((p.id, other)) for p in people for other in p.linked}
    return blocked


def brute_force_pairs(people: list[Person], anchors: Iterable[str],
                      partners: Iterable[str] | None = None, *, intros: Iterable[Intro] = (),
                      known_pairs: Iterable[Collection[str]] = (), limit: int = 20
                      ) -> list[Suggestion]:
    """Score every pair with one person in anchors and one in partners; the best `limit`."""
    kept = _consenting(people)
    profiles = {pid: profile(p) for pid, p in kept.items()}
    blocked = _blocked(people, intros, known_pairs)
    anchor_ids = set(anchors) & kept.keys()
    partner_ids = (set(partners) if partners is not None else anchor_ids) & kept.keys()
    pairs = {frozenset((a, b)) for a in anchor_ids for b in partner_ids if a != b}
    found = []
    for pair in pairs - blocked:
        a, b = sorted(pair)
        suggestion = suggest_pair_of(profiles[a], profiles[b])
        if suggestion.score > 0:
            found.append(suggestion)
    found.sort(key=Suggestion.sort_key)
    return found[:limit]


def brute_force_for(people: list[Person], person_id: str, partners: Iterable[str], *,
                    intros: Iterable[Intro] = (), known_pairs: Iterable[Collection[str]] = (),
                    limit: int = 10) -> list[Suggestion]:
    """Score the person with every partner; the best `limit`, ties by the partner's name."""
    kept = _consenting(people)
    if person_id not in kept:
        return []
    me = profile(kept[person_id])
    blocked = _blocked(people, intros, known_pairs)
    found = []
    for other in set(partners) & kept.keys() - {person_id}:
        if frozenset((person_id, other)) not in blocked:
            parts = tuple(pair_parts_of(me, profile(kept[other])))
            if sum(p.points for p in parts) > 0:
                found.append(Suggestion(me.person, kept[other], parts))
    found.sort(key=lambda s: (-s.score, name_key(s.b)))
    return found[:limit]


def described(suggestions: list[Suggestion]) -> list[tuple[str, str, int, str]]:
    """What must be equal: who, in which order, the score and the reasons."""
    return [(s.a.id, s.b.id, s.score, s.reason) for s in suggestions]


def check_same_as_brute_force(net: Network) -> None:
    index = IntroIndex(net.people, intros=net.intros, known_pairs=net.known_pairs)
    everyone = [p.id for p in net.people]
    for partners in (None, everyone, net.others):  # the event, the network, any set
        fast = index.best_pairs(net.present, partners, net.limit)
        slow = brute_force_pairs(net.people, net.present, partners, intros=net.intros,
                                 known_pairs=net.known_pairs, limit=net.limit)
        assert described(fast) == described(slow)
    for focus in net.present[:3]:
        for partners in (everyone, net.others):
            fast = index.best_for(focus, partners, net.limit)
            slow = brute_force_for(net.people, focus, partners, intros=net.intros,
                                   known_pairs=net.known_pairs, limit=net.limit)
            assert described(fast) == described(slow)


@RUNS
@given(networks())
def test_index_returns_the_brute_force_ranking(net: Network) -> None:
    check_same_as_brute_force(net)


@RUNS
@given(networks())
def test_ties_split_as_bitsets_give_the_same_ranking(net: Network) -> None:
    with patch.object(intro_index, "PAIRS_ONE_BY_ONE", 0):
        check_same_as_brute_force(net)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(networks(most=40), st.integers(1, 60))
def test_every_limit_is_a_prefix_of_the_full_ranking(net: Network, limit: int) -> None:
    index = IntroIndex(net.people, intros=net.intros, known_pairs=net.known_pairs)
    everything = described(index.best_pairs(net.present, limit=10_000))
    assert described(index.best_pairs(net.present, limit=limit)) == everything[:limit]
    assert len({frozenset(s[:2]) for s in everything}) == len(everything)  # each pair once


@st.composite
def note_changes(draw: st.DrawFn, net: Network) -> list[tuple[int, Person | None]]:
    """People changed one after another as notes would (needs, offers, tags, title), or an
    intro stored between them (None)."""
    changes: list[tuple[int, Person | None]] = []
    for _ in range(draw(st.integers(1, 8))):
        n = draw(st.integers(0, len(net.people) - 1))
        if draw(st.integers(0, 5)) == 0:
            changes.append((n, None))
            continue
        person = net.people[n]
        changes.append((n, person.evolve(
            needs=draw(st.lists(st.sampled_from(PHRASES), max_size=3)),
            offers=draw(st.lists(st.sampled_from(PHRASES), max_size=3)),
            tags=draw(st.lists(st.sampled_from(TAGS), max_size=4)),
            title=draw(st.sampled_from([person.title, *TITLES])))))
    return changes


def check_updates_match_a_fresh_index(net: Network, changes: list[tuple[int, Person | None]]
                                      ) -> None:
    live = LiveIntroIndex(net.people, intros=net.intros, known_pairs=net.known_pairs)
    people, intros = list(net.people), list(net.intros)
    everyone = [p.id for p in people]
    live.best_pairs(net.present, None, net.limit)  # a search kept from before the changes
    for n, changed in changes:
        if changed is None:  # an intro stored: the desk excludes its pair
            other = people[(n + 1) % len(people)]
            if other.id != people[n].id:
                intros.append(Intro(a_id=people[n].id, b_id=other.id))
                live.exclude(people[n].id, other.id)
        else:
            people[n] = changed
            assert live.update(changed)  # same name, consent and links: taken in
        fresh = IntroIndex(people, intros=intros, known_pairs=net.known_pairs)
        for partners in (None, everyone, net.others):
            found = described(live.best_pairs(net.present, partners, net.limit))
            assert found == described(fresh.best_pairs(net.present, partners, net.limit))
            assert found == described(brute_force_pairs(
                people, net.present, partners, intros=intros, known_pairs=net.known_pairs,
                limit=net.limit))
        for focus in net.present[:2]:
            assert described(live.best_for(focus, everyone, net.limit)) == described(
                fresh.best_for(focus, everyone, net.limit))


@RUNS
@given(st.data())
def test_an_index_kept_up_to_date_is_an_index_built_afresh(data: st.DataObject) -> None:
    net = data.draw(networks(most=30))
    check_updates_match_a_fresh_index(net, data.draw(note_changes(net)))


@RUNS
@given(st.data())
def test_kept_up_to_date_with_ties_split_and_no_pairs_to_spare(data: st.DataObject) -> None:
    """Ties split as bitsets; the kept search holds no pairs beyond those asked for."""
    net = data.draw(networks(most=30))
    with patch.object(intro_index, "PAIRS_ONE_BY_ONE", 0), patch.object(
            live_index, "EXTRA_DEPTH", 0):
        check_updates_match_a_fresh_index(net, data.draw(note_changes(net)))


def test_a_new_person_or_a_new_name_asks_for_a_new_build() -> None:
    ann, bo = Person(name="Ann", needs=["a lawyer"]), Person(name="Bo", offers=["legal advice"])
    live = LiveIntroIndex([ann, bo])
    assert not live.update(Person(name="Cy", offers=["a lawyer"]))
    assert not live.update(ann.evolve(name="Anne"))
    assert not live.update(ann.evolve(consent=Consent(intro_ok=False)))
    assert live.update(ann.evolve(needs=["seed funding"])) and live.changed == 1
    assert live.best_pairs([ann.id, bo.id]) == []
