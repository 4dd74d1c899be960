"""Schema versions: old files are upgraded once, newer files are refused untouched."""

from __future__ import annotations

import stat
import uuid
from pathlib import Path
from typing import Any

import orjson
import pytest
from tinydb import TinyDB
from tinydb.storages import JSONStorage

from mingle.store import NewerDatabaseError, StoreError, migrations
from mingle.store.database import Store
from mingle.store.lock import WriterLock
from mingle.store.storage import backup_path


def write_plain_tinydb(path: Path) -> bytes:
    """A file as stock TinyDB writes it: no meta table, no ids, no timestamps."""
    db = TinyDB(path, storage=JSONStorage)
    db.table("people").insert({"name": "Ann", "org": "Acme", "emails": ["ann@example.com"]})
    db.table("people").insert({"name": "Bob", "org": "Initech"})
    db.table("notes").insert({"person_id": "somebody", "text": "hello"})
    db.table("events").insert({"name": "Meetup", "date": "2025-03-14"})
    db.close()
    return path.read_bytes()


def test_a_plain_tinydb_file_is_upgraded(db_path: Path) -> None:
    original = write_plain_tinydb(db_path)
    with Store(db_path) as store:
        assert store.schema_version == migrations.SCHEMA_VERSION
        people = store.people.all()
        assert sorted(p.name for p in people) == ["Ann", "Bob"]
        for record in [*people, *store.notes, *store.events]:
            assert uuid.UUID(record.id).version == 4
            assert record.created.tzinfo is not None
            assert record.updated == record.created
        assert store.events.all()[0].date.isoformat() == "2025-03-14"
        ids = {p.id for p in people}
    assert backup_path(db_path).read_bytes() == original
    tables = orjson.loads(db_path.read_bytes())
    assert migrations.schema_version(tables) == migrations.SCHEMA_VERSION
    assert all(isinstance(d["id"], str) for d in tables["people"].values())
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
    # The upgrade happened once: ids are stable from now on.
    with Store(db_path) as store:
        assert {p.id for p in store.people} == ids
        assert store.schema_version == migrations.SCHEMA_VERSION


def test_upgraded_records_can_be_updated_and_deleted(db_path: Path) -> None:
    write_plain_tinydb(db_path)
    with Store(db_path) as store:
        ann = next(p for p in store.people if p.name == "Ann")
        bob = next(p for p in store.people if p.name == "Bob")
        store.save(ann.evolve(title="CTO"))
        store.delete(bob).result()
    tables = orjson.loads(db_path.read_bytes())
    assert [(d["name"], d.get("title")) for d in tables["people"].values()] == [("Ann", "CTO")]


def test_the_backup_of_an_upgraded_world_readable_file_is_private(db_path: Path) -> None:
    write_plain_tinydb(db_path)
    db_path.chmod(0o644)
    with Store(db_path):
        pass
    assert stat.S_IMODE(backup_path(db_path).stat().st_mode) == 0o600


def test_an_empty_object_file_is_upgraded(db_path: Path) -> None:
    db_path.write_bytes(b"{}")
    with Store(db_path) as store:
        assert store.schema_version == migrations.SCHEMA_VERSION
    # A file holding no records never becomes the backup (there is nothing in it to keep).
    assert not backup_path(db_path).exists()


def newer_file(path: Path) -> bytes:
    tables: dict[str, Any] = {"people": {"1": {"id": "p1", "name": "From the future"}}}
    migrations.set_schema_version(tables, migrations.SCHEMA_VERSION + 1)
    path.write_bytes(orjson.dumps(tables))
    return path.read_bytes()


@pytest.mark.parametrize("read_only", [False, True])
def test_a_newer_file_is_refused_and_left_untouched(db_path: Path, read_only: bool) -> None:
    original = newer_file(db_path)
    mtime = db_path.stat().st_mtime_ns
    with pytest.raises(NewerDatabaseError) as caught:
        Store(db_path, read_only=read_only)
    assert isinstance(caught.value, StoreError)
    message = str(caught.value)
    assert str(db_path) in message
    assert f"version {migrations.SCHEMA_VERSION + 1}" in message
    assert db_path.read_bytes() == original
    assert db_path.stat().st_mtime_ns == mtime
    assert not backup_path(db_path).exists()
    # The refused writer let go of its lock.
    lock = WriterLock(db_path)
    lock.acquire()
    lock.release()


def test_migrate_runs_each_step_once_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    monkeypatch.setattr(migrations, "MIGRATIONS", {
        0: lambda t: calls.append(0),
        1: lambda t: calls.append(1),
        2: lambda t: calls.append(2),
    })
    tables: migrations.Tables = {}
    assert migrations.migrate(tables, 3) == [0, 1, 2]
    assert calls == [0, 1, 2]
    assert migrations.schema_version(tables) == 3
    assert migrations.migrate(tables, 3) == []
    assert calls == [0, 1, 2]
    migrations.set_schema_version(tables, 1)
    assert migrations.migrate(tables, 3) == [1, 2]
    assert len(tables[migrations.META_TABLE]) == 1


def _rename_org_to_company(tables: migrations.Tables) -> None:
    for doc in tables.get("people", {}).values():
        if "org" in doc:
            doc["company"] = doc.pop("org")


@pytest.fixture
def version_two(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int]]:
    """A pretend schema 2 whose step from 1 renames people's `org` to `company`."""
    calls: list[tuple[int, int]] = []
    real_step = migrations.MIGRATIONS[0]

    def step_0(tables: migrations.Tables) -> None:
        calls.append((0, migrations.schema_version(tables)))
        real_step(tables)

    def step_1(tables: migrations.Tables) -> None:
        calls.append((1, migrations.schema_version(tables)))
        assert all("id" in d for d in tables.get("people", {}).values())  # step 0 ran first
        _rename_org_to_company(tables)

    monkeypatch.setattr(migrations, "MIGRATIONS", {0: step_0, 1: step_1})
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 2)
    return calls


def test_a_chain_of_migrations_runs_in_order_once(db_path: Path,
                                                  version_two: list[tuple[int, int]]) -> None:
    original = write_plain_tinydb(db_path)
    with Store(db_path) as store:
        assert version_two == [(0, 0), (1, 1)]
        assert store.schema_version == 2
        assert sorted(p.company for p in store.people) == ["Acme", "Initech"]
    assert backup_path(db_path).read_bytes() == original
    tables = orjson.loads(db_path.read_bytes())
    assert migrations.schema_version(tables) == 2
    assert all("org" not in d and "company" in d for d in tables["people"].values())
    with Store(db_path) as store:
        assert version_two == [(0, 0), (1, 1)]  # nothing ran again
        assert sorted(p.company for p in store.people) == ["Acme", "Initech"]


def test_a_file_one_version_behind_runs_only_the_last_step(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store(db_path) as store:  # written at the real current version (1)
        store.set_setting("current_event", "e1").result()
    tables = orjson.loads(db_path.read_bytes())
    tables.setdefault("people", {})["7"] = {"id": "p7", "name": "Old", "org": "Legacy Ltd",
                                            "created": "2024-01-01T10:00:00+00:00",
                                            "updated": "2024-01-01T10:00:00+00:00"}
    db_path.write_bytes(orjson.dumps(tables))
    calls: list[int] = []

    def step_1(t: migrations.Tables) -> None:
        calls.append(1)
        _rename_org_to_company(t)

    monkeypatch.setattr(migrations, "MIGRATIONS", {0: lambda t: calls.append(0), 1: step_1})
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 2)
    with Store(db_path) as store:
        assert calls == [1]
        assert store.people.get("p7").company == "Legacy Ltd"
        assert store.setting("current_event") == "e1"
        store.save(store.people.get("p7").evolve(title="Boss")).result()
    assert orjson.loads(db_path.read_bytes())["people"]["7"]["title"] == "Boss"


def test_read_only_migrates_in_memory_only(db_path: Path,
                                           version_two: list[tuple[int, int]]) -> None:
    original = write_plain_tinydb(db_path)
    before = sorted(p.name for p in db_path.parent.iterdir())
    with Store(db_path, read_only=True) as store:
        assert version_two == [(0, 0), (1, 1)]
        assert store.schema_version == 2
        assert sorted(p.company for p in store.people) == ["Acme", "Initech"]
        assert all(uuid.UUID(p.id) for p in store.people)
    assert db_path.read_bytes() == original
    assert sorted(p.name for p in db_path.parent.iterdir()) == before


def test_a_failing_migration_leaves_the_file_untouched(db_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    original = write_plain_tinydb(db_path)

    def broken(tables: migrations.Tables) -> None:
        tables["people"].clear()
        raise RuntimeError("step failed")

    monkeypatch.setattr(migrations, "MIGRATIONS", {0: broken})
    with pytest.raises(RuntimeError, match="step failed"):
        Store(db_path)
    assert db_path.read_bytes() == original
    assert not backup_path(db_path).exists()
    monkeypatch.undo()
    with Store(db_path) as store:  # the lock was released; the real migration still works
        assert len(store.people) == 2
