"""Screens of the mingle app."""
