"""Benchmark of the identity rule: matching people by email, E.164 phone and similar name.

Run by hand or by CI (`python tests/bench/bench_identity.py [--quick] [--json]`). Indexes a
list of known people and matches as many newcomers against it (a quarter each: by email, by
the same number written another way, by a typo of the name at the same company, and
strangers), against the floor of indexing and looking up their emails in a dict in the same
run. Then the same at eight times the size: the time per person must stay flat, not grow with
the list (the rule compares a name only with names one word apart, a number only with numbers
that end alike). A report: the exit code is 0 whatever the figures.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script from anywhere

from mingle.domain.exchange import match as card_match
from mingle.domain.exchange.match import IdentityIndex
from mingle.domain.records import normalize, phones
from mingle.domain.records.models import Person
from tests.bench.common import Log, parser_for, run_and_report

FIRST = ["Ann", "Bo", "Chen", "Dara", "Eve", "Femi", "Gita", "Hans", "Ines", "Jon", "Kim", "Lea"]
LAST = ["Lee", "Smith", "Weber", "Martin", "Sato", "Rossi", "Okafor", "Lindqvist", "Garcia"]
COMPANIES = [f"Company {i}" for i in range(12)]
TARGET_GROWTH = 2.0  # per-person time at 8 × the people, against the small run


def people(count: int, rng: random.Random) -> tuple[list[Person], list[Person]]:
    """Known people (French numbers written nationally) and as many newcomers to match."""
    known, incoming = [], []
    for i in range(count):
        first, last = rng.choice(FIRST), f"{rng.choice(LAST)}-{i}"  # one name a person
        company = rng.choice(COMPANIES)
        national = f"01 {i // 10000 % 100:02d} {i // 100 % 100:02d} {i % 100:02d} 89"
        known.append(Person(name=f"{first} {last}", company=company,
                            emails=[f"p{i}@x.example"], phones=[national]))
        kind = i % 4
        if kind == 0:
            incoming.append(Person(name=f"{first} {last}", emails=[f"P{i}@x.example"]))
        elif kind == 1:
            incoming.append(Person(name=first, phones=["+33 1" + national[2:]]))
        elif kind == 2:
            incoming.append(Person(name=f"{first} {last[0]}{last}", company=company.upper()))
        else:
            incoming.append(Person(name=f"Stranger {i}", company=company,
                                   phones=[f"+49 30 {i:07d}"]))
    return known, incoming


def cold_caches() -> None:
    """Forget what earlier rounds worked out: every round starts as a first import does."""
    for cached in (card_match._identity, card_match.name_key, card_match.company_key,
                   phones.phone_key, phones.shown, normalize.fold):
        cached.cache_clear()


def timed_match(known: list[Person], incoming: list[Person]) -> tuple[float, int]:
    cold_caches()
    start = time.perf_counter()
    index: IdentityIndex[int] = IdentityIndex("FR")
    for position, person in enumerate(known):
        index.remember(person, position)
    found = [index.find(person) for person in incoming]
    elapsed = time.perf_counter() - start
    right = sum(position == (i if i % 4 != 3 else None) for i, position in enumerate(found))
    return elapsed, right


def timed_floor(known: list[Person], incoming: list[Person]) -> float:
    cold_caches()
    start = time.perf_counter()
    emails = {e.lower(): i for i, p in enumerate(known) for e in p.emails}
    sum(any(e.lower() in emails for e in p.emails) for p in incoming)
    return time.perf_counter() - start


def measure(_work: Path, log: Log, quick: bool) -> dict[str, Any]:
    small = 1_000 if quick else 2_500
    rounds = 3 if quick else 5
    result: dict[str, Any] = {"small": small, "large": small * 8}
    for label, count in (("small", small), ("large", small * 8)):
        known, incoming = people(count, random.Random(7))
        log(f"{label}: {count:,} known, {count:,} to match")
        times, floors, found = [], [], 0
        for _ in range(rounds):
            elapsed, found = timed_match(known, incoming)
            times.append(elapsed)
            floors.append(timed_floor(known, incoming))
        result[label] = {"people": count, "ms": statistics.median(times) * 1000,
                         "floor_ms": statistics.median(floors) * 1000, "right": found}
    return result


def report(result: dict[str, Any]) -> str:
    lines = ["mingle identity benchmark: index known people, match as many newcomers", "",
             f"{'people':>8}  {'match ms':>9}  {'floor ms':>9}  {'× floor':>8}  "
             f"{'µs/person':>9}  right"]
    per_person = {}
    for label in ("small", "large"):
        row = result[label]
        per_person[label] = row["ms"] * 1000 / row["people"]
        lines.append(f"{row['people']:>8,}  {row['ms']:>9.1f}  {row['floor_ms']:>9.1f}  "
                     f"{row['ms'] / row['floor_ms']:>8.1f}  {per_person[label]:>9.1f}  "
                     f"{row['right']:,} of {row['people']:,} (strangers kept apart)")
    growth = per_person["large"] / per_person["small"]
    verdict = "pass" if growth <= TARGET_GROWTH else "MISS"
    lines += ["", f"time per person at 8 × the people: {growth:.2f} × "
                  f"(target ≤ {TARGET_GROWTH:g}: no quadratic matching)   {verdict}"]
    return "\n".join(lines)


def main() -> int:
    parser = parser_for(__doc__, "a smaller list (about ten seconds)")
    args = parser.parse_args()
    return run_and_report(args, lambda work, log: measure(work, log, args.quick), report)


if __name__ == "__main__":
    raise SystemExit(main())
