"""What every benchmark script shares: the common options, a log, the report at the end."""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Callable
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
