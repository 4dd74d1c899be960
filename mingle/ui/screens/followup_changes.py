"""Changing a follow-up, the same on the review and in the inbox: snoozed, or a new due date."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from mingle.domain.event.notes import WHEN_HINT, parse_when
from mingle.domain.event.review import SNOOZE_DAYS
from mingle.domain.records.models import FollowUp
from mingle.ui.commands import Command
from mingle.ui.screens.form import Field, FormScreen, Values


def change_commands(screen: str) -> tuple[Command, Command]:
    """The snooze and due-date commands of a screen listing follow-ups (ids under `screen`)."""
    return (Command(f"{screen}.snooze", "Snooze", f"Move the follow-up {SNOOZE_DAYS} days later",
                    "z", "snooze"),
            Command(f"{screen}.due", "Change due date", "Set the follow-up's due date", "e",
                    "due", label="Due date"))

def read_due(text: str, today: date) -> date | None:
    """A due date as typed in the form (empty for none); ValueError when unreadable."""
    if not text.strip():
        return None
    due = parse_when(text, today)
    if due is None:
        raise ValueError(f"Not a date: {text.strip()} ({WHEN_HINT})")
    return due


def snoozed(followup: FollowUp, today: date | None = None) -> FollowUp:
    """The follow-up due SNOOZE_DAYS later (counted from today when it is overdue)."""
    today = today or date.today()
    return followup.evolve(due=max(followup.due or today, today) + timedelta(days=SNOOZE_DAYS))


def due_date_form(followup: FollowUp) -> FormScreen:
    """The form that asks for a new due date ("3d", "fri", "2026-12-01", or empty)."""

    def check(values: Values) -> tuple[str, str] | None:
        try:
            read_due(values["due"], date.today())
        except ValueError as exc:
            return "due", str(exc)
        return None

    return FormScreen(
        "Follow-up due date",
        [Field("due", "Due", followup.due.isoformat() if followup.due else "",
               placeholder="3d, 2w, fri, tomorrow, 2026-12-01, or empty")],
        check=check)


def on_due_chosen(then: Callable[[date | None], None]) -> Callable[[Values | None], None]:
    """The form's callback: `then(due)` when a date (or none) was saved, nothing on Esc."""

    def chosen(values: Values | None) -> None:
        if values is not None:
            then(read_due(values["due"], date.today()))

    return chosen
