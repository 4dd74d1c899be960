"""Whether an offer meets a need, by the concept each phrase is about (concepts.toml).

A phrase is read as people write it: "someone to do my books", "bookkeeping for small shops".

- "I help X with Y" is read as "Y for X" ("I help architects with CGI"), not before a verb
  ("I help companies comply with GDPR").
- A spaced dash reads as a preposition ("angel syndicate - climate & energy deals" is about
  investment, the rest refines it).
- It is cut into parts at "and", "or", "but", "because", commas, colons, slashes, full stops,
  question marks ("PR and media pitching" is two things offered; "…, any bookkeepers here?"),
  and each part into regions at prepositions ("a venue | for a workshop"): what comes after a
  preposition only refines what comes before, a list there included ("bookkeeping for cafés,
  bars and boutique hotels in the lakes"), but not a clause after a comma ("rancher in
  canby, will haul your wet mash"), a full stop or "because".
- Its words become concepts through the lexicon: the longest phrase first ("do my books",
  "public relations"), then single words; a word the lexicon does not know stands for itself.
  Words naming the form of help ("advice", "supplier", "classes") and filler ("someone",
  "good") are no subject.
- The head of a part, what the phrase is about, comes from the first region that has a subject:
  the last subject there, as English puts the head of a noun phrase last ("coffee tasting
  classes" is about classes), unless the last is the person's own after another concept
  ("electricity bills killing our bakery" is about energy); a concept followed by "my", "our",
  "the"… is a verb with its object, and the verb is the head ("translate our website",
  "someone to cater our party"); after "to"/"who" the last concept ("someone to film the
  launch"). A concept wider than another one of the region yields to it: the rarer, more
  specific word wins ("UX designer" is about UX design, "python developer" about python).
  A concept marked `with_object` (hiring) heads with what follows it ("hiring developers");
  one marked `kind_of` (space, customers) with a word before it is a kind of its own ("kiln
  space" is not "shelf space"). Read as a need, a head that is a word the lexicon does not
  know also gives the last concept of its region (`PhraseKey.guessed`: "my laptop fan is
  whining" asks about the laptop too); an offer's unknown last word stays its only head
  ("social worker" offers no social media).
- Filler words ("someone", "new", "business") and filler phrases ("fully qualified and
  insured", "keeps coming back") are dropped only once the lexicon's phrases
  have been found, so that phrases may hold them ("do my books", "new website"). A phrase of
  the lexicon is also found with a word of the same concept in place of one of its own
  when that concept is the phrase's or wider ("employment solicitor" for "employment lawyer",
  "grant writer" for "grant writing").
- Some words only head alone (`yields`: "online" in "more customers online"); some name the
  form of help after a subject ([forms_after_subject]: "a sales coach" is about sales, "a
  business coach" about coaching); a verb of `verbs` at the start of its region, before its
  object, names its concept ("to hire a junior developer"), and so does a concept after "I" or
  "we" ("I photograph food"); an unknown participle or a number says nothing of the subject
  ("a shopify theme tweaked", "our first 10 customers"), but an amount asked for is a need
  for money ("need $50k for a second food truck"); after "get … into" the place is what is
  needed ("get my jam into farm shops"); a form of help alone names its concept
  ([forms_alone]: "a manufacturer", "a tutor for my son"), beside what a later part names
  ("trainer: travel anxiety & car desensitization").

Read as an offer, a phrase also gives what it names after "with" or a spaced dash ("bookshop
with an events room"), and gives neither what a clause of it asks for ("seeking 50k loan") nor
what it refuses ("sales only, no lettings"): see `clauses.offered_text`.

An offer meets a need when a head of each is the same concept, or one is wider than the other
("funding" ~ "angel investment"), and both or neither ask for teaching (or the side that does not
teach gives advice: "DEI training" ~ "diversity and inclusion consultant"); teaching is asked for
by a form of help in the head's region or by learning said before it ("want to learn to shear
sheep", "learn swedish sign language", where "learn swedish" is a phrase). An offer that teaches in
one part and not in another meets a need that does not ask to be taught with what the other part
gives ("roaster, wholesale to cafes, staff training with supply"), unless that part is joined by
"and"/"&" to one that teaches ("drawing & illustration classes") or follows a teaching part's colon
("german course: mastering the grammar").
Everything else, the modifiers ("seed", "angel", "for small shops"), refines the fit and never
blocks it: `Meeting.fit` is 1 for the same concept (not a wider one, nor one the offer gives
alongside) plus 1 when the two share a word.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from mingle.domain.introductions.clauses import (
    BECAUSE,
    asked_for,
    needed_text,
    offered_text,
    served_last,
)
from mingle.domain.introductions.concepts import (
    CONCEPT_MARK,
    DETERMINERS,
    FILLER,
    NOT_IN_PHRASES,
    PREPOSITIONS,
    VERB_STARTS,
    Entry,
    Lexicon,
    Phrase,
    lexicon,
)
from mingle.domain.records.normalize import normalize_phrase

# "angel syndicate - climate & energy deals": a spaced dash, like a preposition, refines.
_DASH = re.compile(r"\s[-\u2013\u2014]+\s")
_DASH_WORD = "about"  # what a spaced dash reads as
# Parts: things said one after another, and what they happen because of ("my listing is
# suppressed bc the main image isn't right": the image too).
_PARTS = re.compile(rf"[,;:/&+|()\[\]?!]|\.(?=\s|$)|\b(?:and|or|plus|but|{BECAUSE})\b",
                    re.IGNORECASE)
AD_HOC = "~"
GETTING = frozenset("get gets getting got".split())
INTO = frozenset("into in onto".split())
PARTICIPLE_MIN_LETTERS = 6
_PHRASE_MAX = 500  # characters of a need or an offer that are read
_LEARNING = frozenset(("learn", "learning"))
_LIST_ITEM_WORDS = 3  # "for cafés, bars and boutique hotels": the items of one list
# "an etsy shop for my knitwear, need decent photos": after a comma, asking again starts a part.
_ASKING_AGAIN = frozenset("need needs want wants".split())
# "used glycol chillers for sale", "new & used": goods sold, not the work done with them.
_FOR_SALE = re.compile(r"\bfor sale\b|\bnew (?:and )?used\b|\bsecond hand\b")
# "£45/hr", "60 acres/hr", "2 hrs a week": hours, not human resources ("2 hr consultants",
# "payroll/hr" are); a number, at most one word and a "/" before, or a number before and
# nothing or a word of time after.
_HOURS = frozenset(("hr", "hrs"))
_PER_HOUR = re.compile(r"\d\S*(?:\s+[^\W\d]+)?\s*/\s*$")
_TIME_AFTER = frozenset("a an per each every week weekly day daily month monthly minimum min max "
                        "shift shifts session sessions slot slots block blocks turnaround "
                        "notice".split())
_LISTING = frozenset(("and", "or", "plus", "&", "/", "+", ""))  # separators inside a list
_FILLER_INSIDE_PHRASE = 4  # filler words between two of a phrase's: "our books are a total mess"
# "a bookshop with an events room", "graphic designer - print & signage": offered too.
_ALONGSIDE = frozenset(("with", _DASH_WORD))
_POSSESSIVES = frozenset("my our your their his her".split())
PRONOUNS = frozenset(("i", "we"))  # heads that are a word the lexicon does not know start with this
TEACHING = "teaching"
ADVICE = "advice"
SUPPLY = "supply"


class PhraseKey(NamedTuple):
    """What matching reads of a need or an offer: its heads, its form, its words."""

    heads: frozenset[str]
    """Concept labels, or AD_HOC + a word the lexicon does not know (normalised)."""
    teaching: bool
    words: frozenset[str]
    """The stems of its subject words, modifiers included."""
    advises: bool = False
    """It names advice ("consultant", "expert", "coach"), which may meet teaching."""
    alongside: frozenset[str] = frozenset()
    """Concepts it names after "with" or a spaced dash: an offer gives them too."""
    as_offer: PhraseKey | None = None
    """How it reads as an offer when it also asks or refuses something ("angel investor looking
    for deals", "estate agent, sales only, no lettings"): without what it asks or refuses."""

    alongside_taught: frozenset[str] = frozenset()
    """Those of `alongside` that are taught ("music shop with guitar lessons")."""
    supplies: bool = False
    """Its head names supply ("plumbing merchant", "cleaning supplies wholesale", "chillers for
    sale"): goods, not the work done with them."""
    works: bool = False
    """It names a worker or the work ("need a plumber", "espresso machine broken, need a tech"):
    the work done, which a supplier of the goods does not do."""
    untaught: frozenset[str] = frozenset()
    """Of a key that teaches, the heads of its parts that do not ("roaster, wholesale to cafes,
    staff training with supply" sells coffee as well as teaching): they meet needs that do not
    ask to be taught."""
    guessed: frozenset[str] = frozenset()
    """Read of a need only: the last concept of a region whose head is a word the lexicon does
    not know ("my laptop fan is whining" is about the laptop too); an offer is not read so
    ("social worker" offers no social media)."""

    def sought(self) -> frozenset[str]:
        """What the key as a need may be met on: its heads and the concepts guessed of it."""
        return self.heads | self.guessed

    def offered(self) -> PhraseKey:
        """The key as an offer: what it gives, not what it asks for."""
        return self if self.as_offer is None else self.as_offer


class Meeting(NamedTuple):
    """How an offer meets a need: the concept they share (the wider of the two) and the fit."""

    concept: str
    fit: int


class _Item(NamedTuple):
    kind: str  # "concept", "form" or "word"
    value: str
    part: int
    region: int
    verb: bool
    acts: bool  # a verb with its object after it: "translate | our website"
    owned: bool = False  # after "my", "our"…: "electricity bills killing | our bakery"


def _items(phrase: str, lex: Lexicon) -> tuple[list[_Item], frozenset[str], set[tuple[int, int]],
                                                set[tuple[int, int]], set[int], set[int]]:
    """The concepts, forms and unknown words of a phrase, where they stand; its subject stems;
    the (part, region) places that are where something is to get to ("into farm shops"); those
    that follow "with" or a spaced dash; the parts joined to the next by "and", "&", "+" or "/"
    ("drawing & illustration classes": the classes may be of both); the parts before a colon."""
    tokens: list[list] = []  # stem, entry, part, region, verb, acts, word, owned
    region, verb, part = 0, False, 0
    refining = False  # after a preposition that follows a subject: "and" goes on refining
    getting = False  # "get my jam into farm shops": the farm shops are what is needed
    destinations: set[tuple[int, int]] = set()
    alongside: set[tuple[int, int]] = set()
    joined: set[int] = set()
    before_colon: set[int] = set()
    owned = False  # the word before was "my", "our"…
    subject_seen = False  # this part has a word that is a concept or unknown
    region_subject = False  # this region has one too ("rats getting into": no destination)
    text = _DASH.sub(f" {_DASH_WORD} ", phrase)
    chunks = _PARTS.split(text)
    seps = [found.group().lower() for found in _PARTS.finditer(text)]
    for at_chunk, chunk in enumerate(chunks):
        # What stands before the "/": a number and at most one word, so two chunks at most
        # ("60+ acres/hr" is "60", "+", " acres", "/").
        per_hour = at_chunk > 0 and seps[at_chunk - 1] == "/" and bool(_PER_HOUR.search(
            "".join(chunks[at] + seps[at] for at in range(max(0, at_chunk - 2), at_chunk))))
        chunk_words = normalize_phrase(chunk).split()
        for at_word, word in enumerate(chunk_words):
            if word in _HOURS and _hours(chunk_words, at_word, per_hour):
                continue
            if word in PREPOSITIONS:
                refining = refining or subject_seen
                region, verb, region_subject = region + 1, word in VERB_STARTS, False
                if getting and word in INTO:
                    destinations.add((part, region))
                if word in _ALONGSIDE:
                    alongside.add((part, region))
                continue
            getting = getting or (word in GETTING and not region_subject)
            if word in DETERMINERS and tokens and tokens[-1][2:4] == [part, region]:
                tokens[-1][5] = True
            if word in NOT_IN_PHRASES:
                owned = word in _POSSESSIVES
                continue
            # Filler words stay until the phrases are found ("do my books", "new website").
            stem, entry = lex.lookup(word)
            if word[0].isdigit() and entry is None and not lex.in_phrases(stem):
                continue  # "our first 10 customers", "25k angel cheques": not the subject
            # "I photograph food", "we translate websites": after "I"/"we", a verb.
            acting = bool(tokens) and tokens[-1][6] in PRONOUNS
            tokens.append([stem, entry, part, region, verb, acting, word, owned])
            owned = owned and entry is not None and entry.kind == "ignore"  # "our new bakery"
            is_subject = entry is None or entry.kind == "concept"
            subject_seen, region_subject = subject_seen or is_subject, region_subject or is_subject
        # A list goes on refining ("for cafés, bars and boutique hotels in the lakes"); a clause
        # after a comma ("in canby, will haul your wet mash"), a full stop or "because" is a
        # thing of its own.
        sep = seps[at_chunk] if at_chunk < len(seps) else ""
        if refining and sep not in _LISTING and (sep != "," or _a_thing_of_its_own(
                normalize_phrase(chunks[at_chunk + 1]).split())):
            refining = False
        if not refining:  # "PR and media pitching": a second thing; "for cafés and bars": not
            if sep in _LISTING and sep:
                joined.add(part)
            elif sep == ":":
                before_colon.add(part)
            region, verb, part = region + 1, False, part + 1
            getting = subject_seen = region_subject = False
    for at, token in enumerate(tokens):
        # "to hire a designer": a verb at the start of its region, before its object.
        label = lex.verbs.get(token[6])
        if (label is not None and (at == 0 or tokens[at - 1][2:4] != token[2:4])
                and at + 1 < len(tokens) and tokens[at + 1][2:4] == token[2:4]):
            token[1] = Entry("concept", label)
    items: list[_Item] = []
    words: set[str] = set()
    at = 0
    while at < len(tokens):
        stem, entry, part, reg, vb, acts, word, mine = tokens[at]
        size, found = 1, _phrase_at(tokens, at, lex)
        if found is not None and found[0].label == FILLER:  # "fully insured": no subject
            at += found[1]
            continue
        if found is not None:
            size = found[1]
            if word in _LEARNING:  # "learn swedish sign language": learning said in a phrase
                items.append(_Item("form", TEACHING, part, reg, True, False))
            # "cater our party", "trade mark our brand": a verb before its object, by any word.
            items.append(_Item("concept", found[0].label, part, reg, vb,
                               any(t[5] for t in tokens[at:at + size]), mine))
        elif entry is not None and entry.kind == "ignore":
            pass
        elif (word in lex.form_after_subject and items and items[-1][2:4] == (part, reg)
              and items[-1].kind != "form" and not (
                  items[-1].kind == "concept" and lex.concepts[items[-1].value].with_object)):
            # "a sales coach": coaching in sales; "a business coach": coaching.
            items.append(_Item("form", lex.form_after_subject[word], part, reg, vb, acts))
        elif entry is None and len(word) >= PARTICIPLE_MIN_LETTERS and (
                word.endswith("ed") or (word.endswith("ing") and items
                                        and items[-1][2:4] == (part, reg)
                                        and items[-1].kind == "concept")):
            pass  # "a shopify theme tweaked", "our site keeps crashing": what to do, not about
        elif entry is None and word[0].isdigit():
            pass  # "need 2 junior devs": a number of a phrase's, here alone, says nothing
        elif entry is None:
            # An unknown word stands for itself as written (singular), not for its stem:
            # "refreshments" are not a "refresh".
            items.append(_Item("word", AD_HOC + word, part, reg, vb, acts))
        else:
            # "learn", "learning": a verb wherever it stands ("learn how to do my own books")
            items.append(_Item(entry.kind, entry.value, part, reg, vb or word in _LEARNING,
                               acts, mine))
        if found is not None or entry is None or entry.kind == "concept":
            words.update(t[0] for t in tokens[at:at + size])
        at += size
    return items, frozenset(words), destinations, alongside, joined, before_colon


def _hours(words: list[str], at: int, per_hour: bool) -> bool:
    """Whether "hr" at this place of a chunk's words is hours: first after a rate's "/", or after
    a number with nothing or a word of time after it ("2 hrs a week", not "2 hr consultants")."""
    if at == 0:
        return per_hour
    after = words[at + 1:at + 2]
    return words[at - 1][0].isdigit() and (not after or after[0] in _TIME_AFTER)


def _a_thing_of_its_own(words: list[str]) -> bool:
    """Whether what follows a comma in a list is a thing of its own, not the list's next item:
    too long for an item, or asking again ("for my knitwear, need decent photos")."""
    return len(words) > _LIST_ITEM_WORDS or bool(words and words[0] in _ASKING_AGAIN)


def _phrase_at(tokens: list[list], at: int, lex: Lexicon) -> tuple[Phrase, int] | None:
    """The longest phrase of the lexicon starting at a token, written or with synonyms."""
    stem, entry = tokens[at][0], tokens[at][1]
    best: tuple[Phrase, int] | None = None
    best_rank = (0, 0)
    if at + 1 >= len(tokens):
        return None
    # Most phrases part from the words at their second word: a quick look there first. It is
    # the next word, or one after the filler that follows ("our books are a total mess").
    near: set[str] = set()
    for token in tokens[at + 1:at + 2 + _FILLER_INSIDE_PHRASE]:
        near.add(token[0])
        if not _skippable(token):
            if token[1] is not None and token[1].kind == "concept":
                near.add(CONCEPT_MARK + token[1].value)
            break
    # The phrases of its first word, then those of its concept, each list longest first.
    firsts = [(0, stem)]
    if entry is not None and entry.kind == "concept":
        firsts.append((1, CONCEPT_MARK + entry.value))
    options = sorted({(source, place, phrase) for source, first in firsts for second in near
                      for place, phrase in lex.phrases_after(first, second)},
                     key=lambda option: option[:2])
    for _, _, phrase in options:
        size = len(phrase.stems)
        if size < best_rank[0]:
            continue
        found = _phrase_here(tokens, at, phrase)
        if found is not None and (size, found[1]) > best_rank:
            best, best_rank = (phrase, found[0]), (size, found[1])
    return best


def _phrase_here(tokens: list[list], at: int, phrase: Phrase) -> tuple[int, int] | None:
    """(tokens taken, words as written) when the phrase starts at a token, else None.

    A filler word the phrase does not have may stand between its words ("our books are a
    total mess"), a few at most, never before its first; so may a number, right before the
    next word ("lost 6 drivers"; not "demo day in 3 weeks and my pitch").
    """
    taken = written = 0
    for want, synonym in zip(phrase.stems, phrase.synonyms, strict=True):
        skipped = 0
        while True:
            if at + taken >= len(tokens):
                return None
            stem, entry = tokens[at + taken][0], tokens[at + taken][1]
            taken += 1
            if stem == want:
                written += 1
                break
            if (synonym is not None and entry is not None and entry.kind == "concept"
                    and entry.value == synonym):
                break
            skipped += 1
            if taken == 1 or not _skippable(tokens[at + taken - 1]) or (
                    skipped > _FILLER_INSIDE_PHRASE) or (
                    skipped > 1 and tokens[at + taken - 2][1] is None):
                return None
    return taken, written


def _skippable(token: list) -> bool:
    """Whether a token may stand between a phrase's words: filler ("our books are a total
    mess"), or a number the lexicon has no concept for ("lost 6 drivers" is "lost drivers",
    though "6" is a word of another phrase)."""
    entry = token[1]
    return entry.kind == "ignore" if entry is not None else token[6][0].isdigit()


def _heads_of(subjects: list[_Item], lex: Lexicon) -> set[str]:
    """The heads among the subjects of one region (in order)."""
    # "more customers online": a concept that only heads alone yields to the others.
    subjects = [s for s in subjects if s.kind != "concept" or not lex.concepts[s.value].yields
                ] or subjects
    labels = [s.value for s in subjects]
    # A wider concept yields to a narrower one of the same region.
    kept = [s for s in subjects if not any(s.value in lex.ancestors.get(o, ()) for o in labels)]
    concepts = [s for s in kept if s.kind == "concept"]
    acting = [s for s in concepts if s.acts]
    if acting:  # "translate our website": the verb is what is needed, not its object
        head = acting[0]
    elif kept[0].verb and concepts:  # after "to"/"who", unknown words are what it acts on
        head = concepts[-1]
    else:
        head = kept[-1]
        # "electricity bills killing our bakery": what is theirs, after what is wrong, is where.
        if head.kind == "concept" and head.owned:
            before = [s for s in kept[:-1] if s.kind == "concept" and not s.owned]
            head = before[-1] if before else head
    at = kept.index(head)
    if head.kind == "concept" and lex.concepts[head.value].kind_of and at:
        # "kiln space": a kind of space of its own, not any space.
        head = head._replace(kind="word", value=f"{AD_HOC}{kept[at - 1].value.lstrip(AD_HOC)} "
                                                f"{head.value}")
    heads = {head.value}
    for s in concepts:
        if lex.concepts[s.value].with_object:
            heads.add(s.value)
            after = [o for o in kept if o.value != s.value and kept.index(o) > kept.index(s)]
            if after:
                heads.add(after[-1].value)
    return heads


def _form_alone(phrase: str, items: list[_Item], lex: Lexicon) -> str | None:
    """The concept a form of help names when it stands alone ("a manufacturer"), or None.

    It stands alone when nothing else is said but filler, or only unknown words after a
    preposition ("a tutor for my son"): what is after it says for whom, not what.
    """
    first = min((i.part for i in items), default=0)
    before = [i for i in items if i.part == first]
    if not before or before[0].kind != "form" or any(
            i.kind == "concept" or (i.kind == "word" and i.region == before[0].region)
            for i in before):
        return None
    for word in normalize_phrase(phrase).split():
        label = lex.forms_alone.get(lex.lookup(word)[0])
        if label is not None:
            return label
    return None


def _names_form(items: list[_Item], form: str) -> bool:
    """Whether the items name this form of help ("teaching", "supply"…)."""
    return any(i.kind == "form" and i.value == form for i in items)


@lru_cache(maxsize=1 << 16)
def phrase_key(phrase: str) -> PhraseKey:
    """How a need or an offer is matched (see the module's docstring)."""
    phrase = served_last(phrase[:_PHRASE_MAX])  # a pasted page is read for what it starts with
    # "theatre company looking for rehearsal space": about what is asked for, when it is known.
    needed = needed_text(phrase, _names_a_concept)
    cut = normalize_phrase(needed) != normalize_phrase(phrase)
    key, asked = _read(needed if cut else phrase)
    offered = offered_text(phrase, lambda text: _read(text)[0].heads)
    # Read again as an offer when it differs: an offer keeps the words before the asking.
    if asked or cut or normalize_phrase(offered) != normalize_phrase(phrase):
        return key._replace(as_offer=_read(offered, needing=False)[0])
    return key


def _names_a_concept(text: str) -> bool:
    """Whether a need's text names a concept of the lexicon, guessed ones included."""
    return any(head[0] != AD_HOC for head in _read(text)[0].sought())


def _read(phrase: str, needing: bool = True) -> tuple[PhraseKey, bool]:
    """The phrase's key, and whether it asks for what only a need asks for (money, a shop)."""
    lex = lexicon()
    items, words, destinations, after_with, joined, before_colon = _items(phrase, lex)
    heads: set[str] = set()
    also: set[str] = set()
    taught: set[str] = set()
    teaching = supplies = False
    untaught: set[str] = set()
    guessed: set[str] = set()
    taught_on = False  # after a teaching part's colon: "german course: mastering the grammar"
    for part in sorted({i.part for i in items}):
        mine = [i for i in items if i.part == part]
        # "want to learn to shear sheep": teaching said as a verb before the subject, in its
        # part (not "a workshop for car repairs": a place).
        taught_from = min((i.region for i in mine if i.kind == "form" and i.value == TEACHING
                           and i.verb), default=None)
        headed = False
        # "get my jam into farm shops": where it is to get to is what is needed, when the
        # lexicon knows it ("raw beans in aus" is about the beans).
        known_at = {i.region for i in mine if i.kind == "concept"}
        for region in sorted({i.region for i in mine},
                             key=lambda r: (part, r) not in destinations or r not in known_at):
            here = [i for i in mine if i.region == region]
            subjects = [i for i in here if i.kind != "form"]
            if subjects and not headed:
                found = _heads_of(subjects, lex)
                # "a solicitor for a commercial contract": a kind of the head named after it is
                # what is needed (contract law, not any law).
                # (Not one named after "with": "music shop with guitar lessons" gives those too.)
                found = {next((i.value for i in mine if i.region > region and i.kind == "concept"
                               and (part, i.region) not in after_with
                               and head in lex.ancestors.get(i.value, ())), head)
                         for head in found}
                heads |= found
                # "my laptop fan is whining": an unknown word last, a known concept before it.
                known = [i.value for i in subjects if i.kind == "concept"]
                if known and len(found) == 1 and all(h[0] == AD_HOC and " " not in h
                                                     for h in found):
                    guessed.add(known[-1])
                teaches = _names_form(here, TEACHING) or (
                    taught_from is not None and taught_from <= region) or any(
                    h in lex.concepts and lex.concepts[h].teaching for h in found)
                teaching |= teaches
                if not (teaches or taught_on or part in joined or part - 1 in joined):
                    untaught |= found
                taught_on |= teaches and part in before_colon
                supplies |= _names_form(here, SUPPLY) or any(
                    h in lex.concepts and lex.concepts[h].supplies for h in found)
                headed = True
            elif subjects and (part, region) in after_with:
                given = {h for h in _heads_of(subjects, lex) if h[0] != AD_HOC}
                also |= given
                if _names_form(here, TEACHING):
                    taught |= given
                taught |= {h for h in given if lex.concepts[h].teaching}
    advises = _names_form(items, ADVICE)
    alone = _form_alone(phrase, items, lex)
    if alone is not None:
        if not any(h[0] != AD_HOC for h in heads):  # "a manufacturer", "a tutor for my son"
            return PhraseKey(frozenset((alone,)), lex.concepts[alone].teaching
                             or _names_form(items, TEACHING), words, advises,
                             frozenset(also - {alone})), False
        heads.add(alone)  # "trainer: travel anxiety & …" trains in what the later part names
        untaught.clear()
    if not heads:  # only forms of help ("advice", "workshops"): they are the subject
        forms = [i for i in items if i.kind == "form"]
        teaching = any(i.value == TEACHING for i in forms)
        heads = {AD_HOC + lex.stem(w) for w in normalize_phrase(phrase).split()
                 if lex.lookup(w)[1] == Entry("form", forms[0].value)} if forms else set()
    # Read as a need only: "need $50k", "sell my candles online" ask for money, for a shop;
    # "I sell candles online" offers candles, not a shop.
    asked = {label for label in asked_for(phrase) if label in lex.concepts and label not in heads}
    if needing:
        heads |= asked
    said = normalize_phrase(phrase)
    return PhraseKey(frozenset(heads), teaching, words, advises, frozenset(also - heads),
                     alongside_taught=frozenset(taught - heads),
                     supplies=supplies or bool(_FOR_SALE.search(said)),
                     works=any(lex.stem(w) in lex.workers for w in said.split()),
                     untaught=frozenset(untaught & heads if teaching else ()),
                     guessed=frozenset(guessed - heads)), bool(asked)


def meeting(need: PhraseKey, offer: PhraseKey) -> Meeting | None:
    """How the offer meets the need, or None when it does not."""
    offer = offer.offered()
    lex = lexicon()
    # A supplier of the goods is not the worker a need names ("plumbing merchant" for "need a
    # plumber"), unless the need asks for supply too.
    if not need.heads or not offer.heads or (
            offer.supplies and not need.supplies and need.works):
        return None
    # Teaching meets teaching (or advice), for the offer's subject and for each concept it
    # gives alongside: "music shop with guitar lessons" teaches guitar. An offer that also
    # teaches meets a need that does not with what its other parts give.
    if need.teaching == offer.teaching or (offer.advises if need.teaching else need.advises):
        given = sorted(offer.heads)
    elif not need.teaching:  # "roaster, wholesale to cafes, staff training with supply"
        given = sorted(offer.untaught)
    else:
        given = []
    given += [b for b in sorted(offer.alongside) if (b in offer.alongside_taught) == need.teaching]
    best: Meeting | None = None
    for a in sorted(need.sought()):
        for b in given:
            if a == b:
                found = Meeting(a, int(b in offer.heads))
            elif a[0] != AD_HOC and b[0] != AD_HOC and lex.related(a, b):
                found = Meeting(a if a in lex.ancestors[b] else b, 0)
            else:
                continue
            if best is None or found.fit > best.fit:
                best = found
    if best is None:
        return None
    return Meeting(best.concept, best.fit + bool(need.words & offer.words))


def candidate_heads(head: str) -> frozenset[str]:
    """The heads an offer may have to meet a need with this head: it, and wider ones."""
    if head[0] == AD_HOC:
        return frozenset((head,))
    return frozenset((head, *lexicon().ancestors.get(head, ())))


def concept_name(concept: str, phrase: str) -> str:
    """The words to show for a shared concept: its label, or the word a phrase wrote."""
    if concept[0] != AD_HOC:
        return concept
    lex = lexicon()
    for word in normalize_phrase(phrase).split():
        if concept in (AD_HOC + word, AD_HOC + lex.lookup(word)[0]):
            return word
    return concept[1:]


def need_met_by(need: str, offer: str) -> Meeting | None:
    """How an offer (a phrase) meets a need (a phrase), or None."""
    return meeting(phrase_key(need), phrase_key(offer))
