"""Damaged database files and failing disks: a clear error, and nothing already stored is lost."""

from __future__ import annotations

import os
import random
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson
import pytest

import mingle.store.storage as storage_module
from mingle.domain.records.models import Note, Person
from mingle.store import CorruptDatabaseError, StoreError
from mingle.store.database import Store
from mingle.store.lock import WriterLock
from mingle.store.storage import backup_path


def make_valid_database(path: Path) -> list[str]:
    """A healthy database with a backup beside it; returns the people's names."""
    names = ["Ann", "Bob", "Åsa"]
    with Store(path) as store:
        for name in names:
            store.save(Person(name=name)).result()
    assert backup_path(path).exists()
    return names


def snapshot(folder: Path) -> dict[str, tuple[int, bytes | None]]:
    """Every entry of a folder: inode and contents (None for folders)."""
    return {
        p.name: (p.stat().st_ino, None if p.is_dir() else p.read_bytes())
        for p in folder.iterdir()
    }


def empty(path: Path) -> None:
    path.write_bytes(b"")


def whitespace(path: Path) -> None:
    path.write_bytes(b"  \n\t ")


def truncated(path: Path) -> None:
    raw = path.read_bytes()
    path.write_bytes(raw[: len(raw) // 2])


def random_bytes(path: Path) -> None:
    path.write_bytes(random.Random(1234).randbytes(4096))


def json_list(path: Path) -> None:
    path.write_bytes(orjson.dumps([{"name": "Ann"}]))


def json_string(path: Path) -> None:
    path.write_bytes(b'"mingle"')


def table_not_an_object(path: Path) -> None:
    path.write_bytes(b'{"people": [1, 2, 3]}')


def utf16(path: Path) -> None:
    path.write_bytes(path.read_text("utf-8").encode("utf-16"))


DAMAGE: dict[str, Callable[[Path], None]] = {
    "empty": empty, "whitespace": whitespace, "truncated": truncated,
    "random-bytes": random_bytes, "json-list": json_list, "json-string": json_string,
    "table-not-an-object": table_not_an_object, "utf16": utf16,
}


@pytest.mark.parametrize("read_only", [False, True], ids=["writer", "reader"])
@pytest.mark.parametrize("damage", list(DAMAGE.values()), ids=list(DAMAGE))
def test_a_damaged_file_is_reported_and_never_replaced(
    db_path: Path, damage: Callable[[Path], None], read_only: bool
) -> None:
    make_valid_database(db_path)
    damage(db_path)
    before = snapshot(db_path.parent)
    with pytest.raises(CorruptDatabaseError) as caught:
        Store(db_path, read_only=read_only)
    error = caught.value
    assert isinstance(error, StoreError)
    message = str(error)
    assert str(db_path) in message
    assert str(backup_path(db_path)) in message
    assert "mingle restore" in message
    assert snapshot(db_path.parent) == before
    # The writer's lock was let go: a second try gets the same clear error, not "locked".
    with pytest.raises(CorruptDatabaseError):
        Store(db_path)
    assert snapshot(db_path.parent) == before


def test_without_a_backup_the_message_says_so(db_path: Path) -> None:
    db_path.write_bytes(b'{"people": {"1": ')
    with pytest.raises(CorruptDatabaseError) as caught:
        Store(db_path)
    message = str(caught.value)
    assert str(db_path) in message
    assert "No backup" in message
    assert db_path.read_bytes() == b'{"people": {"1": '
    assert not backup_path(db_path).exists()


def test_the_backup_of_a_damaged_file_still_opens(db_path: Path) -> None:
    names = make_valid_database(db_path)
    truncated(db_path)
    with pytest.raises(CorruptDatabaseError):
        Store(db_path)
    with Store(backup_path(db_path), read_only=True) as backup:
        # The backup is the version before the last save.
        assert sorted(p.name for p in backup.people) == sorted(names[:-1])


def test_a_folder_at_the_path_is_reported(db_path: Path) -> None:
    db_path.mkdir()
    (db_path / "something").write_text("x")
    before = snapshot(db_path.parent)
    for read_only in (False, True):
        with pytest.raises(CorruptDatabaseError) as caught:
            Store(db_path, read_only=read_only)
        assert str(db_path) in str(caught.value)
        assert "folder" in str(caught.value)
    after = snapshot(db_path.parent)
    after.pop("mingle.json.lock", None)  # the writer's lock file is the one new entry
    assert after == before
    assert (db_path / "something").read_text() == "x"


def test_a_folder_at_the_path_does_not_deny_an_existing_backup(db_path: Path) -> None:
    make_valid_database(db_path)
    db_path.unlink()
    db_path.mkdir()
    with pytest.raises(CorruptDatabaseError) as caught:
        Store(db_path)
    assert "No backup" not in str(caught.value)
    assert str(backup_path(db_path)) in str(caught.value)


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read a chmod 000 file")
def test_an_unreadable_file_is_reported(db_path: Path) -> None:
    make_valid_database(db_path)
    db_path.chmod(0)
    try:
        with pytest.raises(CorruptDatabaseError) as caught:
            Store(db_path)
        message = str(caught.value)
        assert str(db_path) in message and "cannot be read" in message
        assert str(backup_path(db_path)) in message
    finally:
        db_path.chmod(0o600)
    with Store(db_path, read_only=True) as store:
        assert len(store.people) == 3


def test_a_permission_error_is_reported(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The unreadable-file case for runs as root: the read itself is made to fail."""
    make_valid_database(db_path)
    before = snapshot(db_path.parent)
    real_read_bytes = Path.read_bytes

    def denied(self: Path) -> bytes:
        if self == db_path:
            raise PermissionError(13, "Permission denied", str(self))
        return real_read_bytes(self)

    real_open = os.open

    def denied_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if Path(path) == db_path and not flags & (os.O_WRONLY | os.O_RDWR):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(Path, "read_bytes", denied)
    monkeypatch.setattr(os, "open", denied_open)  # the store reads big files in pieces
    with pytest.raises(CorruptDatabaseError) as caught:
        Store(db_path)
    monkeypatch.undo()
    message = str(caught.value)
    assert str(db_path) in message and "cannot be read" in message
    assert str(backup_path(db_path)) in message and "mingle restore" in message
    assert snapshot(db_path.parent) == before


# Well-formed JSON objects whose contents are not what mingle writes. Each should get the same
# clear CorruptDatabaseError as a truncated file; today each escapes as a raw Python error.
BAD_STRUCTURE = {
    "document-not-an-object": b'{"people": {"1": "Ann"}}',
    "meta-document-not-an-object": b'{"meta": {"1": 42}}',
    "schema-version-not-a-number": b'{"meta": {"1": {"id": "m", "key": "schema", "value": "x"}}}',
    "schema-version-null": b'{"meta": {"1": {"id": "m", "key": "schema", "value": null}}}',
    "document-key-not-a-number": (
        b'{"meta": {"1": {"id": "m", "key": "schema", "value": 1}},'
        b' "people": {"abc": {"id": "p1", "name": "Ann"}}}'
    ),
}


@pytest.mark.parametrize("content", list(BAD_STRUCTURE.values()), ids=list(BAD_STRUCTURE))
def test_a_file_with_bad_structure_is_left_untouched(db_path: Path, content: bytes) -> None:
    db_path.write_bytes(content)
    with pytest.raises(CorruptDatabaseError):
        Store(db_path)
    assert db_path.read_bytes() == content
    assert not backup_path(db_path).exists()
    lock = WriterLock(db_path)  # released after the failed open
    lock.acquire()
    lock.release()


@pytest.mark.parametrize("content", list(BAD_STRUCTURE.values()), ids=list(BAD_STRUCTURE))
def test_a_file_with_bad_structure_raises_corrupt_database_error(
    db_path: Path, content: bytes
) -> None:
    db_path.write_bytes(content)
    with pytest.raises(CorruptDatabaseError, match=str(db_path)):
        Store(db_path)


# -- failing writes ----------------------------------------------------------------------


def disk_full(*args: object, **kwargs: object) -> None:
    raise OSError(28, "disk full")


@pytest.mark.parametrize("target", ["atomic_write", "os.replace", "os.fsync"])
def test_a_failed_write_is_reported_and_the_old_file_is_kept(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, target: str
) -> None:
    errors: list[BaseException] = []
    reported = threading.Event()

    def on_error(exc: BaseException) -> None:
        errors.append(exc)
        reported.set()

    store = Store(db_path, on_error=on_error)
    try:
        ann = Person(name="Ann")
        store.save(ann).result()
        before = db_path.read_bytes()
        if target == "atomic_write":
            monkeypatch.setattr(storage_module, "atomic_write", disk_full)
        else:
            monkeypatch.setattr(os, target.split(".")[1], disk_full)
        future = store.save(Note(person_id=ann.id, text="lost?"))
        with pytest.raises(OSError, match="disk full"):
            future.result(timeout=30)
        assert reported.wait(timeout=30)
        assert len(errors) == 1 and "disk full" in str(errors[0])
        monkeypatch.undo()
        assert db_path.read_bytes() == before
        # The data's temp file is gone (a staged backup link may remain until the next open).
        assert not list(db_path.parent.glob(".mingle.json.[0-9]*.tmp"))
        with Store(db_path, read_only=True) as reader:
            assert [p.name for p in reader.people] == ["Ann"]
            assert len(reader.notes) == 0
        # The store keeps working once the disk does; the failed change is written too.
        store.save(Person(name="Bob")).result(timeout=30)
        assert len(orjson.loads(db_path.read_bytes())["notes"]) == 1
    finally:
        monkeypatch.undo()
        store.close()
    with Store(db_path) as store:
        assert sorted(p.name for p in store.people) == ["Ann", "Bob"]


def test_flush_raises_while_the_disk_fails(db_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    with Store(db_path) as store:
        store.save(Person(name="Ann")).result()
        monkeypatch.setattr(storage_module, "atomic_write", disk_full)
        store.save(Person(name="Bob"))
        with pytest.raises(OSError, match="disk full"):
            store.flush(timeout=30)
        monkeypatch.undo()
        store.flush(timeout=30)
    assert len(orjson.loads(db_path.read_bytes())["people"]) == 2


def test_close_after_a_failed_write_retries_it(db_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    store = Store(db_path)
    store.save(Person(name="Ann")).result()
    monkeypatch.setattr(storage_module, "atomic_write", disk_full)
    with pytest.raises(OSError):
        store.save(Person(name="Bob")).result(timeout=30)
    monkeypatch.undo()
    store.close()
    with Store(db_path, read_only=True) as reader:
        assert sorted(p.name for p in reader.people) == ["Ann", "Bob"]


def test_a_raising_error_callback_does_not_kill_the_writer(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def callback(exc: BaseException) -> None:
        raise RuntimeError("the app is gone")

    monkeypatch.setattr(threading, "excepthook", lambda args: None)  # keep the output quiet
    store = Store(db_path, on_error=callback)
    try:
        store.save(Person(name="Ann")).result()
        with monkeypatch.context() as patch:
            patch.setattr(storage_module, "atomic_write", disk_full)
            with pytest.raises(OSError):
                store.save(Person(name="Bob")).result(timeout=30)
        store.save(Person(name="Cy")).result(timeout=5)
    finally:
        store.close()
