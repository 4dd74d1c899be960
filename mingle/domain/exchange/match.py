"""The known person a card belongs to, and the card merged into them: never a double.

A card matches a person with the same email address, else the same phone number, else a very
similar name at the same company. Names and companies compare case-, accent- and
word-order-blind; "Acme AB" and "ACME" are the same company.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher
from operator import itemgetter

from mingle.domain.exchange.parse import ParsedCard
from mingle.domain.imports.attendees import merge_people
from mingle.domain.records.models import Person
from mingle.domain.records.normalize import fold, normalize_email, normalize_phone

SIMILAR_NAME = 0.9
"""difflib ratio from which two names (at the same company) are the same person's."""
MIN_PHONE_DIGITS = 7
NATIONAL_DIGITS = 9
"""Digits a number written without its country code must have to match by its ending."""
_WORDS = re.compile(r"[^\w]+")
_LEGAL_FORMS = frozenset({"inc", "incorporated", "ltd", "limited", "llc", "llp", "plc", "corp",
                          "corporation", "co", "company", "gmbh", "ag", "ab", "as", "asa", "oy",
                          "sa", "sarl", "sas", "srl", "spa", "bv", "nv", "pty", "kk"})


def name_key(name: str) -> str:
    """A name folded, its words sorted ("Lindqvist, Åsa" -> "asa lindqvist")."""
    return " ".join(sorted(w for w in _WORDS.split(fold(name)) if w))


def company_key(company: str) -> str:
    """A company folded, punctuation and legal forms dropped ("Acme, Inc." -> "acme")."""
    words = [w for w in _WORDS.split(fold(company)) if w]
    kept = [w for w in words if w not in _LEGAL_FORMS]
    return " ".join(kept or words)


def same_phone(first: str, second: str) -> bool:
    """The same number, also when one is written without its country code.

    Two international numbers must be equal; otherwise the shorter, without leading zeros,
    must have at least NATIONAL_DIGITS digits and end the longer ("070-123 45 67" is
    "+46 70 123 45 67").
    """
    return _same_phone_key(normalize_phone(first), normalize_phone(second))


def _same_phone_key(a: str, b: str) -> bool:
    digits_a, digits_b = a.lstrip("+").lstrip("0"), b.lstrip("+").lstrip("0")
    if min(len(digits_a), len(digits_b)) < MIN_PHONE_DIGITS:
        return False
    if a.startswith("+") and b.startswith("+"):
        return a == b
    short, long = sorted((digits_a, digits_b), key=len)
    return short == long or (len(short) >= NATIONAL_DIGITS and long.endswith(short))


def similar_names(first: str, second: str) -> bool:
    """Names that are the same after name_key, or nearly (ratio ≥ SIMILAR_NAME)."""
    a, b = name_key(first), name_key(second)
    if not a or not b:
        return False
    if a == b:
        return True
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    return matcher.real_quick_ratio() >= SIMILAR_NAME and matcher.ratio() >= SIMILAR_NAME


@dataclass(slots=True, frozen=True)
class _Identity:
    """What a card or person is matched by, normalised once."""

    emails: frozenset[str]
    phones: tuple[str, ...]
    name: str
    name_key: str
    company: str

    @classmethod
    def of(cls, card: ParsedCard | Person) -> _Identity:
        phones = tuple(key for key in map(normalize_phone, card.phones) if key)
        return cls(frozenset(normalize_email(e) for e in card.emails), phones, card.name,
                   name_key(card.name), company_key(card.company))

    def same_email(self, other: _Identity) -> bool:
        return not self.emails.isdisjoint(other.emails)

    def same_phone(self, other: _Identity) -> bool:
        return any(_same_phone_key(a, b) for a in self.phones for b in other.phones)

    def same_name(self, other: _Identity) -> bool:
        if not self.name_key or not other.name_key or self.company != other.company:
            return False
        if not self.company:
            return self.name_key == other.name_key
        return similar_names(self.name, other.name)


def _phone_tail(key: str) -> str:
    """Where two matching numbers agree: their last NATIONAL_DIGITS digits (or all of them)."""
    return key.lstrip("+").lstrip("0")[-NATIONAL_DIGITS:]


class PeopleIndex:
    """Known people indexed by email, phone ending, company and name: many cards matched fast.

    Keep one for a batch of cards: `find` each card, then `add` the person stored for it (a
    new one, or the merged one with the same id, which replaces the old).
    """

    def __init__(self, people: Iterable[Person] = ()) -> None:
        self._people: dict[str, tuple[int, Person, _Identity]] = {}
        self._keys: dict[str, dict[str, None]] = {}  # key -> ids, in the order added
        for person in people:
            self.add(person)

    def add(self, person: Person) -> None:
        """Index a person (again, after a merge: the newest version of an id is the one used)."""
        known = self._people.get(person.id)
        position = known[0] if known else len(self._people)
        identity = _Identity.of(person)
        self._people[person.id] = (position, person, identity)
        keys = [f"e:{email}" for email in identity.emails]
        keys += [f"p:{_phone_tail(phone)}" for phone in identity.phones]
        if identity.name_key:
            keys.append(f"c:{identity.company}" if identity.company
                        else f"n:{identity.name_key}")
        for key in keys:
            self._keys.setdefault(key, {})[person.id] = None

    def find(self, card: ParsedCard | Person) -> Person | None:
        """The person a card belongs to: same email, else same phone, else a similar name.

        A similar name counts only at the same company; the same name (words in any order)
        also counts when neither has a company, as at check-in. Of several people of the best
        kind, the one added first wins.
        """
        wanted = _Identity.of(card)
        name_index = f"c:{wanted.company}" if wanted.company else f"n:{wanted.name_key}"
        return (self._first([f"e:{email}" for email in wanted.emails], wanted.same_email)
                or self._first([f"p:{_phone_tail(p)}" for p in wanted.phones], wanted.same_phone)
                or self._first([name_index] if wanted.name_key else [], wanted.same_name))

    def _first(self, keys: list[str], matches: Callable[[_Identity], bool]) -> Person | None:
        """The earliest-added person under these keys who really matches."""
        ids = dict.fromkeys(i for key in keys for i in self._keys.get(key, ()))
        for _, person, known in sorted((self._people[i] for i in ids), key=itemgetter(0)):
            if matches(known):
                return person
        return None


def match_existing(card: ParsedCard | Person, people: Iterable[Person]) -> Person | None:
    """The person a card belongs to, or None (the rules of `PeopleIndex.find`).

    A Person given as `card` matches itself when it is among `people`. For many cards, keep
    one PeopleIndex instead.
    """
    return PeopleIndex(people).find(card)


def merge(existing: Person, incoming: Person) -> Person:
    """`existing` plus what `incoming` adds; the same object when nothing is added.

    New emails, phones (not the same number written otherwise), URLs and tags are added and a
    blank title or company is filled in; the existing values are kept.
    """
    phones = [p for p in incoming.phones if not any(same_phone(p, q) for q in existing.phones)]
    if phones != incoming.phones:
        incoming = incoming.evolve(phones=phones)
    return merge_people(existing, incoming, incoming_wins=False)
