"""What an export is made of: people with their notes and follow-ups, an event, introductions."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from mingle.domain.records.models import Attendance, Event, FollowUp, Intro, MyCard, Note, Person


@dataclass(slots=True)
class PersonExport:
    """A person with what the user learned about them (at one event, or at all)."""

    person: Person
    attendance: Attendance | None = None
    met_at: datetime | None = None
    met: bool = False
    notes: list[Note] = field(default_factory=list)
    followups: list[FollowUp] = field(default_factory=list)

    def next_followup(self) -> FollowUp | None:
        """The open follow-up due first (undated ones last)."""
        pending = [f for f in self.followups if f.done_at is None]
        return min(pending, key=lambda f: (f.due or date.max, f.created), default=None)


@dataclass(slots=True)
class ExportData:
    """Everything an export may need, gathered from the store."""

    people: list[PersonExport]
    event: Event | None = None
    intros: list[Intro] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)
    """Display name of every person, by id (introductions name people not exported)."""
    event_names: dict[str, str] = field(default_factory=dict)
    """Name of every event, by id."""
    me: MyCard = field(default_factory=MyCard)

    def name_of(self, person_id: str) -> str:
        """A person's display name, even for someone no longer stored."""
        return self.names.get(person_id, "(someone deleted)")
