"""Matching of needs, offers, interests, targets and roles between people, after normalisation."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from mingle.domain.records.normalize import normalize_phrase

# Words that carry no meaning of their own in a need or an offer.
STOPWORDS = frozenset(
    (
        "a an the and or for of to with in on at by my our your some any help helping "
        "someone somebody people person looking need needs offer offers intro intros "
        "introduction introductions good great new local "
    ).split()
)


def stem(word: str) -> str:
    """A crude stem so that 'roaster', 'roasting' and 'roast' meet (words of 6+ letters)."""
    if len(word) >= 6:
        for suffix in ("ing", "er", "ers", "ment"):
            if word.endswith(suffix) and len(word) - len(suffix) >= 4:
                return word[: -len(suffix)]
    return word


# Words that mean the same when matching a need with an offer, canonical word first. One word
# each (after normalisation: folded, singular); extend a group or add one as the need arises.
SYNONYM_GROUPS: tuple[tuple[str, ...], ...] = (
    ("funding", "fund", "investment", "investing", "invest", "investor", "capital", "financing"),
    ("design", "designer", "designing"),
    ("developer", "dev", "engineer", "programmer", "coder"),
    ("legal", "lawyer", "attorney", "solicitor", "law"),
    ("bookkeeping", "bookkeeper", "accountant", "accounting"),
    ("marketing", "marketer", "growth"),
    ("photography", "photographer", "photo", "photograph"),
    ("website", "web"),
    ("ux", "usability"),
    ("venue", "space"),
    ("buyer", "buying", "purchaser", "purchasing"),
    ("sponsor", "sponsorship", "sponsoring"),
    ("hiring", "recruiting", "recruiter", "recruitment"),
    ("mentoring", "mentor", "mentorship"),
    ("printing", "printer", "print"),
    ("translation", "translator", "translating"),
    ("illustration", "illustrator", "illustrating"),
    ("delivery", "courier"),
)
# Words naming the form of help, not its subject ("UX reviews", "Shopify setup"): left out of a
# phrase's concepts unless nothing else is left.
GENERIC_WORDS = frozenset(("review", "advice", "setup", "feedback"))

_CANONICAL = {word: stem(group[0]) for group in SYNONYM_GROUPS for word in group}


def _kept_words(phrase: str) -> list[str]:
    """The normalised words of a phrase without stopwords (all of them if only stopwords)."""
    words = normalize_phrase(phrase).split()
    return [w for w in words if w not in STOPWORDS] or words


@lru_cache(maxsize=65536)
def content_words(phrase: str) -> frozenset[str]:
    """The meaningful, stemmed words of a phrase (normalised first)."""
    return frozenset(stem(w) for w in _kept_words(phrase))


def canonical_word(word: str) -> str:
    """One normalised word as matched: its synonym group's word, else its stem."""
    return _CANONICAL.get(word) or _CANONICAL.get(stem(word)) or stem(word)


@lru_cache(maxsize=65536)
def concept_words(phrase: str) -> frozenset[str]:
    """Like `content_words`, with synonyms made one word and generic words left out."""
    kept = _kept_words(phrase)
    concepts = [canonical_word(w) for w in kept if w not in GENERIC_WORDS]
    return frozenset(concepts or (canonical_word(w) for w in kept))


def concepts_match(a: frozenset[str], b: frozenset[str]) -> bool:
    """True when one phrase's concepts all appear in the other's (both non-empty)."""
    return bool(a) and bool(b) and (a <= b or b <= a)


def phrases_match(a: str, b: str) -> bool:
    """True when one phrase's meaningful words all appear in the other's."""
    wa, wb = content_words(a), content_words(b)
    return bool(wa) and bool(wb) and (wa <= wb or wb <= wa)


def matching_pairs(mine: Iterable[str], theirs: Iterable[str]) -> list[tuple[str, str]]:
    """Each (my phrase, their phrase) that match, in the order given; each of theirs once."""
    pairs: list[tuple[str, str]] = []
    used: set[str] = set()
    mine = list(mine)
    for their in theirs:
        for my in mine:
            if their not in used and phrases_match(my, their):
                pairs.append((my, their))
                used.add(their)
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
