"""The app's part in the People search: the index built off the UI thread, and its screens."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from textual import work
from textual.app import App

if TYPE_CHECKING:  # imported when first used: not before the first frame
    from mingle.domain.network.search import NetworkIndex
    from mingle.services.network import LiveIndex, Snapshot
    from mingle.store.database import Store


class NetworkCommands(App[int]):
    """The app's base: the search index and the commands that open the network screens."""

    store: Store
    _network: LiveIndex | None = None
    _network_started = False

    @property
    def network(self) -> LiveIndex:
        """The People search index (`ready` once built; kept current after that)."""
        if self._network is None:
            from mingle.services.network import LiveIndex

            self._network = LiveIndex(self.store)
        return self._network

    def start_network_index(self) -> None:
        """Build the index in a thread; changes made meanwhile are applied when it is done."""
        if not self.network.ready and not self._network_started:
            self._network_started = True
            self._build_network(self.network.start())

    @work(thread=True, exit_on_error=False, name="network-index", group="network")
    def _build_network(self, taken: Snapshot) -> None:
        try:
            # The lexicon of needs and offers first (about 0.3 s): the queue's reasons
            # and the introductions then open without reading it on the UI thread.
            from mingle.domain.introductions.concepts import lexicon

            lexicon()
            started = time.perf_counter()
            index = build_index(taken)
            seconds = time.perf_counter() - started
            size = index.memory_bytes()  # measured here, off the UI thread
        except Exception as error:  # reported, never a crash: the rest of the app works
            self.call_from_thread(self._network_failed, error)
            return
        self.call_from_thread(self._network_built, index,
                              f"built in {seconds:.1f} s, {_size(size)}")

    def _network_built(self, index: NetworkIndex, about: str = "") -> None:
        self.network.about = about
        if not self.network.finish(index):  # changed while it was read: build it again
            self._network_started = False
            self.start_network_index()
            return
        self.network.warm_up()
        from mingle.ui.screens.people import PeopleScreen

        for screen in self.screen_stack:
            if isinstance(screen, PeopleScreen):
                screen.index_ready()

    def _network_failed(self, error: BaseException) -> None:
        self._network_started = False
        self.notify(f"The search index could not be built: {error}", severity="error",
                    markup=False)

    def action_people(self) -> None:
        """Everyone in the network, searchable."""
        from mingle.ui.screens.people import PeopleScreen

        self.start_network_index()  # at once, if the timer at start has not fired yet
        screen = self.screen
        if not isinstance(screen, PeopleScreen) or screen.pick_for is not None:
            self.push_screen(PeopleScreen())

    def action_followups(self) -> None:
        """The follow-ups of every event, in one inbox."""
        from mingle.ui.screens.followups import FollowUpsScreen

        if not isinstance(self.screen, FollowUpsScreen):
            self.push_screen(FollowUpsScreen())


def build_index(taken: Snapshot) -> NetworkIndex:
    """The search index of a snapshot (`mingle.services.network.build_index`)."""
    from mingle.services.network import build_index as build

    return build(taken)


def _size(size: int) -> str:
    return f"{size / 2**20:.0f} MiB" if size >= 2**20 else f"{size / 2**10:.0f} KiB"
