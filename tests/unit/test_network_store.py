"""The People search on a real store: built from a snapshot, then kept current by the store."""

from __future__ import annotations

from mingle.domain.network.query import parse_query
from mingle.domain.records.models import Event, Note, Person
from mingle.services.network import LiveIndex, build_index, index_store
from mingle.store.database import Store


def test_changes_during_the_build_are_applied_when_it_is_done(db_path):
    with Store(db_path) as store:
        ann = Person(name="Ann Lee")
        old = Note(person_id=ann.id, text="talked about kilns")
        store.save(ann, old, Event(name="March Meetup")).result()
    with Store(db_path) as store:  # records still as stored documents
        for repo in (store.people, store.notes, store.events, store.followups,
                     store.attendance):
            assert len(repo) >= 0  # taken in, as the screens shown so far have done
        live = LiveIndex(store)
        taken = live.start()
        assert live.search("kiln") is None  # not ready yet
        store.save(Note(person_id=ann.id, text="a lease in Leith"))
        store.delete(store.notes.get(old.id))
        live.finish(build_index(taken))
        assert live.search("leith").ids == [ann.id]
        assert live.search("kiln").ids == []
        bob = Person(name="Bob Kiln")
        store.save(bob)  # after: applied at once
        assert live.search("kiln").ids == [bob.id]
        store.save(bob.evolve(name="Bob Potter"))
        assert live.search("kiln").ids == []
        reasons = live.reasons(ann.id, parse_query("leith"))
        assert reasons[0].text == "a lease in Leith"
        live.stop()
        store.delete(store.people.get(ann.id))
        assert live.search("ann").ids == [ann.id]  # no longer watching


def test_read_only_index_of_a_store(db_path):
    with Store(db_path) as store:
        store.save(Person(name="Zoë Ørsted", needs=["designer"])).result()
    with Store(db_path, read_only=True) as store:
        index = index_store(store)
        assert len(index.search(parse_query("zoe needs:design")).ids) == 1


def test_a_change_to_a_table_the_build_read_itself_means_building_again(db_path):
    with Store(db_path) as store:
        ann = Person(name="Ann Lee")
        store.save(ann, Note(person_id=ann.id, text="kiln")).result()
    with Store(db_path) as store:
        live = LiveIndex(store)
        taken = live.start()  # nothing read yet: the build parses the file itself
        store.save(Note(person_id=ann.id, text="glaze")).result()  # may be in what it reads
        assert live.finish(build_index(taken)) is False
        assert live.search("kiln") is None
        live.finish(build_index(live.start()))  # now from the records held
        assert live.search("glaze").ids == [ann.id] and live.search("kiln").ids == [ann.id]
        assert len(live.index.search(parse_query("glaze")).ids) == 1
