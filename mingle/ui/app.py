"""The mingle app: the factory shared by the command line and the tests, modes and app commands."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from concurrent.futures import Future
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

from textual.app import App, SystemCommand
from textual.content import Content
from textual.screen import Screen
from textual.worker import Worker, WorkerState

from mingle.domain.exports.formats import export
from mingle.domain.imports.attendees import AttendeeList
from mingle.domain.records.entered import is_yes
from mingle.domain.records.models import Event
from mingle.services.live_event import LiveEvent, add_note
from mingle.services.transfer import (
    ImportReport,
    gather_export,
    import_attendees,
    read_import_file,
)
from mingle.store.database import Store
from mingle.store.output import OutputExistsError, check_output_path, write_output
from mingle.store.settings import CURRENT_EVENT, THEME
from mingle.store.undo import UndoLog
from mingle.ui.commands import APP_COMMANDS, Command, bindings
from mingle.ui.keymap import load_keymap
from mingle.ui.messages import CurrentEventChanged, DataChanged, SaveFinished, StoreFailed
from mingle.ui.network import NetworkCommands
from mingle.ui.screens.card import CardScreen
from mingle.ui.screens.checkin import CheckInScreen
from mingle.ui.screens.dialogs import HelpScreen, MessageDialog, UnsavedDialog
from mingle.ui.screens.events import EventsScreen
from mingle.ui.screens.intros import IntrosScreen
from mingle.ui.screens.note_editor import NoteEditorScreen
from mingle.ui.screens.person import PersonScreen
from mingle.ui.screens.person_forms import QuickCaptureScreen
from mingle.ui.screens.queue import QueueScreen
from mingle.ui.screens.receive import ReceiveCardScreen
from mingle.ui.screens.review import ReviewScreen
from mingle.ui.screens.transfer import ExportScreen, ImportScreen
from mingle.ui.screens.typed import MingleScreen
from mingle.ui.themes import OFFERED as OFFERED_THEMES
from mingle.ui.themes import offered_themes

NETWORK_INDEX_DELAY = 1.0
"""Seconds after start before the search index is built (opening People builds it at once)."""


class MingleApp(NetworkCommands, App[int]):
    """Full-screen mingle on one open Store."""

    CSS_PATH = [Path(__file__).parent / "styles" / name for name in ("app.tcss", "network.tcss")]
    TITLE = "mingle"
    BINDINGS = bindings(APP_COMMANDS)
    MODES = {"events": EventsScreen, "checkin": CheckInScreen, "queue": QueueScreen,
             "intros": IntrosScreen, "review": ReviewScreen}

    def __init__(self, store: Store, *, start: str | None = None) -> None:
        self.store = store
        self._live: LiveEvent | None = None
        # The first screen: check-in when an event is chosen, else the events screen.
        self._show_card = start == "card"
        if start == "card":
            start = None
        # Textual reads the first mode from the instance in App.__init__; it depends on the store.
        self.DEFAULT_MODE = start or ("checkin" if self.current_event else "events")  # type: ignore[misc]
        super().__init__()
        # Only themes whose every text was measured at 4.5:1 (tests/ui/test_contrast.py).
        for name in set(self.available_themes) - set(OFFERED_THEMES):
            self.unregister_theme(name)
        for theme in offered_themes():
            self.register_theme(theme)
        store.on_error = self._save_failed
        self.keymap, self.keymap_problems = load_keymap()
        if self.keymap:
            self.set_keymap(self.keymap)
        saved_theme = store.setting(THEME)
        if isinstance(saved_theme, str) and saved_theme in self.available_themes:
            self.theme = saved_theme

    def _save_failed(self, error: BaseException) -> None:
        # Called on the writer thread; post_message is thread-safe.
        self.post_message(StoreFailed(error))

    def on_mount(self) -> None:
        self.refresh_title()
        self._save_state = ""
        self.set_interval(0.5, self._watch_saves)
        # After the first screen is drawn and in use: the build competes with start-up otherwise.
        self.set_timer(NETWORK_INDEX_DELAY, self.start_network_index)
        if self._show_card:
            self.push_screen(CardScreen())
        for problem in self.keymap_problems:
            self.notify(problem, title="Keymap", severity="warning", markup=False, timeout=10)

    def format_title(self, title: str, sub_title: str) -> Content:
        # As Textual's, with the sub-title in $text-muted (Rich's dim is too faint to read).
        if not sub_title:
            return Content(title)
        return Content.assemble(title, (" — ", "$text-muted"), (sub_title, "$text-muted"))

    def watch_theme(self, theme: str) -> None:
        if self.store.setting(THEME) != theme and not self.store.read_only:
            self.store.set_setting(THEME, theme)

    # -- current event ---------------------------------------------------------------------

    @property
    def current_event(self) -> Event | None:
        """The event the user is at (or preparing), if one is chosen."""
        return self.store.events.get(self.store.setting(CURRENT_EVENT))

    @property
    def live(self) -> LiveEvent | None:
        """The live-event operations for the current event (None without one)."""
        event = self.current_event
        if event is None:
            self._live = None
        elif self._live is None or self._live.event.id != event.id:
            self._live = LiveEvent(self.store, event)
        elif self._live.event is not event:
            self._live.event = event  # edited (name, goals): same attendees
        return self._live

    def set_current_event(self, event: Event | None) -> None:
        """Make an event the current one, in the header and on disk."""
        self.store.set_setting(CURRENT_EVENT, event.id if event else None)
        self.refresh_title()
        self.screen.post_message(CurrentEventChanged(event.id if event else None))

    def refresh_title(self) -> None:
        event = self.current_event
        if event is None:
            title = "no event chosen (F2 to pick one)"
        else:
            when = f" · {event.date:%a %d %b %Y}" if event.date else ""
            title = f"{event.name}{when}"
        state = getattr(self, "_save_state", "")
        self.sub_title = f"{state} · {title}" if state else title

    # -- saving ----------------------------------------------------------------------------

    def _save_words(self) -> str:
        """What the header says about saving: nothing when all is on disk."""
        unsaved = len(self.store.describe_unsaved())
        if unsaved:
            return f"⚠ NOT SAVED ({unsaved} change{'s' if unsaved != 1 else ''})"
        return "saving…" if self.store.pending_saves else ""

    def _watch_saves(self) -> None:
        state = self._save_words()
        if state != self._save_state:
            self._save_state = state
            self.refresh_title()

    def after_save(self, then: Callable[[BaseException | None], None]) -> Future[None]:
        """Call `then` on the UI thread once everything saved so far is on disk (or failed)."""
        future = self.store.on_disk()
        future.add_done_callback(
            lambda finished: self.post_message(SaveFinished(then, finished.exception())))
        return future

    def tell_when_saved(self, words: str) -> None:
        """Say `words` once everything saved so far is on disk ("saving…" if it takes a while)."""

        def done(error: BaseException | None) -> None:
            if error is None:  # a failure is reported by on_store_failed, with what to do
                self.notify(words, markup=False)

        future = self.after_save(done)
        if not future.done():
            self.set_timer(0.2, lambda: None if future.done()
                           else self.notify("Saving…", timeout=2))

    def on_save_finished(self, message: SaveFinished) -> None:
        message.then(message.error)
        self._watch_saves()

    async def action_quit(self) -> None:
        """Quit; with changes that could not be saved, say so and offer to retry first."""
        if not self.store.read_only and self.store.describe_unsaved():
            self._ask_before_quitting()
            return
        self.exit()

    def _ask_before_quitting(self) -> None:
        def chosen(choice: str | None) -> None:
            if choice == "retry":
                self.notify("Trying to save again…", markup=False)
                self.run_worker(self.store.flush, name="save-retry", thread=True,
                                exit_on_error=False)
            elif choice == "quit":
                self.exit(return_code=1)

        if not isinstance(self.screen, UnsavedDialog):
            self.push_screen(UnsavedDialog(self.store.describe_unsaved(), self.store.save_error),
                             chosen)

    # -- commands --------------------------------------------------------------------------

    def screen_commands(self, screen: Screen) -> tuple[Command, ...]:
        """The commands of a screen (its own, then the app's), with the user's own keys."""
        commands = (*getattr(screen, "COMMAND_LIST", ()), *APP_COMMANDS)
        return tuple(replace(c, key=self.keymap[c.id]) if c.id in self.keymap else c
                     for c in commands)

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        for command in self.screen_commands(screen):
            if command.id == "app.palette":
                continue
            target = self if command.action.startswith("app.") else screen
            action = command.action.removeprefix("app.")
            yield SystemCommand(command.title, f"{command.help} · key: {command.key_display}",
                                partial(target.run_action, action))
        yield from (c for c in super().get_system_commands(screen) if c.title in ("Theme",))

    def action_show_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen_commands(self.screen)))

    async def action_open(self, mode: str) -> None:
        """Go to one of the top-level screens, itself: never a screen left pushed on top of it."""
        await self.switch_mode(mode)
        while len(self.screen_stack) > 1:
            await self.pop_screen()

    # -- people and notes ------------------------------------------------------------------

    def open_person(self, person_id: str) -> None:
        """Show a person's page."""
        self.push_screen(PersonScreen(person_id))

    def open_note(self, person_id: str) -> None:
        """Open the note editor for a person; the note is saved when the user presses Enter."""
        person = self.store.people.get(person_id)
        if person is None:
            return
        event = self.current_event
        attending = self.live is not None and self.live.attendance_of(person_id) is not None

        def saved(text: str | None) -> None:
            if text is None:
                return
            event_id = event.id if event is not None and attending else None
            parsed = add_note(self.store, person_id, text, event_id,
                              log=self._undo_log_of_screen())
            understood = "; ".join(parsed.summary())
            self.tell_when_saved(f"Note saved{': ' + understood if understood else ''}")
            self._refresh_screen()

        context = event.name if event is not None and attending else ""
        self.push_screen(NoteEditorScreen(self.store, person, context), saved)

    def _undo_log_of_screen(self) -> UndoLog | None:
        """The undo log of the screen shown, so Ctrl+Z there undoes what the app did on it."""
        screen = self.screen
        return screen.undo_log if isinstance(screen, MingleScreen) else None

    def action_capture(self) -> None:
        """Someone new met by chance: name and first note in one form."""
        live = self.live
        if live is None:
            self.notify("Choose or create an event first (F2).", severity="warning")
            return

        def captured(values: dict[str, str] | None) -> None:
            if values is None:
                return
            person, _, known = live.quick_capture(
                values["name"], values["company"], values["note"], values["email"],
                values["phone"], log=self._undo_log_of_screen())
            self.tell_when_saved(f"{'Merged into' if known else 'Added'} {person.display_name}"
                                 " (met)")
            self._refresh_screen()

        self.push_screen(QuickCaptureScreen(), captured)

    def action_my_card(self) -> None:
        """My card as a QR code, full screen."""
        if not isinstance(self.screen, CardScreen) or self.screen.person_id is not None:
            self.push_screen(CardScreen())

    def action_receive(self) -> None:
        """Take in someone's card: scanner, paste or image."""
        if not isinstance(self.screen, ReceiveCardScreen):
            self.push_screen(ReceiveCardScreen())

    def open_intros_for(self, person_id: str) -> None:
        """The best people to introduce this person to."""
        self.push_screen(IntrosScreen(focus_person=person_id))

    def show_card_of(self, person_id: str) -> None:
        """A person's card as a QR code, for an introduction (if they allowed sharing it)."""
        self.push_screen(CardScreen(person_id))

    def data_changed(self) -> None:
        """People or attendance changed outside the live-event operations: list them again."""
        self._live = None
        self._refresh_screen()

    def _refresh_screen(self) -> None:
        self.screen.post_message(DataChanged())  # each screen that lists data handles it

    # -- failures --------------------------------------------------------------------------

    def on_store_failed(self, message: StoreFailed) -> None:
        self._watch_saves()
        if isinstance(self.screen, UnsavedDialog):
            return
        self.push_screen(MessageDialog(
            "Could not save to disk",
            f"{message.error}\n\nYour change is kept in memory and is written with the next "
            f"save. Check free space and permissions for {self.store.path}.",
            error=True,
        ))

    # -- import and export -----------------------------------------------------------------

    def action_import(self) -> None:
        """Import an attendee list; the file is read in a thread, then merged."""
        event = self.current_event
        self.push_screen(ImportScreen(event.name if event else ""), self._import_chosen)

    def _import_chosen(self, values: dict[str, str] | None) -> None:
        if values is None:
            return
        path = Path(values["file"].strip()).expanduser()
        self.notify(f"Reading {path.name}…", markup=False)
        self.run_worker(partial(_read_for_import, path, values["event"].strip() or None),
                        name="import-read", thread=True, exit_on_error=False)

    def action_export(self) -> None:
        """Write people, notes or follow-ups to a file for another tool."""
        self.push_screen(ExportScreen(), self._export_chosen)

    def _export_chosen(self, values: dict[str, str] | None) -> None:
        if values is None:
            return
        file_format = values["format"].strip().lower()
        out = Path(values["file"].strip()).expanduser().absolute()
        force = is_yes(values["replace"])
        try:
            check_output_path(out, self.store.path, force=force)
            result = export(gather_export(self.store, self.current_event), file_format,
                            layout=values["layout"].strip().lower())
        except OutputExistsError:  # said in the form's words, not the command line's
            self.push_screen(MessageDialog("Nothing exported", f"{out} already exists. Export "
                                           "again with “Replace file: Yes” to replace it, or "
                                           "choose another name.", error=True))
            return
        except ValueError as exc:  # OutputError, or a report that needs an event
            self.push_screen(MessageDialog("Nothing exported", str(exc), error=True))
            return
        words = f"Wrote {result.summary} to {out}."
        if result.withheld:
            words += f" Left out {result.withheld} who did not agree to share their card."
        self.run_worker(partial(_write_export, out, result.payload, self.store.path, force, words),
                        name="export-write", thread=True, exit_on_error=False)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        # The state carried by the message: by the time it arrives the worker may be further.
        worker, state = event.worker, event.state
        if worker.name == "save-retry":
            self._retried(state)
            return
        if worker.name not in ("import-read", "export-write"):
            return
        if worker.name == "import-read" and state in (WorkerState.SUCCESS, WorkerState.ERROR):
            self.clear_notifications()  # "Reading …" is over
        if state == WorkerState.ERROR:
            title = "Nothing imported" if worker.name == "import-read" else "Nothing exported"
            error = worker.error
            message = (str(error) if isinstance(error, ValueError)
                       else f"{getattr(error, 'strerror', None) or error}")
            self.push_screen(MessageDialog(title, message, error=True))
        elif state == WorkerState.SUCCESS and isinstance(worker.result, ImportJob):
            self._finish_import(worker.result)
        elif state == WorkerState.SUCCESS and isinstance(worker.result, str):
            self.notify(worker.result, markup=False)

    def _retried(self, state: WorkerState) -> None:
        if state == WorkerState.SUCCESS:
            self._watch_saves()
            self.notify("Saved. Everything is on disk.", markup=False)
            self.exit()
        elif state == WorkerState.ERROR:
            self._ask_before_quitting()

    def _finish_import(self, job: ImportJob) -> None:
        path, event_name, attendees = job.path, job.event_name, job.attendees
        if not attendees.rows:
            report = ImportReport.of(attendees, path.name)
            self.push_screen(MessageDialog(
                "Nothing imported", "\n".join(report.lines(counts_first=True)), error=True))
            return
        report = import_attendees(self.store, attendees, path.name, event_name)
        self.refresh_title()
        self.data_changed()
        self.push_screen(MessageDialog("Import report",
                                       "\n".join(report.lines(counts_first=True))))


@dataclass(frozen=True, slots=True)
class ImportJob:
    """An attendee list read in a worker, with what it was read for (no state kept on the app)."""

    path: Path
    event_name: str | None
    attendees: AttendeeList


def _read_for_import(path: Path, event_name: str | None) -> ImportJob:
    """In a worker: read the file; the job carries everything its finishing needs."""
    return ImportJob(path, event_name, read_import_file(path, []))


def _write_export(out: Path, payload: bytes, db: Path, force: bool, words: str) -> str:
    """In a worker: write the export through the safe writer; returns what to tell the user."""
    write_output(out, payload, db, force=force)
    return words


def create_app(store: Store, *, start: str | None = None) -> MingleApp:
    """Build the app on an open store (used by the command line and the tests)."""
    return MingleApp(store, start=start)
