"""The Textual user interface of mingle."""
