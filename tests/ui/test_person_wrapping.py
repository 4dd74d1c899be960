"""Long notes on the person page wrap under their own indent, at any width."""

from __future__ import annotations

from mingle.domain.records.models import Note, Person
from mingle.store.database import Store
from mingle.ui.screens.person import PersonScreen
from tests.ui.screen_text import screen_lines
from tests.ui.waiting import wait_for_screen, wait_until

LONG = ("Runs a ceramics studio by the river, wants a kiln technician for two days a week, "
        "and asked whether anyone at the meetup knows a good bookkeeper for small shops")


async def test_wrapped_note_lines_keep_their_indent(store_path, run_app):
    with Store(store_path) as store:
        ann = Person(name="Ann Lee")
        store.save(ann, Note(person_id=ann.id, text=LONG)).result()
        for size in ((80, 24), (160, 48)):
            async with run_app(store, size=size) as (app, pilot):
                app.open_person(ann.id)
                await wait_for_screen(pilot, PersonScreen)
                await wait_until(pilot, lambda app=app: any(
                    "Runs a ceramics" in line for line in screen_lines(app)), "the note")
                lines = screen_lines(app)
                start = next(i for i, line in enumerate(lines) if "Runs a ceramics" in line)
                note = []
                for line in lines[start:]:
                    if not line.strip():
                        break
                    note.append(line)
                assert len(note) >= (2 if size[0] == 80 else 1)
                assert all(line.startswith("  ") and line[2] != " " for line in note), note
                assert " ".join(line.strip() for line in note) == LONG
