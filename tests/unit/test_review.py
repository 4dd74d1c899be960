"""The post-event review's rules: order of follow-ups, the chart, drafts, losing touch."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from mingle.domain.event.review import (
    build_review,
    conversation_chart,
    draft_followup,
    followup_status,
    losing_touch,
    order_followups,
)
from mingle.domain.records.models import (
    Attendance,
    Event,
    FollowUp,
    Goals,
    Note,
    Person,
    QueueState,
)

TODAY = date(2026, 11, 22)
T0 = datetime(2026, 11, 22, 18, 0, tzinfo=UTC)


def test_followups_open_by_due_date_then_done_newest_first() -> None:
    a = FollowUp(person_id="p", action="a", due=TODAY + timedelta(days=5))
    b = FollowUp(person_id="p", action="b", due=TODAY - timedelta(days=2))
    c = FollowUp(person_id="p", action="c", due=None)
    d = FollowUp(person_id="p", action="d", due=TODAY, done_at=T0)
    e = FollowUp(person_id="p", action="e", due=TODAY, done_at=T0 + timedelta(hours=1))
    assert [f.action for f in order_followups([a, b, c, d, e])] == ["b", "a", "c", "e", "d"]
    assert [followup_status(f, TODAY) for f in (a, b, c, d)] == ["due", "overdue", "later",
                                                                  "done"]


def test_chart_counts_conversations_per_quarter_hour() -> None:
    times = [T0, T0 + timedelta(minutes=5), T0 + timedelta(minutes=40)]
    bars, span = conversation_chart(times)
    assert bars == "█·▄"  # 2, 0, 1 conversations
    assert span.startswith("18:00–18:45")
    assert conversation_chart([]) == ("", "")


def test_review_of_a_hand_made_event() -> None:
    event = Event(name="Meetup", goals=Goals(targets=["coffee roasters", "lawyers"]))
    ana = Person(name="Ana", title="Head roaster", company="Bean Coffee Co")
    bo = Person(name="Bo")
    cy = Person(name="Cy")
    links = [(ana, Attendance(event_id=event.id, person_id=ana.id, status="present",
                              queue=QueueState.MET, met_at=T0 + timedelta(minutes=30))),
             (bo, Attendance(event_id=event.id, person_id=bo.id, status="present",
                             queue=QueueState.MET, met_at=T0)),
             (cy, Attendance(event_id=event.id, person_id=cy.id, status="expected"))]
    notes = [Note(person_id=ana.id, event_id=event.id, text="roasts beans ++", rating=2)]
    review = build_review(event, links, notes, [], [])
    assert [m.person.name for m in review.met] == ["Bo", "Ana"]
    assert review.present == 2 and review.notes == 1 and review.met[1].rating == 2
    assert review.targets_met == [("coffee roasters", ["Ana"])]
    assert review.targets_missed == ["lawyers"]


def test_follow_up_draft_is_personal_and_plain() -> None:
    person = Person(name="Åsa Lindqvist")
    text = draft_followup(person, Event(name="Riverside"), ["ceramics", "#cycling", "ceramics"],
                          ["Send the market organiser's contact"], ["Priya"], "Mira")
    assert text.startswith("Hi Åsa,")
    assert "at Riverside and to talk about ceramics and cycling." in text
    assert "As promised: Send the market organiser's contact." in text
    assert "introduce you to Priya" in text and text.endswith("Mira")


def test_losing_touch_resets_after_any_interaction() -> None:
    ann = Person(name="Ann")
    old = T0 - timedelta(days=40)
    promise = FollowUp(person_id=ann.id, action="send deck", due=TODAY - timedelta(days=30),
                       created=old)
    met = Attendance(event_id="e", person_id=ann.id, queue=QueueState.MET, met_at=old)
    [item] = losing_touch([ann], [promise], [], [met], TODAY, days=21)
    assert item.person is ann and item.days == 40 and item.promise == "send deck"
    fresh = Note(person_id=ann.id, text="coffee today", created=T0)
    assert losing_touch([ann], [promise], [fresh], [met], TODAY, days=21) == []
    done = promise.evolve(done_at=T0)
    assert losing_touch([ann], [done], [], [met], TODAY, days=21) == []


def test_markdown_export_carries_follow_up_drafts(tmp_path) -> None:
    from mingle.domain.exports.formats import export
    from mingle.services.demo import write_demo
    from mingle.services.transfer import find_event, gather_export
    from mingle.store.database import Store

    path = tmp_path / "demo.json"
    write_demo(path)
    with Store(path, read_only=True) as store:
        october = find_event(store, "Riverside Makers & Merchants — October")
        report = export(gather_export(store, october), "md").payload.decode()
        me = store.me.name
    drafts = report.split("## Follow-up drafts", 1)[1]
    assert "### To Priya Raghunathan" in drafts and "> Hi Priya," in drafts
    assert "> As promised: Take Priya up on climbing" in drafts
    assert f"> {me}" in drafts


def test_done_follow_ups_are_kept_when_given_as_a_generator():
    from mingle.domain.event.review import order_followups
    from mingle.domain.records.models import FollowUp, now

    done = FollowUp(person_id="p", action="call", done_at=now())
    pending = FollowUp(person_id="p", action="write")
    assert order_followups(f for f in (done, pending)) == [pending, done]


def test_losing_touch_read_through_the_indexes_is_the_same(tmp_path) -> None:
    """`drifting` reads only the records of people who owe a follow-up: same list."""
    import random

    from mingle.services.review import drifting
    from mingle.store.database import Store

    rng = random.Random(5)
    people = [Person(name=f"P{i % 6}") for i in range(40)]
    records: list = [*people]
    for _ in range(60):
        who = rng.choice(people).id
        back = timedelta(days=rng.randint(0, 90))
        records.append(rng.choice([
            FollowUp(person_id=who, action="call", created=T0 - back,
                     due=TODAY - back.days * timedelta(days=1) if rng.random() < 0.7 else None,
                     done_at=T0 - back / 2 if rng.random() < 0.3 else None),
            Note(person_id=who, text="hello", created=T0 - back),
            Attendance(event_id="e", person_id=who, queue=QueueState.MET, met_at=T0 - back),
        ]))
    with Store(tmp_path / "m.json") as store:
        store.save(*records)
        for days in (1, 21, 45):
            expected = losing_touch(store.people, store.followups, store.notes,
                                    store.attendance, TODAY, days)
            found = drifting(store, TODAY, days)
            assert [(d.person.id, d.days, d.promise) for d in found] == [
                (d.person.id, d.days, d.promise) for d in expected]
            assert days > 21 or found  # the data has someone losing touch
