"""Files for the user's other tools: CSV, vCard, Markdown, iCalendar."""
