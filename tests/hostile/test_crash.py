"""Kill -9 a writer at random moments: every save it confirmed is on disk, and the file opens."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import orjson
import pytest

from mingle.domain.records.models import Note, Person
from mingle.store.database import Store
from mingle.store.storage import backup_path

RUNS = 30
SEED = 20250314
EXISTING_NOTES = 400

# Saves notes (and now and then an updated person) until killed; prints each note's id only
# after its future says it is on disk.
CHILD = textwrap.dedent(
    """
    import random, sys
    from mingle.domain.records.models import Note
    from mingle.store.database import Store

    store = Store(sys.argv[1])
    person = store.people.all()[0]
    rng = random.Random(int(sys.argv[2]))
    print("ready", flush=True)
    i = 0
    while True:
        i += 1
        text = f"run {sys.argv[2]} note {i} " + "x" * rng.randint(60, 200)
        note = Note(person_id=person.id, text=text)
        records = [note]
        if i % 5 == 0:
            person = person.evolve(title=f"title {sys.argv[2]}.{i}")
            records.append(person)
        store.save(*records).result()
        sys.stdout.write(note.id + "\\n")
        sys.stdout.flush()
    """
)


def seed_database(path: Path) -> str:
    rng = random.Random(SEED)
    person = Person(name="Crash Test Dummy", emails=["dummy@example.com"])
    notes = [Note(person_id=person.id, text="seed " + "y" * rng.randint(60, 200))
             for _ in range(EXISTING_NOTES)]
    with Store(path) as store:
        store.save(person, *notes).result()
    return person.id


def run_and_kill(db_path: Path, run: int, delay: float) -> tuple[list[str], str]:
    """Start a writer, kill it `delay` seconds after it opened; return the ids it confirmed."""
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db_path), str(run)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    assert child.stdout is not None and child.stderr is not None
    lines: list[str] = []
    ready = threading.Event()

    def read() -> None:
        assert child.stdout is not None
        for line in child.stdout:
            if line == "ready\n":
                ready.set()
            else:
                lines.append(line)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        if not ready.wait(timeout=30):
            child.kill()
            child.wait()
            pytest.fail(f"run {run}: the writer did not open the database:\n{child.stderr.read()}")
        time.sleep(delay)
        assert child.poll() is None, f"run {run}: the writer died:\n{child.stderr.read()}"
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    reader.join(timeout=30)
    stderr = child.stderr.read()
    child.stdout.close()
    child.stderr.close()
    # A kill can cut the last line short; only whole lines were confirmed.
    ids = [line.strip() for line in lines if line.endswith("\n")]
    return ids, stderr


def test_killed_writers_never_lose_a_confirmed_save(db_path: Path) -> None:
    rng = random.Random(SEED)
    person_id = seed_database(db_path)
    confirmed: set[str] = set()
    mid_write = 0
    started = time.monotonic()
    for run in range(RUNS):
        ids, stderr = run_and_kill(db_path, run, rng.uniform(0.05, 0.6))
        assert "Traceback" not in stderr, stderr
        confirmed.update(ids)
        if list(db_path.parent.glob(".mingle.json.*.tmp")):
            mid_write += 1  # the kill landed while a temp file was being written
        tables = orjson.loads(db_path.read_bytes())  # the file always parses
        orjson.loads(backup_path(db_path).read_bytes())  # and so does its backup
        assert len(tables["notes"]) >= EXISTING_NOTES + len(confirmed)
        with Store(db_path, read_only=True) as store:
            missing = confirmed - {n.id for n in store.notes}
            assert not missing, f"run {run}: {len(missing)} confirmed notes are gone"
            person = store.people.get(person_id)
            assert person is not None and person.name == "Crash Test Dummy"
    elapsed = time.monotonic() - started
    print(f"{RUNS} kills, {len(confirmed)} confirmed saves, {mid_write} kills left a temp "
          f"file, {elapsed:.1f} s")
    assert confirmed, "no writer ever confirmed a save: the kills came too early"
    with Store(db_path) as store:  # a final writer opens cleanly and tidies up
        assert confirmed <= {n.id for n in store.notes}
    assert not list(db_path.parent.glob(".mingle.json.*.tmp"))
