"""Introductions a careful host would make, and the look-alikes they would not (intro_eval.py)."""

from __future__ import annotations

import pytest

from mingle.domain.introductions.suggest import pair_parts
from mingle.domain.records.models import Person
from tests.bench.bench_intro_quality import RECALL_GOAL, suggested
from tests.unit.intro_eval import DECOYS, MATCHES


def test_the_set_is_big_and_varied_enough() -> None:
    assert len(MATCHES) >= 60 and len(DECOYS) >= 30
    assert len({concept for concept, _, _ in MATCHES}) >= 15


def test_recall_reaches_the_goal() -> None:
    found = suggested([(need, offer) for _, need, offer in MATCHES])
    missed = [pair for pair, hit in zip(MATCHES, found, strict=True) if not hit]
    assert sum(found) / len(MATCHES) >= RECALL_GOAL, missed


@pytest.mark.parametrize(("need", "offer", "why"), DECOYS)
def test_no_decoy_is_suggested(need: str, offer: str, why: str) -> None:
    needer = Person(id="a", name="Ann", needs=[need])
    offerer = Person(id="b", name="Bob", offers=[offer])
    assert not pair_parts(needer, offerer), why
    assert suggested([(need, offer)]) == [False], why
