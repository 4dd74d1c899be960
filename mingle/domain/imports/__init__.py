"""Attendee lists and contact exports read from CSV files."""
