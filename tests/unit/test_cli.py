"""The command line as a user runs it: a real process, exit codes, stdout and stderr."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from mingle.store.settings import CURRENT_EVENT

from mingle import __version__
from mingle.domain.records.models import Person
from mingle.store.database import Store
from mingle.store.storage import backup_path


def run(*args: str, env: dict[str, str] | None = None, tmp: Path | None = None):
    environment = {k: v for k, v in os.environ.items() if k != "MINGLE_DB"}
    if tmp is not None:  # keep the default database out of the real home folder
        environment["XDG_DATA_HOME"] = str(tmp / "xdg")
        environment["HOME"] = str(tmp / "home")
    environment.update(env or {})
    return subprocess.run([sys.executable, "-m", "mingle", *args], capture_output=True,
                          text=True, env=environment, timeout=60, stdin=subprocess.DEVNULL)


def assert_clean_error(result) -> None:
    assert result.returncode != 0
    assert result.stderr.startswith("mingle: ")
    assert "Traceback" not in result.stderr


def test_version_and_help(tmp_path):
    result = run("--version", tmp=tmp_path)
    assert result.returncode == 0 and result.stdout.strip() == f"mingle {__version__}"
    result = run("demo", "--version", tmp=tmp_path)
    assert result.returncode == 0 and __version__ in result.stdout
    result = run("--help", tmp=tmp_path)
    assert result.returncode == 0
    for command in ("demo", "import", "export", "restore", "card", "--db"):
        assert command in result.stdout
    result = run("export", "--help", tmp=tmp_path)
    assert "csv,vcf,md,ics" in result.stdout and "--force" in result.stdout


def test_demo_no_ui_writes_a_fresh_demo_database(tmp_path):
    path = tmp_path / "sub" / "demo.json"
    result = run("demo", "--no-ui", "--db", str(path), tmp=tmp_path)
    assert result.returncode == 0, result.stderr
    assert str(path) in result.stdout and "60 people" in result.stdout
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    with Store(path, read_only=True) as store:
        names = {p.name for p in store.people}
        assert {"Åsa Lindqvist", "José Ñúñez", "Łukasz Wójcik"} <= names
        current = store.events.get(store.setting(CURRENT_EVENT))
        assert current is not None and current.date == date.today()
        earlier = [e for e in store.events if e.id != current.id]
        assert earlier and earlier[0].ended is not None and earlier[0].date < date.today()
        assert len(store.notes) >= 10 and len(store.intros) >= 3 and len(store.followups) >= 5
        assert store.me.name and store.me.goals.needs


def test_demo_refuses_an_existing_file_and_needs_db_without_ui(tmp_path):
    path = tmp_path / "mine.json"
    path.write_text("precious")
    result = run("demo", "--no-ui", "--db", str(path), tmp=tmp_path)
    assert_clean_error(result)
    assert "already exists" in result.stderr
    assert path.read_text() == "precious"
    result = run("demo", "--no-ui", tmp=tmp_path)
    assert_clean_error(result)
    assert "--db" in result.stderr


def test_db_option_env_variable_and_default_location(tmp_path):
    by_env = tmp_path / "env.json"
    result = run("card", "--set", "name=Åsa", env={"MINGLE_DB": str(by_env)}, tmp=tmp_path)
    assert result.returncode == 0, result.stderr
    with Store(by_env, read_only=True) as store:
        assert store.me.name == "Åsa"
    by_option = tmp_path / "option.json"
    result = run("card", "--db", str(by_option), "--set", "email=a@b.example",
                 env={"MINGLE_DB": str(by_env)}, tmp=tmp_path)
    assert result.returncode == 0, result.stderr
    assert by_option.exists()
    result = run("card", "--set", "title=Potter", tmp=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "xdg" / "mingle" / "mingle.json").exists()


def test_card_set_rejects_unknown_field_and_bad_email(tmp_path):
    path = tmp_path / "db.json"
    result = run("card", "--db", str(path), "--set", "nickname=x", tmp=tmp_path)
    assert_clean_error(result)
    assert "nickname" in result.stderr
    result = run("card", "--db", str(path), "--set", "email=not-an-email", tmp=tmp_path)
    assert_clean_error(result)
    assert "Not an email address" in result.stderr


def test_corrupt_database_is_reported_and_left_alone(tmp_path):
    path = tmp_path / "db.json"
    with Store(path) as store:
        store.save(Person(name="Kept")).result()
        store.save(Person(name="Also kept")).result()
    damaged = path.read_bytes()[:40]
    path.write_bytes(damaged)
    result = run("card", "--db", str(path), "--set", "name=x", tmp=tmp_path)
    assert_clean_error(result)
    assert str(path) in result.stderr
    assert str(backup_path(path)) in result.stderr
    assert "mingle restore" in result.stderr
    assert path.read_bytes() == damaged


def test_second_writer_is_refused_with_the_file_named(tmp_path):
    path = tmp_path / "db.json"
    with Store(path):
        result = run("card", "--db", str(path), "--set", "name=x", tmp=tmp_path)
    assert_clean_error(result)
    assert "open in another mingle" in result.stderr and str(path) in result.stderr


def test_restore_shows_the_backup_and_swaps_it_in(tmp_path):
    path = tmp_path / "db.json"
    with Store(path) as store:
        store.save(Person(name="Åsa Lindqvist")).result()
        store.save(Person(name="Second save")).result()
    path.write_bytes(b"{ this is not json")
    result = run("restore", "--db", str(path), tmp=tmp_path)
    assert result.returncode != 0
    assert "people" in result.stdout and "--yes" in result.stderr
    assert path.read_bytes() == b"{ this is not json"
    result = run("restore", "--db", str(path), "--yes", tmp=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Restored" in result.stdout
    kept = list(tmp_path.glob("db.json.damaged-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == b"{ this is not json"
    with Store(path, read_only=True) as store:
        assert [p.name for p in store.people] == ["Åsa Lindqvist"]


def test_restore_without_backup_says_so(tmp_path):
    result = run("restore", "--db", str(tmp_path / "none.json"), "--yes", tmp=tmp_path)
    assert_clean_error(result)
    assert "no backup" in result.stderr
