"""Benchmark of the store on the DESIGN.md §9 stress data: saving a note and opening the file.

Run by hand or by CI (`python tests/bench/bench_store.py [--quick] [--json]`). Every figure is
compared with a floor measured in the same run on the same data:

- save: `store.save(note).result()` (fsynced) against orjson.dumps of the same tables + write a
  temp file + fsync + os.replace + fsync of the folder; and against stock TinyDB
  (`TinyDB(path, storage=JSONStorage)`, `table("notes").insert(...)`, which does not fsync);
- open: `Store(path)` against `orjson.loads(path.read_bytes())`. The store checks the whole
  file (per-table CRC-32) but parses a table only when first used, so the report also gives
  the time to open and take in every table.

It is a report: the exit code is 0 whatever the figures.
"""

from __future__ import annotations

import gc
import os
import random
import shutil
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson
from tinydb import TinyDB
from tinydb.storages import JSONStorage

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script from anywhere

from mingle.domain.records.models import Note
from mingle.store.database import Store
from tests.bench.common import parser_for, run_and_report
from tests.bench.stress import (
    EVENTS,
    EXPECTED,
    NOTES,
    PEOPLE,
    PRESENT,
    stress_records,
)

TARGETS = {  # name: (comparison, bound)
    "save_vs_floor": ("<=", 2.0),
    "tinydb_vs_save": (">=", 10.0),
    "open_vs_floor": ("<=", 1.5),
}

def new_note(person_id: str, i: int) -> Note:
    return Note(person_id=person_id, text=f"benchmark note {i}: needs a designer, offers SEO "
                                          "intros, rides bikes on weekends")


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def timed(action: Callable[[], Any]) -> float:
    gc.collect()
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def floor_write(path: Path, tables: dict[str, Any]) -> None:
    """The least a durable save can do: serialise, write a temp file, fsync, rename, fsync dir."""
    payload = orjson.dumps(tables)
    tmp = path.with_name(f".{path.name}.floor.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        view = memoryview(payload)
        while view:
            view = view[os.write(fd, view):]
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)
    folder = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(folder)
    finally:
        os.close(folder)


def run(reps: int, folder: Path, log: Callable[[str], None]) -> dict[str, Any]:
    rng = random.Random(20250314)
    mingle_path = folder / "mingle.json"
    tinydb_path = folder / "tinydb.json"
    floor_path = folder / "floor.json"

    started = time.perf_counter()
    records, person_id = stress_records(rng)
    log(f"built {len(records):,} records in {time.perf_counter() - started:.1f} s")
    started = time.perf_counter()
    with Store(mingle_path) as store:
        store.save(*records).result()
    del records
    log(f"wrote them with the store in {time.perf_counter() - started:.1f} s "
        f"({mingle_path.stat().st_size / 1e6:.1f} MB)")
    shutil.copyfile(mingle_path, tinydb_path)
    floor_tables = orjson.loads(mingle_path.read_bytes())
    floor_path.write_bytes(orjson.dumps(floor_tables))

    # Saving one note: mingle and the floor interleaved, so drift hits both alike.
    save_samples: list[float] = []
    floor_samples: list[float] = []
    with Store(mingle_path) as store:
        store.save(new_note(person_id, -1)).result()  # warm-up
        floor_write(floor_path, floor_tables)
        for i in range(reps):
            note = new_note(person_id, i)
            save_samples.append(timed(lambda n=note: store.save(n).result()))
            doc = new_note(person_id, i).to_dict()
            floor_tables["notes"][str(len(floor_tables["notes"]) + 1000)] = doc
            floor_samples.append(timed(lambda: floor_write(floor_path, floor_tables)))
    log(f"timed {reps} mingle saves and {reps} floor writes")

    # Stock TinyDB on the same data (its JSONStorage re-reads and re-writes the whole file).
    tinydb_samples: list[float] = []
    db = TinyDB(tinydb_path, storage=JSONStorage)
    notes = db.table("notes")
    notes.insert(new_note(person_id, -1).to_dict())  # warm-up (finds the next id)
    for i in range(reps):
        doc = new_note(person_id, i).to_dict()
        tinydb_samples.append(timed(lambda d=doc: notes.insert(d)))
    db.close()
    log(f"timed {reps} stock TinyDB inserts")

    # Opening: Store() against parsing the same file.
    open_samples: list[float] = []
    load_samples: list[float] = []
    read_only_samples: list[float] = []
    everything_samples: list[float] = []
    holder: list[Store] = []

    def open_and_read_everything() -> None:
        store = Store(mingle_path, read_only=True)
        store.counts()  # every table parsed and taken in
        holder.append(store)

    for _ in range(reps):
        open_samples.append(timed(lambda: holder.append(Store(mingle_path))))
        holder.pop().close()
        everything_samples.append(timed(open_and_read_everything))
        holder.pop().close()
        load_samples.append(timed(lambda: orjson.loads(mingle_path.read_bytes())))
        read_only_samples.append(timed(lambda: holder.append(Store(mingle_path, read_only=True))))
        holder.pop().close()
    log(f"timed {reps} opens")

    save, floor, tinydb = (median_ms(s) for s in (save_samples, floor_samples, tinydb_samples))
    opened, loaded, read_only, everything = (
        median_ms(s) for s in (open_samples, load_samples, read_only_samples,
                               everything_samples))
    ratios = {
        "save_vs_floor": save / floor,
        "tinydb_vs_save": tinydb / save,
        "open_vs_floor": opened / loaded,
    }
    return {
        "data": {"people": PEOPLE, "notes": NOTES, "events": EVENTS, "present": PRESENT,
                 "attendance": PRESENT + EXPECTED,
                 "file_mb": round(mingle_path.stat().st_size / 1e6, 2)},
        "repetitions": reps,
        "folder": str(folder),
        "median_ms": {
            "save_mingle_fsync": round(save, 2),
            "save_floor_fsync": round(floor, 2),
            "insert_tinydb_no_fsync": round(tinydb, 2),
            "open_mingle": round(opened, 2),
            "open_mingle_read_only": round(read_only, 2),
            "open_mingle_all_tables": round(everything, 2),
            "open_floor": round(loaded, 2),
        },
        "ratios": {name: round(value, 3) for name, value in ratios.items()},
        "verdicts": {name: verdict(name, value) for name, value in ratios.items()},
    }


def verdict(name: str, value: float) -> str:
    comparison, bound = TARGETS[name]
    ok = value <= bound if comparison == "<=" else value >= bound
    return "PASS" if ok else "MISS"


def report(result: dict[str, Any]) -> str:
    data, ms, ratios = result["data"], result["median_ms"], result["ratios"]
    lines = [
        f"mingle store benchmark: {data['people']:,} people, {data['notes']:,} notes, "
        f"{data['events']} events, {data['present']:,} present of {data['attendance']:,} "
        f"attendance rows; file {data['file_mb']} MB; median of {result['repetitions']}",
        f"(in {result['folder']})",
        "",
        f"{'measure':<46}{'median ms':>12}",
        f"{'save a note, mingle (fsynced, with backup)':<46}{ms['save_mingle_fsync']:>12.2f}",
        f"{'save, floor (orjson + write + fsync + rename)':<46}{ms['save_floor_fsync']:>12.2f}",
        f"{'insert a note, stock TinyDB (no fsync!)':<46}{ms['insert_tinydb_no_fsync']:>12.2f}",
        f"{'open, mingle Store()':<46}{ms['open_mingle']:>12.2f}",
        f"{'open, mingle Store(read_only=True)':<46}{ms['open_mingle_read_only']:>12.2f}",
        f"{'open + take in every table (read-only)':<46}{ms['open_mingle_all_tables']:>12.2f}",
        f"{'open, floor (orjson.loads of the file)':<46}{ms['open_floor']:>12.2f}",
        "",
        f"{'ratio':<46}{'value':>8}{'target':>10}   result",
    ]
    labels = {
        "save_vs_floor": "save / floor",
        "tinydb_vs_save": "stock TinyDB insert / mingle save",
        "open_vs_floor": "open / floor",
    }
    for name, label in labels.items():
        comparison, bound = TARGETS[name]
        target = f"{'≤' if comparison == '<=' else '≥'} {bound:g}"
        lines.append(f"{label:<46}{ratios[name]:>8.2f}{target:>10}   {result['verdicts'][name]}")
    lines += [
        "",
        "Stock TinyDB's JSONStorage does not fsync, so its figure is a lower bound for a durable",
        "TinyDB save; mingle's save includes the fsyncs and keeping the previous file as backup.",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = parser_for(__doc__, "5 repetitions instead of 15")
    parser.add_argument("--dir", type=Path, help="where to write the files (default: a temp dir)")
    args = parser.parse_args(argv)
    reps = 5 if args.quick else 15
    return run_and_report(args, lambda folder, log: run(reps, folder, log), report,
                          folder=args.dir)


if __name__ == "__main__":
    sys.exit(main())
