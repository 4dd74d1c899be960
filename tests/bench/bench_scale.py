"""The scale curve: how start-up, memory, the filter, search, import and save grow with people.

Run by hand or by CI (`python tests/bench/bench_scale.py [--quick] [--json]`). For each size
(1k, 10k, 50k and 100k people, with five notes a person, 20 events, everyone present at the
big event; `--quick`: 1k and 10k), in one run:

- start: launching mingle on that database to its first frame (Textual's Ready), against a bare
  Textual app launched in the same run (ratio);
- memory: the peak resident memory of those two processes (ratio);
- filter key: a key in the check-in filter → the list repainted, median (in the app);
- search key: a key in the People search → results repainted, median (in the app), where the
  People screen exists;
- import: `mingle import`'s work on a CSV of that many rows into an empty database, against
  reading the same file with the csv module (ratio);
- save: one note saved and fsynced, against the floor of writing the same file (orjson dump,
  write, fsync, rename) in the same run (ratio).

The report says how each figure grows from one size to the next (×size ratio: 1.0 is linear).
It is a report: the exit code is 0 whatever the figures.
"""

from __future__ import annotations

import asyncio
import gc
import itertools
import os
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script from anywhere

import orjson

from mingle.domain.imports.attendees import read_attendee_list
from mingle.domain.records.models import Note
from mingle.services.transfer import import_attendees
from mingle.store.database import Store
from mingle.store.settings import CURRENT_EVENT
from mingle.store.storage import read_database_file
from mingle.ui.app import MingleApp, create_app
from tests.bench.bench_import import floor_read, write_attendee_list
from tests.bench.bench_ui import BARE_APP, MINGLE_APP, compile_sources, run_child
from tests.bench.common import parser_for, run_and_report, timed_repaints, type_queries
from tests.bench.stress import stress_records

SIZES = (1_000, 10_000, 50_000, 100_000)
QUICK_SIZES = (1_000, 10_000)
NOTES_PER_PERSON = 5
FILTER_QUERIES = ["ann", "smith 12", "kowal", "nunez", "acme"]


def build(path: Path, people: int) -> tuple[str, float]:
    """A database of `people` people (all present at the big event); its person and seconds."""
    started = time.perf_counter()
    records, someone = stress_records(random.Random(people), present=people, expected=0,
                                      people_count=people,
                                      notes_count=people * NOTES_PER_PERSON)
    with Store(path) as store:
        store.save(*records)
        big = next(r for r in records if getattr(r, "name", "") == "Monthly Meetup #1")
        store.set_setting(CURRENT_EVENT, big.id)
        store.flush()
    del records
    gc.collect()
    return someone, time.perf_counter() - started


async def key_latencies(path: Path, keys: int, people_screen: bool) -> list[float]:
    """Key → repaint in the check-in filter (or the People search box), in seconds."""
    with Store(path) as store, timed_repaints() as state:
        app = create_app(store)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            if people_screen:
                await app.run_action("people")
                for _ in range(400):  # the index is built in a thread
                    await pilot.pause(0.05)
                    if app.network.ready:
                        break
            return await type_queries(pilot, FILTER_QUERIES, keys, state)


def save_ratio(path: Path, person_id: str, reps: int) -> tuple[float, float]:
    """Median ms of a note saved (fsynced) and of the floor writing the same file."""
    tables = read_database_file(path)
    floor_file = path.with_name("floor.json")
    floors, saves = [], []
    with Store(path) as store:
        for i in range(reps):
            started = time.perf_counter()
            data = orjson.dumps(tables)
            tmp = floor_file.with_suffix(".tmp")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            try:
                os.write(fd, data)
                os.fsync(fd)
            finally:
                os.close(fd)
            os.replace(tmp, floor_file)
            floors.append(time.perf_counter() - started)
            started = time.perf_counter()
            store.save(Note(person_id=person_id, text=f"scale note {i}")).result()
            saves.append(time.perf_counter() - started)
    floor_file.unlink(missing_ok=True)
    return statistics.median(saves) * 1000, statistics.median(floors) * 1000


def import_ratio(folder: Path, rows: int) -> tuple[float, float]:
    """Milliseconds of an import of `rows` rows into an empty database, and of the csv floor."""
    path = folder / f"attendees-{rows}.csv"
    write_attendee_list(path, rows, random.Random(rows))
    floor_read(path)  # warm the file cache
    gc.collect()
    started = time.perf_counter()
    floor_read(path)
    floor = time.perf_counter() - started
    gc.collect()
    started = time.perf_counter()
    attendees = read_attendee_list(path.read_bytes())
    with Store(folder / f"import-{rows}.json") as store:
        import_attendees(store, attendees, path.name, "Scale night")
        store.flush()
    return (time.perf_counter() - started) * 1000, floor * 1000


def has_people_screen() -> bool:
    """The People search exists in this version of the app."""
    return hasattr(MingleApp, "action_people")


def measure_size(people: int, quick: bool, folder: Path, log) -> dict[str, Any]:
    db = folder / f"people-{people}.json"
    someone, built = build(db, people)
    log(f"{people:,} people: built {db.stat().st_size / 1e6:.1f} MB in {built:.1f} s")
    starts, bare = [], []
    for _ in range(2 if quick else 3):
        bare.append(run_child(BARE_APP))
        starts.append(run_child(MINGLE_APP, str(db)))
    keys = 20 if quick else 60
    filter_keys = asyncio.run(key_latencies(db, keys, people_screen=False))
    search_keys = (asyncio.run(key_latencies(db, keys, people_screen=True))
                   if has_people_screen() else [])
    save_ms, floor_ms = save_ratio(db, someone, 3 if quick else 5)
    import_ms, csv_ms = import_ratio(folder, people)
    log(f"{people:,} people: measured")
    bare_start = statistics.median(t for t, _ in bare)
    start = statistics.median(t for t, _ in starts)
    return {
        "people": people, "file_mb": round(db.stat().st_size / 1e6, 1),
        "start_ms": round(start * 1000), "start_vs_bare": round(start / bare_start, 2),
        "memory_mib": round(max(m for _, m in starts), 1),
        "memory_vs_bare": round(max(m for _, m in starts) / max(m for _, m in bare), 2),
        "filter_ms": round(statistics.median(filter_keys) * 1000, 2),
        "search_ms": round(statistics.median(search_keys) * 1000, 2) if search_keys else None,
        "import_ms": round(import_ms), "import_vs_csv": round(import_ms / csv_ms, 1),
        "save_ms": round(save_ms, 1), "save_vs_floor": round(save_ms / floor_ms, 2),
    }


def run(quick: bool, folder: Path, log) -> dict[str, Any]:
    compile_sources(log)  # both apps start from bytecode, as installed (see bench_ui.py)
    rows = [measure_size(n, quick, folder, log) for n in (QUICK_SIZES if quick else SIZES)]
    return {"sizes": rows}


COLUMNS = [("people", "people", "{:,}"), ("file", "file_mb", "{} MB"),
           ("start", "start_ms", "{} ms"), ("×bare", "start_vs_bare", "{}"),
           ("memory", "memory_mib", "{} MiB"), ("×bare", "memory_vs_bare", "{}"),
           ("filter key", "filter_ms", "{} ms"), ("search key", "search_ms", "{} ms"),
           ("import", "import_ms", "{} ms"), ("×csv", "import_vs_csv", "{}"),
           ("save", "save_ms", "{} ms"), ("×floor", "save_vs_floor", "{}")]
GROWTH = ["start_ms", "memory_mib", "filter_ms", "search_ms", "import_ms", "save_ms"]


def growth(rows: list[dict[str, Any]], key: str) -> str:
    """Each step's growth divided by the growth in people (1.0: linear, below: better)."""
    parts = []
    for small, big in itertools.pairwise(rows):
        if small[key] and big[key]:
            parts.append(f"{(big[key] / small[key]) / (big['people'] / small['people']):.2f}")
    return " → ".join(parts) or "n/a"


def report(result: dict[str, Any]) -> str:
    rows = result["sizes"]
    cells = [[title for title, _, _ in COLUMNS]]
    for row in rows:
        cells.append([("n/a" if row[key] is None else shape.format(row[key]))
                      for _, key, shape in COLUMNS])
    widths = [max(len(line[i]) for line in cells) for i in range(len(COLUMNS))]
    lines = ["mingle at scale (five notes a person, everyone present at the big event)", ""]
    lines += ["  ".join(cell.rjust(width) for cell, width in zip(line, widths, strict=True))
              for line in cells]
    lines += ["", "growth per step, divided by the growth in people (1.0 = linear):"]
    lines += [f"  {key:<11} {growth(rows, key)}" for key in GROWTH]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = parser_for(__doc__, "1k and 10k people only, fewer repetitions (for CI)"
                      ).parse_args(argv)
    return run_and_report(args, lambda folder, log: run(args.quick, folder, log), report)


if __name__ == "__main__":
    raise SystemExit(main())
