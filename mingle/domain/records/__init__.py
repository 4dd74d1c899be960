"""Records and their normalisation: people, events, notes, text."""
