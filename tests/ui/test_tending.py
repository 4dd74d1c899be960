"""Tending on the person page: notes, follow-ups, consent, merge and forget, each undone."""

from __future__ import annotations

from mingle.domain.records.models import Attendance, Event, FollowUp, Intro, Note, Person
from mingle.store.database import Store
from mingle.ui.screens.form import FormScreen
from mingle.ui.screens.people import PeopleScreen
from mingle.ui.screens.person import PersonScreen
from mingle.ui.screens.tending_dialogs import ConfirmScreen, PickScreen
from tests.ui.screen_text import screen_text
from tests.ui.waiting import wait_for_screen, wait_until


def network(store: Store) -> dict[str, object]:
    march = Event(name="March Meetup")
    ann = Person(name="Ann Lee", emails=["ann@kiln.example"], company="Kiln Co")
    dup = Person(name="Annie Lee", emails=["annie@home.example"], needs=["designer"])
    bo = Person(name="Bo Berg")
    note = Note(person_id=dup.id, event_id=march.id, text="wants a second kiln")
    follow = FollowUp(person_id=ann.id, action="send the glaze list")
    store.save(march, ann, dup, bo, note, follow,
               Note(person_id=ann.id, text="met at the pottery fair"),
               Attendance(event_id=march.id, person_id=dup.id),
               Intro(a_id=dup.id, b_id=bo.id, reason="both pot")).result()
    return {"ann": ann, "dup": dup, "bo": bo, "note": note, "follow": follow}


async def open_person_page(pilot, name: str) -> PersonScreen:
    await pilot.press("f12")
    await wait_for_screen(pilot, PeopleScreen)
    await wait_until(pilot, lambda: pilot.app.network.ready, "the search index")
    await pilot.press(*["space" if c == " " else c for c in name.lower()])
    await wait_until(pilot, lambda: pilot.app.screen._ids, f"{name} found")
    await pilot.press("enter")
    await wait_for_screen(pilot, PersonScreen)
    return pilot.app.screen


def people_found(app, text: str) -> list[str]:
    results = app.network.search(text)
    return [app.store.people.get(i).display_name for i in results.ids]


async def test_merge_with_preview_then_undo(store_path, run_app):
    with Store(store_path) as store:
        made = network(store)
        async with run_app(store, size=(100, 40)) as (app, pilot):
            page = await open_person_page(pilot, "Ann Lee")
            await pilot.press("m")  # pick the other through the same search
            await wait_for_screen(pilot, PeopleScreen)
            assert app.screen.pick_for == made["ann"].id
            await pilot.press(*"annie")
            await wait_until(pilot, lambda: app.screen._ids == [made["dup"].id], "Annie only")
            await pilot.press("enter")
            await wait_for_screen(pilot, ConfirmScreen)
            preview = app.screen.text
            assert "Merge Annie Lee into Ann Lee?" in preview
            assert "ann@kiln.example, annie@home.example" in preview  # the merged emails
            assert "Rule: no identity rule matches" in preview
            assert "1 note, 1 introduction, 1 event attendance" in preview
            await pilot.press("y")
            await wait_for_screen(pilot, PersonScreen)
            assert store.people.get(made["dup"].id) is None
            text = screen_text(app)
            assert "wants a second kiln" in text and "Bo Berg" in text
            assert people_found(app, "annie") == ["Ann Lee"]  # the index followed
            assert people_found(app, "kiln second") == ["Ann Lee"]
            await pilot.press("ctrl+z")
            await wait_until(pilot, lambda: store.people.get(made["dup"].id) is not None,
                             "the merge undone")
            assert store.notes.get(made["note"].id).person_id == made["dup"].id
            assert store.people.get(made["ann"].id).emails == ["ann@kiln.example"]
            assert people_found(app, "annie") == ["Annie Lee"]
            assert page.is_current
    with Store(store_path, read_only=True) as store:
        assert store.people.get(made["dup"].id) is not None
        assert store.notes.get(made["note"].id).person_id == made["dup"].id


async def test_forget_says_what_goes_then_undo(store_path, run_app):
    with Store(store_path) as store:
        made = network(store)
        async with run_app(store, size=(100, 40)) as (app, pilot):
            await open_person_page(pilot, "Annie Lee")
            await pilot.press("f")
            await wait_for_screen(pilot, ConfirmScreen)
            text = app.screen.text
            assert "Forget Annie Lee?" in text
            assert "1 note, 1 introduction, 1 event attendance" in text
            assert "backup file" in text and "mingle.json.bak" in text
            await pilot.press("enter")  # the focus is on Cancel: Enter forgets nothing
            await wait_for_screen(pilot, PersonScreen)
            assert store.people.get(made["dup"].id) is not None
            await pilot.press("f")
            await wait_for_screen(pilot, ConfirmScreen)
            await pilot.press("y")
            await wait_for_screen(pilot, PersonScreen)
            assert store.people.get(made["dup"].id) is None
            assert len(store.intros) == 0 and store.notes.get(made["note"].id) is None
            assert "no longer stored" in screen_text(app)
            assert people_found(app, "kiln") == ["Ann Lee"]
            await pilot.press("ctrl+z")
            await wait_until(pilot, lambda: store.people.get(made["dup"].id) is not None,
                             "Annie back")
            assert len(store.intros) == 1 and store.notes.get(made["note"].id) is not None
            assert "wants a second kiln" in screen_text(app)
            assert set(people_found(app, "kiln")) == {"Ann Lee", "Annie Lee"}


async def test_edit_and_delete_a_note_follow_up_done_and_consent_each_undone(store_path,
                                                                            run_app):
    with Store(store_path) as store:
        made = network(store)
        async with run_app(store, size=(100, 40)) as (app, pilot):
            await open_person_page(pilot, "Ann Lee")
            await pilot.press("w")
            await wait_for_screen(pilot, PickScreen)
            await pilot.press("enter")
            await wait_for_screen(pilot, FormScreen)
            await pilot.press("ctrl+u", *"met at the raku workshop", "enter")
            await wait_for_screen(pilot, PersonScreen)
            assert "met at the raku workshop" in screen_text(app)
            assert people_found(app, "raku") == ["Ann Lee"]  # the edit is searchable at once
            await pilot.press("ctrl+z")
            await wait_until(pilot, lambda: "met at the pottery fair" in screen_text(app),
                             "the old text back")
            assert people_found(app, "raku") == []
            await pilot.press("x")
            await wait_for_screen(pilot, PickScreen)
            await pilot.press("enter")
            await wait_for_screen(pilot, PersonScreen)
            assert "Notes (0)" in screen_text(app)
            await pilot.press("ctrl+z")
            await wait_until(pilot, lambda: "Notes (1)" in screen_text(app), "the note back")
            await pilot.press("d")
            await wait_for_screen(pilot, PickScreen)
            await pilot.press("enter")
            await wait_for_screen(pilot, PersonScreen)
            assert store.followups.get(made["follow"].id).done_at is not None
            assert people_found(app, "owed") == []
            await pilot.press("ctrl+z")
            await wait_until(pilot, lambda: store.followups.get(made["follow"].id).done_at
                             is None, "open again")
            assert people_found(app, "owed") == ["Ann Lee"]
            await pilot.press("k")
            await wait_for_screen(pilot, FormScreen)
            await pilot.press("tab", "ctrl+u", "n", "o", "enter")
            await wait_for_screen(pilot, PersonScreen)
            assert store.people.get(made["ann"].id).consent.intro_ok is False
            assert "no introductions" in screen_text(app)
            await pilot.press("ctrl+z")
            await wait_until(pilot, lambda: store.people.get(made["ann"].id).consent.intro_ok,
                             "consent back")
