"""The layers stay apart: domain and store never pull in Textual; the domain never needs TinyDB."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

IMPORT_AND_REPORT = textwrap.dedent(
    """
    import importlib, json, pkgutil, sys
    import {package}
    names = [{package}.__name__] + [
        m.name for m in pkgutil.walk_packages({package}.__path__, {package}.__name__ + ".")
    ]
    for name in names:
        importlib.import_module(name)
    print(json.dumps({{"imported": names, "loaded": sorted(sys.modules)}}))
    """
)


def import_in_fresh_interpreter(package: str) -> tuple[list[str], set[str]]:
    """Import every module of `package` in a new Python; return them and all modules loaded."""
    result = subprocess.run(
        [sys.executable, "-c", IMPORT_AND_REPORT.format(package=package)],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    return report["imported"], set(report["loaded"])


def top_level(modules: set[str]) -> set[str]:
    return {name.split(".")[0] for name in modules}


def test_domain_imports_neither_textual_nor_tinydb() -> None:
    imported, loaded = import_in_fresh_interpreter("mingle.domain")
    for name in ("mingle.domain.records.models", "mingle.domain.records.normalize", "mingle.domain.records.text"):
        assert name in imported
    assert "textual" not in top_level(loaded)
    assert "rich" not in top_level(loaded)
    assert "tinydb" not in top_level(loaded)
    assert not any(name.startswith("mingle.store") or name.startswith("mingle.ui")
                   for name in loaded)


def test_store_does_not_import_textual() -> None:
    imported, loaded = import_in_fresh_interpreter("mingle.store")
    for name in ("mingle.store.database", "mingle.store.storage", "mingle.store.lock",
                 "mingle.store.migrations", "mingle.store.repository", "mingle.store.writer",
                 "mingle.store.errors"):
        assert name in imported
    assert "textual" not in top_level(loaded)
    assert "rich" not in top_level(loaded)
    assert not any(name.startswith("mingle.ui") for name in loaded)
    assert "tinydb" in top_level(loaded)  # the check above can see third-party imports
