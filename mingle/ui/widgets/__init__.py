"""Reusable widgets of mingle."""
