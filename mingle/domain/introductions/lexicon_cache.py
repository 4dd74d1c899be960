"""The lexicon as built, kept in the user's cache folder so that a start does not build it again.

Building the lexicon (reading its TOML files, stemming and indexing some 45,000 phrases) takes
about a second of CPU; reading it back as built takes a quarter of that. The built lexicon is
kept as a pickle named by a hash of everything it is built from: its files, the code that
builds it, the Python and PyStemmer versions. A change to any of them names another file, so a
stale one is never read; the older files are removed when a new one is written.

The file is mingle's own, written with the user's permissions in the user's cache folder
($MINGLE_CACHE_DIR, else the platform's), and trusted as Python trusts its `__pycache__`. A file
that cannot be read (cut short, written by something else, a folder that cannot be written) is
no error: the lexicon is built as if there were none, and the file written again if it can be.
MINGLE_CACHE_DIR=off keeps no file.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

CACHE_ENV = "MINGLE_CACHE_DIR"
OFF = "off"
_PREFIX, _SUFFIX = "lexicon-", ".pickle"
_FORMAT = b"mingle lexicon cache 1"

T = TypeVar("T")


def cache_dir() -> Path | None:
    """Where the built lexicon is kept ($MINGLE_CACHE_DIR, else the platform's cache folder);
    None when the variable says "off"."""
    chosen = os.environ.get(CACHE_ENV)
    if chosen:
        return None if chosen.strip().lower() == OFF else Path(chosen).expanduser()
    from platformdirs import user_cache_path

    return user_cache_path("mingle", appauthor=False)


def key_of(sources: Iterable[bytes], versions: Iterable[str]) -> str:
    """The name of what is built from these sources with these versions."""
    digest = hashlib.sha256(_FORMAT)
    for part in (*sources, *(v.encode() for v in versions)):
        digest.update(len(part).to_bytes(8, "big"))
        digest.update(part)
    return digest.hexdigest()[:32]


def cached(key: str, build: Callable[[], T], kind: type[T], folder: Path | None) -> T:
    """What `build` makes, read from the folder's file for this key when it is there."""
    if folder is None:
        return build()
    path = folder / f"{_PREFIX}{key}{_SUFFIX}"
    try:
        with path.open("rb") as file:
            found = pickle.load(file)
        if isinstance(found, kind):
            return found
    except Exception:  # any file that cannot be read back is as if there were none
        pass
    built = build()
    _write(folder, path, built)
    return built


def _write(folder: Path, path: Path, value: object) -> None:
    """Write the file whole (a temporary file renamed), then remove the older ones; a folder
    that cannot be written keeps nothing."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=_PREFIX, suffix=".tmp", dir=folder)
        try:
            with os.fdopen(handle, "wb") as file:
                pickle.dump(value, file, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise
        for old in folder.glob(f"{_PREFIX}*{_SUFFIX}"):
            if old != path:
                with contextlib.suppress(OSError):
                    old.unlink()
    except (OSError, pickle.PicklingError):
        pass


def python_version() -> str:
    return f"{sys.implementation.name} {sys.version_info.major}.{sys.version_info.minor}"
