"""Start-up imports only what the first screen uses: cards, images, CSV and exports wait."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

START_AND_REPORT = textwrap.dedent(
    """
    import json, sys
    from mingle.store.database import Store
    from mingle.ui.app import MingleApp

    class Reported(MingleApp):
        def on_ready(self):
            self.loaded = sorted(sys.modules)
            self.shown = type(self.screen).__name__
            self.exit()

    with Store(sys.argv[1]) as store:
        app = Reported(store)
        app.run(headless=True)
    print(json.dumps({"loaded": app.loaded, "screen": app.shown}))
    """
)
LATER = ("PIL", "qrcode", "zxingcpp", "phonenumbers", "csv", "vobject",
         "mingle.domain.exchange", "mingle.domain.exports", "mingle.domain.imports.attendees",
         "mingle.services.transfer", "mingle.ui.screens.card", "mingle.ui.screens.receive",
         "mingle.ui.screens.review", "mingle.ui.screens.people")


def test_the_first_screen_is_drawn_before_cards_images_and_exports_are_imported(
        demo_path: Path) -> None:
    result = subprocess.run([sys.executable, "-c", START_AND_REPORT, str(demo_path)],
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["screen"] == "CheckInScreen"  # the demo has a current event
    loaded = report["loaded"]
    early = sorted(name for name in loaded for later in LATER
                   if name == later or name.startswith(later + "."))
    assert early == []
