"""Text typed by a handheld QR scanner (it types like a keyboard), gathered into whole payloads."""

from __future__ import annotations

from mingle.domain.exchange.parse import MAX_PAYLOAD

PAUSE_SECONDS = 0.3
"""Silence after which the caller should call `pause()`: scanners type far faster than people."""
_END_VCARD = "END:VCARD"


class ScannerBuffer:
    """Gathers typed text and hands back each payload when it is complete.

    Feed it what arrives (`feed("B")`, Enter as "\\n"; "\\r" and "\\r\\n" count as Enter too).
    A payload is complete at the line END:VCARD (Enter after it not needed), at the ";;" that
    ends a MECARD, or, for anything else (a URL, unknown text), at Enter. When the scanner
    stops without such an end, the caller calls `pause()` after PAUSE_SECONDS of silence.
    Text beyond `limit` characters is handed back at once so that `parse_cards` can refuse it.
    Payloads are returned stripped of surrounding whitespace; empty ones are dropped.
    """

    def __init__(self, limit: int = MAX_PAYLOAD) -> None:
        self.limit = limit
        self._chars: list[str] = []
        self._line_start = 0
        self._after_cr = False

    @property
    def pending(self) -> str:
        """What has come since the last complete payload."""
        return "".join(self._chars)

    def clear(self) -> None:
        """Forget what has come so far."""
        self._chars.clear()
        self._line_start = 0

    def feed(self, text: str) -> list[str]:
        """Take typed text; return the payloads it completes (often none, rarely several)."""
        done: list[str] = []
        for char in text:
            if char == "\n" and self._after_cr:  # the LF of a CRLF
                self._after_cr = False
                continue
            self._after_cr = char == "\r"
            char = "\n" if char == "\r" else char
            if not self._chars and char.isspace():  # between payloads
                continue
            self._chars.append(char)
            if self._complete(char) or len(self._chars) > self.limit:
                payload = self.pause()
                if payload is not None:
                    done.append(payload)
            elif char == "\n":
                self._line_start = len(self._chars)
        return done

    def pause(self) -> str | None:
        """The scanner went quiet: hand back what came (None when nothing did) and start anew."""
        payload = "".join(self._chars).strip()
        self.clear()
        return payload or None

    def _complete(self, char: str) -> bool:
        start = "".join(self._chars[:11]).upper()
        if start.startswith("BEGIN:VCARD"):
            last_line = "".join(self._chars[self._line_start:]).strip().upper()
            return last_line == _END_VCARD
        if start.startswith("MECARD:") and char == ";":
            return _ends_mecard(self._chars)
        return char == "\n"


def _ends_mecard(chars: list[str]) -> bool:
    """True when the text ends with ";;" and the first ";" is not escaped by a backslash."""
    if len(chars) < 2 or chars[-2] != ";":
        return False
    backslashes = 0
    for char in reversed(chars[:-2]):
        if char != "\\":
            break
        backslashes += 1
    return backslashes % 2 == 0
