"""Merging two people and forgetting one, as plans of records to save and delete.

A plan is applied in one save and one delete and recorded in an UndoLog with the records as
they were, so Ctrl+Z puts everything back.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from mingle.domain.network.tending import combine_attendance, merge_by_hand
from mingle.domain.records.models import Attendance, Intro, Person, Record
from mingle.store.database import Store
from mingle.store.undo import UndoLog


@dataclass
class Plan:
    """Records to save and to delete, and the records as they were before."""

    words: str
    save: list[Record] = field(default_factory=list)
    delete: list[Record] = field(default_factory=list)
    before: list[Record] = field(default_factory=list)
    moved: Counter[str] = field(default_factory=Counter)
    """For a merge: how many records of each table move to the kept person."""

    def counts(self) -> Counter[str]:
        """How many records of each table the plan removes."""
        return Counter(record.table for record in self.delete)


def belongings(store: Store, person_id: str) -> list[Record]:
    """Everything recorded about a person: notes, follow-ups, introductions, attendance."""
    intros = {i.id: i for i in (*store.intros.where("a_id", person_id),
                                *store.intros.where("b_id", person_id))}
    return [*store.notes.where("person_id", person_id),
            *store.followups.where("person_id", person_id), *intros.values(),
            *store.attendance.where("person_id", person_id)]


def plan_forget(store: Store, person: Person) -> Plan:
    """Remove a person and everything about them."""
    records = [person, *belongings(store, person.id)]
    return Plan(f"forgot {person.display_name}", delete=records, before=list(records))


def plan_merge(store: Store, kept: Person, other: Person) -> Plan:
    """Merge `other` into `kept`: fields combined, everything about `other` moved over."""
    plan = Plan(f"merged {other.display_name} into {kept.display_name}",
                save=[merge_by_hand(kept, other)], delete=[other], before=[kept, other])
    attended = {a.event_id: a for a in store.attendance.where("person_id", kept.id)}
    for record in belongings(store, other.id):
        plan.before.append(record)
        plan.moved[record.table] += 1
        if isinstance(record, Intro):
            a = kept.id if record.a_id == other.id else record.a_id
            b = kept.id if record.b_id == other.id else record.b_id
            if a == b:  # an introduction between the two: it makes no sense any more
                plan.delete.append(record)
            else:
                plan.save.append(record.evolve(a_id=a, b_id=b))
        elif isinstance(record, Attendance) and record.event_id in attended:
            mine = attended[record.event_id]
            plan.before.append(mine)
            plan.save.append(combine_attendance(mine, record))
            plan.delete.append(record)
        else:
            plan.save.append(record.evolve(person_id=kept.id))
    return plan


def apply_plan(store: Store, plan: Plan, log: UndoLog) -> None:
    """Carry out a plan and remember it for Ctrl+Z (the store writes it to disk soon)."""
    if plan.delete:
        store.delete(*plan.delete)
    if plan.save:
        store.save(*plan.save)
    log.record(plan.words, before=plan.before)
