"""The People search: syntax, ranking, reasons, and the index agreeing with a full scan."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mingle.domain.network.query import parse_query
from mingle.domain.network.reasons import explain, snippet
from mingle.domain.network.search import CARD, NAME, NOTES, NetworkIndex
from mingle.domain.records.models import Attendance, Event, FollowUp, Note, Person, Record

from .search_reference import reference_search

TODAY = date(2026, 3, 20)


def at(day: int) -> datetime:
    return datetime(2026, 3, day, 20, 0).astimezone()


def network() -> tuple[list[Record], dict[str, Person]]:
    march = Event(name="March Meetup", date=date(2026, 3, 5))
    april = Event(name="Ceramics Night", date=date(2026, 3, 19))
    kwame = Person(name="Kwame Asante", company="Clayworks", needs=["a designer"])
    nunez = Person(name="José Ñúñez", tags=["ceramics"], offers=["SEO intros"])
    kiln = Person(name="Kilner Ross", title="Potter")
    quiet = Person(name="Quiet Quinn", emails=["quinn@example.com"], phones=["+49 30 1234567"])
    records: list[Record] = [
        march, april, kwame, nunez, kiln, quiet,
        Attendance(event_id=march.id, person_id=kwame.id, met_at=at(5)),
        Attendance(event_id=april.id, person_id=nunez.id),
        Attendance(event_id=march.id, person_id=quiet.id),
        Note(person_id=kwame.id, event_id=march.id, created=at(5),
             text="Looking at a new lease for his studio; wants a second kiln."),
        Note(person_id=nunez.id, event_id=april.id, created=at(19), text="Fires a wood kiln."),
        Note(person_id=quiet.id, created=datetime(2026, 1, 2, 9).astimezone(), text="hello"),
        FollowUp(person_id=kwame.id, event_id=march.id, action="Send the lease contact",
                 due=date(2026, 3, 8), created=at(5)),
        FollowUp(person_id=nunez.id, action="Done already", done_at=at(19),
                 created=at(19)),
    ]
    names = {"kwame": kwame, "nunez": nunez, "kiln": kiln, "quiet": quiet}
    return records, names


def found(index: NetworkIndex, text: str) -> list[str]:
    return index.search(parse_query(text), TODAY).ids


def test_prefix_accent_blind_all_words_required():
    records, p = network()
    index = NetworkIndex()
    index.add_all(records)
    assert found(index, "kil") == [p["kiln"].id, p["nunez"].id, p["kwame"].id]
    assert found(index, "NUNEZ") == [p["nunez"].id]
    assert found(index, "jose") == [p["nunez"].id]
    assert found(index, "lease kiln") == [p["kwame"].id]
    assert found(index, "lease nothing") == []
    assert found(index, "kilns") == found(index, "kiln")  # a plural finds the singular


def test_filters_and_combinations():
    records, p = network()
    index = NetworkIndex()
    index.add_all(records)
    assert found(index, "#ceram") == [p["nunez"].id]
    assert found(index, "needs:designers") == [p["kwame"].id]
    assert found(index, "offers:seo") == [p["nunez"].id]
    assert set(found(index, "at:march")) == {p["kwame"].id, p["quiet"].id}
    assert found(index, "at:march kiln") == [p["kwame"].id]
    assert found(index, "owed") == [p["kwame"].id]
    assert found(index, "owed at:ceramics") == []
    assert found(index, "quiet:30d") == [p["quiet"].id]
    assert found(index, "quiet:1w") == [p["kwame"].id, p["quiet"].id]
    assert found(index, "march") == [p["kwame"].id, p["quiet"].id]  # by the event's name
    assert parse_query("quiet:soon").problems


def test_ranking_name_then_card_then_notes_then_recent():
    records, p = network()
    index = NetworkIndex()
    index.add_all(records)
    results = index.search(parse_query("kil"), TODAY)
    # Kilner by name; Ñúñez (noted 19 March) before Kwame (5 March): both by notes.
    assert results.tiers == [NAME, NOTES, NOTES]
    assert found(index, "clay") == [p["kwame"].id]
    assert index.search(parse_query("clay"), TODAY).tiers == [CARD]
    everyone = found(index, "")
    assert everyone[:3] == [p["nunez"].id, p["kwame"].id, p["quiet"].id]
    assert everyone[3] == p["kiln"].id  # never in touch: last


def test_reasons_name_the_field_or_mark_the_note():
    records, p = network()
    index = NetworkIndex()
    index.add_all(records)
    kwame = p["kwame"]
    notes = [r for r in records if isinstance(r, Note) and r.person_id == kwame.id]
    events = [r for r in records if isinstance(r, Event) and r.name == "March Meetup"]
    opened = [r for r in records if isinstance(r, FollowUp) and r.person_id == kwame.id]
    reasons = explain(parse_query("kwa kiln owed"), kwame, notes, events, opened,
                      index.last_contact(kwame.id), TODAY)
    assert reasons[0].plain() == "name: [Kwame] Asante"
    assert reasons[1].label == "note, March Meetup"
    assert "second [kiln]" in reasons[1].plain()
    assert reasons[2].plain() == "owes: Send the lease contact · due 2026-03-08"


def test_snippet_cuts_around_the_match_and_keeps_spans_on_the_words():
    text = "word " * 30 + "the Café [bold]kiln[/bold] is here " + "tail " * 30
    cut = snippet(text, ["kiln", "cafe"])
    assert cut.text.startswith("…") and cut.text.endswith("…")
    assert [cut.text[a:b] for a, b in cut.spans] == ["Café", "kiln"]
    assert "[bold]kiln[/bold]" in cut.text


def test_updates_are_incremental():
    records, p = network()
    index = NetworkIndex()
    index.add_all(records)
    note = Note(person_id=p["kiln"].id, text="Talked about a lease in Leith")
    index.update(None, note)
    assert set(found(index, "leith")) == {p["kiln"].id}
    edited = note.evolve(text="Talked about glazes")
    index.update(note, edited)
    assert found(index, "leith") == [] and found(index, "glaze") == [p["kiln"].id]
    renamed = p["kwame"].evolve(name="Kofi Asante")
    index.update(p["kwame"], renamed)
    assert found(index, "kwame") == [] and found(index, "kofi") == [p["kwame"].id]
    index.update(renamed, None)
    assert p["kwame"].id not in found(index, "lease")
    assert index.memory_bytes() > 0


# -- the index agrees with the full scan, for random networks, edits and queries ------------

WORDS = ["kiln", "Kilns", "lease", "Léase", "designer", "designers", "golf", "march", "meetup",
         "agencies", "agency",
         "seo", "café", "cafe", "a"]
NAMES = ["Ñúñez", "nunez", "Ann", "Anna", "o'brien", "Ørsted", "Kwame"]


def prefix_of(word_list: list[str]) -> st.SearchStrategy[str]:
    return st.sampled_from(word_list).flatmap(
        lambda w: st.integers(1, len(w)).map(lambda n: w[:n]))


text = st.lists(st.sampled_from(WORDS), min_size=0, max_size=4).map(" ".join)
name = st.lists(st.sampled_from(NAMES), min_size=1, max_size=2).map(" ".join)
phrases = st.lists(text.filter(bool), max_size=2)
when = st.integers(0, 90).map(lambda d: datetime(2026, 1, 1, 12).astimezone()
                              + timedelta(days=d))


@st.composite
def edits(draw) -> list[tuple[Record | None, Record | None]]:
    """A random history of additions, replacements and removals, as (old, new) pairs."""
    people = [Person(name=draw(name)) for _ in range(draw(st.integers(1, 5)))]
    events = [Event(name=draw(text) or "e") for _ in range(draw(st.integers(0, 3)))]
    live: dict[str, Record] = {}
    history: list[tuple[Record | None, Record | None]] = []

    def put(record: Record) -> None:
        history.append((live.get(record.id), record))
        live[record.id] = record

    for record in (*people, *events):
        put(record)
    for _ in range(draw(st.integers(0, 25))):
        kind = draw(st.sampled_from(["note", "person", "attend", "follow", "event", "drop",
                                     "edit"]))
        person = draw(st.sampled_from(people))
        if kind == "note":
            put(Note(person_id=person.id, text=draw(text) or "n", created=draw(when)))
        elif kind == "person" and person.id in live:
            put(live[person.id].evolve(   # type: ignore[call-arg]
                name=draw(name), company=draw(text), tags=draw(phrases),
                needs=draw(phrases), offers=draw(phrases)))
        elif kind == "attend" and events:
            event = draw(st.sampled_from(events))
            put(Attendance(event_id=event.id, person_id=person.id,
                           met_at=draw(st.none() | when)))
        elif kind == "follow":
            put(FollowUp(person_id=person.id, action="call", created=draw(when),
                         done_at=draw(st.none() | when)))
        elif kind == "event" and events:
            event = draw(st.sampled_from(events))
            if event.id in live:
                put(live[event.id].evolve(name=draw(text) or "e"))  # type: ignore[call-arg]
        elif kind in ("drop", "edit") and live:
            record = draw(st.sampled_from(list(live.values())))
            if kind == "drop":
                history.append((record, None))
                del live[record.id]
            elif isinstance(record, Note):
                put(record.evolve(text=draw(text) or "n"))
            elif isinstance(record, FollowUp):
                put(record.evolve(done_at=None if record.done_at else draw(when)))
    return history


@st.composite
def queries(draw) -> str:
    parts = draw(st.lists(prefix_of(WORDS + NAMES), max_size=2))
    for form in draw(st.lists(st.sampled_from(["#", "needs:", "offers:", "at:"]), max_size=1)):
        parts.append(form + draw(prefix_of(WORDS)))
    if draw(st.integers(0, 3)) == 0:
        parts.append("owed")
    if draw(st.integers(0, 3)) == 0:
        parts.append(f"quiet:{draw(st.integers(0, 120))}d")
    return " ".join(draw(st.permutations(parts)))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(history=edits(), typed=st.lists(queries(), min_size=1, max_size=4))
def test_index_finds_the_same_people_as_a_full_scan(history, typed):
    index = NetworkIndex()
    live: dict[str, Record] = {}
    for old, new in history:
        index.update(old, new)
        if new is None:
            live.pop(old.id)
        else:
            live[new.id] = new
    today = date(2026, 4, 1)
    for text_typed in typed:
        query = parse_query(text_typed)
        results = index.search(query, today)
        assert len(results.ids) == len(set(results.ids))
        assert set(results.ids) == reference_search(live.values(), query, today), text_typed
        assert results.tiers == sorted(results.tiers)
        # An index of only the words this query needs (the command line's) ranks the same.
        pruned = NetworkIndex(only=(*query.words, *query.tags, *query.needs, *query.offers,
                                    *query.at))
        for old, new in history:
            pruned.update(old, new)
        assert pruned.search(query, today) == results


@given(st.text(max_size=40))
def test_any_typed_text_parses(typed):
    query = parse_query(typed)
    assert all(w for w in query.words)
