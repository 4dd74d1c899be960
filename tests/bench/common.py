"""What every benchmark script shares: the common options, a log, the report at the end."""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

Log = Callable[[str], None]


def parser_for(doc: str | None, quick_help: str) -> argparse.ArgumentParser:
    """The options of every benchmark: --quick and --json (add your own after)."""
    parser = argparse.ArgumentParser(description=(doc or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true", help=quick_help)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    return parser


def run_and_report(args: argparse.Namespace, measure: Callable[[Path, Log], dict[str, Any]],
                   report: Callable[[dict[str, Any]], str], *, folder: Path | None = None) -> int:
    """Measure in a temporary folder, then print the report (or JSON); always exit code 0.

    A benchmark is a report: a failure is printed, never raised.
    """

    def log(message: str) -> None:
        print(message, file=sys.stderr if args.json else sys.stdout, flush=True)

    try:
        with tempfile.TemporaryDirectory(prefix="mingle-bench-", dir=folder,
                                         ignore_cleanup_errors=True) as work:
            result = measure(Path(work), log)
    except Exception as exc:
        print(f"benchmark failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 0
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        print()
        print(report(result))
    return 0


@contextmanager
def timed_repaints() -> Iterator[dict[str, float]]:
    """While inside: when a key last reached an Input, and when a list row was last drawn.

    Key → repaint is then `state["paint"] - state["key"]` after each key (the app's own
    handlers are wrapped, in the app's process: no terminal is involved).
    """
    from textual.widgets import Input

    from mingle.ui.widgets.virtual_list import VirtualList

    state = {"key": 0.0, "paint": 0.0}
    original_key = Input._on_key
    original_line = VirtualList.render_line

    async def timed_key(self, event):
        state["key"] = time.perf_counter()
        return await original_key(self, event)

    def timed_line(self, y):
        strip = original_line(self, y)
        state["paint"] = time.perf_counter()
        return strip

    Input._on_key = timed_key  # type: ignore[method-assign]
    VirtualList.render_line = timed_line  # type: ignore[method-assign]
    try:
        yield state
    finally:
        Input._on_key = original_key  # type: ignore[method-assign]
        VirtualList.render_line = original_line  # type: ignore[method-assign]


async def type_queries(pilot: Any, queries: list[str], keys: int,
                       state: dict[str, float]) -> list[float]:
    """Type each query and backspace it again until `keys` keys are timed (seconds each)."""
    latencies: list[float] = []
    while len(latencies) < keys:
        for query in queries:
            for key in [*query.replace(" ", "|"), *["backspace"] * len(query)]:
                await pilot.press("space" if key == "|" else key)
                await pilot.pause()
                if state["paint"] > state["key"]:
                    latencies.append(state["paint"] - state["key"])
    return latencies
