"""The one way user text reaches the screen: literally, never as markup, without control codes."""

from __future__ import annotations

from rich.style import StyleType
from rich.text import Text
from textual.content import Content

from mingle.domain.records.text import clean_block, clean_line


def literal(text: str | None, style: str = "") -> Content:
    """One line of user text as Content, shown exactly as typed (markup is not parsed)."""
    content = Content(clean_line(text))
    return content.stylize(style) if style else content


def literal_block(text: str | None, style: str = "") -> Content:
    """Multi-line user text (a note) as Content, shown exactly as typed."""
    content = Content(clean_block(text))
    return content.stylize(style) if style else content


def literal_text(text: str | None, style: StyleType = "") -> Text:
    """One line of user text as a Rich Text (DataTable cells, lines of a list); never markup."""
    return Text(clean_line(text), style=style, no_wrap=True, overflow="ellipsis")

def hanging(content: Content, width: int, indent: int = 2) -> Content:
    """Content indented by `indent` spaces, its wrapped lines indented too (not back at 0)."""
    pad = " " * indent
    lines = content.wrap(max(8, width - indent)) if width > indent else [content]
    return Content("\n").join(Content(pad) + line for line in lines)


def join(*parts: Content | str, separator: str = "") -> Content:
    """Assemble Content from parts; plain str parts are app text, taken literally too."""
    return Content(separator).join(p if isinstance(p, Content) else Content(p) for p in parts)
