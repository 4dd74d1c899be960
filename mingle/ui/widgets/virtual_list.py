"""VirtualList: a long list that renders only the rows on screen (thousands of people)."""

from __future__ import annotations

from collections.abc import Callable, Hashable

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

RowRenderer = Callable[[int, int], list[Text]]
"""Given a row index and the width, the row's lines (each a literal Rich Text)."""
RowKey = Callable[[int], Hashable]
"""Given a row index, a key that changes whenever that row would be drawn differently."""
STRIP_CACHE_SIZE = 4096


class VirtualList(ScrollView, can_focus=True):
    """Rows of fixed height drawn on demand by a renderer; a cursor moves over them.

    With `show_cursor=False` it is a long text read by scrolling: no row is highlighted and
    the keys scroll it (Enter is left to the screen).
    """

    COMPONENT_CLASSES = {"virtual-list--cursor", "virtual-list--empty", "virtual-list--good",
                         "virtual-list--muted", "virtual-list--accent", "virtual-list--warning",
                         "virtual-list--strong", "virtual-list--heading"}
    DEFAULT_CSS = """
    VirtualList {
        height: 1fr;
        overflow-x: hidden;
        background: $surface;
    }
    VirtualList > .virtual-list--cursor {
        background: $block-cursor-blurred-background;
        text-style: bold;
    }
    VirtualList:focus > .virtual-list--cursor {
        background: $block-cursor-background;
        color: $block-cursor-foreground;
    }
    VirtualList > .virtual-list--empty {
        color: $text-muted;
    }
    VirtualList > .virtual-list--good {
        color: $text-success;
    }
    VirtualList > .virtual-list--muted {
        color: $text-muted;
    }
    VirtualList > .virtual-list--accent {
        color: $text-accent;
    }
    VirtualList > .virtual-list--warning {
        color: $text-warning;
    }
    VirtualList > .virtual-list--strong {
        text-style: bold;
    }
    VirtualList > .virtual-list--heading {
        color: $text-primary;
        text-style: bold;
    }
    """
    BINDINGS = [
        Binding("up", "cursor_up", "Up", show=False, id="list.up"),
        Binding("down", "cursor_down", "Down", show=False, id="list.down"),
        Binding("pageup", "page_up", "Page up", show=False, id="list.page_up"),
        Binding("pagedown", "page_down", "Page down", show=False, id="list.page_down"),
        Binding("home", "first", "First", show=False, id="list.first"),
        Binding("end", "last", "Last", show=False, id="list.last"),
        Binding("enter", "select", "Select", show=False, id="list.select"),
    ]

    cursor: reactive[int] = reactive(0, always_update=True, init=False)

    class Highlighted(Message):
        """The cursor moved to another row."""

        def __init__(self, virtual_list: VirtualList, index: int) -> None:
            super().__init__()
            self.virtual_list = virtual_list
            self.index = index

        @property
        def control(self) -> VirtualList:
            return self.virtual_list

    class Selected(Highlighted):
        """Enter (or a click) on a row."""

    def __init__(self, render_row: RowRenderer, *, row_key: RowKey | None = None,
                 row_height: int = 1, empty_text: str = "", id: str | None = None,
                 classes: str | None = None, show_cursor: bool = True) -> None:
        super().__init__(id=id, classes=classes)
        self.show_cursor = show_cursor
        self._render_row = render_row
        self._row_key = row_key
        self._strips: LRUCache[Hashable, Strip] = LRUCache(STRIP_CACHE_SIZE)
        self.row_height = row_height
        self.empty_text = empty_text
        self._count = 0
        self._styles: dict[str, Style] = {}

    @property
    def count(self) -> int:
        return self._count

    def set_count(self, count: int, cursor: int | None = None) -> None:
        """Show `count` rows (asking the renderer again) with the cursor at `cursor`."""
        self._count = count
        self.virtual_size = Size(self.size.width, count * self.row_height)
        if not self.show_cursor:  # the text keeps its scroll position
            self.refresh()
            return
        target = self.cursor if cursor is None else cursor
        self.cursor = max(0, min(target, count - 1)) if count else 0
        self.refresh()

    def style(self, name: str) -> Style:
        """A theme-aware style for row text: good, muted, accent, warning or strong."""
        style = self._styles.get(name)
        if style is None:
            if name == "_base":
                style = self.rich_style
            elif name == "_cursor":
                style = self.rich_style + self.get_component_rich_style("virtual-list--cursor")
            else:
                # The full style blends translucent theme colours ($text-muted) over this
                # widget's background; only its foreground and attributes are kept.
                full = self.get_component_rich_style(f"virtual-list--{name}")
                style = Style(color=full.color, bold=full.bold, italic=full.italic)
            self._styles[name] = style
        return style

    def notify_style_update(self) -> None:
        self._styles.clear()  # the theme or the focus changed
        self._strips.clear()
        super().notify_style_update()

    def redraw(self) -> None:
        """Draw visible rows again (their data changed, not their number)."""
        self.refresh()

    # -- drawing ---------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        _, scroll_y = self.scroll_offset
        width = self.scrollable_content_region.width
        line_no = scroll_y + y
        index, sub = divmod(line_no, self.row_height)
        base = self.style("_base")
        if self._count == 0:
            if line_no == 0 and self.empty_text:
                style = self.get_component_rich_style("virtual-list--empty")
                text = Text(" " + self.empty_text, style=style, no_wrap=True, overflow="ellipsis")
                return self._strip(text, width, base)
            return Strip.blank(width, base)
        if index >= self._count:
            return Strip.blank(width, base)
        selected = self.show_cursor and index == self.cursor
        cache_key = None
        if self._row_key is not None:
            cache_key = (self._row_key(index), sub, width, selected)
            strip = self._strips.get(cache_key)
            if strip is not None:
                return strip
        lines = self._render_row(index, width)
        text = lines[sub] if sub < len(lines) else Text("")
        if selected:  # the cursor's own colours, so the row reads in every theme
            text = Text(text.plain)
        strip = self._strip(text, width, self.style("_cursor") if selected else base)
        if cache_key is not None:
            self._strips[cache_key] = strip
        return strip

    def _strip(self, text: Text, width: int, base: Style) -> Strip:
        if text.cell_len > width:
            text = text.copy()
            text.truncate(width, overflow="ellipsis")
        segments = list(text.render(self.app.console, end=""))
        strip = Strip(Segment.apply_style(segments, base))
        return strip.extend_cell_length(width, base)

    def on_resize(self) -> None:
        self.virtual_size = Size(self.size.width, self._count * self.row_height)

    # -- cursor ----------------------------------------------------------------------------

    def watch_cursor(self, old: int, new: int) -> None:
        self._scroll_cursor_visible()
        self.refresh()
        if self._count:
            self.post_message(self.Highlighted(self, new))

    def _scroll_cursor_visible(self) -> None:
        top = self.cursor * self.row_height
        self.scroll_to_region(Region(0, top, 1, self.row_height), animate=False, force=True,
                              x_axis=False, immediate=True)

    def _move(self, delta: int) -> None:
        if not self.show_cursor:
            self.scroll_to(y=self.scroll_offset.y + delta * self.row_height, animate=False,
                           immediate=True)
        elif self._count:
            self.cursor = max(0, min(self._count - 1, self.cursor + delta))

    def action_cursor_up(self) -> None:
        self._move(-1)

    def action_cursor_down(self) -> None:
        self._move(1)

    def _page(self) -> int:
        rows = self.scrollable_content_region.height // self.row_height
        return max(1, rows if not self.show_cursor else rows - 1)  # a text pages as a whole

    def action_page_up(self) -> None:
        self._move(-self._page())

    def action_page_down(self) -> None:
        self._move(self._page())

    def action_first(self) -> None:
        self._move(-self._count)

    def action_last(self) -> None:
        self._move(self._count)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Without a cursor there is nothing to select: Enter goes on to the screen.
        return self.show_cursor or action != "select"

    def action_select(self) -> None:
        if self._count:
            self.post_message(self.Selected(self, self.cursor))

    async def _on_click(self, event) -> None:
        _, scroll_y = self.scroll_offset
        index = (event.y + scroll_y) // self.row_height
        if self.show_cursor and 0 <= index < self._count:
            self.cursor = index
            self.post_message(self.Selected(self, index))
