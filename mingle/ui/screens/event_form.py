"""EventFormScreen: create or edit an event and the user's goals for it."""

from __future__ import annotations

from datetime import date, timedelta

from textual.binding import Binding

from mingle.domain.records.entered import split_list
from mingle.domain.records.models import Event, Goals, Role, ValidationError
from mingle.ui.screens.form import Field, FormScreen, Values


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


ROLE_CHOICES = (("Attendee — I check myself in and meet people", Role.ATTENDEE.value),
                ("Host — I check guests in at the door", Role.HOST.value))


class EventFormScreen(FormScreen):
    """Name, date, venue, role and goals; Enter or Ctrl+S saves, Escape cancels."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="event_form.cancel"),
        Binding("ctrl+s", "save", "Save", id="event_form.save"),
    ]

    def __init__(self, event: Event | None, goals: Goals) -> None:
        self.original = event
        when = event.date if event and event.date else date.today()
        super().__init__(
            "Edit event" if event else "New event",
            [Field("name", "Name", event.name if event else "",
                   placeholder="e.g. Riverside Makers — December"),
             Field("date", "Date", when.isoformat(), placeholder="YYYY-MM-DD, today or tomorrow"),
             Field("venue", "Venue", event.venue if event else ""),
             Field("role", "My role", (event.role if event else Role.ATTENDEE).value,
                   choices=ROLE_CHOICES),
             Field("targets", "Hoping to meet", "; ".join(goals.targets),
                   placeholder="e.g. coffee roasters; shop owners"),
             Field("offers", "I offer", "; ".join(goals.offers)),
             Field("needs", "I need", "; ".join(goals.needs))],
            hint="Separate goals with ; or ,  ·  Enter or Ctrl+S saves  ·  Esc cancels",
            check=self._check_event,
        )

    def event(self, values: Values) -> Event:
        """The event the form's values describe (the edited one, or a new one)."""
        when = parse_event_date(values["date"])
        goals = Goals(targets=split_list(values["targets"]), offers=split_list(values["offers"]),
                      needs=split_list(values["needs"]))
        name, venue, role = values["name"], values["venue"], Role(values["role"])
        if self.original is not None:
            return self.original.evolve(name=name, date=when, venue=venue, role=role,
                                        goals=goals)
        return Event(name=name, date=when, venue=venue, role=role, goals=goals)

    def _check_event(self, values: Values) -> tuple[str, str] | None:
        try:
            parse_event_date(values["date"])
        except ValidationError as exc:
            return "date", str(exc)
        try:
            self.event(values).validate()
        except ValidationError as exc:
            return "name", str(exc)
        return None
