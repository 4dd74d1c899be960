"""Quality of introductions: recall on needs/offers a careful host would introduce, decoys kept out.

Run by hand or by CI (`python tests/bench/bench_intro_quality.py [--quick] [--json]`).

Each pair of `tests/unit/intro_eval.py` (the tuned set), `intro_holdout.py` to
`intro_holdout6.py` (hold-out sets, each tuned on or seen once measured), `intro_holdout7.py`
(written after the first tuning, never tuned on), `intro_holdout8.py` to `intro_holdout10.py`,
`intro_holdout12.py`, `intro_holdout13.py`, `intro_holdout16.py` to `intro_holdout36.py`
(written blind, then tuned on) and `intro_holdout11.py`, `intro_holdout14.py`,
`intro_holdout15.py` and `intro_holdout37.py` (written blind, never tuned on: their misses are
not shown, so that they keep saying how a fresh event fares) becomes two people, one needing
and one offering; a pair counts as suggested when the introductions index, built over everyone
of the set at once, returns it for the person in need with their need met. Beside them it
counts the offers of another of the set's concepts suggested for a need, over all the set's
people at once: an upper bound on the wrong introductions a crowd would be shown (some are
fair: an accountant for a bookkeeping need). The ratios are over the set's size, counted in the
same run. It is a report: the exit code is 0 whatever the figures.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script from anywhere

from mingle.domain.introductions.index import IntroIndex
from mingle.domain.records.models import Person
from tests.bench.common import parser_for, run_and_report
from tests.unit import (
    intro_eval,
    intro_holdout,
    intro_holdout2,
    intro_holdout3,
    intro_holdout4,
    intro_holdout5,
    intro_holdout6,
    intro_holdout7,
    intro_holdout8,
    intro_holdout9,
    intro_holdout10,
    intro_holdout11,
    intro_holdout12,
    intro_holdout13,
    intro_holdout14,
    intro_holdout15,
    intro_holdout16,
    intro_holdout17,
    intro_holdout18,
    intro_holdout19,
    intro_holdout20,
    intro_holdout21,
    intro_holdout22,
    intro_holdout23,
    intro_holdout24,
    intro_holdout25,
    intro_holdout26,
    intro_holdout27,
    intro_holdout28,
    intro_holdout29,
    intro_holdout30,
    intro_holdout31,
    intro_holdout32,
    intro_holdout33,
    intro_holdout34,
    intro_holdout35,
    intro_holdout36,
    intro_holdout37,
)

SETS = [("tuned", intro_eval),
        ("first hold-out (since tuned on)", intro_holdout),
        ("second hold-out (since tuned on)", intro_holdout2),
        ("third hold-out (since tuned on)", intro_holdout3),
        ("fourth hold-out (since seen)", intro_holdout4),
        ("fifth hold-out (since tuned on)", intro_holdout5),
        ("sixth hold-out (since seen)", intro_holdout6),
        ("seventh hold-out (never tuned on, since seen)", intro_holdout7),
        ("eighth hold-out (written blind, since seen)", intro_holdout8),
        ("ninth hold-out (written blind, since seen)", intro_holdout9),
        ("tenth hold-out (written blind, since seen)", intro_holdout10),
        ("eleventh hold-out (written blind, never tuned on)", intro_holdout11),
        ("twelfth hold-out (written blind, since seen)", intro_holdout12),
        ("thirteenth hold-out (written blind, since seen)", intro_holdout13),
        ("fourteenth hold-out (written blind, never tuned on)", intro_holdout14),
        ("fifteenth hold-out (written blind, never tuned on)", intro_holdout15),
        ("sixteenth hold-out (written blind as people type, then tuned on)", intro_holdout16),
        ("seventeenth hold-out (written blind as people type, then tuned on)", intro_holdout17),
        ("eighteenth hold-out (written blind as people type, then tuned on)", intro_holdout18),
        ("nineteenth hold-out (written blind as people type, then tuned on)", intro_holdout19),
        ("twentieth hold-out (written blind as people type, then tuned on)", intro_holdout20),
        ("twenty-first hold-out (written blind as people type, then tuned on)", intro_holdout21),
        ("twenty-second hold-out (written blind as people type, then tuned on)", intro_holdout22),
        ("twenty-third hold-out (written blind as people type, then tuned on)", intro_holdout23),
        ("twenty-fourth hold-out (written blind as people type, then tuned on)", intro_holdout24),
        ("twenty-fifth hold-out (written blind as people type, then tuned on)", intro_holdout25),
        ("twenty-sixth hold-out (written blind as people type, then tuned on)", intro_holdout26),
        ("twenty-seventh hold-out (written blind as people type, then tuned on)",
         intro_holdout27),
        ("twenty-eighth hold-out (written blind as people type, then tuned on)",
         intro_holdout28),
        ("twenty-ninth hold-out (written blind as people type, then tuned on)",
         intro_holdout29),
        ("thirtieth hold-out (written blind as people type, then tuned on)", intro_holdout30),
        ("thirty-first hold-out (written blind as people type, then tuned on)",
         intro_holdout31),
        ("thirty-second hold-out (written blind as people type, then tuned on)",
         intro_holdout32),
        ("thirty-third hold-out (written blind as people type, then tuned on)",
         intro_holdout33),
        ("thirty-fourth hold-out (written blind as people type, then tuned on)",
         intro_holdout34),
        ("thirty-fifth hold-out (written blind as people type, then tuned on)",
         intro_holdout35),
        ("thirty-sixth hold-out (written blind as people type, then tuned on)",
         intro_holdout36),
        ("thirty-seventh hold-out (written blind as people type, never tuned on)",
         intro_holdout37)]

RECALL_GOAL = 0.95


def offers_met(pairs: list[tuple[str, str]]) -> list[set[int]]:
    """For each (need, offer): the offers the index suggests for the need, the need met."""
    people: list[Person] = []
    for n, (need, offer) in enumerate(pairs):
        people += [Person(id=f"n{n:03d}", name=f"Needs {n:03d}", needs=[need]),
                   Person(id=f"o{n:03d}", name=f"Offers {n:03d}", offers=[offer])]
    index = IntroIndex(people)
    everyone = [p.id for p in people]
    return [{int(s.b.id[1:]) for s in index.best_for(f"n{n:03d}", everyone, limit=len(people))
             if s.b.id[0] == "o" and any(p.key == "need_met" for p in s.parts)}
            for n in range(len(pairs))]


def suggested(pairs: list[tuple[str, str]]) -> list[bool]:
    """For each (need, offer): does the index suggest the two people, the need met?"""
    return [n in met for n, met in enumerate(offers_met(pairs))]


def measure(name: str, matches: list[tuple[str, str, str]],
            decoys: list[tuple[str, str, str]]) -> dict[str, Any]:
    met_by = offers_met([(need, offer) for _, need, offer in matches])
    hits = [n in met for n, met in enumerate(met_by)]
    wrong = suggested([(need, offer) for need, offer, _ in decoys])
    # Offers of another of the set's concepts suggested for a need: an upper bound on the
    # wrong ones among them (an accountant for a bookkeeping need is fair).
    across = sum(matches[m][0] != matches[n][0] for n, met in enumerate(met_by) for m in met)
    return {
        "set": name, "pairs": len(matches), "concepts": len({c for c, _, _ in matches}),
        "decoys": len(decoys), "suggested": sum(hits),
        "recall": round(sum(hits) / len(matches), 4) if matches else 0.0,
        "decoys_suggested": sum(wrong), "across_concepts": across,
        "misses": [f"{c}: {need!r} ~ {offer!r}"
                   for (c, need, offer), hit in zip(matches, hits, strict=True) if not hit],
        "decoys_taken": [f"{need!r} ~ {offer!r} ({why})"
                         for (need, offer, why), bad in zip(decoys, wrong, strict=True) if bad],
    }


def run(log: Any) -> dict[str, Any]:
    start = time.perf_counter()
    sets = [measure(name, module.MATCHES, module.DECOYS) for name, module in SETS]
    for entry, (_, module) in zip(sets, SETS, strict=True):
        entry["never_tuned"] = getattr(module, "NEVER_TUNED", False)
        if entry["never_tuned"]:  # not in the JSON either
            entry["misses"], entry["decoys_taken"] = [], []
    log(f"measured {sum(s['pairs'] + s['decoys'] for s in sets)} pairs in "
        f"{time.perf_counter() - start:.1f} s")
    return {"sets": sets, "recall_goal": RECALL_GOAL}


def report(result: dict[str, Any]) -> str:
    lines = ["mingle introductions quality: needs and offers as people write them", ""]
    for s in result["sets"]:
        ok = s["recall"] >= result["recall_goal"] and not s["decoys_suggested"]
        lines += [f"{s['set']} set: {s['pairs']} pairs over {s['concepts']} concepts, "
                  f"{s['decoys']} decoys",
                  f"  recall            {s['suggested']:>4} / {s['pairs']:<4} "
                  f"{100 * s['recall']:6.1f} %  (goal ≥ {100 * result['recall_goal']:.0f} %)",
                  f"  decoys suggested  {s['decoys_suggested']:>4} / {s['decoys']:<4} "
                  f"{100 * s['decoys_suggested'] / max(1, s['decoys']):6.1f} %  (goal 0)",
                  f"  across concepts   {s['across_concepts']:>4}         offers of another "
                  f"concept of the set suggested (some fair)",
                  f"  verdict           {'PASS' if ok else 'MISS'}"]
        if s["never_tuned"]:
            lines.append("  (misses and decoys not shown: a set never tuned on stays unread)")
        else:
            lines += [f"  missed: {m}" for m in s["misses"]]
            lines += [f"  decoy suggested: {d}" for d in s["decoys_taken"]]
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = parser_for(__doc__, "the same run (it takes about a second)")
    args = parser.parse_args(argv)
    return run_and_report(args, lambda _folder, log: run(log), report)


if __name__ == "__main__":
    sys.exit(main())
