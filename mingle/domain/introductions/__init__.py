"""Who should meet whom: matching needs and offers, the index."""
