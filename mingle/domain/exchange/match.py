"""Who is who: the one identity rule of imports, cards and walk-ins, and merging into a person.

Two records are the same person when they share an email address, else a phone number equal
in E.164 form (`mingle.domain.records.phones`; never a partial number), else a very similar name at
the same company (`rapidfuzz`; accent-, case- and word-order-blind, "J. Smith" is "John
Smith"). Without a company on either side only the same name (words in any order) counts.
A shared phone does not count between two names with no word in common.
Every match says which rule it was, so that each merge can be shown naming both sides.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar

from rapidfuzz import fuzz

from mingle.domain.records.models import Person
from mingle.domain.records.names import HONORIFICS, parts_fit
from mingle.domain.records.normalize import fold, normalize_email
from mingle.domain.records.phones import phone_key, shown

if TYPE_CHECKING:
    from mingle.domain.exchange.parse import ParsedCard

T = TypeVar("T")

SAME_NAME_SCORE = 92.0
"""rapidfuzz ratio (0-100) of the sorted, folded words from which two names at the same
company, one word of several apart, are the same person's: "Jon Smith" ~ "John Smith" (95),
"Åsa Lindkvist" ~ "Åsa Lindqvist" (92); "Ann Lee" / "Dan Lee" (86) and "Maria Garcia" /
"Mario Garcia" (91.7) stay apart."""

_WORDS = re.compile(r"[^\w]+")
_LEGAL_FORMS = frozenset({"inc", "incorporated", "ltd", "limited", "llc", "llp", "plc", "corp",
                          "corporation", "co", "company", "gmbh", "ag", "ab", "as", "asa", "oy",
                          "sa", "sarl", "sas", "srl", "spa", "bv", "nv", "pty", "kk"})


class _Identified(Protocol):
    name: str
    company: str
    emails: list[str]
    phones: list[str]


@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """A name folded, honorifics out, words sorted ("Dr. Lindqvist, Åsa" -> "asa lindqvist")."""
    bare = fold(name).replace("'", "").replace("’", "")
    words = [w for w in _WORDS.split(bare) if w]
    named = [w for w in words if w not in HONORIFICS]
    return " ".join(sorted(named if named else words))


@lru_cache(maxsize=1 << 14)
def company_key(company: str) -> str:
    """A company folded, punctuation and legal forms dropped ("Acme, Inc." -> "acme")."""
    words = [w for w in _WORDS.split(fold(company)) if w]
    kept = [w for w in words if w not in _LEGAL_FORMS]
    return " ".join(kept or words)


def similar_names(first: str, second: str) -> bool:
    """Names the same after name_key, nearly (one word of several replaced, ratio ≥
    SAME_NAME_SCORE), or alike but for initials."""
    return similar_keys(name_key(first), name_key(second))


def similar_keys(a: str, b: str) -> bool:
    """`similar_names` on two name keys."""
    if not a or not b:
        return False
    if a == b:
        return True
    left, right = a.split(), b.split()
    if len(left) == len(right) > 1 and _one_word_replaced(left, right) \
            and fuzz.ratio(a, b) >= SAME_NAME_SCORE:
        return True
    return same_by_initials(a, b)


def _one_word_replaced(left: list[str], right: list[str]) -> bool:
    """One word of `left` replaced in `right`, and not by a word that only ends otherwise.

    "Maria" / "Mario", "Daniel" / "Daniela", "Jan" / "Jana" are other people's names more
    often than typos: such names are not taken as the same.
    """
    rest, gone = list(right), []
    for word in left:
        if word in rest:
            rest.remove(word)
        else:
            gone.append(word)
    if len(rest) != 1 or len(gone) != 1:
        return False
    short, long = sorted((gone[0], rest[0]), key=len)
    stem = short if len(long) > len(short) else short[:-1]
    return not (len(long) - len(short) <= 1 and long.startswith(stem) and len(stem) >= 2)


def _one_word_out(words: list[str]) -> list[str]:
    """The name keys with one word left out: two names one word apart share one of them."""
    return list(dict.fromkeys(" ".join(words[:i] + words[i + 1:]) for i in range(len(words))))


def _full_words(key: str) -> list[str]:
    return [w for w in key.split() if not (len(w) == 1 and w.isalpha())]


def names_agree(a: str, b: str) -> bool:
    """Two name keys that may be one person's: either blank, a full word shared, or similar.

    A shared phone does not make "Claire Martin" and "Hans Weber" one person (an office
    switchboard, a number passed on).
    """
    if not a or not b:
        return True
    shared = set(a.split()) & set(b.split())
    return any(len(w) > 1 for w in shared) or fuzz.ratio(a, b) >= SAME_NAME_SCORE \
        or same_by_initials(a, b)


def _has_initial(key: str) -> bool:
    return any(len(w) == 1 and w.isalpha() for w in key.split())


def same_by_initials(a: str, b: str) -> bool:
    """Two name keys alike but for initials ("j smith" / "john smith"); one full word must agree."""
    left, right = a.split(), b.split()
    if len(left) != len(right) or not (_has_initial(a) or _has_initial(b)):
        return False
    rest = list(right)
    unmatched = []
    for word in left:
        if word in rest and len(word) > 1:
            rest.remove(word)
        else:
            unmatched.append(word)
    if len(rest) == len(right):
        return False  # no full word in common
    for word in sorted(unmatched, key=len):
        partner = next((w for w in rest if w == word or (min(len(w), len(word)) == 1
                                                         and w[0] == word[0] and w[0].isalpha())),
                       None)
        if partner is None:
            return False
        rest.remove(partner)
    return True


@dataclass(slots=True, frozen=True)
class Match(Generic[T]):
    """What a record matched, and the rule in words ("same phone +33 1 23 45 67 89")."""

    value: T
    rule: str


@dataclass(slots=True, frozen=True)
class _Identity:
    """What a record is matched by, normalised once."""

    emails: frozenset[str]
    phones: tuple[str, ...]  # as written
    tails: frozenset[str]  # where to look for the same number (`phone_tail`), not a match
    name_key: str
    company: str
    initials: bool
    # The index keys, made once per distinct record (an import looks each row up twice):
    keys: tuple[str, ...]  # every key `remember` files the record under
    email_keys: tuple[str, ...]  # "e:" of each email, sorted
    tail_keys: tuple[str, ...]  # "p:" of each phone tail
    name_index_key: str  # "n:company:name key"
    near_keys: tuple[str, ...]  # "d:": the name with one word left out, at the company
    word_keys: tuple[str, ...]  # "t:": each full word of the name, at the company
    initial_keys: tuple[str, ...]  # "i:": the same words, where names with initials are filed

    @classmethod
    def of(cls, record: _Identified, region: str | None) -> _Identity:
        return _identity(record.name, record.company, tuple(record.emails),
                         tuple(record.phones), region)

    def same_number(self, other: _Identity, region: str | None) -> str | None:
        """A number of this record equal in E.164 form to one of the other's, as written."""
        theirs = {phone_key(p, region) for p in other.phones} - {""}
        return next((p for p in self.phones if phone_key(p, region) in theirs), None)


PHONE_TAIL = 7
"""Digits at the end of a number under which the index files it. Only numbers that end alike
are compared; they are the same only when their E.164 forms are equal."""


_EXTENSION_WORDS = re.compile(r"ext(ension)?\.?|x|#", re.I)


def phone_tail(phone: str, region: str | None = None) -> str:
    """The last PHONE_TAIL digits of a number (its extension's included).

    A number written with letters ("1-800-FLOWERS", "tel:…") is read by `phonenumbers` first,
    so that it ends as its other notations do.
    """
    text = phone
    if any(c.isalpha() for c in _EXTENSION_WORDS.sub("", phone)):
        text = phone_key(phone, region)
    return "".join(c for c in text if c.isdigit())[-PHONE_TAIL:]


@lru_cache(maxsize=1 << 15)
def _identity(name: str, company: str, emails: tuple[str, ...], phones: tuple[str, ...],
              region: str | None) -> _Identity:
    """Worked out once per distinct record: a walk-in indexes every known person again."""
    tails = {phone: phone_tail(phone, region) for phone in phones}
    numbers = tuple(p for p, tail in tails.items() if tail)
    key = name_key(name)
    found_emails = frozenset(normalize_email(e) for e in emails if e.strip())
    found_tails = frozenset(t for t in tails.values() if t)
    company = company_key(company)
    initials = _has_initial(key)
    email_keys = tuple(f"e:{email}" for email in sorted(found_emails))
    tail_keys = tuple(f"p:{tail}" for tail in found_tails)
    name_index_key = f"n:{company}:{key}"
    near_keys: tuple[str, ...] = ()
    word_keys: tuple[str, ...] = ()
    initial_keys: tuple[str, ...] = ()
    if key and company:
        words = key.split()
        if len(words) > 1:
            near_keys = tuple(f"d:{company}:{near}" for near in _one_word_out(words))
        full = _full_words(key)
        word_keys = tuple(f"t:{company}:{word}" for word in full)
        initial_keys = tuple(f"i:{company}:{word}" for word in full)
    # In the order `remember` always filed them (a word of a name with initials: t:, then i:).
    keys = [*(f"e:{email}" for email in found_emails), *tail_keys]
    if key:
        keys.append(name_index_key)
    keys += near_keys
    for word_key, initial_key in zip(word_keys, initial_keys, strict=True):
        keys.append(word_key)
        if initials:
            keys.append(initial_key)
    return _Identity(found_emails, numbers, found_tails, key, company, initials, tuple(keys),
                     email_keys, tail_keys, name_index_key, near_keys, word_keys, initial_keys)


def _similar(wanted: _Identity, known: _Identity) -> bool:
    """`similar_keys` of two identities, the cheap tests first (many candidates are not)."""
    a, b = wanted.name_key, known.name_key
    if a == b:
        return True
    if fuzz.ratio(a, b, score_cutoff=SAME_NAME_SCORE) and a.count(" ") == b.count(" ") > 0 \
            and _one_word_replaced(a.split(), b.split()):
        return True
    return (wanted.initials or known.initials) and same_by_initials(a, b)


class IdentityIndex(Generic[T]):
    """Values (rows, ids, people) found by a person's identity: the rule of the whole app.

    `remember` a person with a value; `match` another person to get the value of the first
    one remembered that is the same person by the best rule (email, then phone, then name),
    with that rule. `region` is where numbers without a country code are read (`phones`).
    """

    def __init__(self, region: str | None = None) -> None:
        self.region = region
        self._entries: list[tuple[_Identity, T]] = []
        self._keys: dict[str, list[int]] = {}
        self._rank: list[int] = []
        self._forgotten: set[int] = set()
        self._last: tuple[_Identified, _Identity] | None = None

    def remember(self, person: _Identified, value: T, rank: int | None = None) -> int:
        """Find `value` from now on by this person's emails, phones and name; its entry.

        Of several matches of the same kind the lowest `rank` wins (by default the order
        remembered).
        """
        identity = self._identity(person)
        entry = len(self._entries)
        self._entries.append((identity, value))
        self._rank.append(entry if rank is None else rank)
        index = self._keys
        for key in identity.keys:
            found = index.get(key)
            if found is None:
                index[key] = [entry]
            else:
                found.append(entry)
        return entry

    def rank(self, entry: int) -> int:
        """Where an entry stands among matches of the same kind (lower wins)."""
        return self._rank[entry]

    def forget(self, entry: int) -> None:
        """No longer find what `remember` returned as `entry` (a record replaced by a merge)."""
        self._forgotten.add(entry)

    def find(self, person: _Identified) -> T | None:
        """The value remembered for this person, if any."""
        found = self.match(person)
        return found.value if found else None

    def match(self, person: _Identified) -> Match[T] | None:
        """The value remembered for this person and the rule that matched, or None."""
        wanted = self._identity(person)
        self._last = (person, wanted)
        entry = self._first(wanted.email_keys)
        if entry is not None:
            known = self._entries[entry][0]
            email = min(wanted.emails & known.emails)
            return Match(self._entries[entry][1], f"same email {email}")
        region = self.region
        entry = self._first(wanted.tail_keys,
                            lambda known: names_agree(wanted.name_key, known.name_key)
                            and wanted.same_number(known, region) is not None)
        if entry is not None:
            number = wanted.same_number(self._entries[entry][0], region) or ""
            return Match(self._entries[entry][1], f"same phone {shown(number, region)}")
        return self._match_name(wanted)

    def _identity(self, person: _Identified) -> _Identity:
        """The identity of a record; the one just matched is not worked out again."""
        last = self._last
        if last is not None and last[0] is person:
            return last[1]
        return _Identity.of(person, self.region)

    def _first(self, keys: Iterable[str],
               agrees: Callable[[_Identity], bool] | None = None) -> int | None:
        """The earliest entry under these keys (that `agrees`, when given)."""
        lists = [found for key in keys if (found := self._keys.get(key))]
        if not lists:  # most records are new: nothing to sort
            return None
        found = sorted({e for entries in lists for e in entries if e not in self._forgotten},
                       key=self._rank.__getitem__)
        return next((e for e in found if agrees is None or agrees(self._entries[e][0])), None)

    def _match_name(self, wanted: _Identity) -> Match[T] | None:
        if not wanted.name_key:
            return None
        same = self._first((wanted.name_index_key,))
        if not wanted.company:
            return Match(self._entries[same][1], "same name") if same is not None else None
        index = self._keys
        near = {e for key in wanted.near_keys for e in index.get(key, ())}
        # initials: a query with them looks at everyone sharing a full word, else at those
        # (few) who have initials themselves
        near.update(e for key in (wanted.word_keys if wanted.initials else wanted.initial_keys)
                    for e in index.get(key, ()))
        candidates = [e for e in near if _similar(wanted, self._entries[e][0])]
        if same is not None:
            candidates.append(same)
        candidates = [e for e in candidates if e not in self._forgotten]
        if not candidates:
            return None
        entry = min(candidates, key=self._rank.__getitem__)
        exact = self._entries[entry][0].name_key == wanted.name_key
        return Match(self._entries[entry][1],
                     "same name at the same company" if exact
                     else "similar name at the same company")


class PeopleIndex:
    """Known people matched by the identity rule; `add` a person again after merging into them.

    Of several people of the best kind, the one added first wins; the newest version of an id
    is the one handed back.
    """

    def __init__(self, people: Iterable[Person] = (), region: str | None = None) -> None:
        self._ids: IdentityIndex[str] = IdentityIndex(region)
        self._people: dict[str, Person] = {}
        self._entries: dict[str, int] = {}  # id -> its entry in the identity index
        for person in people:
            self.add(person)

    @property
    def region(self) -> str | None:
        """Where numbers without a country code are read."""
        return self._ids.region

    def add(self, person: Person) -> None:
        """Index a person (again, after a merge: the newest version of an id is the one used)."""
        self._people[person.id] = person
        old = self._entries.get(person.id)
        if old is None:
            self._entries[person.id] = self._ids.remember(person, person.id)
            return
        self._ids.forget(old)
        self._entries[person.id] = self._ids.remember(person, person.id, rank=self._ids.rank(old))

    def find(self, card: ParsedCard | Person) -> Person | None:
        """The person a card belongs to, or None."""
        found = self.match(card)
        return found.value if found else None

    def match(self, card: ParsedCard | Person) -> Match[Person] | None:
        """The person a card belongs to and the rule that matched, or None."""
        found = self._ids.match(card)
        return Match(self._people[found.value], found.rule) if found else None


def match_existing(card: ParsedCard | Person, people: Iterable[Person],
                   region: str | None = None) -> Person | None:
    """The person a card belongs to, or None (the rule of `IdentityIndex`).

    A Person given as `card` matches itself when it is among `people`. For many cards, keep
    one PeopleIndex instead.
    """
    return PeopleIndex(people, region).find(card)


def merge_people(kept: Person, incoming: Person, *, incoming_wins: bool,
                 region: str | None = None) -> Person:
    """`kept` with what `incoming` adds; the same object when it adds nothing.

    Lists grow (a phone that is the same number written otherwise is not added) and a blank
    name, title or company is filled in, as is the structured name when it fits the name.
    When `incoming_wins` (a file newer than what is stored) its title, company and kept
    columns replace the old ones; a name the user may have corrected is never replaced.
    """
    first, second = (kept, incoming) if not incoming_wins else (incoming, kept)
    name = kept.name or incoming.name
    parts = kept.name_parts if kept.name_parts and kept.name else (
        incoming.name_parts if parts_fit(name, incoming.name_parts) else kept.name_parts)
    changes = {
        "name": name,
        "name_parts": parts,
        "title": first.title or second.title,
        "company": first.company or second.company,
        "extra": {**second.extra, **first.extra},
    }
    for name in _LIST_ATTRIBUTES:
        old: list[str] = getattr(kept, name)
        new = [value for value in getattr(incoming, name) if value not in old]
        if name == "phones" and new:  # parsed only when a number is written otherwise
            known_phones = {phone_key(p, region) for p in kept.phones}
            new = [p for p in new if phone_key(p, region) not in known_phones]
        if new:
            changes[name] = [*old, *new]
    changed = {k: v for k, v in changes.items() if getattr(kept, k) != v}
    if not changed:
        return kept
    merged = kept.evolve(**changed)  # cleaning again drops the repeated list items
    differs = any(getattr(merged, k) != getattr(kept, k) for k in changed)
    return merged if differs else kept


_LIST_ATTRIBUTES = ("emails", "phones", "urls", "tags", "needs", "offers")


def merge(existing: Person, incoming: Person, region: str | None = None) -> Person:
    """`existing` plus what `incoming` adds (existing values kept); the same object if nothing."""
    return merge_people(existing, incoming, incoming_wins=False, region=region)


def merged_line(incoming: str, existing: str, rule: str) -> str:
    """The words for a merge: "card Hans Weber merged into Claire Martin — same phone …"."""
    return f"{incoming} merged into {existing} — {rule}"
