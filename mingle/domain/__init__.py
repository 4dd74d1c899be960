"""Pure-Python domain of mingle: records, normalisation and rules (no Textual, no TinyDB)."""
