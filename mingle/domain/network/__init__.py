"""The network, searchable and tended: the search index, queries, merges."""
