"""Commands: one definition drives a key binding, the footer, the command palette and the help."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from textual.binding import Binding, BindingType


@dataclass(frozen=True, slots=True)
class Command:
    """A user-facing command. `id` is the binding id users can remap in their keymap."""

    id: str
    title: str
    help: str
    key: str
    action: str
    footer: bool = True
    priority: bool = False
    label: str = ""
    """A shorter title for the footer, where space is tight."""

    @property
    def key_display(self) -> str:
        return ", ".join(_pretty_key(k) for k in self.key.split(","))


def _pretty_key(key: str) -> str:
    names = {"question_mark": "?", "enter": "Enter", "escape": "Esc", "delete": "Del",
             "left_square_bracket": "[", "right_square_bracket": "]", "asterisk": "*",
             "pageup": "PgUp", "pagedown": "PgDn"}
    if key in names:
        return names[key]
    parts = key.split("+")
    if len(parts) > 1:
        parts[-1] = parts[-1].upper()
    return "+".join(p.capitalize() if len(p) > 1 else p for p in parts)


def bindings(commands: Iterable[Command]) -> list[BindingType]:
    """Textual bindings for commands (each with its id and a tooltip)."""
    return [
        Binding(c.key, c.action, c.label or c.title, show=c.footer, id=c.id, tooltip=c.help,
                priority=c.priority)
        for c in commands
    ]


APP_COMMANDS: tuple[Command, ...] = (
    Command("app.help", "Help", "Every key and command on this screen", "f1,question_mark",
            "app.show_help"),
    Command("app.events", "Events", "List events, create one, choose the current one",
            "f2", "app.open('events')", footer=False),
    Command("app.checkin", "Check-in", "The attendee list: check people in as they arrive",
            "f3", "app.open('checkin')", footer=False),
    Command("app.queue", "Queue", "Present people ranked for you, with the reasons",
            "f4", "app.open('queue')", footer=False),
    Command("app.intros", "Introductions", "Who should meet whom, and the introductions under "
            "way", "f10", "app.open('intros')", footer=False),
    Command("app.review", "Review", "After the event: people met, follow-ups, intros, "
            "targets, losing touch", "f11", "app.open('review')", footer=False),
    Command("app.people", "People", "Everyone in your network: find anyone by any word you "
            "noted, a tag, a need or an offer", "f12", "app.people", footer=False),
    Command("app.followups", "Follow-ups", "The follow-ups of every event: overdue, due, "
            "later, and the done ones", "ctrl+f", "app.followups", footer=False),
    Command("app.capture", "Someone new", "Met someone by chance: name and a note in one form",
            "f5", "app.capture", footer=False),
    Command("app.card", "My card", "Your card as a QR code a phone can scan, full screen",
            "f8", "app.my_card", footer=False),
    Command("app.receive", "Receive a card", "Take in someone's card: scanner, paste or image",
            "f9", "app.receive", footer=False),
    Command("app.import", "Import attendee list", "Read a CSV/TSV from Eventbrite, Meetup, Luma…",
            "f6", "app.import", footer=False),
    Command("app.export", "Export", "CSV for a CRM, vCards, a Markdown report, calendar "
            "follow-ups", "f7", "app.export", footer=False),
    Command("app.palette", "Commands", "Search every command by name", "ctrl+p",
            "app.command_palette", footer=False),
    Command("app.quit", "Quit", "Leave mingle (everything is already saved)", "ctrl+q",
            "app.quit", priority=True, footer=False),
)
