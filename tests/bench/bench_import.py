"""Benchmark of `mingle import` on a 30,000-row Eventbrite-style attendee list.

Run by hand or by CI (`python tests/bench/bench_import.py [--quick] [--json]`). The import is
timed against a floor measured in the same run on the same file:

- import: read the file, detect its format and mapping, build the people, merge them into a
  fresh Store through mingle.services.transfer and flush it to disk (fsynced);
- floor: read the same file with the csv module (`list(csv.reader(open(path)))`).

Target: import ≤ 5 × floor. It is a report: the exit code is 0 whatever the figures.
"""

from __future__ import annotations

import csv
import gc
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script from anywhere

from mingle.domain.imports.attendees import AttendeeList, bulk_records, read_attendee_list
from mingle.domain.records.models import Attendance, Event, Person
from mingle.services.transfer import import_attendees
from mingle.store.database import Store
from tests.bench.common import parser_for, run_and_report
from tests.bench.stress import COMPANIES, FIRST, LAST, TITLES, TOPICS

TARGET = 5.0
HEADER = ["Order #", "Order Date", "First Name ", "Last Name ", "Email", "Quantity",
          "Ticket Type", "Attendee #", "Attendee Status", "Cell Phone", "Job Title", "Company",
          "Website", "Check-In Date", "What are you looking for at this event?",
          "What can you offer other attendees?", "Interests", "Dietary requirements"]
STATUSES = ["Attending"] * 6 + ["Checked In"] * 3 + ["Not Attending"]
PERSON_FIELDS = ("name", "title", "company", "emails", "phones", "urls", "tags", "needs",
                 "offers", "extra", "source")


def write_attendee_list(path: Path, rows: int, rng: random.Random) -> None:
    """An Eventbrite attendee report: BOM, CRLF, trailing spaces in headers, custom questions."""
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(HEADER)
        for i in range(rows):
            # Real lists rarely repeat a name at one company: a suffix keeps people apart.
            first, last = rng.choice(FIRST), f"{rng.choice(LAST)}-{i}"
            status = rng.choice(STATUSES)
            checked = f"2025-03-14 18:{i % 60:02d}:{i % 59:02d}" if status == "Checked In" else ""
            writer.writerow([
                str(100000 + i // 2), "2025-03-01 10:02:11", first, last,
                f"{first.lower()}.{i}@example.com", "1", "General Admission", str(200000 + i),
                status, f"+1 555 {i:07d}" if i % 3 else "Info Requested", rng.choice(TITLES),
                rng.choice(COMPANIES), f"https://example.com/{i}" if i % 4 == 0 else "",
                checked, ", ".join(rng.sample(TOPICS, 2)) if i % 2 else "",
                rng.choice(TOPICS) if i % 3 == 0 else "",
                "; ".join(rng.sample(TOPICS, 3)), "vegetarian" if i % 7 == 0 else ""])


def timed(action: Any) -> tuple[float, Any]:
    gc.collect()
    start = time.perf_counter()
    value = action()
    return time.perf_counter() - start, value


def floor_read(path: Path) -> int:
    """The least an import must do: read every row with the csv module."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return len(list(csv.reader(handle)))


def mingle_import(path: Path, db: Path) -> dict[str, float]:
    """Read, merge and flush into a fresh store; the seconds each step took."""
    start = time.perf_counter()
    attendees = read_attendee_list(path.read_bytes())
    parsed = time.perf_counter()
    with Store(db) as store:
        opened = time.perf_counter()
        report = import_attendees(store, attendees, path.name, "Benchmark night")
        merged = time.perf_counter()
        store.flush()
        flushed = time.perf_counter()
    assert report.imported == len(attendees.rows)
    return {"total": flushed - start - (opened - parsed), "read": parsed - start,
            "merge": merged - opened, "save": flushed - merged}


def records_only(attendees: AttendeeList, db: Path) -> float:
    """A reference: the same Person and Attendance records built and saved, nothing read.

    Not a floor, but it shows how much of the import is the domain records and the store
    (cleaning in Person, to_dict, TinyDB inserts, the durable write) rather than the importer.
    """
    fields = [{name: getattr(row.person, name) for name in PERSON_FIELDS}
              for row in attendees.rows]
    with Store(db) as store:
        gc.collect()
        start = time.perf_counter()
        with bulk_records():  # as the import does
            event = Event(name="Reference night")
            people = [Person(**values) for values in fields]
            links = [Attendance(event_id=event.id, person_id=p.id) for p in people]
            store.save(event, *people, *links)
        store.flush()
        return time.perf_counter() - start


def run(rows: int, reps: int, folder: Path, log: Any) -> dict[str, Any]:
    path = folder / "attendees.csv"
    write_attendee_list(path, rows, random.Random(20250314))
    log(f"wrote {rows:,} rows ({path.stat().st_size / 1e6:.1f} MB)")
    floor_read(path)  # warm the file cache
    attendees = read_attendee_list(path.read_bytes())
    floor_samples: list[float] = []
    reference_samples: list[float] = []
    mingle_samples: list[dict[str, float]] = []
    for i in range(reps):
        floor_samples.append(timed(lambda: floor_read(path))[0])
        gc.collect()
        mingle_samples.append(mingle_import(path, folder / f"db{i}.json"))
        reference_samples.append(records_only(attendees, folder / f"reference{i}.json"))
        log(f"repetition {i + 1}/{reps}")
    floor = statistics.median(floor_samples) * 1000
    reference = statistics.median(reference_samples) * 1000
    steps = {name: statistics.median(s[name] for s in mingle_samples) * 1000
             for name in ("total", "read", "merge", "save")}
    ratio = steps["total"] / floor
    return {
        "rows": rows, "repetitions": reps, "file_mb": round(path.stat().st_size / 1e6, 2),
        "median_ms": {"floor_csv_module": round(floor, 2),
                      **{f"import_{k}": round(v, 2) for k, v in steps.items()},
                      "reference_records_and_store": round(reference, 2)},
        "ratio": round(ratio, 2), "target": TARGET,
        "reference_ratio": round(reference / floor, 2),
        "verdict": "PASS" if ratio <= TARGET else "MISS",
    }


def report(result: dict[str, Any]) -> str:
    ms = result["median_ms"]
    return "\n".join([
        f"mingle import benchmark: {result['rows']:,} Eventbrite rows, {result['file_mb']} MB; "
        f"median of {result['repetitions']}",
        "",
        f"{'measure':<50}{'median ms':>12}",
        f"{'floor: csv module reads every row':<50}{ms['floor_csv_module']:>12.1f}",
        f"{'import, whole (read + merge + save, fsynced)':<50}{ms['import_total']:>12.1f}",
        f"{'  read: decode, detect, map, build rows':<50}{ms['import_read']:>12.1f}",
        f"{'  merge: match people, records, attendance':<50}{ms['import_merge']:>12.1f}",
        f"{'  save: one durable write of the database':<50}{ms['import_save']:>12.1f}",
        f"{'reference: build + save the same records only':<50}"
        f"{ms['reference_records_and_store']:>12.1f}",
        "",
        f"import / floor = {result['ratio']:.2f} (target ≤ {result['target']:g})   "
        f"{result['verdict']}",
        f"(the records and the store alone take {result['reference_ratio']:.2f} × the floor)",
    ])


def main(argv: list[str] | None = None) -> int:
    args = parser_for(__doc__, "5,000 rows instead of 30,000").parse_args(argv)
    rows, reps = (5_000, 3) if args.quick else (30_000, 5)
    return run_and_report(args, lambda folder, log: run(rows, reps, folder, log), report)


if __name__ == "__main__":
    sys.exit(main())
