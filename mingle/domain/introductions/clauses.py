"""What the clauses of a need or an offer ask for, and what an offer gives (see need_match).

Read as an offer, a phrase gives what it names, less the clauses that ask or refuse. A clause
that asks ("looking for", "seeking", "need"…) is a request, not an offer ("seeking 50k loan
for expansion"); its words before the asking stay offered ("angel investor looking for deals")
unless it seeks work or clients ("HR manager looking for a new job", "volunteer seeking a
charity to help") or the same thing it names ("mentoring scheme looking for mentors"); one
seeking partners offers to be one ("university lecturer looking for industry partners"). A
clause that is a question ("need a website? I build them") or says whom the offer serves ("I
help founders looking for funding") is an offer, unless the question asks around ("anyone got
spare hops?"); one that starts with "no" or "not" is refused ("sales only, no lettings"), and
one for the person's own use alone gives nothing ("crowdfunding for my own project"; not "for
my own business and for clients").

Read as a need, a clause that says who asks before asking is about what it asks for ("theatre
company looking for rehearsal space"), and so is one that says what others ask of the person
("investors keep asking for our cap table"); a later clause that refuses a few words asks for
nothing ("web designer, not wordpress"; not "no time to do my books"), an amount asked for is
money ("need $50k for a second food truck"), and to sell something online is to need an online
shop.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Set

from mingle.domain.introductions.concepts import DETERMINERS, lexicon
from mingle.domain.records.normalize import normalize_phrase

_ASKING = re.compile(r"\b(?:looking for|searching for|in search of|on the hunt for|seeking|"
                     r"needs?|needed|needing|wants?|wanted|anyone)\b"
                     # "after scaffold hire too", "I'm after a bookkeeper": at the start only
                     # ("after hours callouts" is no asking).
                     r"|^\s*(?:(?:i'?m|i am|we'?re|we are|also|just|still)\s+)*after\b",
                     re.IGNORECASE)
# "plumber needed", "website wanted for my bakery": what comes before is what is asked for.
_ASKED_BEFORE = frozenset(("needed", "wanted"))
# "special needs tutor", "user needs research": "needs" as a noun, not as asking.
_NEEDS_AS_NOUN = frozenset("special additional educational user users support access dietary "
                           "complex learning care customer customers business basic".split())
# Clauses end at punctuation; a full stop only before a space or the end ("v2.0", "e.g.").
_CLAUSE = re.compile(r"(?:[^,;:?!()|.]|\.(?!\s|$))+[?]?")
_DASHED = re.compile(r"\s[-\u2013\u2014]+\s")
_REFUSED = re.compile(r"\s*(?:no|not|except|excluding)\s", re.IGNORECASE)
_SERVES = frozenset("help helps helping support supports supporting serve serves serving work "
                    "works working assist assists assisting for to with who that you your "
                    "whoever".split())
_WORK_SOUGHT = frozenset("job jobs work role roles position positions employment employer "
                         "client clients customer customers gig gigs opportunity "
                         "opportunities placement placements".split())
_SEEKS_WORK = re.compile(r"\bto (?:help|join|support|work (?:with|for))\b")
_MUTUAL = frozenset("partner partners partnership partnerships collaborator collaborators "
                    "collaboration collaborations".split())
_OWN_USE = re.compile(r"\bfor (?:my|our) own\b")
BECAUSE = "because|bc|cos|coz|cuz"  # what a reason starts with, as a pattern's alternatives
_BECAUSE = re.compile(rf"\b(?:{BECAUSE})\b", re.IGNORECASE)
# "investors keep asking for our cap table", "the insurer requires…", "clients keep demanding
# raw files", "the hotel told us to sort our own flowers"; not "insurance required by our
# venue" (what is required comes first), "print on demand", "demand for our cakes".
_ASKED_OF = re.compile(r"\b(?:ask(?:s|ed|ing)? (?:us |me )?for|(?<!on )demand(?:s|ed|ing)?"
                       r"(?! for\b)|requires?|insist(?:s|ed|ing)? on|told (?:us|me) to)\b",
                       re.IGNORECASE)
# Matched on normalised (singular) text: "…and for clients", "…as well as yours".
_FOR_OTHERS = re.compile(r"\b(?:and|plus|also|as well as)\s+(?:for\s+)?(?:other|client|customer|"
                         r"you|your|business)\b|\bown (?:client|customer)\b")
# "anyone got spare contracts?", "so who does sensor cleaning?": a question that asks around,
# all of it ("anyone know a plumber, electrician or roofer?"); not "anyone need a plumber?",
# "who's looking for a photographer?", "any startups need funding?" (pitches). Matched on
# normalised text, after a greeting or a lead-in.
_QUESTION = re.compile(r"[^?.!]*\?")
_ASKS_AROUND = re.compile(r"^(?:(?:hi|hey|hello|so|ok|okay|quick|one|q|question|right|also|and)"
                          r"\s+)*(?:(?:doe|do|can|could|would)\s+)?(?:anyone|anybody|someone|somebody|"
                          r"who|any|know|recommendation)\b(?!(?:\s+\S+){0,3}?\s+(?:need|want|"
                          r"looking|struggling|fancy|after|sick|tired|interested|in need)\b)")
# A need's "no"/"not" that does not refuse: "no idea what to claim", "not enough customers".
_NOT_REFUSING = frozenset("idea clue time enough one longer sure getting able working way "
                          "money budget cash staff".split())
_REFUSED_WORDS_MAX = 3  # "not wordpress", "not a big agency"
# A need's clause that refuses: "not wordpress"; "no logo", "no website yet" say what is lacking.
_NEED_REFUSED = re.compile(r"\s*(?:not|except|excluding|but not)\s", re.IGNORECASE)


def _asking(clause: str) -> tuple[re.Match[str] | None, list[str]]:
    """Where the clause asks ("looking for", "need"…; "needs" as a noun left out), and the
    words before it."""
    for found in _ASKING.finditer(clause):
        before = normalize_phrase(clause[:found.start()]).split()
        # "customer needs research" names needs; "customer wants her frame resprayed" asks.
        if not (found.group().lower() == "needs" and before and before[-1] in _NEEDS_AS_NOUN):
            return found, before
    return None, []


def offered_text(phrase: str, heads: Callable[[str], Set[str]]) -> str:
    """The phrase without the clauses an offer asks for or refuses; `heads` reads a text."""
    kept: list[str] = []
    sought: set[str] = set()  # what a clause before asked for
    phrase = _QUESTION.sub(_unasked, phrase)
    for_others = bool(_FOR_OTHERS.search(normalize_phrase(phrase)))
    for clause in _CLAUSE.findall(phrase):
        clause = _BECAUSE.split(clause)[0]  # "bookkeeping because I love spreadsheets"
        # "no job too small - plumber": what a spaced dash adds is not refused with it, and
        # what it names for the person's own use alone gives nothing ("crowdfunding for my
        # own project"; "accountant - I also do the books for our own cafe" is an accountant).
        clause = " - ".join(bit for bit in _DASHED.split(clause) if not _REFUSED.match(bit)
                            and (for_others or not _OWN_USE.search(normalize_phrase(bit))))
        words = normalize_phrase(clause).split()
        if not words:
            continue
        if clause.rstrip().endswith("?"):
            kept.append(clause)
            continue
        asking, before = _asking(clause)
        asked = normalize_phrase(clause[asking.end():]) if asking else ""
        if asking is None and sought and (named := heads(clause)) and all(
                any(lexicon().related(a, b) for b in sought) for a in named):
            continue  # "seeking investors for my startup, pre-seed": more of the asking
        if asking is not None and not before:
            sought |= heads(clause[asking.end():])
        if asking is None or _SERVES.intersection(before) or (
                before and _MUTUAL.intersection(asked.split())):
            kept.append(clause)
        elif before and asking.group().lower() not in _ASKED_BEFORE and not (
                _WORK_SOUGHT.intersection(asked.split()) or _SEEKS_WORK.search(asked)):
            gives, asks = heads(clause[:asking.start()]), heads(clause[asking.end():])
            if not any(lexicon().related(a, b) for a in gives for b in asks):
                kept.append(clause[:asking.start()])
    return ",".join(kept)


def _unasked(question: re.Match[str]) -> str:
    """A question less what of it asks around: "we need citra too, anyone got spare ones?"."""
    text = question.group()
    for clause in re.finditer(r"[^,;:]+", text):
        if _ASKS_AROUND.match(normalize_phrase(clause.group())):
            return text[:clause.start()] + ","
    return text


def needed_text(phrase: str, known: Callable[[str], bool]) -> str:
    """The phrase, each clause that asks after saying who asks cut to what it asks if `known`."""
    kept = ""
    for at, clause in enumerate(_CLAUSE.findall(phrase)):
        if at and _refuses(clause):
            continue
        # "the whole office needs repainting"; not "website wanted for my bakery"
        asking, before = _asking(clause)
        if asking is None:  # "investors keep asking for our cap table": what others ask of us
            asking = _ASKED_OF.search(clause)
            before = normalize_phrase(clause[:asking.start()]).split() if asking else []
        cut = clause[asking.end():] if asking else ""
        if (before and asking and asking.group().lower() not in _ASKED_BEFORE
                and not _SERVES.intersection(before) and known(cut)):
            # A clause that asked again is a thing of its own, not an item of a list before it
            # ("sell my soaps in the EU, someone told me i need a CPSR").
            kept += (";" if kept else "") + cut
        else:
            kept += ("," if at else "") + clause
    return kept


def _refuses(clause: str) -> bool:
    """Whether a need's clause only refuses a few words ("not wordpress", "not a big agency")."""
    found = _NEED_REFUSED.match(clause + " ")
    words = [w for w in normalize_phrase(clause[found.end():]).split() if w not in DETERMINERS
             ] if found else []
    return bool(words) and len(words) <= _REFUSED_WORDS_MAX and words[0] not in _NOT_REFUSING


# "I help architects with CGI and animations": what is offered is the CGI, for architects;
# not "I help run a garden with volunteers", "I help companies comply with GDPR" (a verb).
_HELP_WITH = re.compile(r"\b(?:i|we) help(?:s|ing)? (?P<who>(?:[^\s,;:.!?()]+ ){0,3}?"
                        r"[^\s,;:.!?()]+) (?:with|to) (?P<what>[^,;:.!?()]+)", re.IGNORECASE)
_HELP_VERBS = frozenset("run running manage managing organise organize make build grow get keep "
                        "set sort find raise plan write create launch start turn take bring put "
                        "do comply deal stay cope save cut win move".split())


def served_last(phrase: str) -> str:
    """The phrase with "I help X with Y" said as "Y for X": what is given first, then whom."""
    phrase = " ".join(phrase.split())  # one space between words: the pattern stays linear
    return _HELP_WITH.sub(lambda m: m.group() if _HELP_VERBS.intersection(
        m["who"].lower().split()) else f"{m['what']} for {m['who']}", phrase)


# "need $50k for a second food truck", "looking for 25k to launch": an amount asked for is money.
_MONEY_ASKED = re.compile(
    r"\b(?:need|needs|needing|raise|raising|seeking|looking for|want|wants|after)\s+"
    r"(?:(?:about|around|roughly|up to|at least|another|an extra|a further)\s+)?"
    r"(?:[£$€]\s?\d[\d,.]*\s?(?:k|m|mn|bn|million|thousand|grand)?\b|"
    # without a currency, only an amount said alone: not "3m of fabric", "5k followers"
    r"\d[\d,.]*\s?(?:k|m|mn|million|grand)\b(?=\s*(?:$|[,;:.!?)]|to\b|for\b|from\b|"
    r"(?:in\s+)?(?:investment|funding|capital|seed|pre.seed|cash))))", re.IGNORECASE)
MONEY = "funding"
# "want to sell my candles online": to sell something online is to need an online shop.
_SELLING_ONLINE = re.compile(r"\bsell(?:s|ing)?\b(?:\W+\w+){0,4}?\W+online\b", re.IGNORECASE)
ONLINE_SHOP = "online shop"


def asked_for(phrase: str) -> set[str]:
    """The concepts only a need asks for this way: money ("need $50k"), a shop ("sell … online")."""
    return {label for label, said in ((MONEY, _MONEY_ASKED), (ONLINE_SHOP, _SELLING_ONLINE))
            if said.search(phrase)}
