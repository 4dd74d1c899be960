"""What the user does, on an open Store: the live event, imports, cards."""
