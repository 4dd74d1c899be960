"""What the clauses of a need or an offer ask for, and what an offer gives (see need_match).

Read as an offer, a phrase gives what it names, less the clauses that ask or refuse. A clause
that asks ("looking for", "seeking", "need"…) is a request, not an offer ("seeking 50k loan
for expansion"); its words before the asking stay offered ("angel investor looking for deals")
unless it seeks work or clients ("HR manager looking for a new job", "volunteer seeking a
charity to help") or the same thing it names ("mentoring scheme looking for mentors"); one
seeking partners offers to be one ("university lecturer looking for industry partners"). A
clause that is a question ("need a website? I build them") or says whom the offer serves ("I
help founders looking for funding") is an offer; one that starts with "no" or "not" is refused
("sales only, no lettings"), and one for the person's own use gives nothing ("crowdfunding for
my own project").

Read as a need, a clause that says who asks before asking is about what it asks for ("theatre
company looking for rehearsal space"), an amount asked for is money ("need $50k for a second
food truck"), and to sell something online is to need an online shop.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Set

from mingle.domain.introductions.concepts import lexicon
from mingle.domain.records.normalize import normalize_phrase

_ASKING = re.compile(r"\b(?:looking for|searching for|in search of|on the hunt for|seeking|"
                     r"needs?|needed|needing|wants?|wanted|anyone)\b", re.IGNORECASE)
_CLAUSE = re.compile(r"[^,;:?!()|.]+[?]?")
_SERVES = frozenset("help helps helping support supports supporting serve serves serving work "
                    "works working assist assists assisting for to with who that you your "
                    "whoever".split())
_WORK_SOUGHT = frozenset("job jobs work role roles position positions employment employer "
                         "client clients customer customers gig gigs opportunity "
                         "opportunities placement placements".split())
_SEEKS_WORK = re.compile(r"\bto (?:help|join|support|work (?:with|for))\b")
_MUTUAL = frozenset("partner partners partnership partnerships collaborator collaborators "
                    "collaboration collaborations".split())
_REFUSING = frozenset("no not except excluding".split())
_OWN_USE = re.compile(r"\bfor (?:my|our) own\b")


def offered_text(phrase: str, heads: Callable[[str], Set[str]]) -> str:
    """The phrase without the clauses an offer asks for or refuses; `heads` reads a text."""
    kept: list[str] = []
    for clause in _CLAUSE.findall(phrase):
        words = normalize_phrase(clause).split()
        if clause.rstrip().endswith("?") or not words:
            kept.append(clause)
            continue
        if words[0] in _REFUSING or _OWN_USE.search(" ".join(words)):
            continue
        asking = _ASKING.search(clause)
        before = normalize_phrase(clause[:asking.start()]).split() if asking else []
        asked = normalize_phrase(clause[asking.end():]) if asking else ""
        if asking is None or _SERVES.intersection(before) or (
                before and _MUTUAL.intersection(asked.split())):
            kept.append(clause)
        elif before and not (_WORK_SOUGHT.intersection(asked.split())
                             or _SEEKS_WORK.search(asked)):
            gives, asks = heads(clause[:asking.start()]), heads(clause[asking.end():])
            if not any(a == b or lexicon().related(a, b) for a in gives for b in asks):
                kept.append(clause[:asking.start()])
    return ",".join(kept)


def needed_text(phrase: str, known: Callable[[str], bool]) -> str:
    """The phrase with each clause that asks after saying who asks cut to what it asks for
    ("theatre company looking for rehearsal space", "the whole office needs repainting"), when
    that is something `known`."""
    kept: list[str] = []
    for clause in _CLAUSE.findall(phrase):
        asking = _ASKING.search(clause)
        before = normalize_phrase(clause[:asking.start()]).split() if asking else []
        cut = clause[asking.end():] if asking else ""
        kept.append(cut if before and not _SERVES.intersection(before) and known(cut)
                    else clause)
    return ",".join(kept)


# "need $50k for a second food truck", "looking for 25k to launch": an amount asked for is money.
_MONEY_ASKED = re.compile(
    r"\b(?:need|needs|needing|raise|raising|seeking|looking for|want|wants|after)\s+"
    r"(?:(?:about|around|roughly|up to|at least|another|an extra|a further)\s+)?"
    r"(?:[£$€]\s?\d[\d,.]*\s?(?:k|m|mn|bn|million|thousand|grand)?\b|"
    # without a currency, only an amount said alone: not "3m of fabric", "5k followers"
    r"\d[\d,.]*\s?(?:k|m|mn|million|grand)\b(?=\s*(?:$|[,;:.!?)]|to\b|for\b|from\b|"
    r"in\b|investment|funding|capital|seed|pre.seed)))", re.IGNORECASE)
MONEY = "funding"
# "want to sell my candles online": to sell something online is to need an online shop.
_SELLING_ONLINE = re.compile(r"\bsell(?:s|ing)?\b(?:\W+\w+){0,4}?\W+online\b", re.IGNORECASE)
ONLINE_SHOP = "online shop"


def asked_for(phrase: str) -> set[str]:
    """The concepts only a need asks for this way: money ("need $50k"), a shop ("sell … online")."""
    return {label for label, said in ((MONEY, _MONEY_ASKED), (ONLINE_SHOP, _SELLING_ONLINE))
            if said.search(phrase)}
