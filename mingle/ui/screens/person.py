"""PersonScreen: everything known about a person, from this and earlier events."""

from __future__ import annotations

from datetime import date

from textual import on
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Footer, Header, Static

from mingle.domain.introductions.suggest import STATE_LABELS
from mingle.domain.records.models import IntroState, Person, QueueState
from mingle.ui.commands import Command, bindings
from mingle.ui.messages import DataChanged
from mingle.ui.safe_text import hanging, join, literal, literal_block
from mingle.ui.screens.person_forms import PersonEditScreen
from mingle.ui.screens.tending import TENDING_COMMANDS, TendingActions


def _heading(text: str) -> Content:
    return Content(text).stylize("bold $text-primary")


class PersonScreen(TendingActions):
    """Card, interests, needs and offers, notes (newest first), follow-ups, intros, events."""

    COMMAND_LIST = (
        Command("person.back", "Back", "Return to the previous screen", "escape", "back"),
        Command("person.note", "Quick note", "Write a note about this person", "n", "note",
                label="Note"),
        Command("person.edit", "Edit person", "Change name, card fields, tags, needs, offers",
                "e", "edit", label="Edit"),
        Command("person.intros", "Who should they meet?", "The best people to introduce "
                "them to, with the reasons", "i", "intros", label="Intros"),
        Command("person.card", "Show their card", "Their card as a QR code, for an "
                "introduction (if they allowed sharing it)", "c", "card", label="Card"),
        *TENDING_COMMANDS,
        Command("person.undo", "Undo", "Undo the last notes, edits, merges and forgets made on "
                "this page", "ctrl+z", "undo", footer=False),
    )
    BINDINGS = bindings(COMMAND_LIST)

    def __init__(self, person_id: str) -> None:
        super().__init__()
        self.person_id = person_id

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="person-body"):
            yield Static(id="person-card")
            yield Static(id="person-history")
        yield Footer()

    def on_screen_resume(self) -> None:
        self.reload()  # also sent when the screen is first shown

    @on(DataChanged)
    def _data_changed(self) -> None:
        self.reload()

    @property
    def person(self) -> Person | None:
        return self.app.store.people.get(self.person_id)

    def reload(self) -> None:
        person = self.person
        if person is None:
            self.query_one("#person-card", Static).update(
                "This person is no longer stored." + (" Ctrl+Z brings them back."
                                                      if self.undo_log else ""))
            self.query_one("#person-history", Static).update("")
            return
        self.query_one("#person-card", Static).update(self._card(person))
        self.query_one("#person-history", Static).update(self._history(person))

    def _card(self, person: Person) -> Content:
        role = ", ".join(x for x in (person.title, person.company) if x)
        lines: list[Content] = [join(literal(person.display_name, "bold"),
                                     " — " if role else "", literal(role))]
        for label, values in (("Email", person.emails), ("Phone", person.phones),
                              ("Links", person.urls), ("Interests", person.tags),
                              ("Needs", person.needs), ("Offers", person.offers)):
            if values:
                lines.append(join(Content(f"{label}: ").stylize("$text-muted"),
                                  literal(", ".join(values))))
        consent = []
        if not person.consent.share_card:
            consent.append("does not want their card shared")
        if not person.consent.intro_ok:
            consent.append("no introductions")
        if consent:
            lines.append(Content("Consent: " + "; ".join(consent)).stylize("$text-warning"))
        live = self.app.live
        if live is not None:
            attendance = live.attendance_of(person.id)
            if attendance is not None:
                state = attendance.status.value
                if attendance.queue == QueueState.MET:
                    state += f", met{f' at {attendance.met_at:%H:%M}' if attendance.met_at else ''}"
                if attendance.starred:
                    state += ", starred"
                lines.append(join(Content("Tonight: ").stylize("$text-muted"), state))
        lines.append(join(Content("Source: ").stylize("$text-muted"),
                          literal(person.source, "$text-muted")))
        return join(*lines, separator="\n")

    def _text_width(self) -> int:
        """Columns the history is drawn in (the window's, until it is laid out)."""
        shown = self.query_one("#person-history", Static).content_region.width
        return shown or max(20, self.app.size.width - 4)

    def on_resize(self) -> None:
        self.reload()  # wrapped lines keep their indent at the new width

    def _history(self, person: Person) -> Content:
        store = self.app.store
        width = self._text_width()
        parts: list[Content] = [Content("")]
        notes = sorted(store.notes.where("person_id", person.id), key=lambda n: n.created,
                       reverse=True)
        parts.append(_heading(f"Notes ({len(notes)})"))
        for note in notes:
            event = store.events.get(note.event_id)
            parts.append(join(Content(f"{note.created:%Y-%m-%d %H:%M}"
                                      f"{' · ' if event else ''}").stylize("$text-muted"),
                              literal(event.name if event else "", "$text-muted")))
            parts.append(hanging(literal_block(note.text), width))
        if not notes:
            parts.append(Content("  none yet — press n to write one").stylize("$text-muted"))
        followups = sorted(store.followups.where("person_id", person.id),
                           key=lambda f: (f.done_at is not None, f.due or date.max))
        parts += [Content(""), _heading(f"Follow-ups ({len(followups)})")]
        today = date.today()
        for followup in followups:
            if followup.done_at:
                status = Content(f"done {followup.done_at:%Y-%m-%d}").stylize("$text-success")
            elif followup.due and followup.due < today:
                status = Content(f"overdue since {followup.due}").stylize("$text-error")
            else:
                status = Content(f"due {followup.due or 'some day'}")
            parts.append(hanging(join(status, "  ", literal(followup.action)), width))
        intros = [*store.intros.where("a_id", person.id), *store.intros.where("b_id", person.id)]
        intros = [i for i in intros if i.state != IntroState.DISMISSED]
        parts += [Content(""), _heading(f"Introductions ({len(intros)})")]
        for intro in sorted(intros, key=lambda i: i.updated, reverse=True):
            other = store.people.get(intro.b_id if intro.a_id == person.id else intro.a_id)
            parts.append(hanging(join(
                literal(other.display_name if other else "?", "bold"),
                Content(f"  {STATE_LABELS[intro.state]}  ").stylize("$text-muted"),
                literal(intro.reason)), width))
        attended = []
        for attendance in store.attendance.where("person_id", person.id):
            event = store.events.get(attendance.event_id)
            if event is not None:
                attended.append((event.date or date.min, event.name, attendance))
        parts += [Content(""), _heading(f"Events ({len(attended)})")]
        for when, name, attendance in sorted(attended, key=lambda x: x[0], reverse=True):
            met = " · met" if attendance.queue == QueueState.MET else ""
            parts.append(join("  ", Content(f"{when if when != date.min else '—'}  "),
                              literal(name), Content(f"  {attendance.status.value}{met}")
                              .stylize("$text-muted")))
        return join(*parts, separator="\n")

    def action_intros(self) -> None:
        person_id = self.person_id
        if person_id is not None:
            self.app.open_intros_for(person_id)

    def action_note(self) -> None:
        self.app.open_note(self.person_id)

    def action_edit(self) -> None:
        person = self.person
        if person is None:
            return
        editor = PersonEditScreen(person)

        def saved(values: dict[str, str] | None) -> None:
            if values is None:
                return
            edited = editor.edited(values)
            self.undo_log.record(f"edit of {person.display_name}", [person])
            self.app.store.save(edited)
            self.undo_log.record(f"edited {edited.display_name}", before=[person])
            if self.app.live is not None:
                self.app.live.refresh_person(edited)
            self.reload()

        self.app.push_screen(editor, saved)

    def action_card(self) -> None:
        self.app.show_card_of(self.person_id)

    def action_undo(self) -> None:
        undone = self.undo_log.undo(self.app.store)
        self.notify(f"Undone: {undone[0].words}" if undone else "Nothing to undo on this page",
                    markup=False)
        self.app.data_changed()
        self.reload()

    def action_back(self) -> None:
        self.app.pop_screen()
