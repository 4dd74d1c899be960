"""ReceiveCardScreen: someone else's card from a handheld scanner, pasted text or an image."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.content import Content
from textual.timer import Timer
from textual.widgets import Footer, Input, Static, TextArea
from textual.worker import Worker, WorkerState

from mingle.domain.exchange.images import read_card_file
from mingle.domain.exchange.parse import CardBatch, ParsedCard, parse_cards
from mingle.domain.exchange.payload import CardError
from mingle.domain.exchange.scanner import PAUSE_SECONDS, ScannerBuffer
from mingle.services.cards_in import describe, is_my_card, preview, take_in_cards
from mingle.ui.commands import Command, bindings
from mingle.ui.safe_text import join, literal
from mingle.ui.screens.typed import MingleScreen
from mingle.ui.widgets.scan_area import ScanArea

HINT = ("Scan a card with a handheld scanner (it types here), or paste a vCard, MECARD or "
        "link. Or type the path of a photo or screenshot of a QR code below and press Enter.")


class ReceiveCardScreen(MingleScreen[None]):
    """Cards are read as they arrive and shown first; Ctrl+S takes them in."""

    AUTO_FOCUS = "#scan"
    COMMAND_LIST = (
        Command("receive.save", "Take in", "Store the card(s) shown: new people are added, "
                "known ones updated", "ctrl+s", "save", priority=True),
        Command("receive.clear", "Clear", "Start again with an empty box", "ctrl+l", "clear"),
        Command("receive.back", "Back", "Leave without taking anything in", "escape", "back"),
    )
    BINDINGS = bindings(COMMAND_LIST)

    def __init__(self) -> None:
        super().__init__()
        self._buffer = ScannerBuffer()
        self._seen = ""
        self._cards: list[ParsedCard] = []
        self._skipped: list[str] = []
        self._pause: Timer | None = None

    def compose(self) -> ComposeResult:
        yield Static("Receive a card", classes="screen-title")
        yield Static(HINT, classes="dialog-hint")
        yield ScanArea(id="scan", soft_wrap=True, show_line_numbers=False)
        yield Input(id="image", placeholder="Image file: ~/Pictures/card.png — then Enter")
        yield Static(id="found")
        yield Footer()

    # -- scanner and paste -----------------------------------------------------------------

    @on(TextArea.Changed, "#scan")
    def _typed(self, event: TextArea.Changed) -> None:
        text = event.text_area.text
        if text.startswith(self._seen):
            arrived = text[len(self._seen):]
        else:  # edited by hand: read everything again
            self._buffer.clear()
            arrived = text
        self._seen = text
        for payload in self._buffer.feed(arrived):
            self._read(payload)
        if self._pause is not None:
            self._pause.stop()
        self._pause = self.set_timer(PAUSE_SECONDS, self._paused)

    def _paused(self) -> None:
        payload = self._buffer.pause()
        if payload:
            self._read(payload)

    def _read(self, payload: str) -> None:
        try:
            self._show(parse_cards(payload), [])
        except CardError as exc:
            self._problem(str(exc))

    # -- images ----------------------------------------------------------------------------

    @on(Input.Submitted, "#image")
    def _image(self, event: Input.Submitted) -> None:
        path = Path(event.value.strip()).expanduser()
        if not event.value.strip():
            return
        self.query_one("#found", Static).update(literal(f"Reading {path.name}…"))
        self.run_worker(partial(read_card_file, path), name="card-image", thread=True,
                        exit_on_error=False)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.name != "card-image":
            return
        batch = event.worker.result
        if event.state == WorkerState.SUCCESS and isinstance(batch, CardBatch):
            self._show(batch.cards, batch.skipped)
        elif event.state == WorkerState.ERROR:
            error = event.worker.error
            self._problem(str(error) if isinstance(error, CardError)
                          else f"Cannot read that image: {error}")

    # -- showing and taking in -------------------------------------------------------------

    def _show(self, cards: list[ParsedCard], skipped: list[str]) -> None:
        mine = [card for card in cards if is_my_card(self.app.store, card)]
        cards = [card for card in cards if card not in mine]
        skipped = [*skipped, *(f"{card.name or card.emails[0]} — this is your own card "
                               "(My card, F8)" for card in mine)]
        self._cards, self._skipped = cards, skipped
        lines = [Content(f"Found {len(cards)} card{'s' if len(cards) != 1 else ''} "
                         "— Ctrl+S takes in:").stylize("bold $text-success")]
        for card in cards:
            found = preview(self.app.store, card, "scan")
            detail = ", ".join(x for x in (card.title, card.company, *card.emails,
                                           *card.phones) if x)
            lines.append(join("• ", literal(card.name or card.emails[0], "bold"),
                              " — " if detail else "", literal(detail), " · ",
                              literal("merges into a person already known" if found.existing
                                      else "a new person", "$text-muted")))
            if found.existing:
                lines.append(literal(f"    {found.merge_words()}", "$text-muted"))
            if card.dropped:
                lines.append(literal("    left out: " + "; ".join(card.dropped), "$text-muted"))
        lines += [literal(f"skipped: {reason}", "$text-muted") for reason in skipped]
        self.query_one("#found", Static).update(join(*lines, separator="\n"))

    def _problem(self, message: str) -> None:
        self._cards = []
        self.query_one("#found", Static).update(literal(message, "$text-error"))

    def action_save(self) -> None:
        if not self._cards:
            self.notify("No card yet: scan, paste or give an image first.", severity="warning")
            return
        event = self.app.current_event
        taken = take_in_cards(self.app.store, self._cards, "scan", event.id if event else None)
        self.app.data_changed()
        self.notify(describe(taken)[0] + (" Marked as met." if event else ""), markup=False)
        self.app.pop_screen()

    def action_clear(self) -> None:
        self._buffer.clear()
        self._seen = ""
        self._cards = []
        self.query_one("#scan", TextArea).text = ""
        self.query_one("#found", Static).update("")

    def action_back(self) -> None:
        self.app.pop_screen()
