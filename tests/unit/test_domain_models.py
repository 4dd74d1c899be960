"""Domain records: plain-dict round trips, validation, normalised keys, history, evolve."""

from __future__ import annotations

from dataclasses import MISSING, fields
from datetime import date, datetime, timedelta, timezone

import pytest

from mingle.domain.records.models import (
    RECORD_TYPES,
    Attendance,
    AttendanceStatus,
    Consent,
    Event,
    FollowUp,
    Goals,
    Intro,
    IntroState,
    IntroStep,
    MyCard,
    Note,
    Person,
    QueueState,
    Record,
    Role,
    ValidationError,
)
from mingle.domain.records.normalize import clean_list, normalize_email

CET = timezone(timedelta(hours=1))
T0 = datetime(2025, 3, 14, 18, 30, 5, 123456, tzinfo=CET)


def full_records() -> list[Record]:
    """One record of every type with every field set to something that is not the default."""
    event = Event(
        name="March Fintech Meetup", date=date(2025, 3, 14), venue="Factory Berlin",
        role=Role.HOST,
        goals=Goals(targets=["CTOs", "seed investors"], offers=["SEO intros"],
                    needs=["UX designer"]),
        started=T0, ended=T0 + timedelta(hours=3), created=T0, updated=T0,
    )
    person = Person(
        name="Åsa Ñúñez", name_parts=["Ñúñez", "Åsa", "", "", ""], title="CTO",
        company="Ørsted Labs",
        emails=["Asa@Example.com", "asa.n@work.example"], phones=["+1 (555) 010-2030"],
        urls=["https://example.com/asa"], tags=["#Cycling", "fintech"],
        needs=["designers"], offers=["seed funding"],
        consent=Consent(share_card=False, intro_ok=False), source="eventbrite.csv",
        linked=["0b6e1a0e-5f4d-4a43-9a3e-000000000001"], extra={"T-shirt": "M"},
        created=T0,
    )
    attendance = Attendance(
        event_id=event.id, person_id=person.id, status=AttendanceStatus.PRESENT,
        checked_in_at=T0, starred=True, queue=QueueState.MET, met_at=T0 + timedelta(minutes=5),
        talk_seconds=321, talking_since=T0 + timedelta(minutes=1),
        snoozed_until=T0 + timedelta(minutes=30),
    )
    note = Note(person_id=person.id, event_id=event.id, text="Rides bikes.\nNeeds a designer.",
                tags=["#golf", "Cycling"], rating=4)
    followup = FollowUp(person_id=person.id, event_id=event.id, action="Send the deck",
                        due=date(2025, 3, 17), done_at=T0 + timedelta(days=2))
    intro = Intro(a_id=person.id, b_id="b-person", event_id=event.id, reason="she needs SEO",
                  state=IntroState.ASKED_A,
                  history=[IntroStep(state=IntroState.SUGGESTED, at=T0),
                           IntroStep(state=IntroState.ASKED_A, at=T0 + timedelta(minutes=1))])
    card = MyCard(name="Me Myself", title="Founder", company="mingle", email="me@example.org",
                  phone="+49 30 1234567", url="https://mingle.example", pitch="I build apps",
                  interests=["#cycling", "jazz"],
                  goals=Goals(targets=["designers"], offers=["Python help"], needs=["funding"]))
    return [event, person, attendance, note, followup, intro, card]


@pytest.mark.parametrize("record", full_records(), ids=lambda r: type(r).__name__)
def test_every_record_round_trips_through_a_plain_dict(record: Record) -> None:
    data = record.to_dict()
    again = type(record).from_dict(data)
    assert again == record
    assert again.to_dict() == data


def test_round_trip_covers_every_record_type() -> None:
    assert {type(r) for r in full_records()} == set(RECORD_TYPES.values())


@pytest.mark.parametrize("record", full_records(), ids=lambda r: type(r).__name__)
def test_round_trip_samples_set_every_field(record: Record) -> None:
    """A field added later must be added to the samples above, or its round trip is untested."""
    for f in fields(record):
        if f.default is not MISSING:
            assert getattr(record, f.name) != f.default, f.name
        elif f.default_factory is not MISSING:
            assert getattr(record, f.name) != f.default_factory(), f.name


def test_to_dict_is_plain_json_values() -> None:
    event, person, attendance, _note, followup, intro, _card = full_records()
    assert event.to_dict()["date"] == "2025-03-14"
    assert event.to_dict()["role"] == "host"
    assert event.to_dict()["started"] == "2025-03-14T18:30:05.123456+01:00"
    assert event.to_dict()["goals"] == {"targets": ["CTOs", "seed investors"],
                                        "offers": ["SEO intros"], "needs": ["UX designer"]}
    assert person.to_dict()["consent"] == {"share_card": False, "intro_ok": False}
    assert attendance.to_dict()["status"] == "present"
    assert attendance.to_dict()["queue"] == "met"
    assert followup.to_dict()["due"] == "2025-03-17"
    assert intro.to_dict()["history"][1] == {"state": "asked_a",
                                            "at": "2025-03-14T18:31:05.123456+01:00"}


def test_nested_parts_come_back_as_their_types() -> None:
    event, person, _a, _n, _f, intro, card = full_records()
    assert isinstance(Event.from_dict(event.to_dict()).goals, Goals)
    assert isinstance(Person.from_dict(person.to_dict()).consent, Consent)
    assert isinstance(MyCard.from_dict(card.to_dict()).goals, Goals)
    history = Intro.from_dict(intro.to_dict()).history
    assert [type(step) for step in history] == [IntroStep, IntroStep]
    assert [step.state for step in history] == [IntroState.SUGGESTED, IntroState.ASKED_A]
    again = Event.from_dict(event.to_dict())
    assert isinstance(again.date, date) and not isinstance(again.date, datetime)
    assert again.role is Role.HOST


def test_from_dict_ignores_unknown_keys() -> None:
    person = Person(name="Ann")
    data = {**person.to_dict(), "shoe_size": 41, "future_field": {"x": 1}}
    assert Person.from_dict(data) == person


def test_from_dict_fills_missing_fields_with_defaults() -> None:
    person = Person.from_dict({"id": "p1", "name": "Ann"})
    assert person.id == "p1"
    assert person.emails == [] and person.consent == Consent()
    assert person.created.tzinfo is not None


def test_naive_stored_timestamps_are_read_as_local_time() -> None:
    note = Note.from_dict({"person_id": "p", "text": "x", "created": "2025-03-14T18:30:00"})
    assert note.created.tzinfo is not None
    assert note.created.replace(tzinfo=None) == datetime(2025, 3, 14, 18, 30)


def test_a_full_timestamp_stored_as_a_date_is_cut_to_the_date() -> None:
    followup = FollowUp.from_dict({"person_id": "p", "action": "call",
                                   "due": "2025-03-17T09:00:00+01:00"})
    assert followup.due == date(2025, 3, 17)


def test_records_get_distinct_uuid_ids_and_aware_times() -> None:
    a, b = Person(name="A"), Person(name="B")
    assert a.id != b.id
    assert len(a.id) == 36 and a.id.count("-") == 4
    assert a.created.tzinfo is not None and a.updated.tzinfo is not None


# -- validation --------------------------------------------------------------------------


def test_person_needs_a_name_or_an_email() -> None:
    with pytest.raises(ValidationError, match="name or an email"):
        Person().validate()
    with pytest.raises(ValidationError):
        Person(name="   ").validate()
    Person(name="Ann").validate()
    Person(emails=["ann@example.com"]).validate()


@pytest.mark.parametrize("email", ["not-an-email", "ann@example", "ann @example.com",
                                   "@example.com", "ann@@example.com"])
def test_person_with_an_invalid_email_is_rejected(email: str) -> None:
    with pytest.raises(ValidationError, match="Not an email address"):
        Person(name="Ann", emails=[email]).validate()


@pytest.mark.parametrize("phone", ["call me", "n/a", "+", "tel:"])
def test_person_with_an_invalid_phone_is_rejected(phone: str) -> None:
    with pytest.raises(ValidationError, match="Not a phone number"):
        Person(name="Ann", phones=[phone]).validate()


def test_my_card_rejects_a_bad_email_or_phone_but_may_be_empty() -> None:
    MyCard().validate()
    with pytest.raises(ValidationError):
        MyCard(email="nope").validate()
    with pytest.raises(ValidationError):
        MyCard(phone="no digits").validate()


@pytest.mark.parametrize(
    "record",
    [
        Event(name=""),
        Attendance(event_id="", person_id="p"),
        Attendance(event_id="e", person_id="p", talk_seconds=-1),
        Note(person_id="p", text="  \n "),
        Note(person_id="", text="hello"),
        FollowUp(person_id="p", action=""),
        FollowUp(person_id="", action="call"),
        Intro(a_id="p", b_id="p"),
        Intro(a_id="", b_id="p"),
    ],
    ids=["event-no-name", "attendance-no-event", "attendance-negative-talk", "note-blank",
         "note-no-person", "followup-no-action", "followup-no-person", "intro-same-person",
         "intro-missing-person"],
)
def test_invalid_records_are_rejected(record: Record) -> None:
    with pytest.raises(ValidationError):
        record.validate()


def test_valid_records_pass_validation() -> None:
    for record in full_records():
        record.validate()


# -- normalised keys, display forms ------------------------------------------------------


def test_emails_and_phones_are_kept_as_typed_but_keys_are_normalised() -> None:
    person = Person(name="Ann", emails=["Ann@Example.COM "], phones=["+1 (555) 010-2030"])
    assert person.emails == ["Ann@Example.COM"]
    assert person.phones == ["+1 (555) 010-2030"]
    assert person.email_keys == {"ann@example.com"}
    assert person.phone_keys == {"+15550102030"}
    other = Person(name="Ann B", emails=["ann@example.com"], phones=["+15550102030"])
    assert person.email_keys == other.email_keys
    assert person.phone_keys == other.phone_keys
    assert normalize_email("Ann@Example.COM ") == normalize_email("ann@example.com")


def test_duplicate_emails_and_phones_keep_the_first_spelling() -> None:
    person = Person(name="Ann",
                    emails=["Ann@Example.COM", "ann@example.com", "mailto:ANN@example.com"],
                    phones=["+1 (555) 010-2030", "+15550102030", "001 555 010 2030"])
    assert person.emails == ["Ann@Example.COM"]
    assert person.phones == ["+1 (555) 010-2030"]


def test_tags_lose_their_hash_and_repeat_tags_are_dropped() -> None:
    person = Person(name="Ann", tags=["#Cycling", "cycling", "#Golf", "golfs"])
    assert person.tags == ["Cycling", "Golf"]
    assert person.tag_keys == {"cycling", "golf"}
    note = Note(person_id="p", text="x", tags=["#Cycling", "Cycling"])
    assert note.tags == ["Cycling"]


def test_needs_and_offers_have_phrase_keys() -> None:
    person = Person(name="Ann", needs=["UX Designers!", "ux designer"], offers=["Seed funding"])
    assert person.needs == ["UX Designers!"]
    assert person.need_keys == {"ux designer"}
    assert person.offer_keys == {"seed funding"}


def test_clean_list_dedups_by_key_keeping_the_first_spelling() -> None:
    assert clean_list(["UX Designers", "ux designer", "", "  ", "Sales", "sales"]) == [
        "UX Designers", "Sales"]
    assert clean_list(["B@x.io", "b@X.IO"], key=normalize_email) == ["B@x.io"]
    assert clean_list(None) == []


def test_text_fields_are_cleaned_of_controls() -> None:
    person = Person(name="Ann\x1b[31m  Lee\x07", company="Acme\nCorp", extra={"k\x1b": "v\x9b1m"})
    assert person.name == "Ann Lee"
    assert person.company == "Acme Corp"
    assert person.extra == {"k": "v"}
    note = Note(person_id="p", text="  line one\x1b[2J\r\nline two  ")
    assert note.text == "line one\nline two"


def test_display_name_falls_back_to_email() -> None:
    assert Person(name="Ann").display_name == "Ann"
    assert Person(emails=["ann@example.com"]).display_name == "ann@example.com"
    assert Person().display_name == "(no name)"


def test_enums_are_accepted_as_plain_strings() -> None:
    attendance = Attendance(event_id="e", person_id="p", status="present", queue="snoozed")
    assert attendance.status is AttendanceStatus.PRESENT
    assert attendance.queue is QueueState.SNOOZED
    with pytest.raises(ValueError):
        Attendance(event_id="e", person_id="p", status="teleported")


# -- intros and evolve -------------------------------------------------------------------


def test_a_new_intro_starts_its_history_with_its_state() -> None:
    intro = Intro(a_id="a", b_id="b", created=T0)
    assert [(s.state, s.at) for s in intro.history] == [(IntroState.SUGGESTED, T0)]


def test_intro_moved_to_records_each_step() -> None:
    intro = Intro(a_id="a", b_id="b")
    asked = intro.moved_to(IntroState.ASKED_A)
    done = asked.moved_to(IntroState.ASKED_B).moved_to(IntroState.INTRODUCED)
    assert done.state is IntroState.INTRODUCED
    assert [s.state for s in done.history] == [IntroState.SUGGESTED, IntroState.ASKED_A,
                                               IntroState.ASKED_B, IntroState.INTRODUCED]
    assert done.id == intro.id
    # The original is untouched.
    assert intro.state is IntroState.SUGGESTED and len(intro.history) == 1
    assert len(asked.history) == 2
    ats = [s.at for s in done.history]
    assert ats == sorted(ats)
    assert Intro.from_dict(done.to_dict()) == done


def test_evolve_bumps_updated_and_keeps_id_and_created() -> None:
    person = Person(name="Ann", created=T0, updated=T0)
    changed = person.evolve(title="CTO")
    assert changed.title == "CTO" and person.title == ""
    assert changed.id == person.id
    assert changed.created == T0
    assert changed.updated > T0
    assert changed.updated.tzinfo is not None


def test_evolve_accepts_an_explicit_updated() -> None:
    later = T0 + timedelta(days=1)
    assert Person(name="Ann", updated=T0).evolve(updated=later).updated == later


def test_evolve_cleans_new_values_too() -> None:
    person = Person(name="Ann").evolve(emails=["A@x.io", "a@X.io"], name="Ann\x1b[1m B")
    assert person.emails == ["A@x.io"]
    assert person.name == "Ann B"


def test_goals_evolve_has_no_updated_field() -> None:
    goals = Goals(needs=["designer"])
    assert goals.evolve(offers=["SEO"]) == Goals(needs=["designer"], offers=["SEO"])
