"""The live event: the queue, notes, check-in search, tickets, review."""
