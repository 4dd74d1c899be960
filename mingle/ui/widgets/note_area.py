"""NoteArea: a soft-wrapped multi-line box where Enter submits and Ctrl+J starts a new line."""

from __future__ import annotations

from textual import events
from textual.message import Message
from textual.widgets import TextArea

NEW_LINE_KEYS = ("ctrl+j", "shift+enter", "alt+enter")
NEW_LINE_HELP = "Ctrl+J new line"


class NoteArea(TextArea):
    """TextArea for notes: Enter posts `Submitted`; Ctrl+J (or Shift+Enter) inserts a line."""

    class Submitted(Message):
        """Enter was pressed; `value` is the whole text."""

        def __init__(self, area: NoteArea, value: str) -> None:
            super().__init__()
            self.area = area
            self.value = value

        @property
        def control(self) -> NoteArea:
            return self.area

    def __init__(self, text: str = "", *, id: str | None = None) -> None:
        super().__init__(text, id=id, soft_wrap=True, tab_behavior="focus",
                         show_line_numbers=False, compact=True)

    async def _on_key(self, event: events.Key) -> None:
        if event.key == "enter":
            event.stop()
            event.prevent_default()
            self.post_message(self.Submitted(self, self.text))
            return
        if event.key in NEW_LINE_KEYS:
            event.stop()
            event.prevent_default()
            self.insert("\n")
            return
        await super()._on_key(event)
