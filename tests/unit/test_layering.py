"""The layers stay apart, in one direction: ui → services → store → domain.

The domain is pure (no Textual, no TinyDB, no other mingle layer); the store is persistence
(TinyDB, no Textual, no services); services are the use-cases the UI and the command line call
(no Textual). Each package is imported whole in a fresh interpreter and what it loaded is read.
"""

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


def mingle_layers(modules: set[str]) -> set[str]:
    """The mingle layers among loaded modules: domain, store, services, ui, cli."""
    return {name.split(".")[1] for name in modules
            if name.startswith("mingle.") and name.count(".") >= 1}


def test_domain_imports_neither_textual_nor_tinydb() -> None:
    imported, loaded = import_in_fresh_interpreter("mingle.domain")
    for name in ("mingle.domain.records.models", "mingle.domain.records.normalize",
                 "mingle.domain.records.text", "mingle.domain.exchange.qr",
                 "mingle.domain.event.queue", "mingle.domain.introductions.index",
                 "mingle.domain.imports.attendees", "mingle.domain.exports.formats"):
        assert name in imported
    assert "textual" not in top_level(loaded)
    assert "rich" not in top_level(loaded)
    assert "tinydb" not in top_level(loaded)
    assert mingle_layers(loaded) <= {"domain"}


def test_store_is_persistence_only() -> None:
    imported, loaded = import_in_fresh_interpreter("mingle.store")
    for name in ("mingle.store.database", "mingle.store.storage", "mingle.store.lock",
                 "mingle.store.migrations", "mingle.store.repository", "mingle.store.writer",
                 "mingle.store.errors", "mingle.store.settings", "mingle.store.output"):
        assert name in imported
    assert "textual" not in top_level(loaded)
    assert "rich" not in top_level(loaded)
    assert mingle_layers(loaded) <= {"domain", "store"}
    assert "tinydb" in top_level(loaded)  # the check above can see third-party imports


def test_services_do_not_import_textual() -> None:
    imported, loaded = import_in_fresh_interpreter("mingle.services")
    for name in ("mingle.services.live_event", "mingle.services.transfer",
                 "mingle.services.cards_in", "mingle.services.intro_desk",
                 "mingle.services.demo"):
        assert name in imported
    assert "textual" not in top_level(loaded)
    assert "rich" not in top_level(loaded)
    assert mingle_layers(loaded) <= {"domain", "store", "services", "assets"}
