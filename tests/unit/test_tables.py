"""The database file's layout: checked without parsing, tables parsed on first use."""

from __future__ import annotations

import json
from pathlib import Path

import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st
from tinydb import TinyDB
from tinydb.storages import JSONStorage

from mingle.domain.records.models import Event, Note, Person
from mingle.store.database import Store
from mingle.store.errors import CorruptDatabaseError
from mingle.store.tables import (
    HEADER,
    LazyTables,
    OnDisk,
    _parse_table,
    decode,
    encode,
)


def make_db(path: Path) -> tuple[Person, Note]:
    with Store(path) as store:
        person = Person(name="Åsa Lindqvist", emails=["asa@x.example"])
        note = Note(person_id=person.id, text="rides bikes, needs: a designer")
        store.save(Event(name="Meetup"), person, note).result()
    return person, note


def test_encode_decode_round_trip_and_plain_json() -> None:
    tables = {"people": orjson.dumps({"1": {"id": "a", "name": "Zoë"}}), "notes": b"{}"}
    raw = b"".join(encode(tables))
    views, sums = decode(raw)
    assert {n: bytes(v) for n, v in views.items()} == tables
    assert sums["notes"][0] == 2
    parsed = json.loads(raw)  # any JSON reader understands the file
    assert parsed["people"]["1"]["name"] == "Zoë" and parsed["notes"] == {}
    assert HEADER in parsed


def test_stock_tinydb_reads_a_mingle_file(db_path: Path) -> None:
    person, _ = make_db(db_path)
    with TinyDB(db_path, storage=JSONStorage, access_mode="r") as db:
        assert [d["name"] for d in db.table("people").all()] == [person.name]


@pytest.mark.parametrize("damage", ["flip", "cut", "reformat"])
def test_a_changed_file_is_parsed_whole(db_path: Path, damage: str) -> None:
    person, note = make_db(db_path)
    raw = db_path.read_bytes()
    if damage == "flip":  # still valid JSON, but no longer what mingle wrote: read it whole
        changed = raw.replace(b"rides bikes", b"rides BIKES")
        assert decode(changed) is None
        db_path.write_bytes(changed)
        with Store(db_path, read_only=True) as store:
            assert store.notes.get(note.id).text.startswith("rides BIKES")
    elif damage == "cut":
        db_path.write_bytes(raw[: len(raw) * 2 // 3])
        with pytest.raises(CorruptDatabaseError, match="truncated"):
            Store(db_path)
    else:  # a JSON tool rewrote it on one line
        db_path.write_bytes(orjson.dumps(orjson.loads(raw)))
        with Store(db_path) as store:
            assert store.people.get(person.id).name == person.name
            store.save(person.evolve(title="Potter")).result()
        assert decode(db_path.read_bytes()) is not None  # written back in mingle's layout


def test_tables_are_parsed_on_first_use_and_only_changed_ones_rewritten(db_path: Path) -> None:
    person, note = make_db(db_path)
    notes_bytes = bytes(decode(db_path.read_bytes())[0]["notes"])
    with Store(db_path) as store:
        tables = store._storage.read()
        assert isinstance(tables, LazyTables)
        assert not tables.is_parsed("notes") and not tables.is_parsed("people")
        assert store.people.get(person.id).name == person.name
        assert tables.is_parsed("people") and not tables.is_parsed("notes")
        store.save(person.evolve(title="Potter")).result()
        assert not tables.is_parsed("notes")
    after = decode(db_path.read_bytes())[0]
    assert bytes(after["notes"]) == notes_bytes  # copied, never parsed or serialised again
    assert orjson.loads(after["people"])["1"]["title"] == "Potter"
    with Store(db_path, read_only=True) as store:
        assert store.notes.get(note.id).text == note.text


def test_the_bytes_of_the_tables_stay_in_the_file(db_path: Path) -> None:
    person, note = make_db(db_path)
    with Store(db_path) as store:
        tables = store._storage.read()
        assert isinstance(tables._raw["notes"], OnDisk)  # not held in memory
        assert store.people.get(person.id).name == person.name
        assert isinstance(tables._clean["people"], OnDisk)  # parsed, its bytes left in the file
        store.save(person.evolve(title="Potter")).result()  # the file is replaced
        store.save(person.evolve(title="Baker")).result()  # and replaced again
        assert store.notes.get(note.id).text == note.text  # read from the file as opened
        later = Note(person_id=person.id, text="second note")
        store.save(later).result()
    with Store(db_path, read_only=True) as store:
        assert {n.text for n in store.notes} == {note.text, "second note"}
        assert store.people.get(person.id).title == "Baker"


def test_damage_in_a_table_left_in_the_file_is_found_at_open(db_path: Path) -> None:
    make_db(db_path)
    raw = db_path.read_bytes()
    at = raw.index(b"rides bikes")
    db_path.write_bytes(raw[:at] + b"R" + raw[at + 1:])  # same length, another checksum
    with Store(db_path) as store:  # read whole: still valid JSON, so it opens
        assert not isinstance(store._storage.read()._raw.get("notes"), OnDisk)
        assert [n.text for n in store.notes] == ["Rides bikes, needs: a designer"]
    db_path.write_bytes(raw[:at] + b"\x00" + raw[at + 1:])  # not JSON any more
    with pytest.raises(CorruptDatabaseError):
        Store(db_path)


def test_a_file_written_in_place_while_open_changes_nothing_read(db_path: Path) -> None:
    # `cp other.json mingle.json` while mingle runs writes into the same file: the tables
    # mingle left unread are read from its own copy, never from what another program wrote.
    _, note = make_db(db_path)
    other = db_path.parent / "other.json"
    make_db(other)
    store = Store(db_path)
    try:
        raw = db_path.read_bytes()
        with db_path.open("r+b") as handle:  # written in place, as no save of mingle ever does
            handle.seek(raw.index(b"rides bikes"))
            handle.write(b"R")
        db_path.write_bytes(other.read_bytes())  # and then over it, whole
        assert [n.id for n in store.notes] == [note.id]
        assert [n.text for n in store.notes] == [note.text]
        store.save(Note(person_id=note.person_id, text="second")).result()
    finally:
        store.close()
    with Store(db_path, read_only=True) as again:
        assert sorted(n.text for n in again.notes) == sorted([note.text, "second"])
    assert [p.name for p in db_path.parent.iterdir() if p.name.endswith(".open")] == []


def test_the_private_copy_falls_back_to_reading_the_file_whole(db_path: Path,
                                                               monkeypatch) -> None:
    # No room (or no right) for the copy: the file is read whole, as before, and works.
    _, note = make_db(db_path)

    def refuse(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("mingle.store.storage._copy_bytes", refuse)
    with Store(db_path) as store:
        assert [n.text for n in store.notes] == [note.text]
    assert [p.name for p in db_path.parent.iterdir() if p.name.endswith(".open")] == []


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**64 - 1)
    | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20)


@given(st.dictionaries(st.text(alphabet="0123456789", min_size=1), json_values, max_size=5))
def test_tables_are_read_as_orjson_reads_them(table: dict) -> None:
    data = orjson.dumps(table)
    parsed = _parse_table(data)
    assert parsed == orjson.loads(data)
    assert orjson.dumps(parsed) == data  # written back byte for byte
