"""Introductions: why two people should meet, the double opt-in steps, the message to send.

The score of a pair is a sum of named parts (DESIGN.md §4), each with plain words for the user:

- `need_met` (NEED_MET points per need): one person offers what the other needs, either way.
  An offer meets a need when both are about one concept (`need_match`: the head concept of
  each phrase through the lexicon, "seed funding" ~ "angel investment", both: investment). Each
  need counts once, with the other person's offer that fits it best (the first on a tie).
- `close_fit` (CLOSE_FIT points per step of fit, at most MAX_FIT_COUNTED): how closely the
  needs met fit, summed over them: a step for the same concept (not a wider one), a step for
  a word in common ("seed funding" ~ "seed investment"). Modifiers refine, never block.
- `shared_interests` (SHARED_INTEREST points a tag, at most MAX_SHARED_COUNTED tags).
- `roles` (ROLE_FIT points, at most one rule a pair): the first of `matching.ROLE_RULES`
  where one person's title or company names one side and the other's the other side.

Finding the best pairs among thousands of people is `intro_index.IntroIndex`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import NamedTuple

from mingle.domain.event.queue import ReasonPart
from mingle.domain.introductions.matching import ROLE_RULES, role_sides
from mingle.domain.introductions.need_match import PhraseKey, concept_name, meeting, phrase_key
from mingle.domain.records.models import Intro, IntroState, IntroStep, Person
from mingle.domain.records.normalize import fold, normalize_phrase
from mingle.domain.records.text import clean_block, clean_line

NEED_MET = 25
SHARED_INTEREST = 4
MAX_SHARED_COUNTED = 3
ROLE_FIT = 10
CLOSE_FIT = 1
MAX_FIT_COUNTED = 2
# The most the parts other than needs can add to a pair (the search relies on knowing it).
MAX_EXTRA = SHARED_INTEREST * MAX_SHARED_COUNTED + ROLE_FIT + CLOSE_FIT * MAX_FIT_COUNTED


Keyed = tuple[tuple[PhraseKey, str], ...]


class Profile(NamedTuple):
    """What of a person the matching reads: needs, offers and tags as matched; role sides."""

    person: Person
    needs: Keyed
    offers: Keyed
    tags: Keyed
    tag_keys: frozenset[PhraseKey]
    roles: frozenset[str]
    need_subjects: tuple[PhraseKey, ...]
    offer_subjects: frozenset[PhraseKey]


@lru_cache(maxsize=1 << 14)
def _keyed(phrases: tuple[str, ...], by_subject: bool = False) -> Keyed:
    """Each phrase with its key; those about nothing dropped, the same key kept once (first).

    `by_subject`: the same heads and form are the same (a need said twice counts once).
    """
    seen: dict[object, tuple[PhraseKey, str]] = {}
    for phrase in phrases:
        key = phrase_key(phrase)
        same = (key.heads, key.teaching, key.advises) if by_subject else key
        if key.heads and same not in seen:
            seen[same] = key, phrase
    return tuple(seen.values())


@lru_cache(maxsize=1 << 14)
def _tags_keyed(tags: tuple[str, ...]) -> tuple[Keyed, frozenset[PhraseKey]]:
    """Tags are shared when the same words (stemmed, typos mended) say the same subject."""
    keyed = _keyed(tags)
    return keyed, frozenset([k for k, _ in keyed])


@lru_cache(maxsize=1 << 14)
def _subjects(keyed: Keyed) -> tuple[PhraseKey, ...]:
    return tuple(subject(key) for key, _ in keyed)


@lru_cache(maxsize=1 << 14)
def _view(needs: tuple[str, ...], offers: tuple[str, ...], tags: tuple[str, ...], title: str,
          company: str) -> tuple:
    """What a profile holds besides the person (people alike share one)."""
    tag_keyed, tag_keys = _tags_keyed(tags)
    need_keyed, offer_keyed = _keyed(needs, True), _keyed(offers)
    return (need_keyed, offer_keyed, tag_keyed, tag_keys, role_sides(title, company),
            _subjects(need_keyed), frozenset(_subjects(offer_keyed)))


def profile(person: Person) -> Profile:
    """The matching view of a person."""
    return Profile(person, *_view(tuple(person.needs), tuple(person.offers), tuple(person.tags),
                                  person.title, person.company))


@lru_cache(maxsize=1 << 16)
def subject(key: PhraseKey) -> PhraseKey:
    """What decides whether an offer meets a need: the key's heads and form, not its words."""
    return PhraseKey(key.heads, key.teaching, frozenset(), key.advises, key.alongside,
                     None if key.as_offer is None else subject(key.as_offer),
                     key.alongside_taught, guessed=key.guessed)


@lru_cache(maxsize=1 << 16)
def close_fit(need: PhraseKey, offer: PhraseKey) -> int:
    """The steps of fit of an offer to a need (`need_match.Meeting.fit`), -1 if it misses it."""
    found = meeting(need, offer)
    return -1 if found is None else found.fit


@lru_cache(maxsize=1 << 16)
def _fits(needs: Keyed, offers: Keyed) -> int:
    total = 0
    for need, _ in needs:
        total += max(0, max((close_fit(need, offer) for offer, _ in offers), default=0))
    return total


def pair_close_fit(a: Profile, b: Profile) -> int:
    """The steps of close fit of a pair, both ways, capped: what the `close_fit` part counts."""
    if not ((a.needs and b.offers) or (b.needs and a.offers)):
        return 0
    return min(_fits(a.needs, b.offers) + _fits(b.needs, a.offers), MAX_FIT_COUNTED)


@dataclass(frozen=True, slots=True)
class PairPart(ReasonPart):
    """A named part of a pair's score; `sentence` says it again for the introduction message."""

    sentence: str = ""


def short_name(person: Person) -> str:
    """The first word of a person's name ("Åsa"), or the whole display name if there is one word."""
    words = person.name.split()
    return words[0] if len(words) > 1 and any(c.isalpha() for c in words[0]) else \
        person.display_name


def with_article(phrase: str) -> str:
    """'UX designer' -> 'a UX designer' when the phrase names one person; else unchanged."""
    words = phrase.split()
    last = fold(words[-1]) if words else ""
    if (not last.endswith(("er", "or", "ist", "ant", "ian")) or not last.isalpha()
            or fold(words[0]) in ("a", "an", "the", "my", "our", "some", "more", "one")):
        return phrase
    first = words[0]
    vowel = first[:1].lower() in "aeio" or (first.isupper() and first[:1] in "AEFHILMNORSX")
    return f"{'an' if vowel else 'a'} {phrase}"


def _needs_met(taker: Profile, giver: Profile) -> list[PairPart]:
    """The parts of the taker's needs that the giver's offers meet."""
    parts = []
    for need_key, need in taker.needs:
        best, best_offer = None, ""
        for offer_key, offer in giver.offers:
            found = meeting(need_key, offer_key)
            if found is not None and (best is None or found.fit > best.fit):
                best, best_offer = found, offer
        if best is None:
            continue
        g, t, wanted = giver.person, taker.person, with_article(need)
        name = concept_name(best.concept, need)
        said = {normalize_phrase(need), normalize_phrase(best_offer)}
        # Named only when neither phrase says it already.
        both = "" if len(said) == 1 or normalize_phrase(name) in said else f" (both: {name})"
        parts.append(PairPart(
            "need_met", NEED_MET, f"{g.display_name} offers {best_offer} — "
            f"{t.display_name} needs {wanted}{both}",
            f"{short_name(g)} offers {best_offer}, and {short_name(t)} needs {wanted}."))
    return parts


def _role_part(a: Profile, b: Profile) -> PairPart | None:
    for rule in ROLE_RULES:
        if rule.first in a.roles and rule.second in b.roles:
            first, second = a.person, b.person
        elif rule.first in b.roles and rule.second in a.roles:
            first, second = b.person, a.person
        else:
            continue
        return PairPart(
            "roles", ROLE_FIT, f"{first.display_name} is {rule.first}, "
            f"{second.display_name} {rule.second}",
            f"{short_name(first)} is {rule.first} and {short_name(second)} {rule.second}.")
    return None


def _and_list(items: Sequence[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def pair_parts_of(a: Profile, b: Profile) -> list[PairPart]:
    """The named parts of the score of a pair of profiles, strongest first, a's needs first."""
    parts = [*_needs_met(a, b), *_needs_met(b, a)]
    fit = pair_close_fit(a, b)
    if fit:
        parts.append(PairPart("close_fit", CLOSE_FIT * fit,
                              "a close fit" if fit == MAX_FIT_COUNTED else "a good fit"))
    role = _role_part(a, b)
    if role is not None:
        parts.append(role)
    shared = [tag for key, tag in a.tags if key in b.tag_keys]
    if shared:
        listed = _and_list(shared)
        parts.append(PairPart("shared_interests",
                              SHARED_INTEREST * min(len(shared), MAX_SHARED_COUNTED),
                              f"both into {listed}", f"You're both into {listed}, too."))
    parts.sort(key=lambda p: -p.points)
    return parts


def pair_parts(a: Person, b: Person) -> list[PairPart]:
    """The named parts of the intro score of two people, strongest first, a's needs first."""
    return pair_parts_of(profile(a), profile(b))


def name_key(person: Person) -> tuple[str, str]:
    """How people are ordered when scores tie: folded display name, then id."""
    return fold(person.display_name), person.id


@dataclass(frozen=True, slots=True)
class Suggestion:
    """Two people worth introducing, with the named parts of their score."""

    a: Person
    b: Person
    parts: tuple[PairPart, ...]

    @property
    def score(self) -> int:
        """The sum of the parts' points."""
        return sum(p.points for p in self.parts)

    @property
    def reason(self) -> str:
        """The reasons in plain words, strongest first."""
        return " · ".join(p.text for p in self.parts)

    @property
    def pair(self) -> frozenset[str]:
        """The two ids, in no order."""
        return frozenset((self.a.id, self.b.id))

    def sort_key(self) -> tuple[int, tuple[str, str], tuple[str, str]]:
        """Best first: score descending, then the pair's two people in name order."""
        first, second = sorted((name_key(self.a), name_key(self.b)))
        return -self.score, first, second


def suggest_pair_of(p: Profile, q: Profile) -> Suggestion:
    """A suggestion for two profiles: `a` has more needs met, or comes first by name on a tie."""
    met_p, met_q = len(_needs_met(p, q)), len(_needs_met(q, p))
    if met_q > met_p or (met_q == met_p and name_key(q.person) < name_key(p.person)):
        p, q = q, p
    return Suggestion(p.person, q.person, tuple(pair_parts_of(p, q)))


def suggest_pair(p: Person, q: Person) -> Suggestion:
    """The suggestion for two people, oriented as `suggest_pair_of` says (score may be 0)."""
    return suggest_pair_of(profile(p), profile(q))


# The double opt-in: suggested → asked A → asked B → both agreed → introduced; declined from any
# open state; a suggestion nobody acted on can be dismissed (never shown again).
MOVES: dict[IntroState, tuple[IntroState, ...]] = {
    IntroState.SUGGESTED: (IntroState.ASKED_A, IntroState.DECLINED, IntroState.DISMISSED),
    IntroState.ASKED_A: (IntroState.ASKED_B, IntroState.DECLINED),
    IntroState.ASKED_B: (IntroState.AGREED, IntroState.DECLINED),
    IntroState.AGREED: (IntroState.INTRODUCED, IntroState.DECLINED),
    IntroState.INTRODUCED: (),
    IntroState.DECLINED: (),
    IntroState.DISMISSED: (),
}
STATE_LABELS: dict[IntroState, str] = {
    IntroState.SUGGESTED: "suggested", IntroState.ASKED_A: "asked A",
    IntroState.ASKED_B: "asked B", IntroState.AGREED: "both agreed",
    IntroState.INTRODUCED: "introduced", IntroState.DECLINED: "declined",
    IntroState.DISMISSED: "dismissed",
}


class IllegalIntroMove(ValueError):
    """A move the double opt-in does not allow; the message names both states."""


def is_open(state: IntroState) -> bool:
    """True while an introduction can still move (not introduced, declined or dismissed)."""
    return bool(MOVES[IntroState(state)])


def next_step(state: IntroState) -> IntroState | None:
    """The next state on the way to `introduced`, or None once the intro is closed."""
    moves = MOVES[IntroState(state)]
    return moves[0] if moves and moves[0] != IntroState.DECLINED else None


def advance(intro: Intro, to_state: IntroState, now: datetime | None = None) -> Intro:
    """A copy of the intro moved to `to_state`, the step (at `now`) added to its history."""
    to_state = IntroState(to_state)
    allowed = MOVES[intro.state]
    if to_state not in allowed:
        where = " or ".join(STATE_LABELS[s] for s in allowed) or "nowhere: it is closed"
        raise IllegalIntroMove(f"An introduction cannot go from {STATE_LABELS[intro.state]} to "
                               f"{STATE_LABELS[to_state]}; from there it can go {where}.")
    moved = intro.moved_to(to_state)
    if now is None:
        return moved
    return moved.evolve(updated=now, history=[*intro.history, IntroStep(state=to_state, at=now)])


def intro_from_suggestion(suggestion: Suggestion, event_id: str | None,
                          now: datetime | None = None) -> Intro:
    """A new intro record (suggested) for a suggestion, its reason kept in plain words."""
    stamp = now if now is not None else datetime.now().astimezone()
    return Intro(a_id=suggestion.a.id, b_id=suggestion.b.id, event_id=event_id,
                 reason=suggestion.reason, state=IntroState.SUGGESTED, created=stamp,
                 updated=stamp)


_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n")
_NOTE_SYNTAX = re.compile(r"(?i)(?<![\w#/@-])(?:needs?|offers?)\s*:.*|(?<![\w!])!\w.*"
                          r"|(?<!\S)\+{1,3}(?!\S)")
MAX_PERSONAL = 160


def personal_line(notes: Sequence[str]) -> str:
    """The first sentence of the newest note that has one, without the note syntax."""
    for note in notes:
        for sentence in _SENTENCE_END.split(clean_block(note)):
            text = clean_line(_NOTE_SYNTAX.sub("", sentence).replace("#", ""))
            text = text.strip(" ,;:-—–")
            if len(text.split()) < 2:
                continue
            if len(text) > MAX_PERSONAL:
                text = text[:MAX_PERSONAL].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"
            return text if text.endswith((".", "!", "?", "…")) else text + "."
    return ""


def _who(person: Person) -> str:
    work = " at ".join(x for x in (person.title, person.company) if x)
    return f"{person.display_name} ({work})" if work else person.display_name


def draft_intro_message(suggestion: Suggestion, notes_a: Sequence[str] = (),
                        notes_b: Sequence[str] = ()) -> str:
    """A short plain-text introduction to copy: who, why, something personal, a time to meet.

    `notes_a` / `notes_b` are each person's note texts, newest first (may be empty).
    """
    a, b = suggestion.a, suggestion.b
    lines = [f"{_who(a)}, meet {_who(b)}.", ""]
    why = [p.sentence for p in suggestion.parts if p.sentence]
    if why:
        lines += ["I thought you two should talk: " + " ".join(why), ""]
    for person, notes in ((a, notes_a), (b, notes_b)):
        line = personal_line(notes)
        if line:
            lines.append(f"A bit about {short_name(person)}: {line}")
    if lines[-1]:
        lines.append("")
    lines.append(f"{short_name(a)} and {short_name(b)}, when would be a good time for you both "
                 "to meet, for a coffee or a short call? I'll leave the rest to you.")
    return "\n".join(lines)
