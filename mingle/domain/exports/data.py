"""What an export is made of: people with their notes and follow-ups, an event, introductions."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from mingle.domain.records.models import Attendance, Event, FollowUp, Intro, MyCard, Note, Person

# Words that belong to a family name ("Ludwig van Beethoven", "Ana de la Cruz").
_PARTICLES = frozenset({"van", "von", "de", "der", "den", "del", "della", "di", "da", "la", "le",
                        "du", "dos", "das", "ter", "ten", "bin", "ibn", "al", "st"})

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


def split_name(name: str) -> tuple[str, str]:
    """(first, last) for a CRM: the last word and the particles before it are the family name."""
    words = name.split()
    if len(words) < 2:
        return name, ""
    cut = len(words) - 1
    while cut > 1 and words[cut - 1].lower() in _PARTICLES:
        cut -= 1
    return " ".join(words[:cut]), " ".join(words[cut:])
