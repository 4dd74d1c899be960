"""The concept lexicon (concepts.toml and its parts): what the words of needs and offers are about.

The lexicon is kept in several files of one shape, read in the order of LEXICON_FILES and
joined (`merge_lexicons`): concepts.toml, then one file per field of work (the trades, the
professions, …). A later file adds concepts, and may add words and phrases to a concept of an
earlier one; a concept's word keeps the meaning the first file gave it. Filler words and forms
of help, from any file, come before every concept's words, as they do within one file.

Loaded once, when first asked. Words are looked up as written (after `normalize_phrase`:
folded, singular), then by their Snowball stem (PyStemmer, the Snowball project's stemmers in
C) when they are a lexicon word of that stem with another ending ("plumbers", "designed"; the
stemmer also joins "hospital" and "hospitality", "animal" and "animation"), then in their
British spelling ("organize", "color", "center": the lexicon is written in British English),
then, for a word of five letters or more that is none of these and no English word
(english_words.txt: "meant" is not "meat"), as the closest lexicon word one typo away, same
first letter, with rapidfuzz's Damerau-Levenshtein distance (a letter missing, added or
swapped; one letter for another only in words of nine letters or more), and last, for a long
word, as the one concept whose words begin with the same seven letters ("agronomy" as
"agronomist").
"""

from __future__ import annotations

import re
import threading
import tomllib
from collections.abc import Set
from dataclasses import dataclass
from importlib import resources
from typing import Any, NamedTuple

import Stemmer
from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein

from mingle.domain.introductions import lexicon_cache
from mingle.domain.records import normalize
from mingle.domain.records.normalize import normalize_phrase

LEXICON_FILES = ("concepts.toml", "concepts_trades.toml", "concepts_services.toml",
                 "concepts_makers.toml", "concepts_communities.toml")
ENGLISH_WORDS = "english_words.txt"  # the English words of five letters or more never mended
# Fields joined when two files name one concept: words by spaces, lists by commas.
_SPACED, _LISTED = ("words", "verbs"), ("phrases", "broader", "near")
# Words that end a region of a phrase: what comes after them only refines what comes before.
PREPOSITIONS = frozenset("for of to with in on at by from about into around re who that which "
                         "so can could near after before like per without through thru across "
                         "within during under between than off onto towards toward when "
                         "along while".split())
# Prepositions after which a verb says what is needed ("someone to film our launch").
VERB_STARTS = frozenset("to who that which so can could".split())
DETERMINERS = frozenset("a an the my our your their his her some this these those".split())
# Left out of phrases on both sides: "do my books" is read as "do books".
NOT_IN_PHRASES = DETERMINERS | PREPOSITIONS | frozenset("and or plus s".split())
# A phrase of two words or more that is one word less these is that word ("lunch for", "the
# cloud"); less other small words it says something the word alone does not ("went under",
# "laid off", "into shops", "without a car", "7 plus"): it is not that word, and is left out.
_SHRINKS_TO_WORD = DETERMINERS | frozenset(("for", "of"))
TYPO_MIN_LETTERS = 5
SUBSTITUTION_MIN_LETTERS = 9
KIN_MIN_LETTERS, KIN_PREFIX_LETTERS = 8, 7
# Endings a word may differ by from a lexicon word of the same stem and still be that word
# ("designed", "plumbers", "baking"): the stemmer also joins words of other meanings
# ("animal" and "animation", "hospital" and "hospitality", "universe" and "university").
_ENDINGS = ("ings", "ing", "ers", "er", "ors", "or", "ists", "ist", "ians", "ian", "ics", "ic",
            "ical", "al", "ative", "ive",
            "ations", "ation", "ions", "ion", "ies", "ied", "ed", "es",
            "e", "s", "y", "d")
_ENDING_MIN_BASE = 3
CONCEPT_MARK = "\x00"  # a concept, where a stem could stand: "\x00bookkeeping"
_LOOKED_UP_MAX = 100_000  # words whose reading is kept
FILLER = ""  # the label of a filler phrase: "fully insured", "keeps coming back" say no subject
_COMMA = "zzcommazz"  # stands for a comma through normalize_phrase, which drops punctuation


# American spellings and their British forms, which the lexicon is written in.
_SPELLINGS = tuple((re.compile(a), b) for a, b in (
    (r"([iy])z(?=[eai])", r"\1s"),  # organize, analyze, localization
    (r"([aeiou])r$", r"\1ur"),  # color, behavior
    (r"([^aeiou])er$", r"\1re"),  # center, theater
    (r"([aeiou])l(ing|ed|er)$", r"\1ll\2"),  # modeling, labeled, traveler
    (r"og$", "ogue"),  # catalog
    (r"ense$", "ence"),  # license, defense
    (r"^program$", "programme"),
    (r"elry$", "ellery"),  # jewelry
    (r"^mold", "mould"),
))


def _bases(word: str) -> set[str]:
    """The word less each ending it may have ("baking" → "bak", "shopping" → "shop")."""
    found = {word}
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= _ENDING_MIN_BASE:
            base = word[:-len(ending)]
            found.add(base)
            if len(base) > _ENDING_MIN_BASE and base[-1] == base[-2]:
                found.add(base[:-1])  # "shopping", "planner"
    return found


def _other_spellings(word: str) -> list[str]:
    """The British forms of an American spelling ("organize" → "organise"), if any."""
    found = []
    for pattern, british in _SPELLINGS:
        other = pattern.sub(british, word)
        if other != word:
            found.append(other)
    return found


@dataclass(frozen=True, slots=True)
class Concept:
    """One concept: its label, the wider concepts it belongs to, and its look-alikes."""

    label: str
    broader: tuple[str, ...] = ()
    near: tuple[str, ...] = ()
    with_object: bool = False
    kind_of: bool = False
    yields: bool = False
    teaching: bool = False
    supplies: bool = False  # it is a trade in goods ("builders merchants"), not the work


class Phrase(NamedTuple):
    """A multi-word way of saying a concept: its stems and, per word, a concept of the word."""

    stems: tuple[str, ...]
    synonyms: tuple[str | None, ...]
    """Per word, the concept whose other words may stand in for it ("employment solicitor"
    for "employment lawyer"): the word's own concept, when it is the phrase's or wider."""
    label: str


class Entry(NamedTuple):
    """What a word means: a concept's label, a form of help, or nothing (ignored)."""

    kind: str  # "concept", "form" or "ignore"
    value: str


def _items(text: str, sep: str | None = None) -> list[str]:
    return [t.strip() for t in text.split(sep) if t.strip()]


class Lexicon:
    """The concepts, their words and phrases, the forms of help, and the words to ignore."""

    def __init__(self, data: dict, english: Set[str] = frozenset()) -> None:
        # Words of English never mended into a lexicon word: "meant" is not "meat", "weather"
        # not "wether", "universe" not "university".
        self._english = english
        self.language = data.get("language", {}).get("name", "english")
        self._stemmer_name = data.get("language", {}).get("stemmer", "english")
        self._stemmer = Stemmer.Stemmer(self._stemmer_name)
        # Words that are their own stem ("customs" is not "customer"), then every word stemmed.
        self._own_stems = {w: w for w in normalize_phrase(
            data.get("language", {}).get("own_stems", "")).split()}
        self._stems: dict[str, str] = dict(self._own_stems)
        # stem → the lexicon's words of that stem, which a word must inflect to share it: all
        # of them (for phrases), those that say what the stem means (for `by_stem`)
        self._stem_words: dict[str, set[str]] = {}
        self._entry_words: dict[str, dict[str, Entry]] = {}
        self.concepts: dict[str, Concept] = {}
        self._looked_up: dict[str, tuple[str, Entry | None]] = {}
        self.exact: dict[str, Entry] = {}
        self.by_stem: dict[str, Entry] = {}
        # first stem → phrases, longest first; the concept of a first word → phrases
        self.phrases: dict[str, list[Phrase]] = {}
        self.phrases_by_concept: dict[str, list[Phrase]] = {}
        # Words that name a concept only as a verb before its object ("to hire a designer").
        self.verbs: dict[str, str] = {}
        self._add_words(data.get("ignore", {}).get("words", ""), Entry("ignore", ""))
        # Filler phrases: words that together say no subject ("fully insured", "falling apart").
        filler = normalize_phrase(data.get("ignore", {}).get("phrases", "").replace(
            ",", f" {_COMMA} "))
        written = [(words, FILLER) for phrase in filler.split(_COMMA)
                   if len(words := [w for w in phrase.split() if w not in NOT_IN_PHRASES]) > 1]
        for form, words in data.get("forms", {}).items():
            self._add_words(words, Entry("form", form))
        # Stems of the words for someone who does the work ("plumber", "sparky"): a need naming
        # one asks for the work done, which a supplier of the goods does not do.
        self.workers = frozenset(self.stem(w) for w in normalize_phrase(
            data.get("workers", {}).get("words", "")).split())
        # stem → concept: what a form of help names when nothing else is said ("a tutor")
        self.forms_alone = {self.stem(w): label for w, label
                            in data.get("forms_alone", {}).items()}
        # stem → form: a concept's word that is a form of help after a subject ("sales coach")
        self.form_after_subject = {w: form for form, words
                                   in data.get("forms_after_subject", {}).items()
                                   for w in normalize_phrase(words).split()}
        for label, spec in data.get("concepts", {}).items():
            self.concepts[label] = Concept(label, tuple(_items(spec.get("broader", ""), ",")),
                                           tuple(_items(spec.get("near", ""), ",")),
                                           bool(spec.get("with_object", False)),
                                           bool(spec.get("kind_of", False)),
                                           bool(spec.get("yields", False)),
                                           bool(spec.get("teaching", False)),
                                           bool(spec.get("supplies", False)))
            self._add_words(spec.get("words", ""), Entry("concept", label))
            for word in _items(spec.get("verbs", "")):
                self.verbs[word] = label
            # One normalisation for all of a concept's phrases: a comma becomes a word of its own.
            said = normalize_phrase(spec.get("phrases", "").replace(",", f" {_COMMA} "))
            for phrase in said.split(_COMMA):
                words = [w for w in phrase.split() if w not in NOT_IN_PHRASES]
                if len(words) > 1:
                    written.append((words, label))
                elif words and _SHRINKS_TO_WORD.issuperset(set(phrase.split()) - set(words)):
                    self._note_word(words[0], Entry("concept", label))
        self.ancestors = {label: self._ancestors(label) for label in self.concepts}
        wide = {label: up | {label} for label, up in self.ancestors.items()}
        wide[FILLER] = frozenset()
        # Every word of the phrases stemmed at once (in C), then each phrase added.
        unstemmed = list({w for words, _ in written for w in words} - self._stems.keys())
        self._stems.update(zip(unstemmed, self._stemmer.stemWords(unstemmed), strict=True))
        added: set[tuple[tuple[str, ...], str]] = set()  # a phrase written twice is read once
        concept_of: dict[str, str | None] = {}
        for words, label in written:
            if (written_as := (tuple(words), label)) not in added:
                added.add(written_as)
                self._add_phrase(words, label, wide[label], concept_of)
        for word in {w for words, _ in written for w in words}:
            self._stem_words.setdefault(self._stems[word], set()).add(word)
        # Words of phrases are known words too: never corrected as typos.
        self._in_phrases = {s for options in self.phrases.values() for o in options
                            for s in o.stems}
        for options in (*self.phrases.values(), *self.phrases_by_concept.values()):
            options.sort(key=lambda o: -len(o.stems))
        # The same phrases by their second word, made for a first word when first read.
        self._by_second: dict[str, dict[str, list[tuple[int, Phrase]]]] = {}
        # The words a typo may be mended to, by their first letter (a typo keeps it).
        self._vocabulary: dict[str, list[str]] = {}
        for word in sorted(self.exact):
            self._vocabulary.setdefault(word[:1], []).append(word)
        # The first letters of concept words → one word of them, or "" when they name two
        # concepts or more (a word's family: "agronomist" for "agronomy").
        self._by_prefix: dict[str, str] = {}
        for word, entry in self.exact.items():
            if entry.kind == "concept" and len(word) >= KIN_PREFIX_LETTERS:
                key = word[:KIN_PREFIX_LETTERS]
                known = self._by_prefix.get(key)
                if known is None:
                    self._by_prefix[key] = word
                elif known and self.exact[known].value != entry.value:
                    self._by_prefix[key] = ""

    def __getstate__(self) -> dict[str, Any]:
        """What is kept of a built lexicon (lexicon_cache): all but the stemmer, which is made
        again, and the lookups remembered since."""
        state = {k: v for k, v in vars(self).items() if k != "_stemmer"}
        state["_looked_up"], state["_by_second"] = {}, {}
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        vars(self).update(state)
        self._stemmer = Stemmer.Stemmer(self._stemmer_name)

    def _add_phrase(self, words: list[str], label: str, wide: Set[str],
                    concept_of: dict[str, str | None]) -> None:
        """One phrase; `concept_of` keeps each word's concept (or None) across phrases."""
        stems = tuple(map(self._stems.__getitem__, words))  # stemmed before, all at once
        synonyms = []
        for word, stem in zip(words, stems, strict=True):
            if word not in concept_of:
                entry = self.exact.get(word) or self.by_stem.get(stem)
                concept_of[word] = entry.value if entry is not None and (
                    entry.kind == "concept") else None
            concept = concept_of[word]
            synonyms.append(concept if concept in wide else None)
        phrase = Phrase(stems, tuple(synonyms), label)
        self.phrases.setdefault(stems[0], []).append(phrase)
        if synonyms[0] is not None:
            self.phrases_by_concept.setdefault(synonyms[0], []).append(phrase)

    def _add_words(self, words: str, entry: Entry) -> None:
        for key in normalize_phrase(words).split():
            self.exact.setdefault(key, entry)
            self._note_word(key, entry)

    def _note_word(self, word: str, entry: Entry) -> None:
        """A word that means `entry` by its stem too (for another ending of it)."""
        stem = self.stem(word)
        self.by_stem.setdefault(stem, entry)
        self._stem_words.setdefault(stem, set()).add(word)
        self._entry_words.setdefault(stem, {}).setdefault(word, entry)

    def _ancestors(self, label: str) -> frozenset[str]:
        found: set[str] = set()
        todo = list(self.concepts[label].broader)
        while todo:
            up = todo.pop()
            if up not in found and up in self.concepts:
                found.add(up)
                todo.extend(self.concepts[up].broader)
        return frozenset(found)

    def phrases_after(self, first: str, second: str) -> list[tuple[int, Phrase]]:
        """The phrases whose first word is `first` (a stem, or CONCEPT_MARK + a concept) and
        whose second is `second` (the same), each with its place in the first's list."""
        by_second = self._by_second.get(first)
        if by_second is None:
            by_second = self._by_second[first] = {}
            options = (self.phrases_by_concept.get(first[1:], []) if first[:1] == CONCEPT_MARK
                       else self.phrases.get(first, []))
            for place, option in enumerate(options):
                by_second.setdefault(option.stems[1], []).append((place, option))
                if option.synonyms[1] is not None:
                    by_second.setdefault(CONCEPT_MARK + option.synonyms[1], []).append(
                        (place, option))
        return by_second.get(second, [])

    def in_phrases(self, stem: str) -> bool:
        """True when a phrase of the lexicon has this stem ("3d" in "3d printing")."""
        return stem in self._in_phrases

    def stem(self, word: str) -> str:
        """The Snowball stem of one normalised word."""
        found = self._stems.get(word)
        if found is None:
            if len(self._stems) >= _LOOKED_UP_MAX:  # as many as the words looked up, no more
                self._stems = dict(self._own_stems)
            found = self._stems[word] = self._stemmer.stemWord(word)
        return found

    def lookup(self, word: str) -> tuple[str, Entry | None]:
        """One normalised word → (its stem, corrected if a typo; what it means, or None)."""
        known = self._looked_up.get(word)
        if known is None:
            if len(self._looked_up) >= _LOOKED_UP_MAX:  # a long evening's words, not unbounded
                self._looked_up.clear()
            known = self._looked_up[word] = self._lookup(word)
        return known

    def clear_lookups(self) -> None:
        """Forget the words looked up so far (for measuring a cold start)."""
        self._looked_up.clear()

    def _lookup(self, word: str) -> tuple[str, Entry | None]:
        entry = self.exact.get(word)
        if entry is not None:
            return self.stem(word), entry
        stem = self.stem(word)
        # "hospital" is not "hospitality", "animal" not "animation": one stem, other words;
        # "propping" is "props", not "prop…" of another concept.
        bases = _bases(word)
        entry = next((known for other, known in self._entry_words.get(stem, {}).items()
                      if bases & _bases(other)), None)
        if stem in self._stem_words and not any(
                bases & _bases(other) for other in self._stem_words[stem]):
            stem = word
        if entry is None and stem not in self._in_phrases:
            for other in _other_spellings(word):
                other_stem = self.stem(other)
                other_entry = self.exact.get(other) or self.by_stem.get(other_stem)
                if other_entry is not None or other_stem in self._in_phrases:
                    return other_stem, other_entry
        if (entry is not None or len(word) < TYPO_MIN_LETTERS or not word.isalpha()
                or stem in self._in_phrases):
            return stem, entry
        fixed = None if word in self._english else self._typo(word) or self._kin(word)
        if fixed is None:
            return stem, None
        return self.stem(fixed), self.exact[fixed]

    def _kin(self, word: str) -> str | None:
        """A lexicon word of the same family ("agronomy", "agronomist"), if only one concept's."""
        if len(word) < KIN_MIN_LETTERS:
            return None
        kin = self._by_prefix.get(word[:KIN_PREFIX_LETTERS])
        return kin or None

    def _typo(self, word: str) -> str | None:
        found = process.extractOne(word, self._vocabulary.get(word[:1], ()),
                                   scorer=DamerauLevenshtein.distance, score_cutoff=1)
        if found is None:
            return None
        fixed = found[0]
        # One letter for another turns real words into others ("inventor", "banker"): it is
        # mended only in long words; a letter missing, added or swapped is the usual typo.
        if (len(fixed) == len(word) and sorted(fixed) != sorted(word)
                and len(word) < SUBSTITUTION_MIN_LETTERS):
            return None
        return fixed

    def related(self, a: str, b: str) -> bool:
        """True when two concepts are one, or one is wider than the other."""
        return a == b or a in self.ancestors.get(b, ()) or b in self.ancestors.get(a, ())


def _joined(first: dict, then: dict, known: Set[str]) -> dict:
    """One concept's fields from two files: its words (less those known) and lists joined."""
    both = dict(first)
    for field, value in then.items():
        if field == "words":
            value = " ".join(w for w in normalize_phrase(value).split() if w not in known)
        if field in _SPACED and both.get(field):
            both[field] = f"{both[field]} {value}"
        elif field in _LISTED and both.get(field):
            both[field] = f"{both[field]}, {value}"
        elif isinstance(value, bool):
            both[field] = bool(both.get(field)) or value
        else:
            both[field] = value
    return both


def merge_lexicons(parts: list[dict]) -> dict:
    """The lexicon's files as one: concepts joined by label, forms and ignored words added."""
    merged: dict = {"language": {}, "forms": {}, "forms_after_subject": {}, "forms_alone": {},
                    "ignore": {"words": "", "phrases": ""}, "workers": {"words": ""},
                    "concepts": {}}
    for part in parts:
        for key, value in part.get("language", {}).items():
            if key == "own_stems":  # every file's, joined
                merged["language"][key] = f"{merged['language'].get(key, '')} {value}".strip()
            else:
                merged["language"].setdefault(key, value)
        for table in ("forms", "forms_after_subject"):
            for form, words in part.get(table, {}).items():
                known = merged[table].get(form)
                merged[table][form] = f"{known} {words}" if known else words
        for word, label in part.get("forms_alone", {}).items():
            merged["forms_alone"].setdefault(word, label)
        merged["ignore"]["words"] += " " + part.get("ignore", {}).get("words", "")
        merged["ignore"]["phrases"] += ", " + part.get("ignore", {}).get("phrases", "")
        merged["workers"]["words"] += " " + part.get("workers", {}).get("words", "")
        # Words the files before named: a later file cannot move them to another concept.
        words = {w for spec in merged["concepts"].values()
                 for w in normalize_phrase(spec.get("words", "")).split()}
        for label, spec in part.get("concepts", {}).items():
            known = merged["concepts"].get(label)
            merged["concepts"][label] = spec if known is None else _joined(known, spec, words)
    return merged


_lexicon: Lexicon | None = None
_LOADING = threading.Lock()


def lexicon() -> Lexicon:
    """The lexicon shipped with mingle (all its files), loaded on first use, once however many
    threads ask at the same time: read as built from the user's cache folder when it was built
    before from the same files and code."""
    global _lexicon
    found = _lexicon
    if found is None:
        with _LOADING:
            if _lexicon is None:
                _lexicon = _load()
            found = _lexicon
    return found


def _load() -> Lexicon:
    folder = resources.files(__package__)
    texts = {name: folder.joinpath(name).read_bytes() for name in (*LEXICON_FILES, ENGLISH_WORDS)}
    try:  # the code that builds it, as the package holds it (a folder or a zip)
        code = [folder.joinpath("concepts.py").read_bytes(),
                resources.files(normalize.__package__).joinpath("normalize.py").read_bytes()]
    except OSError:
        return build_lexicon(texts)  # no source to name the built lexicon by: nothing kept
    key = lexicon_cache.key_of([*texts.values(), *code],
                               [lexicon_cache.python_version(), f"PyStemmer {Stemmer.version()}"])
    return lexicon_cache.cached(key, lambda: build_lexicon(texts), Lexicon,
                                lexicon_cache.cache_dir())


def build_lexicon(texts: dict[str, bytes]) -> Lexicon:
    """The lexicon built from the texts of its files (LEXICON_FILES and ENGLISH_WORDS)."""
    english = frozenset(line for line in texts[ENGLISH_WORDS].decode("utf-8").splitlines()
                        if line and not line.startswith("#"))
    return Lexicon(merge_lexicons([tomllib.loads(texts[name].decode("utf-8"))
                                   for name in LEXICON_FILES]), english)
