"""Tending what was recorded: merging two people by hand, and what a merge shows first."""

from __future__ import annotations

from dataclasses import dataclass

from mingle.domain.exchange.match import IdentityIndex, merge
from mingle.domain.records.models import Attendance, AttendanceStatus, Consent, Person, QueueState

# Of two attendance rows for one event, the more advanced status is kept.
_STATUS_ORDER = (AttendanceStatus.DECLINED, AttendanceStatus.WAITLISTED,
                 AttendanceStatus.EXPECTED, AttendanceStatus.LEFT, AttendanceStatus.PRESENT)
CONSENT_RULE = "consent: the stricter of the two is kept"


@dataclass(frozen=True, slots=True)
class MergeRow:
    """One field of a merge preview: both sides, the result, and where the result comes from."""

    label: str
    kept: str
    other: str
    merged: str

    @property
    def source(self) -> str:
        """'same', 'kept', 'added' (from the other) or 'both'."""
        if self.kept == self.other:
            return "same"
        if self.merged == self.kept:
            return "kept"
        return "added" if not self.kept else "both"


def merge_by_hand(kept: Person, other: Person) -> Person:
    """`kept` with everything `other` adds; consent is the stricter of the two."""
    merged = merge(kept, other)
    consent = Consent(share_card=kept.consent.share_card and other.consent.share_card,
                      intro_ok=kept.consent.intro_ok and other.consent.intro_ok)
    linked = [i for i in dict.fromkeys([*kept.linked, other.id, *other.linked]) if i != kept.id]
    return merged.evolve(consent=consent, linked=linked)


def same_person_rule(kept: Person, other: Person, region: str | None = None) -> str:
    """Which identity rule, if any, says the two are the same person (for the preview).

    The one rule of imports, cards and walk-ins (`IdentityIndex`), with its words.
    """
    index: IdentityIndex[Person] = IdentityIndex(region)
    index.remember(kept, kept)
    found = index.match(other)
    return found.rule if found else "no identity rule matches: merged because you chose it"


def merge_rows(kept: Person, other: Person, merged: Person) -> list[MergeRow]:
    """The fields of a merge, side by side (fields empty on both sides are left out)."""
    def text(person: Person, field: str) -> str:
        value = getattr(person, field)
        return ", ".join(value) if isinstance(value, list) else str(value)

    def consent(person: Person) -> str:
        words = [("shares card" if person.consent.share_card else "no card sharing"),
                 ("intros OK" if person.consent.intro_ok else "no intros")]
        return ", ".join(words)

    rows = [MergeRow(label, text(kept, f), text(other, f), text(merged, f))
            for label, f in (("Name", "name"), ("Title", "title"), ("Company", "company"),
                             ("Emails", "emails"), ("Phones", "phones"), ("Links", "urls"),
                             ("Interests", "tags"), ("Needs", "needs"), ("Offers", "offers"))]
    rows.append(MergeRow("Consent", consent(kept), consent(other), consent(merged)))
    return [row for row in rows if row.kept or row.other]


def combine_attendance(kept: Attendance, other: Attendance) -> Attendance:
    """One row for an event both records attended: the most advanced status and queue state."""
    status = max(kept.status, other.status, key=_STATUS_ORDER.index)
    met = QueueState.MET in (kept.queue, other.queue)
    met_times = [t for t in (kept.met_at, other.met_at) if t is not None]
    checked = [t for t in (kept.checked_in_at, other.checked_in_at) if t is not None]
    return kept.evolve(
        status=status, starred=kept.starred or other.starred,
        queue=QueueState.MET if met else kept.queue,
        met_at=min(met_times) if met_times else None,
        checked_in_at=min(checked) if checked else None,
        talk_seconds=kept.talk_seconds + other.talk_seconds)
