"""CardScreen: a card as a QR code big enough for a phone to scan off the screen."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Footer, Static

from mingle.domain.exchange.payload import describe_left_out
from mingle.domain.exchange.qr import choose_payload, modules_that_fit, qr_matrix
from mingle.domain.records.models import CARD_FIELDS, MyCard, Person
from mingle.domain.records.normalize import is_email, normalize_phone
from mingle.ui.commands import Command, bindings
from mingle.ui.safe_text import join, literal
from mingle.ui.screens.form import Field, FormScreen, Values
from mingle.ui.screens.typed import MingleScreen
from mingle.ui.widgets.qr_code import QRCodeView

INFO_WIDTH = 30


class CardScreen(MingleScreen[None]):
    """The user's card (or, for an introduction, another person's) as a QR code."""

    COMMAND_LIST = (
        Command("card.back", "Back", "Return to the previous screen", "escape", "back"),
        Command("card.edit", "Edit my card", "Name, title, company, email, phone, link, pitch",
                "e", "edit"),
        Command("card.receive", "Receive a card", "Take in a card: scanner, paste or image",
                "r", "receive"),
    )
    BINDINGS = bindings(COMMAND_LIST)

    def __init__(self, person_id: str | None = None) -> None:
        super().__init__()
        self.person_id = person_id

    def compose(self) -> ComposeResult:
        with Horizontal(id="card-body"):
            yield QRCodeView(id="card-qr")
            with Vertical(id="card-info"):
                yield Static(id="card-text")
                yield Static(id="card-left-out", classes="dialog-hint")
        yield Footer()

    def on_resize(self) -> None:
        self.redraw()

    def on_screen_resume(self) -> None:
        self.redraw()

    def _card(self) -> MyCard | Person | None:
        if self.person_id is None:
            return self.app.store.me
        return self.app.store.people.get(self.person_id)

    def redraw(self) -> None:
        """Choose the richest payload that fits the window and draw it."""
        card = self._card()
        view = self.query_one(QRCodeView)
        text = self.query_one("#card-text", Static)
        left_out = self.query_one("#card-left-out", Static)
        if card is None:
            view.show(None)
            text.update("This person is no longer stored.")
            return
        text.update(self._describe(card))
        if isinstance(card, Person) and not card.consent.share_card:
            view.show(None)
            left_out.update(Content("They did not agree to have their card shared, so it "
                                    "is not shown."))
            return
        if isinstance(card, MyCard) and not (card.name or card.email):
            view.show(None)
            left_out.update(Content("Your card is empty: press e to fill it in."))
            return
        size = self.app.size  # a full screen; known even before this screen's first layout
        rows = max(0, size.height - 1)  # the footer
        chosen = choose_payload(card, modules_that_fit(size.width - INFO_WIDTH, rows))
        # In a very narrow window the code takes the whole width and the text gives way.
        narrow = chosen is None and choose_payload(card, modules_that_fit(size.width, rows))
        self.set_class(bool(narrow), "-code-only")
        chosen = chosen or narrow or None
        if chosen is None:
            view.show(None)
            left_out.update(Content("The window is too small for a QR code: make it larger."))
            return
        view.show(qr_matrix(chosen.payload))
        left_out.update(Content(describe_left_out(chosen.left_out)))

    def _describe(self, card: MyCard | Person) -> Content:
        if isinstance(card, MyCard):
            lines = [literal(card.name or "(no name yet)", "bold"),
                     literal(", ".join(x for x in (card.title, card.company) if x)),
                     literal(card.email), literal(card.phone), literal(card.url),
                     Content(""), literal(card.pitch, "italic $text-accent")]
            heading = Content("My card — scan with a phone camera").stylize("$text-primary")
        else:
            lines = [literal(card.display_name, "bold"),
                     literal(", ".join(x for x in (card.title, card.company) if x)),
                     literal(", ".join(card.emails)), literal(", ".join(card.phones))]
            heading = Content("Their card — for an introduction").stylize("$text-primary")
        return join(heading, Content(""), *(line for line in lines), separator="\n")

    def action_back(self) -> None:
        self.app.pop_screen()

    def action_edit(self) -> None:
        if self.person_id is not None:
            self.app.open_person(self.person_id)
            return
        me = self.app.store.me

        def saved(values: Values | None) -> None:
            if values is not None:
                self.app.store.save(me.evolve(**values))
                self.app.tell_when_saved("Card saved")
                self.redraw()

        self.app.push_screen(MyCardForm(me), saved)

    def action_receive(self) -> None:
        self.app.action_receive()


class MyCardForm(FormScreen):
    """The fields of the user's own card."""

    def __init__(self, card: MyCard) -> None:
        labels = {"url": "Link", "pitch": "One-line pitch"}
        super().__init__(
            "My card",
            [Field(name, labels.get(name, name.capitalize()), getattr(card, name))
             for name in CARD_FIELDS],
            hint="The pitch is shown beside the code, as a reminder for you · "
                 "Enter saves · Esc cancels",
            check=_check_card,
        )


def _check_card(values: Values) -> tuple[str, str] | None:
    if values["email"].strip() and not is_email(values["email"]):
        return "email", f"Not an email address: {values['email'].strip()}"
    if values["phone"].strip() and not normalize_phone(values["phone"]):
        return "phone", f"Not a phone number: {values['phone'].strip()}"
    return None
