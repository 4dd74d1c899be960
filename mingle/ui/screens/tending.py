"""Tending a person's record from their page: notes, follow-ups, consent, merge and forget.

Every change is recorded in the page's UndoLog, so Ctrl+Z right after puts it back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.content import Content

from mingle.domain.event.notes import parse_note
from mingle.domain.network.tending import CONSENT_RULE, merge_by_hand, merge_rows, same_person_rule
from mingle.domain.records.entered import is_yes
from mingle.domain.records.models import Consent, FollowUp, Note, Person, Record, now
from mingle.services.tending import Plan, apply_plan, plan_forget, plan_merge
from mingle.store.storage import backup_path
from mingle.store.undo import UndoLog
from mingle.ui.commands import Command
from mingle.ui.safe_text import join, literal
from mingle.ui.screens.form import Field, FormScreen, Values, check_yes_no
from mingle.ui.screens.people import PeopleScreen
from mingle.ui.screens.tending_dialogs import ConfirmScreen, PickScreen
from mingle.ui.screens.typed import MingleScreen

TENDING_COMMANDS = (
    Command("person.edit_note", "Edit a note", "Change the text of one of their notes", "w",
            "edit_note", label="Edit note", footer=False),
    Command("person.delete_note", "Delete a note", "Remove one of their notes (Ctrl+Z brings it "
            "back)", "x", "delete_note", footer=False),
    Command("person.followup_done", "Follow-up done", "Mark one of their open follow-ups done",
            "d", "followup_done", label="Done", footer=False),
    Command("person.consent", "Consent", "Whether their card may be shared and whether they may "
            "be introduced", "k", "consent", footer=False),
    Command("person.merge", "Merge with…", "The same person recorded twice: pick the other, "
            "see the merged record, then confirm", "m", "merge", label="Merge", footer=False),
    Command("person.forget", "Forget person", "Remove them and everything about them, after "
            "saying what goes", "f", "forget", footer=False),
)
_TABLE_WORDS = {"notes": ("note", "notes"), "followups": ("follow-up", "follow-ups"),
                "intros": ("introduction", "introductions"),
                "attendance": ("event attendance", "event attendances")}


def _count_words(counts: dict[str, int]) -> str:
    parts = [f"{n} {_TABLE_WORDS[t][n != 1]}" for t, n in counts.items()
             if t in _TABLE_WORDS and n]
    return ", ".join(parts) if parts else "nothing else"


class TendingActions(MingleScreen[None]):
    """PersonScreen's base: the actions of TENDING_COMMANDS."""

    person_id: str
    undo_log: UndoLog  # the page's own (PersonScreen makes it)

    def reload(self) -> None:
        """Show the person again (PersonScreen draws the page)."""
        raise NotImplementedError

    def _person_or_say(self) -> Person | None:
        person = self.app.store.people.get(self.person_id)
        if person is None:
            self.notify("This person is no longer stored (Ctrl+Z brings them back if you "
                        "just forgot them).", severity="warning", markup=False)
        return person

    def _changed(self, words: str, before: list[Record], after: list[Record]) -> None:
        self.app.store.save(*after)
        self.undo_log.record(words, before=before)
        self._done(words)

    def _done(self, words: str) -> None:
        self.notify(f"{words[:1].upper()}{words[1:]} · Ctrl+Z undoes", markup=False)
        self.app.data_changed()
        self.reload()

    def _pick(self, title: str, records: list[Any], show: Callable[[Any], Content],
              then: Callable[[Any], None]) -> None:
        if not records:
            self.notify(f"{title}: there is none.", markup=False)
            return
        self.app.push_screen(PickScreen(title, [show(r) for r in records]),
                             lambda i: then(records[i]) if i is not None else None)

    # -- notes and follow-ups --------------------------------------------------------------

    def _notes(self) -> list[Note]:
        notes = self.app.store.notes.where("person_id", self.person_id)
        return sorted(notes, key=lambda n: n.created, reverse=True)

    def _note_line(self, note: Note) -> Content:
        event = self.app.store.events.get(note.event_id)
        where = f" · {event.name}" if event else ""
        return join(Content(f"{note.created:%Y-%m-%d}").stylize("dim"), literal(where, "dim"),
                    "  ", literal(note.text))

    def action_edit_note(self) -> None:
        if self._person_or_say() is None:
            return

        def edit(note: Note) -> None:
            def saved(values: Values | None) -> None:
                text = (values or {}).get("text", "").strip()
                if values is None or text == note.text:
                    return
                edited = note.evolve(text=text, tags=parse_note(text, now().date()).tags)
                self._changed("note edited", [note], [edited])

            self.app.push_screen(FormScreen(
                "Edit note", [Field("text", "Note", note.text)],
                check=lambda v: None if v["text"].strip() else ("text", "A note needs text; "
                                                                 "x deletes it instead.")),
                saved)

        self._pick("Which note?", self._notes(), self._note_line, edit)

    def action_delete_note(self) -> None:
        if self._person_or_say() is None:
            return

        def delete(note: Note) -> None:
            self.app.store.delete(note)
            self.undo_log.record("note deleted", before=[note])
            self._done("note deleted")

        self._pick("Delete which note?", self._notes(), self._note_line, delete)

    def action_followup_done(self) -> None:
        if self._person_or_say() is None:
            return
        waiting = [f for f in self.app.store.followups.where("person_id", self.person_id)
                   if f.done_at is None]

        def done(followup: FollowUp) -> None:
            self._changed(f"done: {followup.action}", [followup],
                          [followup.evolve(done_at=now())])

        self._pick("Which follow-up is done?", waiting,
                   lambda f: join(Content(f"due {f.due or 'some day'}  ").stylize("dim"),
                                  literal(f.action)), done)

    def action_consent(self) -> None:
        person = self._person_or_say()
        if person is None:
            return

        def saved(values: Values | None) -> None:
            if values is None:
                return
            consent = Consent(share_card=is_yes(values["share_card"]),
                              intro_ok=is_yes(values["intro_ok"]))
            if consent != person.consent:
                self._changed(f"consent of {person.display_name} changed", [person],
                              [person.evolve(consent=consent)])

        self.app.push_screen(FormScreen(
            f"Consent of {person.display_name}",
            [Field("share_card", "Share card", "yes" if person.consent.share_card else "no"),
             Field("intro_ok", "Intros OK", "yes" if person.consent.intro_ok else "no")],
            hint="yes or no · Enter saves · Esc cancels",
            check=lambda values: check_yes_no(values, "share_card", "intro_ok")), saved)

    # -- merge and forget ------------------------------------------------------------------

    def action_merge(self) -> None:
        person = self._person_or_say()
        if person is None:
            return

        def picked(other_id: str | None) -> None:
            other = self.app.store.people.get(other_id)
            kept = self.app.store.people.get(self.person_id)
            if other is None or kept is None:
                return
            plan = plan_merge(self.app.store, kept, other)
            self.app.push_screen(
                ConfirmScreen(f"Merge {other.display_name} into {kept.display_name}?",
                              merge_preview(kept, other, plan), "Merge"),
                lambda yes: self._apply(plan) if yes else None)

        self.app.push_screen(PeopleScreen(pick_for=person.id,
                                          title=f"Merge {person.display_name} with…"), picked)

    def action_forget(self) -> None:
        person = self._person_or_say()
        if person is None:
            return
        plan = plan_forget(self.app.store, person)
        counts = dict(plan.counts())
        backup = backup_path(self.app.store.path)
        body = join(
            "This removes ", literal(person.display_name, "bold"), "'s record and ",
            _count_words(counts), ".\n\n",
            Content("Ctrl+Z on this page right after brings everything back. The backup file "),
            literal(str(backup), "italic"),
            " keeps the version from before this until your next change is saved over it; "
            "after that they are gone for good.")
        self.app.push_screen(
            ConfirmScreen(f"Forget {person.display_name}?", body, "Forget", danger=True),
            lambda yes: self._apply(plan) if yes else None)

    def _apply(self, plan: Plan) -> None:
        apply_plan(self.app.store, plan, self.undo_log)
        self._done(plan.words)


def merge_preview(kept: Person, other: Person, plan: Plan) -> Content:
    """Both sides of a merge, the merged record, the rule, and what moves over."""
    merged = merge_by_hand(kept, other)
    lines: list[Content] = [
        join(Content("Rule: ").stylize("dim"), same_person_rule(kept, other)),
        join(Content("Kept: ").stylize("dim"), literal(kept.display_name, "bold"),
             Content("   removed: ").stylize("dim"), literal(other.display_name, "bold")),
        Content(""),
    ]
    for row in merge_rows(kept, other, merged):
        label = Content(f"{row.label:<10}").stylize("bold")
        if row.source == "same":
            lines.append(join(label, literal(row.merged), Content("  (both)").stylize("dim")))
            continue
        lines.append(join(label, Content("kept:    ").stylize("dim"), literal(row.kept or "—")))
        lines.append(join(" " * 10, Content("other:   ").stylize("dim"),
                          literal(row.other or "—")))
        lines.append(join(" " * 10, Content("result:  ").stylize("$success"),
                          literal(row.merged or "—")))
    lines += [Content(""), Content(CONSENT_RULE).stylize("dim"),
              join("Moves over to ", literal(kept.display_name), ": ",
                   _count_words(dict(plan.moved)), "."),
              Content("Ctrl+Z on the person page right after undoes the merge.").stylize("dim")]
    return join(*lines, separator="\n")
