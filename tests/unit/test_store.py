"""The Store: durable saves, reopening, indexes, validation, permissions, lock, read-only."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import textwrap
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import orjson
import pytest

from mingle.domain.records.models import (
    Attendance,
    AttendanceStatus,
    Consent,
    Event,
    FollowUp,
    Goals,
    Intro,
    IntroState,
    MyCard,
    Note,
    Person,
    QueueState,
    Record,
    Role,
    ValidationError,
)
from mingle.store import DatabaseLockedError, ReadOnlyError, StoreError, migrations
from mingle.store.database import Store
from mingle.store.lock import lock_path
from mingle.store.storage import backup_path

T0 = datetime(2025, 3, 14, 18, 30, tzinfo=timezone(timedelta(hours=1)))


def sample_records() -> dict[str, Record]:
    """One record of each stored type, linked to each other, with non-ASCII text."""
    event = Event(name="Fintech Meetup März", date=date(2025, 3, 14), venue="Café Ørsted",
                  role=Role.HOST, goals=Goals(targets=["CTOs"], offers=["SEO"], needs=["design"]),
                  started=T0)
    ann = Person(name="Åsa Ñúñez", company="東京 Labs", emails=["asa@example.com"],
                 phones=["+1 (555) 010-2030"], tags=["cycling"], needs=["designers"],
                 offers=["seed funding"], consent=Consent(intro_ok=False), extra={"Q": "🚲"})
    bob = Person(name="Łukasz Ørsted", emails=["lukasz@example.com"])
    return {
        "event": event,
        "ann": ann,
        "bob": bob,
        "attendance": Attendance(event_id=event.id, person_id=ann.id,
                                 status=AttendanceStatus.PRESENT, checked_in_at=T0,
                                 starred=True, queue=QueueState.TALKING, talk_seconds=42),
        "note": Note(person_id=ann.id, event_id=event.id, text="Rides bikes 🚲\nNeeds a designer",
                     tags=["cycling"], rating=5),
        "followup": FollowUp(person_id=ann.id, event_id=event.id, action="Send the deck",
                             due=date(2025, 3, 17)),
        "intro": Intro(a_id=ann.id, b_id=bob.id, event_id=event.id,
                       reason="she needs SEO").moved_to(IntroState.ASKED_A),
    }


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def raw_tables(path: Path) -> dict:
    return orjson.loads(path.read_bytes())


def test_a_new_store_creates_the_file_and_its_folder(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "mingle.json"
    with Store(path) as store:
        assert store.counts() == {"events": 0, "people": 0, "attendance": 0, "notes": 0,
                                  "followups": 0, "intros": 0, "me": 0}
        assert store.schema_version == migrations.SCHEMA_VERSION
    assert path.is_file()
    assert mode_of(path.parent) & 0o077 == 0
    assert migrations.schema_version(raw_tables(path)) == migrations.SCHEMA_VERSION


def test_records_of_every_type_survive_close_and_reopen(db_path: Path) -> None:
    records = sample_records()
    card = MyCard(name="Me Myself", email="me@example.org", pitch="I build apps",
                  goals=Goals(needs=["designers"]))
    with Store(db_path) as store:
        store.save(*records.values()).result()
        store.save(card).result()
        store.set_setting("current_event", records["event"].id).result()
        store.set_setting("filters", {"present_only": True, "tags": ["cycling"]}).result()
    with Store(db_path) as store:
        assert store.events.get(records["event"].id) == records["event"]
        assert store.people.get(records["ann"].id) == records["ann"]
        assert store.people.get(records["bob"].id) == records["bob"]
        assert store.attendance.all() == [records["attendance"]]
        assert store.notes.all() == [records["note"]]
        assert store.followups.all() == [records["followup"]]
        assert store.intros.all() == [records["intro"]]
        assert store.me == card
        assert store.setting("current_event") == records["event"].id
        assert store.setting("filters") == {"present_only": True, "tags": ["cycling"]}
        assert store.setting("missing", "default") == "default"
        assert store.counts()["people"] == 2


def test_me_is_an_empty_card_until_saved_and_only_one_card_is_kept(db_path: Path) -> None:
    with Store(db_path) as store:
        assert store.me.name == ""
        store.save(MyCard(name="First")).result()
        store.save(MyCard(name="Second")).result()
        assert store.me.name == "Second"
        assert len(store.counts()) == 7 and store.counts()["me"] == 1
    with Store(db_path) as store:
        assert store.me.name == "Second"
        assert store.counts()["me"] == 1
    assert len(raw_tables(db_path)["me"]) == 1


def test_updating_a_record_replaces_it_in_place(db_path: Path) -> None:
    ann = Person(name="Ann")
    with Store(db_path) as store:
        store.save(ann).result()
        store.save(ann.evolve(title="CTO")).result()
        store.save(ann.evolve(title="CEO")).result()
        assert store.people.get(ann.id).title == "CEO"
    with Store(db_path) as store:
        assert [p.title for p in store.people] == ["CEO"]
        # Update again after reopening, when the record is still a stored document.
        store.save(store.people.get(ann.id).evolve(company="Acme")).result()
    people = raw_tables(db_path)["people"]
    assert len(people) == 1
    assert next(iter(people.values()))["company"] == "Acme"


def test_settings_update_in_place(db_path: Path) -> None:
    with Store(db_path) as store:
        store.set_setting("current_event", "e1")
        store.set_setting("current_event", "e2").result()
    with Store(db_path) as store:
        assert store.setting("current_event") == "e2"
        store.set_setting("current_event", "e3").result()
    meta = raw_tables(db_path)[migrations.META_TABLE].values()
    assert [d["value"] for d in meta if d.get("key") == "current_event"] == ["e3"]


def test_delete_persists(db_path: Path) -> None:
    records = sample_records()
    with Store(db_path) as store:
        store.save(*records.values()).result()
        store.delete(records["note"], records["bob"]).result()
        assert records["note"].id not in store.notes
        assert store.people.get(records["bob"].id) is None
    with Store(db_path) as store:
        assert store.notes.all() == []
        assert [p.id for p in store.people] == [records["ann"].id]
        # Delete after reopening, then save the record back: it returns.
        store.delete(records["ann"]).result()
        assert len(store.people) == 0
        store.save(records["bob"]).result()
    with Store(db_path) as store:
        assert [p.id for p in store.people] == [records["bob"].id]


def test_deleting_something_never_saved_is_harmless(db_path: Path) -> None:
    with Store(db_path) as store:
        store.save(Person(name="Ann")).result()
        store.delete(Person(name="Ghost")).result()
    with Store(db_path) as store:
        assert [p.name for p in store.people] == ["Ann"]


def test_where_index_follows_updates_of_the_indexed_field(db_path: Path) -> None:
    e1, e2 = Event(name="One"), Event(name="Two")
    note = Note(person_id="p1", event_id=e1.id, text="hello")
    other = Note(person_id="p2", event_id=e1.id, text="world")
    with Store(db_path) as store:
        store.save(e1, e2, note, other)
        assert {n.id for n in store.notes.where("event_id", e1.id)} == {note.id, other.id}
        moved = note.evolve(event_id=e2.id, person_id="p3")
        store.save(moved)
        assert [n.id for n in store.notes.where("event_id", e1.id)] == [other.id]
        assert store.notes.where("event_id", e2.id) == [moved]
        assert store.notes.where("person_id", "p1") == []
        assert store.notes.where("person_id", "p3") == [moved]
        store.flush()
    with Store(db_path) as store:
        # After reopening the records are stored documents until asked for.
        assert [n.id for n in store.notes.where("event_id", e2.id)] == [note.id]
        back = store.notes.get(note.id).evolve(event_id=e1.id)
        notes = store.notes  # `other` is still a stored document in this session
        store.save(back, other.evolve(event_id=None))
        assert notes.where("event_id", e2.id) == []
        assert [n.id for n in notes.where("event_id", e1.id)] == [note.id]
        assert [n.id for n in notes.where("event_id", None)] == [other.id]
        store.delete(back)
        assert notes.where("event_id", e1.id) == []
        assert notes.where("person_id", "p3") == []


def test_where_on_attendance_and_intros(db_path: Path) -> None:
    records = sample_records()
    with Store(db_path) as store:
        store.save(*records.values()).result()
    with Store(db_path) as store:
        event_id, ann_id, bob_id = (records[k].id for k in ("event", "ann", "bob"))
        assert store.attendance.where("event_id", event_id) == [records["attendance"]]
        assert store.attendance.where("person_id", ann_id) == [records["attendance"]]
        assert store.intros.where("a_id", ann_id) == [records["intro"]]
        assert store.intros.where("b_id", bob_id) == [records["intro"]]
        assert store.followups.where("person_id", bob_id) == []


def test_saving_an_invalid_record_changes_nothing(db_path: Path) -> None:
    ann = Person(name="Ann")
    with Store(db_path) as store:
        store.save(ann).result()
        before = db_path.read_bytes()
        good = Person(name="Good")
        bad = Person(name="Bad", emails=["not-an-email"])
        with pytest.raises(ValidationError, match="not-an-email"):
            store.save(good, bad)
        with pytest.raises(ValidationError):
            store.save(ann.evolve(name="", emails=[]))
        with pytest.raises(ValidationError):
            store.save(Note(person_id=ann.id, text=""))
        assert [p.name for p in store.people] == ["Ann"]
        assert len(store.notes) == 0
        store.flush()
        assert db_path.read_bytes() == before
    assert db_path.read_bytes() == before


def test_files_are_private_and_the_backup_holds_the_previous_version(db_path: Path) -> None:
    old_umask = os.umask(0)  # even with a permissive umask
    try:
        with Store(db_path) as store:
            store.save(Person(name="Ann")).result()
            first = db_path.read_bytes()
            store.save(Person(name="Bob")).result()
            second = db_path.read_bytes()
            assert backup_path(db_path).read_bytes() == first
            store.save(Person(name="Cy")).result()
            assert backup_path(db_path).read_bytes() == second
            for path in (db_path, backup_path(db_path), lock_path(db_path)):
                assert mode_of(path) == 0o600, path
    finally:
        os.umask(old_umask)
    for path in (db_path, backup_path(db_path), lock_path(db_path)):
        assert mode_of(path) == 0o600, path
    assert json.loads(backup_path(db_path).read_text("utf-8"))["people"]


def test_file_is_utf8_json_with_names_as_typed(db_path: Path) -> None:
    names = ["Åsa Ñúñez", "Łukasz Ørsted", "東京の田中さん", "محمد", "👩🏽‍💻 Zoë"]
    with Store(db_path) as store:
        store.save(*(Person(name=n) for n in names)).result()
    raw = db_path.read_bytes()
    text = raw.decode("utf-8")  # raises when not UTF-8
    data = json.loads(text)
    assert sorted(d["name"] for d in data["people"].values()) == sorted(names)
    assert "Åsa Ñúñez".encode() in raw
    with Store(db_path, read_only=True) as store:
        assert sorted(p.name for p in store.people) == sorted(names)


def test_flush_waits_for_every_queued_write(db_path: Path) -> None:
    with Store(db_path) as store:
        ann = Person(name="Ann")
        store.save(ann)
        notes = [Note(person_id=ann.id, text=f"note {i}") for i in range(200)]
        futures = [store.save(n) for n in notes]
        store.flush(timeout=30)
        assert all(f.done() for f in futures)
        on_disk = raw_tables(db_path)
        assert {d["id"] for d in on_disk["notes"].values()} == {n.id for n in notes}


def test_close_writes_what_is_queued(db_path: Path) -> None:
    store = Store(db_path)
    notes = [Note(person_id="p", text=f"n{i}") for i in range(50)]
    for n in notes:
        store.save(n)
    store.close()
    assert len(raw_tables(db_path)["notes"]) == 50


def test_save_returns_before_the_disk_and_memory_is_updated_at_once(db_path: Path) -> None:
    with Store(db_path) as store:
        ann = Person(name="Ann")
        future = store.save(ann)
        assert store.people.get(ann.id) == ann
        future.result(timeout=30)
        assert future.exception() is None


# -- read-only and the writer lock --------------------------------------------------------


def test_read_only_opens_beside_a_writer_and_sees_flushed_data(db_path: Path) -> None:
    with Store(db_path) as writer:
        ann = Person(name="Ann")
        writer.save(ann).result()
        with Store(db_path, read_only=True) as reader:
            assert reader.people.get(ann.id) == ann
            with pytest.raises(ReadOnlyError, match=str(db_path)):
                reader.save(Person(name="Bob"))
            with pytest.raises(ReadOnlyError):
                reader.delete(ann)
            with pytest.raises(ReadOnlyError):
                reader.set_setting("x", 1)
            assert len(reader.people) == 1
            reader.flush()  # nothing to wait for
        writer.save(Person(name="Bob")).result()
    assert len(raw_tables(db_path)["people"]) == 2


def test_read_only_needs_an_existing_file(db_path: Path) -> None:
    with pytest.raises(StoreError, match="no database"):
        Store(db_path, read_only=True)
    assert not db_path.exists()
    assert not db_path.parent.joinpath(db_path.name + ".lock").exists()


def test_read_only_does_not_touch_the_folder(db_path: Path) -> None:
    with Store(db_path) as store:
        store.save(Person(name="Ann")).result()
    lock_path(db_path).unlink()
    before = {p.name: p.read_bytes() for p in db_path.parent.iterdir()}
    with Store(db_path, read_only=True) as reader:
        assert len(reader.people) == 1
    assert {p.name: p.read_bytes() for p in db_path.parent.iterdir()} == before


def test_a_second_writer_in_the_same_process_is_refused(db_path: Path) -> None:
    with Store(db_path) as store:
        store.save(Person(name="Ann")).result()
        before = db_path.read_bytes()
        with pytest.raises(DatabaseLockedError) as caught:
            Store(db_path)
        assert str(db_path) in str(caught.value)
        assert isinstance(caught.value, StoreError)
        # The refused store changed nothing and the first one still writes.
        assert db_path.read_bytes() == before
        store.save(Person(name="Bob")).result()
    with Store(db_path) as again:  # the lock is free after close
        assert len(again.people) == 2


OPEN_IN_CHILD = textwrap.dedent(
    """
    import sys
    from mingle.store import DatabaseLockedError
    from mingle.store.database import Store
    try:
        store = Store(sys.argv[1])
    except DatabaseLockedError as exc:
        print("LOCKED:" + str(exc).replace("\\n", " "), flush=True)
        raise SystemExit(3)
    print("OPENED", len(store.people), flush=True)
    if len(sys.argv) > 2:  # hold the lock until told to stop
        sys.stdin.readline()
    store.close()
    """
)


def run_child(db_path: Path, *extra: str, **kwargs) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", OPEN_IN_CHILD, str(db_path), *extra],
                          capture_output=True, text=True, timeout=60, **kwargs)


def test_a_second_writer_in_another_process_is_refused(db_path: Path) -> None:
    with Store(db_path) as store:
        store.save(Person(name="Ann")).result()
        before = db_path.read_bytes()
        result = run_child(db_path)
        assert result.returncode == 3, result.stderr
        assert result.stdout.startswith("LOCKED:")
        assert str(db_path) in result.stdout
        assert db_path.read_bytes() == before
    result = run_child(db_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["OPENED", "1"]


def test_a_writer_in_another_process_blocks_this_one_until_it_exits(db_path: Path) -> None:
    with Store(db_path) as store:
        store.save(Person(name="Ann")).result()
    child = subprocess.Popen([sys.executable, "-c", OPEN_IN_CHILD, str(db_path), "hold"],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None and child.stdin is not None
        assert child.stdout.readline().split() == ["OPENED", "1"]
        with pytest.raises(DatabaseLockedError, match=str(db_path)):
            Store(db_path)
        with Store(db_path, read_only=True) as reader:  # reading still works
            assert len(reader.people) == 1
        child.stdin.write("\n")
        child.stdin.flush()
        assert child.wait(timeout=60) == 0
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    with Store(db_path) as store:
        assert len(store.people) == 1


def test_lock_of_a_killed_process_is_released(db_path: Path) -> None:
    with Store(db_path):
        pass
    child = subprocess.Popen([sys.executable, "-c", OPEN_IN_CHILD, str(db_path), "hold"],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        assert child.stdout.readline().startswith("OPENED")
    finally:
        child.kill()
        child.wait()
    with Store(db_path) as store:
        assert store.schema_version == migrations.SCHEMA_VERSION


def test_stale_temp_files_are_removed_on_open(db_path: Path) -> None:
    with Store(db_path) as store:
        store.save(Person(name="Ann")).result()
    folder = db_path.parent
    stale = [folder / ".mingle.json.12345.tmp", folder / ".mingle.json.bak.12345.tmp"]
    keep = [folder / ".other.json.12345.tmp", folder / "notes.txt", folder / "mingle.json.tmp"]
    for path in stale + keep:
        path.write_bytes(b'{"half": ')
    with Store(db_path, read_only=True):
        assert all(p.exists() for p in stale)  # a reader never deletes anything
    with Store(db_path) as store:
        assert [p.name for p in store.people] == ["Ann"]
        assert not any(p.exists() for p in stale)
        assert all(p.exists() for p in keep)


def test_no_temp_files_are_left_after_saves(db_path: Path) -> None:
    with Store(db_path) as store:
        for i in range(5):
            store.save(Person(name=f"P{i}")).result()
    names = sorted(p.name for p in db_path.parent.iterdir())
    assert names == ["mingle.json", "mingle.json.bak", "mingle.json.lock"]


def test_store_accepts_str_and_user_relative_paths(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    with Store("~/data/mingle.json") as store:
        assert store.path == tmp_path / "data" / "mingle.json"
        store.save(Person(name="Ann")).result()
    assert (tmp_path / "data" / "mingle.json").is_file()
