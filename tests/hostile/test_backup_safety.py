"""Nothing lost, ever: missing, empty, symlinked or full-disk databases, restore, output files."""

from __future__ import annotations

import errno
import os
import stat
import subprocess
from pathlib import Path

import pytest

import mingle.store.restore as restore_module
from mingle.domain.records.models import MyCard, Person
from mingle.store.database import Store
from mingle.store.errors import DatabaseLockedError, NothingToOpenError, StoreError
from mingle.store.lock import lock_path
from mingle.store.output import OutputError, OutputExistsError, check_output_path
from mingle.store.restore import HealthyDatabaseError, restore_backup
from mingle.store.storage import backup_path, damaged_paths
from tests.unit.test_cli import run


def network(path: Path, people: int = 60) -> None:
    """A database of `people` people, saved twice so that its backup holds them all."""
    with Store(path) as store:
        store.save(*(Person(name=f"Person {n}") for n in range(people))).result()
        store.save(MyCard(name="Me")).result()
    assert people_in(backup_path(path)) == people


def people_in(path: Path) -> int:
    with Store(path, read_only=True) as store:
        return len(store.people)


# 1. A database file holding `{}` -------------------------------------------------------------

def test_an_empty_object_beside_a_good_backup_is_refused_and_the_backup_kept(db_path):
    network(db_path)
    kept = backup_path(db_path).read_bytes()
    db_path.write_bytes(b"{}")
    for read_only in (False, True):
        with pytest.raises(NothingToOpenError) as caught:
            Store(db_path, read_only=read_only)
        message = str(caught.value)
        assert "holds nothing" in message and str(backup_path(db_path)) in message
        assert "mingle restore" in message and "--fresh" in message
    assert backup_path(db_path).read_bytes() == kept
    assert db_path.read_bytes() == b"{}"


def test_starting_afresh_never_makes_the_backup_worse(db_path):
    network(db_path)
    kept = backup_path(db_path).read_bytes()
    db_path.write_bytes(b"{}")
    with Store(db_path, fresh=True) as store:
        assert len(store.people) == 0
        store.set_setting("theme", "textual-light").result()
        store.set_setting("theme", "textual-dark").result()
    assert backup_path(db_path).read_bytes() == kept  # 60 people, still


def test_a_database_emptied_by_the_user_keeps_the_backup_of_its_records(db_path):
    network(db_path, people=3)
    with Store(db_path) as store:
        store.delete(*store.people, *store._me.all()).result()  # the file now holds no records
        store.set_setting("theme", "textual-light").result()
        store.set_setting("theme", "textual-dark").result()
    assert people_in(backup_path(db_path)) == 3
    with Store(db_path) as store:  # an emptied database is a database: it opens
        assert len(store.people) == 0


# 2. The database file moved away or deleted, its backup still there --------------------------

def test_a_missing_database_beside_its_backup_is_not_started_afresh(db_path, tmp_path):
    network(db_path)
    kept = backup_path(db_path).read_bytes()
    db_path.unlink()
    result = run("import", str(Path(__file__).parents[1] / "fixtures" / "generic.csv"),
                 "--db", str(db_path), tmp=tmp_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "does not exist" in result.stderr and "mingle restore" in result.stderr
    assert not db_path.exists()
    assert backup_path(db_path).read_bytes() == kept
    result = run("restore", "--yes", "--db", str(db_path), tmp=tmp_path)
    assert result.returncode == 0, result.stderr
    assert people_in(db_path) == 60


def test_a_damaged_copy_alone_also_stops_a_new_database(db_path):
    db_path.with_name(db_path.name + ".damaged-20261201-180000-000001").write_bytes(b"{}")
    with pytest.raises(NothingToOpenError):
        Store(db_path)
    Store(db_path, fresh=True).close()
    assert db_path.exists()


# 3. Restore twice within one second; restore over a healthy database -------------------------

def test_restores_in_the_same_second_keep_every_replaced_file(db_path):
    network(db_path)
    contents = []
    for _ in range(3):
        contents.append(db_path.read_bytes())
        restore_backup(db_path, force=True)
    kept = damaged_paths(db_path)
    assert len(kept) == 3
    assert sorted(p.read_bytes() for p in kept) == sorted(contents)


def test_restore_over_a_healthy_database_needs_force_and_shows_both_sides(db_path, tmp_path):
    network(db_path)
    before = db_path.read_bytes()
    with pytest.raises(HealthyDatabaseError) as caught:
        restore_backup(db_path)
    assert "60 people" in str(caught.value) and "--force" in str(caught.value)
    result = run("restore", "--yes", "--db", str(db_path), tmp=tmp_path)
    assert result.returncode == 1 and "not damaged" in result.stderr
    assert "60 people" in result.stderr and "--force" in result.stderr
    assert db_path.read_bytes() == before
    assert damaged_paths(db_path) == []


# 4. Restore on a full disk --------------------------------------------------------------------

def test_restore_on_a_full_disk_leaves_the_database_in_place(db_path, monkeypatch):
    network(db_path)
    db_path.write_bytes(b"{ damaged")
    real_write = restore_module.write_private

    def full(path, payload):
        real_write(path, payload[:10])
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(restore_module, "write_private", full)
    with pytest.raises(OSError, match="No space"):
        restore_backup(db_path)
    assert db_path.read_bytes() == b"{ damaged"
    assert damaged_paths(db_path) == []
    assert sorted(p.name for p in db_path.parent.iterdir()) == sorted(
        [db_path.name, backup_path(db_path).name, lock_path(db_path).name])


@pytest.fixture
def small_disk(tmp_path):
    """A 1 MiB tmpfs (root only); skipped where mounting is not allowed."""
    folder = tmp_path / "small"
    folder.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(folder)],
                             capture_output=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode().strip()}")
    yield folder
    subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path) -> None:
    """Take every free byte of the disk with one file."""
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError as exc:
        assert exc.errno == errno.ENOSPC
    finally:
        os.close(fd)


def test_restore_and_saves_on_a_really_full_disk(small_disk, tmp_path):
    db = small_disk / "mingle.json"
    network(db, people=300)
    db.write_bytes(b"{ damaged")
    fill(small_disk)
    result = run("restore", "--yes", "--db", str(db), tmp=tmp_path)
    assert result.returncode == 1 and "No space left" in result.stderr
    assert db.read_bytes() == b"{ damaged"
    assert people_in(backup_path(db)) == 300
    (small_disk / "filler").unlink()
    result = run("restore", "--yes", "--db", str(db), tmp=tmp_path)
    assert result.returncode == 0, result.stderr
    assert people_in(db) == 300


# 7. A symlink at the database path -----------------------------------------------------------

def test_a_symlinked_database_stays_a_link_and_the_lock_guards_the_real_file(tmp_path):
    real = tmp_path / "real" / "mingle.json"
    real.parent.mkdir()
    link = tmp_path / "link.json"
    network(real, people=2)
    link.symlink_to(real)
    with Store(link) as store:
        store.save(Person(name="Through the link")).result()
        with pytest.raises(DatabaseLockedError):
            Store(real)
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert people_in(real) == 3
    assert backup_path(real).exists() and not backup_path(link).exists()
    assert not lock_path(link).exists()


# 8. Output files onto the database -----------------------------------------------------------

def test_output_files_never_overwrite_the_database(db_path, tmp_path):
    network(db_path, people=2)
    before = {p: p.read_bytes() for p in (db_path, backup_path(db_path))}
    sub = tmp_path / "sub"
    sub.mkdir()
    via_dots = sub / ".." / db_path.name
    link = tmp_path / "to-db.csv"
    link.symlink_to(db_path)
    hard = tmp_path / "hard.csv"
    os.link(db_path, hard)
    for target in (via_dots, backup_path(db_path), lock_path(db_path), link, hard):
        with pytest.raises(OutputError, match="own database"):
            check_output_path(target, db_path, force=True)
    for args in (["export", "--format", "csv", "--out", str(via_dots), "--force"],
                 ["card", "--png", str(db_path), "--force"],
                 ["card", "--svg", str(link), "--force"]):
        result = run(*args, "--db", str(db_path), tmp=tmp_path)
        assert result.returncode == 1 and "own database" in result.stderr, result.stderr
    assert {p: p.read_bytes() for p in before} == before


def test_output_refuses_dangling_links_pipes_devices_and_folders(db_path, tmp_path):
    network(db_path, people=2)
    dangling = tmp_path / "dangling.csv"
    dangling.symlink_to(tmp_path / "nowhere.csv")
    with pytest.raises(OutputExistsError):
        check_output_path(dangling, db_path, force=False)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    for target, words in ((fifo, "named pipe"), (Path("/dev/null"), "device"),
                          (tmp_path, "folder")):
        with pytest.raises(OutputError, match=words):
            check_output_path(target, db_path, force=True)
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    result = run("card", "--set", "name=Ann", "--db", str(db_path), tmp=tmp_path)
    assert result.returncode == 0
    result = run("card", "--svg", str(tmp_path), "--db", str(db_path), tmp=tmp_path)
    assert result.returncode == 1 and "folder" in result.stderr and "--force" not in result.stderr
    result = run("export", "--format", "csv", "--out", str(fifo), "--force", "--db", str(db_path),
                 tmp=tmp_path)
    assert result.returncode == 1 and "named pipe" in result.stderr


def test_an_export_through_a_link_writes_the_target_privately(db_path, tmp_path):
    network(db_path, people=2)
    target = tmp_path / "real.csv"
    target.write_text("old")
    link = tmp_path / "link.csv"
    link.symlink_to(target)
    result = run("export", "--format", "csv", "--out", str(link), "--db", str(db_path),
                 tmp=tmp_path)
    assert result.returncode == 1 and "already exists" in result.stderr
    result = run("export", "--format", "csv", "--out", str(link), "--force", "--db",
                 str(db_path), tmp=tmp_path)
    assert result.returncode == 0, result.stderr
    assert link.is_symlink() and "Person 1" in target.read_text()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


# 10. Smaller: FIFOs, lock paths, folders ------------------------------------------------------

def test_a_fifo_at_the_database_path_is_refused_at_once(tmp_path):
    fifo = tmp_path / "mingle.json"
    os.mkfifo(fifo)
    result = run("export", "--format", "csv", "--db", str(fifo), tmp=tmp_path)
    assert result.returncode == 1 and "named pipe" in result.stderr
    with pytest.raises(StoreError, match="named pipe"):
        Store(fifo)


@pytest.mark.parametrize("kind", ["folder", "link"])
def test_a_lock_path_that_is_not_a_file_gets_a_clear_message(db_path, kind):
    network(db_path, people=1)
    lock = lock_path(db_path)
    lock.unlink(missing_ok=True)
    if kind == "folder":
        lock.mkdir()
    else:
        lock.symlink_to(db_path.parent / "elsewhere")
    with pytest.raises(StoreError) as caught:
        Store(db_path)
    assert str(lock) in str(caught.value) and "remove" in str(caught.value)
    assert people_in(db_path) == 1


def test_folders_made_for_a_new_database_are_private(tmp_path):
    path = tmp_path / "a" / "b" / "c" / "mingle.json"
    old = os.umask(0o022)
    try:
        Store(path).close()
    finally:
        os.umask(old)
    for folder in (tmp_path / "a", tmp_path / "a" / "b", tmp_path / "a" / "b" / "c"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
