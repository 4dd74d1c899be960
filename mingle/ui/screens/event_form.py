"""EventFormScreen: create or edit an event and the user's goals for it."""

from __future__ import annotations

import re
from datetime import date, timedelta

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Horizontal, VerticalScroll
from textual.widgets import Button, Footer, Input, Label, Select, Static

from mingle.domain.records.models import Event, Goals, Role, ValidationError
from mingle.ui.safe_text import literal
from mingle.ui.screens.typed import MingleModal

_SPLIT = re.compile(r"[;,\n]")


def parse_event_date(text: str, today: date | None = None) -> date | None:
    """A date as typed: YYYY-MM-DD, 'today', 'tomorrow', or blank for none."""
    value = text.strip().lower()
    today = today or date.today()
    if not value:
        return None
    if value == "today":
        return today
    if value == "tomorrow":
        return today + timedelta(days=1)
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise ValidationError(f"Not a date: {text.strip()} (use YYYY-MM-DD, today or tomorrow)") \
            from exc


def split_goals(text: str) -> list[str]:
    """Goal phrases typed as one line, separated by commas or semicolons."""
    return [part.strip() for part in _SPLIT.split(text) if part.strip()]


class EventFormScreen(MingleModal[Event | None]):
    """Name, date, venue, role and goals; Enter or Ctrl+S saves, Escape cancels."""

    AUTO_FOCUS = "#name"
    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="event_form.cancel"),
        Binding("ctrl+s", "save", "Save", id="event_form.save"),
    ]

    def __init__(self, event: Event | None, goals: Goals) -> None:
        super().__init__()
        self._event = event
        self._goals = goals

    def compose(self) -> ComposeResult:
        event = self._event
        title = "Edit event" if event else "New event"
        with VerticalScroll(classes="dialog form-dialog", can_focus=False):
            yield Static(title, classes="dialog-title")
            with Grid(classes="form-grid"):
                yield Label("Name")
                yield Input(event.name if event else "", id="name", compact=True,
                            placeholder="e.g. Riverside Makers — December")
                yield Label("Date")
                yield Input(event.date.isoformat() if event and event.date
                            else date.today().isoformat(), id="date", compact=True,
                            placeholder="YYYY-MM-DD, today or tomorrow")
                yield Label("Venue")
                yield Input(event.venue if event else "", id="venue", compact=True)
                yield Label("My role")
                yield Select(
                    [("Attendee — I check myself in and meet people", Role.ATTENDEE.value),
                     ("Host — I check guests in at the door", Role.HOST.value)],
                    value=(event.role if event else Role.ATTENDEE).value,
                    allow_blank=False, id="role", compact=True)
                yield Label("Hoping to meet")
                yield Input("; ".join(self._goals.targets), id="targets", compact=True,
                            placeholder="e.g. coffee roasters; shop owners")
                yield Label("I offer")
                yield Input("; ".join(self._goals.offers), id="offers", compact=True)
                yield Label("I need")
                yield Input("; ".join(self._goals.needs), id="needs", compact=True)
            yield Static("Separate goals with ; or ,  ·  Enter or Ctrl+S saves  ·  Esc cancels",
                         classes="dialog-hint")
            yield Static("", id="form-error", classes="form-error")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Save", variant="primary", id="save")
                yield Button("Cancel", id="cancel")
        yield Footer()

    def _value(self, field_id: str) -> str:
        return self.query_one(f"#{field_id}", Input).value

    def _fail(self, message: str, field_id: str) -> None:
        self.query_one("#form-error", Static).update(literal(message))
        self.query_one(f"#{field_id}", Input).focus()

    @on(Input.Submitted)
    def _submitted(self) -> None:
        self.action_save()

    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        try:
            when = parse_event_date(self._value("date"))
        except ValidationError as exc:
            self._fail(str(exc), "date")
            return
        goals = Goals(targets=split_goals(self._value("targets")),
                      offers=split_goals(self._value("offers")),
                      needs=split_goals(self._value("needs")))
        name, venue = self._value("name"), self._value("venue")
        role = Role(str(self.query_one("#role", Select).value))
        event = (self._event.evolve(name=name, date=when, venue=venue, role=role, goals=goals)
                 if self._event else Event(name=name, date=when, venue=venue, role=role,
                                           goals=goals))
        try:
            event.validate()
        except ValidationError as exc:
            self._fail(str(exc), "name")
            return
        self.dismiss(event)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
