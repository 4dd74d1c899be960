"""EventsScreen: the user's events; create one, edit it, choose the current one."""

from __future__ import annotations

from collections import Counter

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import DataTable, Footer, Header, Static

from mingle.domain.records.models import AttendanceStatus, Event, QueueState
from mingle.ui.commands import Command, bindings
from mingle.ui.messages import CurrentEventChanged, DataChanged
from mingle.ui.safe_text import join, literal, literal_text
from mingle.ui.screens.event_form import EventFormScreen
from mingle.ui.screens.form import Values
from mingle.ui.screens.typed import MingleScreen


class EventsScreen(MingleScreen[None]):
    """List of events, newest first, with the current one marked."""

    COMMAND_LIST = (
        Command("events.choose", "Choose", "Make the highlighted event the current one",
                "enter", "choose_event", priority=True),
        Command("events.new", "New event", "Create an event: name, date, venue, role, goals",
                "n", "new_event"),
        Command("events.edit", "Edit event", "Change the highlighted event and its goals",
                "e", "edit_event"),
    )
    BINDINGS = bindings(COMMAND_LIST)

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="events-body"):
            yield Static("Events", classes="screen-title")
            yield DataTable(id="events-table", cursor_type="row", zebra_stripes=True)
            yield Static(id="event-detail")
        yield Footer()

    # Fixed columns: mark, date, role, here/expected, met; the event name takes the rest.
    _FIXED = (("", "mark", 1), ("Date", "date", 10), ("Role", "role", 8),
              ("Here/exp", "counts", 8), ("Met", "met", 4))

    def on_resize(self) -> None:
        self.reload()

    def _add_columns(self, table: DataTable) -> None:
        width = max(table.size.width or self.app.size.width, 40)
        fixed = sum(w for _, _, w in self._FIXED) + 2 * (len(self._FIXED) + 1) + 2
        name_width = max(16, width - fixed)
        for label, key, w in self._FIXED[:2]:
            table.add_column(label, key=key, width=w)
        table.add_column("Event", key="name", width=name_width)
        for label, key, w in self._FIXED[2:]:
            table.add_column(label, key=key, width=w)

    def on_screen_resume(self) -> None:
        self.reload()

    @on(CurrentEventChanged)
    def _current_changed(self) -> None:
        self.reload()

    @on(DataChanged)
    def _data_changed(self) -> None:
        self.reload()

    def _events(self) -> list[Event]:
        return sorted(self.app.store.events,
                      key=lambda e: (e.date.isoformat() if e.date else "", e.created),
                      reverse=True)

    def reload(self, select: str | None = None) -> None:
        """Redraw the table, keeping (or moving to) the highlighted event."""
        table = self.query_one(DataTable)
        keep = select or self._highlighted_id()
        current = self.app.current_event
        table.clear(columns=True)
        self._add_columns(table)
        for event in self._events():
            present, expected, met = self._counts(event)
            is_current = current is not None and current.id == event.id
            table.add_row(
                Text("●" if is_current else "", style="bold $text-success"),
                literal_text(event.date.isoformat() if event.date else "—"),
                literal_text(event.name, style="bold" if is_current else ""),
                literal_text(event.role.value),
                Text(f"{present}/{expected}", justify="right"),
                Text(str(met), justify="right"),
                key=event.id,
            )
        if table.row_count == 0:
            self.query_one("#event-detail", Static).update(
                "No events yet. Press n to create one: its name, date, venue, your role "
                "(host or attendee) and your goals for it.")
            return
        if keep is not None and keep in {row.value for row in table.rows}:
            table.move_cursor(row=table.get_row_index(keep))
        self._show_detail()

    def _counts(self, event: Event) -> tuple[int, int, int]:
        rows = self.app.store.attendance.where("event_id", event.id)
        status = Counter(a.status for a in rows)
        present = status[AttendanceStatus.PRESENT]
        expected = present + status[AttendanceStatus.EXPECTED] + status[AttendanceStatus.LEFT]
        met = sum(1 for a in rows if a.queue == QueueState.MET)
        return present, expected, met

    def _highlighted_id(self) -> str | None:
        table = self.query_one(DataTable)
        if table.row_count == 0:
            return None
        return table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value

    def _highlighted(self) -> Event | None:
        return self.app.store.events.get(self._highlighted_id())

    @on(DataTable.RowHighlighted)
    def _show_detail(self) -> None:
        event = self._highlighted()
        detail = self.query_one("#event-detail", Static)
        if event is None:
            detail.update("")
            return
        goals = event.goals
        lines = [
            join(literal(event.name, "bold"), "  ·  ", literal(event.venue or "no venue")),
            join("Role: ", "host — you check guests in" if event.role == "host"
                 else "attendee — you check yourself in and mark who is there"),
            join("Hoping to meet: ", literal("; ".join(goals.targets) or "—")),
            join("I offer: ", literal("; ".join(goals.offers) or "—")),
            join("I need: ", literal("; ".join(goals.needs) or "—")),
        ]
        detail.update(join(*lines, separator="\n"))

    def action_choose_event(self) -> None:
        event = self._highlighted()
        if event is None:
            return
        self.app.set_current_event(event)
        self.notify(f"Current event: {event.name}", markup=False)

    def action_new_event(self) -> None:
        self._open_form(EventFormScreen(None, self.app.store.me.goals))

    def action_edit_event(self) -> None:
        event = self._highlighted()
        if event is not None:
            self._open_form(EventFormScreen(event, event.goals))

    def _open_form(self, form: EventFormScreen) -> None:
        def saved(values: Values | None) -> None:
            if values is not None:
                self._saved(form.event(values))

        self.app.push_screen(form, saved)

    def _saved(self, event: Event) -> None:
        is_new = event.id not in self.app.store.events
        self.app.store.save(event)
        if is_new or self.app.current_event is None:
            self.app.set_current_event(event)
            self.notify(f"Created {event.name}; it is now the current event.", markup=False)
        else:
            self.app.refresh_title()
        self.reload(select=event.id)
