"""The undo log: several levels, each putting records back exactly as they were."""

from __future__ import annotations

from mingle.domain.records.models import Note, Person
from mingle.store.database import Store
from mingle.store.undo import UndoLog


def test_undo_restores_changed_records_and_removes_created_ones(db_path):
    with Store(db_path) as store:
        ann = Person(name="Ann Lee", company="Kiln Co")
        store.save(ann).result()
        log = UndoLog()
        renamed = ann.evolve(company="Clay Co")
        note = Note(person_id=ann.id, text="loves kilns")
        store.save(renamed, note)
        log.record("edited Ann Lee", before=[ann], created=[note])
        store.delete(renamed)
        log.record("forgot Ann Lee", before=[renamed, note])
        assert store.people.get(ann.id) is None

        step, saved = log.undo(store)
        saved.result()
        assert step.words == "forgot Ann Lee"
        assert store.people.get(ann.id).company == "Clay Co"
        assert store.notes.get(note.id) is not None

        step, saved = log.undo(store)
        saved.result()
        assert step.words == "edited Ann Lee"
        assert store.people.get(ann.id).company == "Kiln Co"
        assert store.notes.get(note.id) is None
        assert log.undo(store) is None
    with Store(db_path) as store:  # on disk too
        assert store.people.get(ann.id).company == "Kiln Co"
        assert len(store.notes) == 0


def test_undo_keeps_only_the_last_levels():
    log = UndoLog(levels=3)
    for n in range(5):
        log.record(f"step {n}")
    assert len(log) == 3
    assert log.peek().words == "step 4"
