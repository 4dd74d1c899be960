"""Changing a follow-up (the review and the inbox share it): snoozing and due dates as typed."""

from __future__ import annotations

from datetime import date

import pytest

from mingle.domain.records.models import FollowUp
from mingle.ui.screens.followup_changes import read_due, snoozed

TODAY = date(2026, 12, 1)


def test_snoozing_counts_from_today_when_overdue_and_from_the_due_date_otherwise():
    overdue = FollowUp(person_id="p", action="call", due=date(2026, 11, 20))
    later = FollowUp(person_id="p", action="call", due=date(2026, 12, 10))
    undated = FollowUp(person_id="p", action="call")
    assert snoozed(overdue, TODAY).due == date(2026, 12, 4)
    assert snoozed(later, TODAY).due == date(2026, 12, 13)
    assert snoozed(undated, TODAY).due == date(2026, 12, 4)


@pytest.mark.parametrize(("typed", "due"), [
    ("2026-12-05", date(2026, 12, 5)), ("today", TODAY), ("tomorrow", date(2026, 12, 2)),
    ("3d", date(2026, 12, 4)), ("fri", date(2026, 12, 4)), ("2w", date(2026, 12, 15)),
    ("", None), ("   ", None),
])
def test_due_dates_read_as_notes_write_them(typed, due):
    assert read_due(typed, TODAY) == due


def test_an_unreadable_due_date_says_what_works():
    with pytest.raises(ValueError, match="Not a date: soonish"):
        read_due("soonish", TODAY)
