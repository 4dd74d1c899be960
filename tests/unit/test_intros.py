"""Introductions: scoring parts, hand-made networks with worked-out answers, opt-in states, message.

The brute-force comparison on random networks is in tests/hostile/test_intros_property.py.
"""

from __future__ import annotations

import json
import random
from datetime import UTC, date, datetime, timedelta

import pytest

from mingle.assets import asset_path
from mingle.domain.demo import build_demo
from mingle.domain.introductions.index import IntroIndex, suggest_intros
from mingle.domain.introductions.matching import content_words, needs_met, offers_meeting
from mingle.domain.introductions.need_match import need_met_by
from mingle.domain.introductions.suggest import (
    CLOSE_FIT,
    MAX_EXTRA,
    MAX_FIT_COUNTED,
    MAX_SHARED_COUNTED,
    MOVES,
    NEED_MET,
    ROLE_FIT,
    SHARED_INTEREST,
    IllegalIntroMove,
    Suggestion,
    advance,
    draft_intro_message,
    intro_from_suggestion,
    is_open,
    next_step,
    pair_parts,
    personal_line,
    short_name,
    suggest_pair,
    with_article,
)
from mingle.domain.records.models import Attendance, Consent, Intro, IntroState, Person

WHEN = datetime(2026, 10, 22, 19, 30, tzinfo=UTC)
ANN = "Ann [@click=app.quit]x[/]"


def person(pid: str, name: str, **fields) -> Person:
    return Person(id=pid, name=name, **fields)


def network() -> list[Person]:
    """Six people; the answers below were worked out by hand.

    Every need met here is a close fit (2): the same concept both sides, a word in common.
    Åsa–Priya 31: Priya's "UX reviews" is about UX design ("review" is a form of help), like
        Åsa's "UX designer" ("design" is wider than UX design) (25 + 2); sourdough (4).
    Åsa–Jamal 31: "wholesale buying" and "wholesale buyers" are both retail buyers (25 + 2);
        cycling (4). Jamal is a buyer but "Ceramicist & owner" names no maker: no role part.
    Mei–Åsa 31: Mei needs the ceramic teaware Åsa offers (25 + 2); ceramics (4); `a` is Mei.
    Ngozi–Kwame 41: "seed investment" and "seed funding" are both funding, "seed" in common
        (25 + 2); founder/CEO and Harbourlight Angels: founder ↔ investor (10); running (4).
    Every other pair: no need met, no shared tag, no role fit: 0, never suggested.
    """
    return [
        person("p-asa", "Åsa Lindqvist", title="Ceramicist & owner", company="Lindqvist Ceramics",
               needs=["UX designer", "wholesale buyers"], offers=["ceramic teaware"],
               tags=["ceramics", "cycling", "sourdough"]),
        person("p-priya", "Priya Raghunathan", title="UX lead", company="Fernbrook Labs",
               needs=["side projects"], offers=["UX reviews"],
               tags=["ux", "sourdough", "climbing"]),
        person("p-jamal", "Jamal Carter", title="Buyer", company="Harbor Street General Store",
               needs=["local makers"], offers=["wholesale buying"],
               tags=["retail", "coffee", "cycling"]),
        person("p-mei", "Mei-Ling Chou", title="Owner", company="Steep Hill Tea",
               needs=["Ceramic teaware"], tags=["tea", "ceramics"]),
        person("p-ngozi", "Ngozi Okafor", title="Founder & CEO", company="Okafor Botanicals",
               needs=["seed funding"], tags=["running", "skincare"]),
        person("p-kwame", "Kwame Mensah", title="Partner", company="Harbourlight Angels",
               offers=["seed investment"], tags=["running", "chess"]),
    ]


def ids(people: list[Person]) -> list[str]:
    return [p.id for p in people]


def rows(suggestions: list[Suggestion]) -> list[tuple[str, str, int]]:
    return [(s.a.id, s.b.id, s.score) for s in suggestions]


EXPECTED = [("p-ngozi", "p-kwame", 41), ("p-asa", "p-jamal", 31), ("p-mei", "p-asa", 31),
            ("p-asa", "p-priya", 31)]


# Matching words ------------------------------------------------------------------------------


@pytest.mark.parametrize(("one", "other"), [
    ("funding", "seed investment"), ("investors", "capital"), ("UX designer", "ux designers"),
    ("a lawyer", "attorney"), ("Bookkeeping help", "an accountant"), ("photographer", "Photos"),
    ("event venues", "event space"), ("wholesale buyers", "Wholesale-Buying"),
    ("UX reviews", "UX designer"), ("Shopify setups", "shopify developer"),
])
def test_synonyms_plurals_and_generic_words_match(one: str, other: str) -> None:
    assert need_met_by(one, other) and need_met_by(other, one)


@pytest.mark.parametrize(("one", "other"), [
    ("retail clients", "retail leases"), ("wholesale buyers", "wholesale coffee"),
    ("café accounts", "bookkeeping"), ("event sponsors", "event space"), ("!!", "!!"),
])
def test_different_things_do_not_match(one: str, other: str) -> None:
    assert need_met_by(one, other) is None and need_met_by(other, one) is None


def test_the_queue_uses_the_same_matcher() -> None:
    assert content_words("seed investment") == {"seed", "invest"}  # targets: Snowball stems
    assert offers_meeting(["seed funding", "a lawyer"], ["angel investment", "golf", "SEO"]) == [
        ("seed funding", "angel investment")]
    assert needs_met(["someone to do my books", "a venue for a workshop", "office space"],
                     ["event space", "bookkeeping for small shops"]) == [
        ("someone to do my books", "bookkeeping for small shops"),
        ("a venue for a workshop", "event space")]


# Parts of a pair -----------------------------------------------------------------------------


def test_parts_name_both_people_in_plain_words() -> None:
    asa, priya = network()[:2]
    parts = pair_parts(asa, priya)
    assert [(p.key, p.points, p.text) for p in parts] == [
        ("need_met", 25, "Priya Raghunathan offers UX reviews — Åsa Lindqvist needs a UX designer "
                         "(both: UX design)"),
        ("shared_interests", 4, "both into sourdough"),
        ("close_fit", 2, "a close fit"),
    ]
    assert parts[0].sentence == "Priya offers UX reviews, and Åsa needs a UX designer."


def test_needs_both_ways_and_role_and_capped_interests() -> None:
    # Each need of one met by an offer of the other: 25 + 25; founder ↔ investor 10; four
    # shared tags count as three (12); "seed capital" is investment as "investors" is (a step
    # of fit), "Python developers" narrower than "a programmer" (none): 1. Total 73.
    a = person("a", "Ada", title="Co-founder", needs=["investors"], offers=["Python developers"],
               tags=["golf", "tea", "chess", "jazz"])
    b = person("b", "Ben", company="Northwind Ventures", needs=["a programmer"],
               offers=["seed capital"], tags=["Jazz", "chess", "TEA", "golf", "sailing"])
    parts = pair_parts(a, b)
    assert [p.points for p in parts] == [25, 25, 12, 10, 1]
    assert parts[0].text == "Ben offers seed capital — Ada needs investors (both: investment)"
    assert parts[1].text == ("Ada offers Python developers — Ben needs a programmer "
                             "(both: software development)")
    assert parts[2].text == "both into golf, tea, chess and jazz"
    assert parts[3].text == "Ada is a founder, Ben an investor"
    assert parts[4].text == "a good fit"
    assert suggest_pair(b, a).score == 73


def test_a_need_said_twice_counts_once_and_one_offer_can_meet_two_needs() -> None:
    # "funding" and "finance" are one concept: one part, met by the offer that fits it best
    # ("seed funding": a kind of funding, a word in common). "design" meets both "logo
    # design" and "design help": two parts.
    a = person("a", "Ada", needs=["funding", "finance", "logo design", "design help"])
    b = person("b", "Ben", offers=["design", "venture capital", "seed funding"])
    assert [p.text for p in pair_parts(a, b)] == [
        "Ben offers seed funding — Ada needs funding",  # "funding" says the concept already
        "Ben offers design — Ada needs logo design",
        "Ben offers design — Ada needs design help",
        "a close fit",
    ]


def test_suggestion_puts_the_person_helped_most_first_then_by_name() -> None:
    asa, priya = network()[:2]
    assert suggest_pair(priya, asa).a is asa
    x = person("x2", "Xena", needs=["tea"], offers=["golf"])
    y = person("y1", "Yann", needs=["golf"], offers=["tea"])
    assert suggest_pair(y, x).a is x  # one need met each way: first by name


@pytest.mark.parametrize(("phrase", "expected"), [
    ("UX designer", "a UX designer"), ("accountant", "an accountant"),
    ("SEO consultant", "an SEO consultant"), ("a bookkeeper", "a bookkeeper"),
    ("seed funding", "seed funding"), ("wholesale buyers", "wholesale buyers"),
    ("investor", "an investor"), ("", ""),
])
def test_with_article(phrase: str, expected: str) -> None:
    assert with_article(phrase) == expected


def test_short_name() -> None:
    assert short_name(person("a", "Åsa Lindqvist")) == "Åsa"
    assert short_name(person("b", "Cher")) == "Cher"
    assert short_name(Person(emails=["x@y.example"])) == "x@y.example"
    assert short_name(person("c", "王芳 (Wang Fang)")) == "王芳"


# Hand-made networks --------------------------------------------------------------------------


def test_best_pairs_of_the_hand_made_network() -> None:
    people = network()
    found = IntroIndex(people).best_pairs(ids(people))
    assert rows(found) == EXPECTED
    assert found[1].reason == ("Jamal Carter offers wholesale buying — Åsa Lindqvist needs "
                               "wholesale buyers (both: retail buyers) · both into cycling · "
                               "a close fit")
    assert found[0].reason == ("Kwame Mensah offers seed investment — Ngozi Okafor needs seed "
                               "funding (both: investment) · Ngozi Okafor is a founder, Kwame "
                               "Mensah an investor · both into running · a close fit")


def test_order_does_not_depend_on_the_input_order() -> None:
    people = network()
    for seed in range(5):
        random.Random(seed).shuffle(people)
        assert rows(IntroIndex(people).best_pairs(ids(people))) == EXPECTED


def test_limit_keeps_the_best() -> None:
    people = network()
    assert rows(IntroIndex(people).best_pairs(ids(people), limit=2)) == EXPECTED[:2]
    assert IntroIndex(people).best_pairs(ids(people), limit=0) == []


def test_ties_break_by_names_folded_then_ids() -> None:
    # Four copies of one profile: every pair meets "tea" both ways, 50, a close fit, 2: 52
    # each. Names "ann", "Ann", "Änn" fold alike, so ids decide; "Bob" comes after them all.
    # Pairs in order: (ann/a1, Ann/a2), (a1, a3), (a1, Bob), (a2, a3), (a2, Bob), (a3, Bob).
    people = [person(pid, name, needs=["tea"], offers=["tea"])
              for pid, name in [("b0", "Bob"), ("a3", "Änn"), ("a1", "ann"), ("a2", "Ann")]]
    found = IntroIndex(people).best_pairs(ids(people))
    assert [(s.a.id, s.b.id, s.score) for s in found] == [
        ("a1", "a2", 52), ("a1", "a3", 52), ("a1", "b0", 52),
        ("a2", "a3", 52), ("a2", "b0", 52), ("a3", "b0", 52)]


def test_shared_interests_alone_rank_below_any_need() -> None:
    # Cy and Di share three tags (12), Cy and Ed need/offer (25, a close fit 2): Ed first
    # despite fewer tags.
    cy = person("c", "Cy", needs=["golf lessons"], tags=["golf", "tea", "jazz"])
    di = person("d", "Di", tags=["golf", "tea", "jazz"])
    ed = person("e", "Ed", offers=["golf lessons"])
    found = IntroIndex([cy, di, ed]).best_pairs(["c", "d", "e"])
    assert rows(found) == [("c", "e", 27), ("c", "d", 12)]


def test_a_person_is_never_paired_with_themself() -> None:
    solo = person("s", "Solo", needs=["design"], offers=["design"], tags=["tea"],
                  linked=["s"])
    assert IntroIndex([solo]).best_pairs(["s"]) == []
    assert IntroIndex([solo, solo]).best_pairs(["s"]) == []
    assert IntroIndex([solo]).best_for("s", ["s"]) == []


@pytest.mark.parametrize("side", ["a", "b"])
def test_linked_people_are_not_introduced(side: str) -> None:
    people = network()
    ngozi, kwame = people[4], people[5]
    (ngozi if side == "a" else kwame).linked.append((kwame if side == "a" else ngozi).id)
    assert rows(IntroIndex(people).best_pairs(ids(people))) == EXPECTED[1:]


def test_known_pairs_are_not_introduced() -> None:
    people = network()
    index = IntroIndex(people, known_pairs=[frozenset({"p-kwame", "p-ngozi"}),
                                            ("p-asa", "p-mei")])
    assert rows(index.best_pairs(ids(people))) == [EXPECTED[1], EXPECTED[3]]


@pytest.mark.parametrize("state", list(IntroState))
def test_an_existing_intro_in_any_state_excludes_the_pair(state: IntroState) -> None:
    people = network()
    intro = Intro(a_id="p-kwame", b_id="p-ngozi", state=state)  # either order
    assert rows(IntroIndex(people, intros=[intro]).best_pairs(ids(people))) == EXPECTED[1:]


def test_exclude_after_building() -> None:
    people = network()
    index = IntroIndex(people)
    index.exclude("p-asa", "p-jamal")
    index.exclude("p-asa", "nobody")
    assert rows(index.best_pairs(ids(people))) == [EXPECTED[0], *EXPECTED[2:]]


@pytest.mark.parametrize("who", ["p-ngozi", "p-kwame"])
def test_withheld_consent_on_either_side_excludes(who: str) -> None:
    people = network()
    withheld = next(p for p in people if p.id == who)
    withheld.consent = Consent(intro_ok=False)
    index = IntroIndex(people)
    assert rows(index.best_pairs(ids(people))) == EXPECTED[1:]
    assert who not in index
    assert index.best_for(who, ids(people)) == []


def test_the_two_scopes() -> None:
    # Kwame is not here tonight: the event scope has no pair with him; the network scope pairs
    # him with Ngozi, who is. Åsa and Mei are both absent: never paired, even in the network.
    people = network()
    present = ["p-priya", "p-jamal", "p-ngozi"]
    index = IntroIndex(people)
    assert rows(index.best_pairs(present)) == []  # nothing among those three
    assert rows(index.best_pairs(present, ids(people))) == [
        ("p-ngozi", "p-kwame", 41), ("p-asa", "p-jamal", 31), ("p-asa", "p-priya", 31)]
    assert rows(suggest_intros(people, present, network=True)) == rows(
        index.best_pairs(present, ids(people)))
    assert rows(suggest_intros(people, present)) == []


def test_a_pair_needs_one_anchor_and_one_partner_either_way_round() -> None:
    # Anchors Ngozi and Kwame, partners only Ngozi: the pair still counts (Kwame anchors it,
    # Ngozi is the partner). Partners only Åsa: no pair has both sides.
    people = network()
    index = IntroIndex(people)
    assert rows(index.best_pairs(["p-ngozi", "p-kwame"], ["p-ngozi"])) == [EXPECTED[0]]
    assert rows(index.best_pairs(["p-kwame", "p-ngozi"], ["p-ngozi"])) == [EXPECTED[0]]
    assert index.best_pairs(["p-ngozi", "p-kwame"], ["p-asa"]) == []


def test_needs_outrank_all_the_other_parts_together() -> None:
    # The search ranks by needs met first; that holds only while this does.
    assert NEED_MET > MAX_EXTRA == (SHARED_INTEREST * MAX_SHARED_COUNTED + ROLE_FIT
                                    + CLOSE_FIT * MAX_FIT_COUNTED)


def test_person_in_focus() -> None:
    # For Åsa: Jamal, Mei and Priya at 31 each, in name order; she is always `a`.
    people = network()
    index = IntroIndex(people)
    found = index.best_for("p-asa", ids(people))
    assert rows(found) == [("p-asa", "p-jamal", 31), ("p-asa", "p-mei", 31),
                           ("p-asa", "p-priya", 31)]
    assert found[1].parts[0].text == "Åsa Lindqvist offers ceramic teaware — Mei-Ling Chou " \
                                     "needs Ceramic teaware"
    assert rows(index.best_for("p-asa", ["p-priya", "p-ngozi"])) == [("p-asa", "p-priya", 31)]
    assert rows(index.best_for("p-asa", ids(people), limit=1)) == [("p-asa", "p-jamal", 31)]
    assert index.best_for("nobody", ids(people)) == []


def test_demo_event_suggestions_make_sense() -> None:
    demo = build_demo(json.loads(asset_path("demo_event.json").read_text()),
                      today=date(2026, 10, 22))
    people = [r for r in demo.records if isinstance(r, Person)]
    intros = [r for r in demo.records if isinstance(r, Intro)]
    here = {r.person_id for r in demo.records
            if isinstance(r, Attendance) and r.event_id == demo.current_event_id}
    index = IntroIndex(people, intros=intros)
    best = index.best_pairs(ids(people), limit=5)
    # Camille plans weddings and needs florals; Leilani does florals and needs wedding referrals.
    assert {best[0].a.name, best[0].b.name} == {"Camille Dubois", "Leilani Kahale"}
    assert best[0].score == 25 + 25 + 10 + 8 + 2
    asa = next(p for p in people if p.name == "Åsa Lindqvist")
    for_asa = index.best_for(asa.id, here)
    names = [s.b.name for s in for_asa]
    assert "Priya Raghunathan" not in names  # already introduced
    assert not {"Henrik Dahl", "Stefan Novak"} & set(names)  # no intro consent
    zoe = next(s for s in for_asa if s.b.name == "Zoë Müller")
    assert zoe.reason == ("Zoë Müller offers UX reviews — Åsa Lindqvist needs a UX designer "
                          "(both: UX design) · a close fit")


# Opt-in states -------------------------------------------------------------------------------

LEGAL = [(start, to) for start, targets in MOVES.items() for to in targets]
ILLEGAL = [(start, to) for start in IntroState for to in IntroState if (start, to) not in LEGAL]


def intro_in(state: IntroState) -> Intro:
    return Intro(a_id="a", b_id="b", state=state, created=WHEN, updated=WHEN)


@pytest.mark.parametrize(("start", "to"), LEGAL)
def test_every_legal_move(start: IntroState, to: IntroState) -> None:
    before = intro_in(start)
    later = WHEN + timedelta(minutes=5)
    after = advance(before, to, later)
    assert after.state == to and after.id == before.id and after.updated == later
    assert [(s.state, s.at) for s in after.history] == [(start, WHEN), (to, later)]
    assert before.state == start and len(before.history) == 1  # the original is unchanged


def test_legal_moves_are_the_double_opt_in() -> None:
    assert set(LEGAL) == {
        (IntroState.SUGGESTED, IntroState.ASKED_A), (IntroState.ASKED_A, IntroState.ASKED_B),
        (IntroState.ASKED_B, IntroState.AGREED), (IntroState.AGREED, IntroState.INTRODUCED),
        (IntroState.SUGGESTED, IntroState.DISMISSED), (IntroState.SUGGESTED, IntroState.DECLINED),
        (IntroState.ASKED_A, IntroState.DECLINED), (IntroState.ASKED_B, IntroState.DECLINED),
        (IntroState.AGREED, IntroState.DECLINED)}


@pytest.mark.parametrize(("start", "to"), ILLEGAL)
def test_illegal_moves_raise(start: IntroState, to: IntroState) -> None:
    with pytest.raises(IllegalIntroMove) as raised:
        advance(intro_in(start), to, WHEN)
    assert isinstance(raised.value, ValueError)
    assert "cannot go from" in str(raised.value)


def test_the_whole_way_with_stamps_and_without() -> None:
    intro = intro_in(IntroState.SUGGESTED)
    path = []
    while (step := next_step(intro.state)) is not None:
        intro = advance(intro, step)
        path.append(intro.state)
    assert path == [IntroState.ASKED_A, IntroState.ASKED_B, IntroState.AGREED,
                    IntroState.INTRODUCED]
    assert len(intro.history) == 5 and not is_open(intro.state)
    assert all(s.at >= WHEN for s in intro.history)
    assert next_step(IntroState.DISMISSED) is None and is_open(IntroState.AGREED)


def test_intro_from_suggestion() -> None:
    people = network()
    suggestion = IntroIndex(people).best_pairs(ids(people), limit=1)[0]
    intro = intro_from_suggestion(suggestion, "ev-1", WHEN)
    assert (intro.a_id, intro.b_id, intro.event_id) == ("p-ngozi", "p-kwame", "ev-1")
    assert intro.state == IntroState.SUGGESTED and intro.reason == suggestion.reason
    assert [(s.state, s.at) for s in intro.history] == [(IntroState.SUGGESTED, WHEN)]
    intro.validate()
    assert IntroIndex(people, intros=[intro]).best_for("p-ngozi", ids(people)) == []


# The message ---------------------------------------------------------------------------------


def test_message_says_who_why_something_personal_and_asks_for_a_time() -> None:
    asa, priya = network()[:2]
    suggestion = suggest_pair(asa, priya)
    notes_asa = ["rides a cargo bike w/ her 4yo on the front. sourdough starter is called "
                 "Bertil lol. intro to Priya?", "Runs a ceramics studio. needs: ux designer"]
    notes_priya = ["needs: side projects #ux", "UX lead at Fernbrook, wants small-shop side "
                   "projects. offers: ux reviews #ux ++"]
    message = draft_intro_message(suggestion, notes_asa, notes_priya)
    assert message.startswith("Åsa Lindqvist (Ceramicist & owner at Lindqvist Ceramics), meet "
                              "Priya Raghunathan (UX lead at Fernbrook Labs).")
    assert "Priya offers UX reviews, and Åsa needs a UX designer." in message
    assert "You're both into sourdough, too." in message
    assert "A bit about Åsa: rides a cargo bike w/ her 4yo on the front." in message
    # Priya's newest note is only syntax: the next one gives the sentence.
    assert "A bit about Priya: UX lead at Fernbrook, wants small-shop side projects." in message
    assert "when would be a good time for you both" in message
    assert "[" not in message and "needs:" not in message and "#" not in message


def test_message_without_notes() -> None:
    asa, priya = network()[:2]
    message = draft_intro_message(suggest_pair(asa, priya))
    assert "A bit about" not in message and "\n\n\n" not in message
    assert "Åsa" in message and "Priya" in message and "UX reviews" in message


def test_message_keeps_hostile_names_literally() -> None:
    ann = person("ann", ANN, offers=["design"], title="[b]CTO[/b]")
    bob = person("bob", "Bob", needs=["designer"])
    suggestion = suggest_pair(ann, bob)
    assert suggestion.a is bob  # Bob's need is met
    message = draft_intro_message(suggestion, [], ["[red]so[/red] wow. more"])
    assert message.startswith(f"Bob, meet {ANN} ([b]CTO[/b]).")
    assert "A bit about Ann: [red]so[/red] wow." in message
    assert "Ann offers design, and Bob needs a designer." in message


def test_personal_line() -> None:
    assert personal_line([]) == ""
    assert personal_line(["", "ok", "#tea +++"]) == ""
    assert personal_line(["Just moved from Lisbon !follow 3d"]) == "Just moved from Lisbon."
    long = "word " * 60
    line = personal_line([long])
    assert line.endswith("…") and len(line) <= 161
    assert personal_line(["Note\x1b[31m red\x1b[0m text. More"]) == "Note red text."


def test_the_reason_names_the_concept_both_are_about() -> None:
    carla = person("c", "Carla", needs=["seed funding"])
    dan = person("d", "Dan", offers=["angel investment"])
    suggestion = suggest_pair(dan, carla)
    assert suggestion.a is carla
    assert suggestion.reason == ("Dan offers angel investment — Carla needs seed funding "
                                 "(both: investment) · a good fit")
    assert suggestion.score == NEED_MET + CLOSE_FIT
