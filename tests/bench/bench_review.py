"""Benchmark of the review screen: an event with 500 people met and 5,000 notes.

Run by hand or by CI (`python tests/bench/bench_review.py [--quick] [--json]`). The time from
the key (F11) to the review on screen, against switching to a bare screen in the same app (the
floor), and the time to gather the review again after marking a follow-up done. A report: the
exit code is 0 whatever the figures.
"""

from __future__ import annotations

import asyncio
import random
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script from anywhere

from mingle.store.settings import CURRENT_EVENT
from textual.screen import Screen
from textual.widgets import Static

from mingle.domain.records.models import (
    Attendance,
    AttendanceStatus,
    Event,
    FollowUp,
    Note,
    Person,
    QueueState,
    now,
)
from mingle.store.database import Store
from mingle.ui.app import create_app
from mingle.ui.screens.review import ReviewScreen
from tests.bench.common import parser_for, run_and_report
from tests.bench.stress import FIRST, LAST, WORDS

MET, NOTES, FOLLOWUPS = 500, 5_000, 300
TARGET_MS = 100.0


class Bare(Screen[None]):
    def compose(self):
        yield Static("bare")


def build(path: Path, rng: random.Random) -> None:
    event = Event(name="Big meetup", date=date.today())
    people = [Person(name=f"{rng.choice(FIRST)} {rng.choice(LAST)} {i}") for i in range(MET)]
    start = now() - timedelta(hours=3)
    records: list[Any] = [event, *people]
    for i, person in enumerate(people):
        records.append(Attendance(event_id=event.id, person_id=person.id,
                                  status=AttendanceStatus.PRESENT, queue=QueueState.MET,
                                  met_at=start + timedelta(seconds=20 * i), talk_seconds=300))
    for _ in range(NOTES):
        words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(10, 30)))
        records.append(Note(person_id=rng.choice(people).id, event_id=event.id, text=words))
    for i in range(FOLLOWUPS):
        records.append(FollowUp(person_id=people[i].id, event_id=event.id, action="send notes",
                                due=date.today() + timedelta(days=rng.randint(-10, 10))))
    with Store(path) as store:
        store.save(*records)
        store.set_setting(CURRENT_EVENT, event.id)
        store.flush()


async def measure(path: Path, reps: int) -> tuple[list[float], list[float], list[float]]:
    opens, floors, again = [], [], []
    with Store(path) as store:
        app = create_app(store)
        async with app.run_test(size=(120, 50)) as pilot:
            await pilot.pause()
            for _ in range(reps):
                started = time.perf_counter()
                await app.push_screen(Bare())
                await pilot.pause()
                floors.append(time.perf_counter() - started)
                await app.pop_screen()
                started = time.perf_counter()
                await pilot.press("f11")
                await pilot.pause()
                opens.append(time.perf_counter() - started)
                screen = app.screen
                assert isinstance(screen, ReviewScreen)
                started = time.perf_counter()
                screen.reload()
                again.append(time.perf_counter() - started)
                await pilot.press("f3")
                await pilot.pause()
    return opens, floors, again


def run(reps: int, folder: Path, log) -> dict[str, Any]:
    path = folder / "review.json"
    build(path, random.Random(11))
    log(f"built an event with {MET} met, {NOTES:,} notes, {FOLLOWUPS} follow-ups")
    opens, floors, again = asyncio.run(measure(path, reps))
    median = {name: statistics.median(values) * 1000
              for name, values in (("open", opens), ("floor", floors), ("again", again))}
    return {"met": MET, "notes": NOTES, "repetitions": reps, "median_ms": median,
            "ratio": median["open"] / median["floor"],
            "verdict": "PASS" if median["open"] <= TARGET_MS else "MISS"}


def report(result: dict[str, Any]) -> str:
    ms = result["median_ms"]
    return "\n".join([
        f"mingle review benchmark: {result['met']} met, {result['notes']:,} notes; "
        f"median of {result['repetitions']}",
        "",
        f"{'F11 → review on screen':<46}{ms['open']:>10.1f} ms",
        f"{'floor: switch to a bare screen':<46}{ms['floor']:>10.1f} ms",
        f"{'gather the review again (after marking done)':<46}{ms['again']:>10.1f} ms",
        "",
        f"review / floor = {result['ratio']:.2f}; target ≤ {TARGET_MS:.0f} ms, no visible "
        f"pause   {result['verdict']}",
    ])


def main(argv: list[str] | None = None) -> int:
    args = parser_for(__doc__, "3 repetitions instead of 9").parse_args(argv)
    reps = 3 if args.quick else 9
    return run_and_report(args, lambda folder, log: run(reps, folder, log), report)


if __name__ == "__main__":
    sys.exit(main())
