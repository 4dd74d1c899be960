"""Writing a fresh demo database from the event shipped in assets/."""

from __future__ import annotations

from pathlib import Path

import orjson

from mingle.assets import asset_path
from mingle.domain.demo import build_demo
from mingle.store.database import Store

CURRENT_EVENT = "current_event"


def write_demo(path: Path) -> str:
    """Create the demo database at `path`; returns a one-line summary of what it holds."""
    demo = build_demo(orjson.loads(asset_path("demo_event.json").read_bytes()))
    with Store(path) as store:
        store.save(*demo.records)
        if demo.current_event_id:
            store.set_setting(CURRENT_EVENT, demo.current_event_id)
        store.flush()
        counts = store.counts()
    return (f"{counts['events']} events, {counts['people']} people, "
            f"{counts['notes']} notes, {counts['followups']} follow-ups, "
            f"{counts['intros']} introductions")
