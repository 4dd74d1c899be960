"""Merging and forgetting as plans of records, each put back by one undo."""

from __future__ import annotations

from mingle.domain.network.tending import merge_by_hand, merge_rows, same_person_rule
from mingle.domain.records.models import (
    Attendance,
    AttendanceStatus,
    Consent,
    Event,
    FollowUp,
    Intro,
    Note,
    Person,
    QueueState,
)
from mingle.services.tending import apply_plan, plan_forget, plan_merge
from mingle.store.database import Store
from mingle.store.undo import UndoLog


def two_records_of_ann(store: Store):
    march, april = Event(name="March"), Event(name="April")
    ann = Person(name="Ann Lee", emails=["ann@kiln.example"], tags=["ceramics"])
    dup = Person(name="Ann  Lee", emails=["ann@home.example", "ANN@kiln.example"],
                 needs=["designer"], consent=Consent(intro_ok=False))
    zed = Person(name="Zed")
    records = [
        march, april, ann, dup, zed,
        Attendance(event_id=march.id, person_id=ann.id, status=AttendanceStatus.EXPECTED),
        Attendance(event_id=march.id, person_id=dup.id, status=AttendanceStatus.PRESENT,
                   queue=QueueState.MET, talk_seconds=60),
        Attendance(event_id=april.id, person_id=dup.id),
        Note(person_id=dup.id, text="wants a kiln"),
        FollowUp(person_id=dup.id, action="send kiln list"),
        Intro(a_id=dup.id, b_id=zed.id, reason="both pot"),
        Intro(a_id=ann.id, b_id=dup.id, reason="the same person"),
    ]
    store.save(*records).result()
    return ann, dup, zed, records


def test_merge_moves_everything_and_one_undo_puts_it_back(db_path):
    with Store(db_path) as store:
        ann, dup, zed, records = two_records_of_ann(store)
        assert same_person_rule(ann, dup).startswith("same email ")
        merged = merge_by_hand(ann, dup)
        assert merged.emails == ["ann@kiln.example", "ann@home.example"]
        assert merged.consent.intro_ok is False  # the stricter
        assert dup.id in merged.linked
        rows = {r.label: r for r in merge_rows(ann, dup, merged)}
        assert rows["Needs"].source == "added" and rows["Name"].source == "same"
        assert rows["Emails"].source == "both"
        plan = plan_merge(store, ann, dup)
        log = UndoLog()
        apply_plan(store, plan, log)
        assert store.people.get(dup.id) is None
        assert [n.text for n in store.notes.where("person_id", ann.id)] == ["wants a kiln"]
        assert len(store.followups.where("person_id", ann.id)) == 1
        attendance = store.attendance.where("person_id", ann.id)
        assert len(attendance) == 2 and not store.attendance.where("person_id", dup.id)
        march = next(a for a in attendance if a.event_id == records[0].id)
        assert march.status == AttendanceStatus.PRESENT and march.talk_seconds == 60
        intros = store.intros.where("a_id", ann.id)
        assert [(i.a_id, i.b_id) for i in intros] == [(ann.id, zed.id)]  # the self-intro goes
        assert plan.moved == {"notes": 1, "followups": 1, "intros": 2, "attendance": 2}
        before = {r.id: r.to_dict() for r in records}
        _, saved = log.undo(store)
        saved.result()
        after = {r.id: r for repo in (store.people, store.notes, store.followups, store.intros,
                                      store.attendance, store.events) for r in repo}
        assert set(after) == set(before)
        for record_id, stored in before.items():
            got = after[record_id].to_dict()
            assert {k: v for k, v in got.items() if k != "updated"} == \
                {k: v for k, v in stored.items() if k != "updated"}


def test_forget_removes_the_person_and_everything_about_them(db_path):
    with Store(db_path) as store:
        _, dup, _, _ = two_records_of_ann(store)
        plan = plan_forget(store, dup)
        assert plan.counts() == {"people": 1, "attendance": 2, "notes": 1, "followups": 1,
                                 "intros": 2}
        log = UndoLog()
        apply_plan(store, plan, log)
        store.flush()
        assert store.people.get(dup.id) is None and len(store.notes) == 0
        assert len(store.intros) == 0 and len(store.attendance) == 1
        log.undo(store)[1].result()
        assert store.people.get(dup.id) is not None and len(store.intros) == 2
    with Store(db_path) as store:
        assert len(store.attendance) == 3 and len(store.notes) == 1
