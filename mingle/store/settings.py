"""Every key under which mingle stores a setting (in the database's meta table), in one place."""

from __future__ import annotations

CURRENT_EVENT = "current_event"
"""The id of the event the user is at (or preparing)."""
THEME = "theme"
"""The Textual theme chosen in the app."""
LOSING_TOUCH_SETTING = "losing_touch_days"
"""Days without contact after which someone owed a follow-up is 'losing touch'."""
DRAFT_PREFIX = "draft:"
"""Followed by a person's id: the note being written about them, kept until it is saved."""
