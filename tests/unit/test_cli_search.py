"""`mingle search` as a user runs it: a real process, while the app holds the database."""

from __future__ import annotations

import json

from mingle.domain.records.models import Attendance, Event, Note, Person
from mingle.store.database import Store

from .test_cli import assert_clean_error, run


def test_search_prints_reasons_and_json_while_the_database_is_open(tmp_path):
    db = tmp_path / "m.json"
    with Store(db) as store:  # stays open (locked for writing) while the command runs
        march = Event(name="March Meetup")
        kwame = Person(name="Kwame Asante", company="Clayworks")
        zoe = Person(name="Zoë Ørsted", needs=["a designer"])
        store.save(march, kwame, zoe, Attendance(event_id=march.id, person_id=kwame.id),
                   Note(person_id=kwame.id, event_id=march.id,
                        text="Looking at a lease; wants a second kiln.")).result()
        result = run("search", "--db", str(db), "kil", tmp=tmp_path)
        assert result.returncode == 0, result.stderr
        assert result.stdout.splitlines() == [
            "Kwame Asante (Clayworks) — note, March Meetup: Looking at a lease; wants a second "
            "[kiln]."]
        result = run("search", "--db", str(db), "zoe", "needs:design", "--json", tmp=tmp_path)
        found = json.loads(result.stdout)
        assert [p["name"] for p in found] == ["Zoë Ørsted"]
        assert found[0]["reasons"][0] == {"field": "name", "text": "Zoë Ørsted",
                                          "spans": [[0, 3]]}
        result = run("search", "--db", str(db), "nobody", tmp=tmp_path)
        assert result.returncode == 1 and result.stdout == ""
        assert "nobody matches" in result.stderr
        assert_clean_error(run("search", "--db", str(db), "quiet:soon", tmp=tmp_path))
    assert_clean_error(run("search", "--db", str(tmp_path / "none.json"), "x", tmp=tmp_path))
