"""mingle: a keyboard-first terminal companion for live networking events."""

__version__ = "0.1.0"
