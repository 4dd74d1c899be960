"""Files for the user's other tools: CSV, vCard, Markdown, iCalendar."""

FORMATS = ("csv", "vcf", "md", "ics")
"""Every export format (formats.py writes them), kept here for the command line to read cheaply."""
SHARED_FORMATS = frozenset({"csv", "vcf"})
"""The formats that share people's cards: those who withheld consent stay out of them."""
