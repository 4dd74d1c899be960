"""PeopleScreen: everyone in the network, found as you type, each row saying why it matched."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Footer, Header, Input, Static

from mingle.domain.network.reasons import Reason
from mingle.domain.network.search import Results
from mingle.services.network import LiveIndex
from mingle.ui.commands import Command, bindings
from mingle.ui.safe_text import literal_text
from mingle.ui.screens.typed import MingleScreen
from mingle.ui.widgets.virtual_list import VirtualList

PLACEHOLDER = "Any word you noted · #tag · needs:… · offers:… · at:event · owed · quiet:30d"
NOT_READY = "Building the search index… your results appear as soon as it is ready."


def reason_text(reasons: list[Reason], mark: Style, muted: Style) -> Text:
    """Reasons as one literal line, the matched words marked by style (never markup)."""
    line = Text(no_wrap=True, overflow="ellipsis")
    for number, reason in enumerate(reasons):
        if number:
            line.append("  ·  ", style=muted)
        line.append(f"{reason.label}: ", style=muted)
        start = len(line)
        line.append_text(literal_text(reason.text))
        for a, b in reason.spans:
            line.stylize(mark, start + a, start + b)
    return line


class PeopleScreen(MingleScreen[str | None]):
    """Search everyone across all events; Enter opens the person (or picks them, for a merge)."""

    AUTO_FOCUS = "#people-query"
    COMMAND_LIST = (
        Command("people.open", "Open person", "The highlighted person's page", "enter",
                "choose", priority=True, label="Open"),
        Command("people.back", "Back", "Return to the previous screen", "escape", "back"),
    )
    BINDINGS = [
        *bindings(COMMAND_LIST),
        *bindings([
            Command("people.up", "Up", "Previous person", "up", "move(-1)", footer=False),
            Command("people.down", "Down", "Next person", "down", "move(1)", footer=False),
            Command("people.page_up", "Page up", "", "pageup", "page(-1)", footer=False),
            Command("people.page_down", "Page down", "", "pagedown", "page(1)", footer=False),
        ]),
    ]

    def __init__(self, *, pick_for: str | None = None, title: str = "People") -> None:
        super().__init__()
        self.pick_for = pick_for
        """When set, Enter returns the chosen person (never this one) instead of opening them."""
        self._title = title
        self._results: Results | None = None
        self._ids: list[str] = []
        self._shown: dict[str, str] = {}
        self._drawn: dict[tuple[object, ...], list[Text]] = {}

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(classes="bar"):
            yield Static(self._title, id="people-title", classes="screen-title")
            yield Static(id="people-counts", classes="counts")
        yield Input(id="people-query", placeholder=PLACEHOLDER)
        yield VirtualList(self._render_row, row_key=self._row_key, row_height=2,
                          id="people-list", empty_text="Nobody matches.")
        yield Static(id="people-status", classes="status-line")
        yield Footer()

    def on_mount(self) -> None:
        self._list = self.query_one(VirtualList)
        self._list.can_focus = False

    def on_screen_resume(self) -> None:
        self.research(self.highlighted_person_id())

    @property
    def network(self) -> LiveIndex:
        return self.app.network

    @property
    def query_text(self) -> str:
        return self.query_one("#people-query", Input).value

    # -- searching -------------------------------------------------------------------------

    @on(Input.Changed, "#people-query")
    def _typed(self) -> None:
        self.research()

    def research(self, keep: str | None = None) -> None:
        """Search again for what is typed; the cursor stays on `keep` when still found."""
        results = self.network.search(self.query_text)
        self._results = results
        if results is None:
            self._ids = []
        elif self.pick_for is None:
            self._ids = results.ids
        else:
            self._ids = [p for p in results.ids if p != self.pick_for]
        if results is None:
            self._list.empty_text = NOT_READY
            self._show("#people-counts", "")
        else:
            self._list.empty_text = "Nobody matches."
            problems = " ".join(results.query.problems)
            keys = "Enter picks · Esc goes back" if self.pick_for else "Enter opens · Esc goes back"
            about = self.network.about
            if not self.query_text.strip() and about:
                keys = f"Search index {about} · {keys}"
            self._show("#people-status", problems or keys)
            self._show("#people-counts",
                       f"{len(self._ids)} of {len(self.network.index or ())} people")
        cursor = self._ids.index(keep) if keep in self._ids else 0
        self._list.set_count(len(self._ids), cursor)

    def _show(self, selector: str, words: str) -> None:
        """Update a line of app text, only when it changes (each key would repaint it)."""
        if self._shown.get(selector) != words:
            self._shown[selector] = words
            self.query_one(selector, Static).update(words, layout=False)

    def index_ready(self) -> None:
        """The index finished building: show the results for what was typed meanwhile."""
        self.research()

    # -- drawing ---------------------------------------------------------------------------

    def _row_key(self, index: int) -> tuple[object, ...]:
        return (self.network.generation, self.query_text, self._ids[index])

    def _render_row(self, index: int, width: int) -> list[Text]:
        if index >= len(self._ids) or self._results is None:
            return [Text(""), Text("")]
        # The list asks once per line of a row: the second line reuses the first's work.
        key = (self._row_key(index), width)
        drawn = self._drawn.get(key)
        if drawn is None:
            if len(self._drawn) > 200:
                self._drawn.clear()
            drawn = self._drawn[key] = self._draw(self._ids[index], self._results)
        return drawn

    def _draw(self, person_id: str, results: Results) -> list[Text]:
        person = self.app.store.people.get(person_id)
        if person is None:
            return [Text(" (no longer stored)"), Text("")]
        listing = self._list
        role = " · ".join(x for x in (person.title, person.company) if x)
        top = Text.assemble(" ", literal_text(person.display_name, listing.style("strong")),
                            "  ", literal_text(role, listing.style("muted")))
        reasons = self.network.reasons(person_id, results.query)
        why = reason_text(reasons, listing.style("accent") + Style(bold=True, underline=True),
                          listing.style("muted"))
        if not reasons:  # an empty search: everyone, most recent contact first
            last = self.network.index.last_contact(person_id) if self.network.index else None
            why = Text(f"last in touch {last:%Y-%m-%d}" if last else "no contact yet",
                       style=listing.style("muted"))
        return [top, Text("   ") + why]

    # -- keys ------------------------------------------------------------------------------

    def highlighted_person_id(self) -> str | None:
        """The person under the cursor."""
        cursor = self._list.cursor if hasattr(self, "_list") else 0
        return self._ids[cursor] if cursor < len(self._ids) else None

    def action_move(self, delta: int) -> None:
        self._list.cursor = max(0, min(self._list.count - 1, self._list.cursor + delta))

    def action_page(self, direction: int) -> None:
        self.action_move(direction * max(1, self._list.size.height // 2 - 1))

    def action_choose(self) -> None:
        person_id = self.highlighted_person_id()
        if self.network.index is None:
            self.notify(NOT_READY, severity="warning")
        elif person_id is None:
            return
        elif self.pick_for is not None:
            self.dismiss(person_id)
        else:
            self.app.open_person(person_id)

    @on(VirtualList.Selected, "#people-list")
    def _clicked(self) -> None:
        self.action_choose()

    def action_back(self) -> None:
        self.dismiss(None)
