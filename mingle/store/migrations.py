"""Schema versions of the database file and the steps that bring an older file up to date."""

from __future__ import annotations

from collections.abc import Callable, MutableMapping
from datetime import datetime
from typing import Any

from mingle.domain.records.models import RECORD_TYPES, new_id

SCHEMA_VERSION = 1
META_TABLE = "meta"
SCHEMA_KEY = "schema"

Tables = MutableMapping[str, dict[str, dict[str, Any]]]
"""The tables of a file as read: a dict, or the storage's lazy mapping of them."""


def schema_version(tables: Tables) -> int:
    """The schema version written in the file (0 for a file that has none)."""
    for doc in tables.get(META_TABLE, {}).values():
        if doc.get("key") == SCHEMA_KEY:
            return int(doc.get("value", 0))
    return 0


def set_schema_version(tables: Tables, version: int) -> None:
    meta = tables.setdefault(META_TABLE, {})
    stamp = datetime.now().astimezone().isoformat()
    for doc in meta.values():
        if doc.get("key") == SCHEMA_KEY:
            doc["value"] = version
            doc["updated"] = stamp
            return
    next_id = str(max((int(k) for k in meta), default=0) + 1)
    meta[next_id] = {"id": new_id(), "created": stamp, "updated": stamp,
                     "key": SCHEMA_KEY, "value": version}


def _v0_to_v1(tables: Tables) -> None:
    """Files without a version (written by hand or by plain TinyDB): give records ids and times."""
    stamp = datetime.now().astimezone().isoformat()
    for name in RECORD_TYPES:
        for doc in tables.get(name, {}).values():
            doc.setdefault("id", new_id())
            doc.setdefault("created", stamp)
            doc.setdefault("updated", doc["created"])


# MIGRATIONS[n] turns a version-n file into a version-(n+1) file, in place.
MIGRATIONS: dict[int, Callable[[Tables], None]] = {0: _v0_to_v1}


def migrate(tables: Tables, target: int = SCHEMA_VERSION) -> list[int]:
    """Run the steps from the file's version up to `target`; return the versions stepped from."""
    steps: list[int] = []
    version = schema_version(tables)
    while version < target:
        MIGRATIONS[version](tables)
        steps.append(version)
        version += 1
        set_schema_version(tables, version)
    return steps
