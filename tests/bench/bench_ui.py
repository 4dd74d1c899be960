"""Benchmark of the live-event UI on stress data: filter-as-you-type, re-rank, cold start, memory.

Run by hand or by CI (`python tests/bench/bench_ui.py [--quick] [--json]`). Figures:

- filter: with 10,000 attendees present, the time from a key reaching the filter box (the start
  of the Input's key handler, inside the app) to the end of the list's repaint that follows
  (the last row drawn), median over many keys — target ≤ 16 ms, one frame;
- re-rank: the queue screen ranking 10,000 present people again after a check-in (reported);
- cold start: from launching the process to its first frame on screen (Textual's Ready event),
  mingle on the §9 stress database against a bare Textual app (header, input, footer) in the
  same run — target ≤ 1.3 ×;
- memory: peak resident memory of those two processes — target ≤ 2.5 ×.

Both apps start from compiled bytecode, as an installed package does: pip compiles Textual
when it installs it, and mingle's own sources are compiled here first (an editable install, or
a machine that sets PYTHONDONTWRITEBYTECODE, would otherwise compile them at every start).

It is a report: the exit code is 0 whatever the figures.
"""

from __future__ import annotations

import asyncio
import compileall
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script from anywhere

from mingle.store.database import Store
from mingle.store.settings import CURRENT_EVENT
from mingle.ui.app import create_app
from mingle.ui.screens.queue import QueueScreen
from tests.bench.common import parser_for, run_and_report, timed_repaints, type_queries
from tests.bench.stress import PRESENT, stress_records

TARGETS = {"filter_ms": ("<=", 16.0), "start_vs_bare": ("<=", 1.3),
           "memory_vs_bare": ("<=", 2.5)}
QUERIES = ["ann", "smith 12", "kowal", "nunez", "zoe mul", "acme", "olu 9", "priya"]

# Peak resident memory of this process (VmHWM: unlike ru_maxrss, not inherited through exec).
PEAK_FUNCTION = """
import time
def PEAK():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
"""

BARE_APP = PEAK_FUNCTION + """
import sys
from textual.app import App
from textual.widgets import Footer, Header, Input
class Bare(App):
    def compose(self):
        yield Header()
        yield Input(placeholder="filter")
        yield Footer()
    def on_ready(self):
        global READY
        READY = time.time()
        self.exit()
Bare().run(headless=True)
print(READY, PEAK())
"""

MINGLE_APP = PEAK_FUNCTION + """
import sys
from mingle.store.database import Store
from mingle.ui.app import MingleApp
class Timed(MingleApp):
    def on_ready(self):
        global READY
        READY = time.time()
        self.exit()
store = Store(sys.argv[1])
try:
    Timed(store).run(headless=True)
finally:
    store.close()
print(READY, PEAK())
"""


def build(path: Path, present: int, log) -> str:
    """Write stress data with `present` people present at the big event; returns its id."""
    started = time.perf_counter()
    records, _ = stress_records(random.Random(7), present=present, expected=0)
    with Store(path) as store:
        store.save(*records)
        big = next(r for r in records if getattr(r, "name", "") == "Monthly Meetup #1")
        store.set_setting(CURRENT_EVENT, big.id)
        store.flush()
    log(f"built {path.name}: {len(records):,} records, {present:,} present, "
        f"{time.perf_counter() - started:.1f} s")
    return big.id


async def measure_filter(path: Path, keys: int) -> tuple[list[float], list[float]]:
    """Key-to-repaint latencies in the check-in filter; re-rank times on the queue."""
    reranks: list[float] = []
    with Store(path) as store:
        app = create_app(store)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            with timed_repaints() as state:
                latencies = await type_queries(pilot, QUERIES, keys, state)
            live = app.live
            people = [live.row(i)[0] for i in range(20)]
            await pilot.press("f4")
            screen = app.screen
            assert isinstance(screen, QueueScreen)
            for person in people[:5]:
                live.toggle_check_in(person.id)
                started = time.perf_counter()
                screen.rerank()
                reranks.append(time.perf_counter() - started)
                await pilot.pause()
    return latencies, reranks


def compile_sources(log) -> None:
    """Byte-compile mingle's sources, as installing the package does (see the docstring)."""
    started = time.perf_counter()
    package = Path(__file__).resolve().parents[2] / "mingle"
    if not compileall.compile_dir(package, quiet=1):
        raise RuntimeError(f"mingle's sources in {package} did not compile")
    log(f"compiled mingle's sources ({time.perf_counter() - started:.1f} s)")


def run_child(code: str, *args: str) -> tuple[float, float]:
    """Time from launching a child to its first frame (Ready), and its peak memory (MiB)."""
    started = time.time()
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                            check=False)
    if result.returncode != 0:
        raise RuntimeError(result.stderr)
    ready, peak = result.stdout.strip().splitlines()[-1].split()
    return float(ready) - started, float(peak)


def run(quick: bool, folder: Path, log) -> dict[str, Any]:
    big = folder / "present-10000.json"
    stress = folder / "stress.json"
    build(big, 10_000, log)
    build(stress, PRESENT, log)
    latencies, reranks = asyncio.run(measure_filter(big, 60 if quick else 200))
    log(f"timed {len(latencies)} keys and {len(reranks)} re-ranks")
    reps = 3 if quick else 7
    compile_sources(log)
    bare, mingle = [], []
    for _ in range(reps):  # interleaved so that both see the same machine
        bare.append(run_child(BARE_APP))
        mingle.append(run_child(MINGLE_APP, str(stress)))
    log(f"timed {reps} cold starts of each app")
    bare_start = statistics.median(t for t, _ in bare)
    mingle_start = statistics.median(t for t, _ in mingle)
    bare_mem = max(m for _, m in bare)
    mingle_mem = max(m for _, m in mingle)
    return {
        "filter_ms": statistics.median(latencies) * 1000,
        "filter_p90_ms": sorted(latencies)[int(len(latencies) * 0.9)] * 1000,
        "rerank_ms": statistics.median(reranks) * 1000,
        "bare_start_ms": bare_start * 1000,
        "mingle_start_ms": mingle_start * 1000,
        "start_vs_bare": mingle_start / bare_start,
        "bare_memory_mib": bare_mem,
        "mingle_memory_mib": mingle_mem,
        "memory_vs_bare": mingle_mem / bare_mem,
        "keys": len(latencies),
    }


def verdict(name: str, value: float) -> str:
    comparison, bound = TARGETS[name]
    ok = value <= bound if comparison == "<=" else value >= bound
    return f"{comparison} {bound:g}   {'PASS' if ok else 'MISS'}"


def report(r: dict[str, Any]) -> str:
    return "\n".join([
        "mingle UI benchmark (10,000 present for the filter; §9 stress data for start-up)",
        "",
        f"filter key → repaint, median of {r['keys']} keys   {r['filter_ms']:8.2f} ms   "
        f"{verdict('filter_ms', r['filter_ms'])}",
        f"filter key → repaint, 90th percentile          {r['filter_p90_ms']:8.2f} ms",
        f"queue re-rank after a check-in (10,000 here)   {r['rerank_ms']:8.2f} ms",
        f"cold start, bare Textual app                   {r['bare_start_ms']:8.1f} ms",
        f"cold start, mingle on stress data              {r['mingle_start_ms']:8.1f} ms",
        f"cold start ratio                               {r['start_vs_bare']:8.2f}      "
        f"{verdict('start_vs_bare', r['start_vs_bare'])}",
        f"peak memory, bare Textual app                  {r['bare_memory_mib']:8.1f} MiB",
        f"peak memory, mingle on stress data             {r['mingle_memory_mib']:8.1f} MiB",
        f"peak memory ratio                              {r['memory_vs_bare']:8.2f}      "
        f"{verdict('memory_vs_bare', r['memory_vs_bare'])}",
    ])


def main(argv: list[str] | None = None) -> int:
    args = parser_for(__doc__, "fewer keys and starts (for CI)").parse_args(argv)
    return run_and_report(args, lambda folder, log: run(args.quick, folder, log), report)


if __name__ == "__main__":
    raise SystemExit(main())
