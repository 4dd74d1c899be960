"""ScanArea: the receive screen's box; pasted Windows line ends (CRLF) become one line break."""

from __future__ import annotations

from textual import events
from textual.widgets import TextArea


class ScanArea(TextArea):
    """A TextArea that reads a paste's CRLF or CR line ends as one line break each."""

    async def _on_paste(self, event: events.Paste) -> None:
        event.prevent_default()
        if self.read_only:
            return
        text = event.text.replace("\r\n", "\n").replace("\r", "\n")
        result = self.replace(text, *self.selection)
        self.move_cursor(result.end_location)
        self.focus()
