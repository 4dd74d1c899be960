"""Taking in other people's cards: matched against people already known, merged, never doubled."""

from __future__ import annotations

from dataclasses import dataclass

from mingle.domain.exchange.match import PeopleIndex, merge, merged_line
from mingle.domain.exchange.parse import ParsedCard
from mingle.domain.records.models import (
    Attendance,
    AttendanceStatus,
    Note,
    Person,
    QueueState,
    Record,
    now,
)
from mingle.domain.records.phones import default_region
from mingle.store.database import Store


@dataclass(slots=True)
class TakenIn:
    """One card taken in: the person stored, the known person it merged into and by what rule."""

    person: Person
    existing: Person | None
    card_name: str = ""
    rule: str = ""

    def merge_words(self) -> str:
        """E.g. "card Hans Weber merged into Claire Martin — same phone +33 1 23 45 67 89"."""
        if self.existing is None:
            return ""
        return "card " + merged_line(self.card_name, self.existing.display_name, self.rule)


def _people(store: Store) -> PeopleIndex:
    """The known people, numbers without a country code read in the user's region."""
    return PeopleIndex(store.people, default_region(store.me.phone))


def preview(store: Store, card: ParsedCard, source: str) -> TakenIn:
    """What taking in a card would do (nothing is saved): the person, and whom it merges with."""
    incoming = card.to_person(source)
    index = _people(store)
    found = index.match(incoming)
    if found is None:
        return TakenIn(incoming, None, incoming.display_name)
    return TakenIn(merge(found.value, incoming, index.region), found.value,
                   incoming.display_name, found.rule)


def take_in_cards(store: Store, cards: list[ParsedCard], source: str,
                  event_id: str | None) -> list[TakenIn]:
    """Store the people of the cards (merged into known people); at an event, present and met.

    The note on a card (a vCard NOTE) is kept as a note about the person.
    """
    index = _people(store)
    records: list[Record] = []
    taken: list[TakenIn] = []
    for card in cards:
        incoming = card.to_person(source)
        found = index.match(incoming)
        existing = found.value if found else None
        person = merge(existing, incoming, index.region) if existing else incoming
        if person is not existing:
            records.append(person)
        index.add(person)
        if card.note:
            records.append(Note(person_id=person.id, event_id=event_id,
                                text=f"From their card: {card.note}"))
        if event_id is not None:
            link = _met_at(store, event_id, person.id)
            if link is not None:
                records.append(link)
        taken.append(TakenIn(person, existing, incoming.display_name,
                             found.rule if found else ""))
    if records:
        store.save(*records)
    return taken


def _met_at(store: Store, event_id: str, person_id: str) -> Attendance | None:
    """The person as present and met at the event (None when they already are)."""
    current = next((a for a in store.attendance.where("person_id", person_id)
                    if a.event_id == event_id), None)
    stamp = now()
    if current is None:
        return Attendance(event_id=event_id, person_id=person_id,
                          status=AttendanceStatus.PRESENT, checked_in_at=stamp,
                          queue=QueueState.MET, met_at=stamp)
    if current.status == AttendanceStatus.PRESENT and current.queue == QueueState.MET:
        return None
    return current.evolve(status=AttendanceStatus.PRESENT,
                          checked_in_at=current.checked_in_at or stamp,
                          queue=QueueState.MET, met_at=current.met_at or stamp,
                          talking_since=None)


def describe(taken: list[TakenIn], skipped: list[str] | None = None,
             warnings: list[str] | None = None) -> list[str]:
    """A short report of cards taken in: each merge with both names and its rule."""
    new = sum(1 for t in taken if t.existing is None)
    lines = [f"{len(taken)} card{'s' if len(taken) != 1 else ''} taken in: {new} new, "
             f"{len(taken) - new} merged into people already known."]
    for item in taken:
        lines.append(f"  {item.merge_words()}" if item.existing
                     else f"  {item.person.display_name} (new)")
    if skipped:
        lines.append("Skipped:")
        lines += [f"  {reason}" for reason in skipped]
    if warnings:
        lines.append("Read with a doubt:")
        lines += [f"  {warning}" for warning in warnings]
    return lines


def is_my_card(store: Store, card: ParsedCard) -> bool:
    """True when a card is the user's own (same email or phone as My card): not a new person."""
    me = store.me
    mine = Person(name=me.name or "me", emails=[me.email] if me.email else [],
                  phones=[me.phone] if me.phone else [])
    theirs = card.to_person("scan")
    return bool(mine.email_keys & theirs.email_keys or mine.phone_keys & theirs.phone_keys)
