"""Every text on every screen reaches 4.5:1 (WCAG AA) against its background, in every theme."""

from __future__ import annotations

import pytest
from textual.screen import ModalScreen

from mingle.store.database import Store
from mingle.ui.app import OFFERED_THEMES
from mingle.ui.screens.card import CardScreen
from mingle.ui.screens.checkin import CheckInScreen
from mingle.ui.screens.dialogs import HelpScreen, MessageDialog
from mingle.ui.screens.event_form import EventFormScreen
from mingle.ui.screens.events import EventsScreen
from mingle.ui.screens.intros import IntrosScreen
from mingle.ui.screens.note_editor import NoteEditorScreen
from mingle.ui.screens.person import PersonScreen
from mingle.ui.screens.person_forms import PersonEditScreen, WalkInScreen
from mingle.ui.screens.queue import QueueScreen
from mingle.ui.screens.receive import ReceiveCardScreen
from mingle.ui.screens.review import ReviewScreen
from mingle.ui.screens.transfer import ExportScreen
from tests.ui.contrast import contrast, too_faint
from tests.ui.waiting import wait_for_screen, wait_until

# (keys from the previous step, the screen they lead to)
WALK = [
    ((), CheckInScreen),
    ((*"asa", "enter", *"jose", "enter", *"ma"), CheckInScreen),  # status line, filter typed
    (("ctrl+n",), WalkInScreen),
    (("escape", "ctrl+t", *"needs: a kiln #clay"), NoteEditorScreen),
    (("escape", "f4"), QueueScreen),
    (("z",), QueueScreen),  # the snoozed line
    (("enter",), PersonScreen),
    (("e",), PersonEditScreen),
    (("escape", "escape", "f10"), IntrosScreen),
    (("a", "e"), MessageDialog),  # a tracked intro, then why this pair
    (("escape", "f11", "left_square_bracket"), ReviewScreen),
    (("f2",), EventsScreen),
    (("n",), EventFormScreen),
    (("escape", "f8"), CardScreen),
    (("escape", "f9"), ReceiveCardScreen),
    (("escape", "f7"), ExportScreen),
    (("escape", "f1"), HelpScreen),
]


def in_front(screen, run) -> bool:
    """False for the screen behind a dialog (dimmed on purpose: inactive, WCAG exempts it)."""
    if not isinstance(screen, ModalScreen):
        return True
    return any(child.region.contains(run.column, run.row) for child in screen.children)


def test_the_ratio_is_wcag_s():
    assert round(contrast("#000000", "#ffffff"), 1) == 21.0
    assert round(contrast("#777777", "#ffffff"), 2) == 4.48


@pytest.mark.parametrize("theme", OFFERED_THEMES)
async def test_every_screen_reaches_aa_contrast(demo_path, run_app, theme):
    faint: list[str] = []
    with Store(demo_path) as store:
        async with run_app(store, size=(100, 32)) as (app, pilot):
            app.theme = theme
            for keys, kind in WALK:
                await pilot.press(*keys)
                await wait_for_screen(pilot, kind)
                await wait_until(pilot, lambda: not app.screen._dirty_regions, "a painted screen")
                for run in too_faint(app.export_screenshot()):
                    if in_front(app.screen, run):
                        faint.append(f"{kind.__name__}: {run.ratio:.2f} {run.fg} on {run.bg} "
                                     f"{run.text[:40]!r}")
        assert not faint, "\n".join(dict.fromkeys(faint))


def test_only_themes_that_pass_are_offered(store_path, make_app):
    with Store(store_path) as store:
        app = make_app(store)
        assert set(app.available_themes) == set(OFFERED_THEMES)
