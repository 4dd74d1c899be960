"""Matching of needs, offers, interests, targets and roles between people, after normalisation.

Needs meet offers by their head concept (`need_match`); targets and roles by their words.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from mingle.domain.introductions.concepts import lexicon
from mingle.domain.introductions.need_match import need_met_by
from mingle.domain.records.normalize import normalize_phrase

# Words that carry no meaning of their own in a target ("someone in fintech").
STOPWORDS = frozenset(
    (
        "a an the and or for of to with in on at by my our your some any help helping "
        "someone somebody people person looking need needs offer offers intro intros "
        "introduction introductions good great new local "
    ).split()
)


def stem(word: str) -> str:
    """The Snowball stem of a normalised word ("roasting" -> "roast"), as the lexicon has it."""
    return lexicon().stem(word)


@lru_cache(maxsize=65536)
def content_words(phrase: str) -> frozenset[str]:
    """The meaningful, stemmed words of a phrase (normalised first)."""
    words = normalize_phrase(phrase).split()
    return frozenset(stem(w) for w in ([w for w in words if w not in STOPWORDS] or words))


def offers_meeting(needs: Iterable[str], offers: Iterable[str]) -> list[tuple[str, str]]:
    """Each offer that meets one of the needs (`need_match`), with the first it meets."""
    needs = list(needs)
    pairs = []
    for offer in offers:
        need = next((n for n in needs if need_met_by(n, offer) is not None), None)
        if need is not None:
            pairs.append((need, offer))
    return pairs


def needs_met(needs: Iterable[str], offers: Iterable[str]) -> list[tuple[str, str]]:
    """Each need that one of the offers meets (`need_match`), with the first that meets it."""
    offers = list(offers)
    pairs = []
    for need in needs:
        offer = next((o for o in offers if need_met_by(need, o) is not None), None)
        if offer is not None:
            pairs.append((need, offer))
    return pairs


@lru_cache(maxsize=1 << 16)
def _stemmed_words(text: str) -> frozenset[str]:
    return frozenset(stem(w) for w in normalize_phrase(text).split())


def words_of(*texts: str) -> frozenset[str]:
    """Stemmed words of several texts (a title, a company, tags), for target matching."""
    return frozenset().union(*(_stemmed_words(t) for t in texts))


def target_matches(target: str, words: frozenset[str]) -> bool:
    """True when every meaningful word of a target ('coffee roasters') describes the person."""
    wanted = content_words(target)
    return bool(wanted) and wanted <= words


@dataclass(frozen=True, slots=True)
class RoleRule:
    """Two roles that often help each other, each named by words of a title or company."""

    first: str
    first_words: frozenset[str]
    second: str
    second_words: frozenset[str]


def _rule(first: str, first_words: str, second: str, second_words: str) -> RoleRule:
    return RoleRule(first, frozenset(first_words.split()), second, frozenset(second_words.split()))


# Complementary roles for introductions, named by the normalised words (folded, singular) of a
# title or company. Kept short on purpose: each rule must read as obviously true to the user.
ROLE_RULES: tuple[RoleRule, ...] = (
    _rule("a founder", "founder cofounder ceo",
          "an investor", "investor angel vc venture fund capital"),
    _rule("a maker", "maker supplier supply wholesaler manufacturer producer roaster brewer "
          "distiller", "a buyer", "buyer retailer stockist shopkeeper store boutique"),
    _rule("an event planner", "planner organiser organizer promoter",
          "an event supplier", "venue caterer catering florist photographer dj"),
)


@lru_cache(maxsize=4096)
def role_sides(title: str, company: str) -> frozenset[str]:
    """The sides of ROLE_RULES that a title and company name."""
    words = set(normalize_phrase(f"{title} {company}").split())
    return frozenset([*(r.first for r in ROLE_RULES if words & r.first_words),
                      *(r.second for r in ROLE_RULES if words & r.second_words)])
