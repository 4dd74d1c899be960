"""The demo event: records built from the shipped JSON, dates moved so that tonight is today."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from mingle.domain.event.notes import parse_note
from mingle.domain.records.models import (
    Attendance,
    Consent,
    Event,
    FollowUp,
    Goals,
    Intro,
    IntroStep,
    MyCard,
    Note,
    Person,
    Record,
    parse_datetime,
)


@dataclass(slots=True)
class DemoData:
    """Every record of the demo and which event is current."""

    records: list[Record] = field(default_factory=list)
    current_event_id: str | None = None


def build_demo(data: dict[str, Any], today: date | None = None) -> DemoData:
    """Turn the demo JSON into records; every date shifts by (today - the file's anchor date)."""
    shift = (today or date.today()) - date.fromisoformat(data["anchor_date"])

    def when(value: str | None) -> datetime | None:
        moment = parse_datetime(value)
        return moment + shift if moment else None

    def stamp(value: str) -> datetime:
        moment = when(value)
        if moment is None:
            raise ValueError(f"demo data: not a time: {value!r}")
        return moment

    def day(value: str | None) -> date | None:
        return date.fromisoformat(value) + shift if value else None

    demo = DemoData()
    me = data["me"]
    demo.records.append(MyCard(**{k: v for k, v in me.items() if k != "goals"},
                               goals=Goals(**me.get("goals", {}))))
    events: dict[str, Event] = {}
    for raw in data["events"]:
        start = when(raw.get("started"))
        event = Event(name=raw["name"], date=day(raw["date"]), venue=raw.get("venue", ""),
                      role=raw.get("role", "attendee"), goals=Goals(**raw.get("goals", {})),
                      started=start, ended=when(raw.get("ended")))
        if start:
            event.created = event.updated = start - timedelta(days=7)
        events[raw["key"]] = event
    people: dict[str, Person] = {}
    for raw in data["people"]:
        fields = {k: v for k, v in raw.items() if k not in ("key", "consent")}
        people[raw["key"]] = Person(**fields, consent=Consent(**raw.get("consent", {})),
                                    source="demo")
    demo.records += [*events.values(), *people.values()]
    for raw in data["attendance"]:
        demo.records.append(Attendance(
            event_id=events[raw["event"]].id, person_id=people[raw["person"]].id,
            status=raw["status"], checked_in_at=when(raw.get("checked_in_at")),
            starred=raw.get("starred", False), queue=raw.get("queue", "to_meet"),
            met_at=when(raw.get("met_at")), talk_seconds=raw.get("talk_seconds", 0)))
    for raw in data["notes"]:
        created = when(raw["created"]) or datetime.now().astimezone()
        parsed = parse_note(raw["text"], created.date())
        demo.records.append(Note(
            event_id=events[raw["event"]].id, person_id=people[raw["person"]].id,
            text=raw["text"], tags=parsed.tags, rating=parsed.rating, created=created,
            updated=created))
    for raw in data["followups"]:
        demo.records.append(FollowUp(
            event_id=events[raw["event"]].id, person_id=people[raw["person"]].id,
            action=raw["action"], due=day(raw.get("due")), done_at=when(raw.get("done_at"))))
    for raw in data["intros"]:
        history = [IntroStep(state=step["state"], at=stamp(step["at"])) for step in raw["history"]]
        created = history[0].at if history else datetime.now().astimezone()
        demo.records.append(Intro(
            a_id=people[raw["a"]].id, b_id=people[raw["b"]].id, event_id=events[raw["event"]].id,
            reason=raw["reason"], state=raw["state"], history=history,
            created=created, updated=history[-1].at if history else created))
    demo.current_event_id = events[data["current_event"]].id if data.get("current_event") else None
    return demo
