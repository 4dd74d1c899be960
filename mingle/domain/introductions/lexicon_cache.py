"""The lexicon as built, kept in the user's cache folder so that a start does not build it again.

Building the lexicon (reading its TOML files, stemming and indexing some 45,000 phrases) takes
about a second of CPU; reading it back as built takes a quarter of that. The built lexicon is
kept as a pickle named by a hash of everything it is built from: its files, the code that
builds it, the Python and PyStemmer versions. A change to any of them names another file, so a
stale one is never read; when a new one is written, all but the newest three are removed.

The file is mingle's own, written with the user's permissions in the user's cache folder
($MINGLE_CACHE_DIR, else the platform's), and trusted as Python trusts its `__pycache__`, when
it is the user's own and no one else may write it. A file that cannot be read (cut short,
written by something else, another user's, a folder that cannot be written) is no error: the
lexicon is built as if there were none, and the file written again if it can be.
MINGLE_CACHE_DIR=off keeps no file.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

CACHE_ENV = "MINGLE_CACHE_DIR"
OFF = "off"
_PREFIX, _SUFFIX = "lexicon-", ".pickle"
_FORMAT = b"mingle lexicon cache 1"
_KEEP = 3  # built lexicons kept, this one included
_STALE_SECONDS = 3600  # a temporary file older than this was left by a crash

T = TypeVar("T")


def cache_dir() -> Path | None:
    """Where the built lexicon is kept ($MINGLE_CACHE_DIR, else the platform's cache folder);
    None when the variable says "off", or names no folder that can be found."""
    chosen = os.environ.get(CACHE_ENV, "").strip()
    try:
        if chosen:
            folder = Path(chosen).expanduser()
            return folder if chosen.lower() != OFF and folder.is_absolute() else None
        from platformdirs import user_cache_path

        return user_cache_path("mingle", appauthor=False)
    except (RuntimeError, OSError):  # "~nobody/cache": no such home
        return None


def key_of(sources: Iterable[bytes], versions: Iterable[str]) -> str:
    """The name of what is built from these sources with these versions."""
    digest = hashlib.sha256(_FORMAT)
    for part in (*sources, *(v.encode() for v in versions)):
        digest.update(len(part).to_bytes(8, "big"))
        digest.update(part)
    return digest.hexdigest()[:32]


def cached(key: str, build: Callable[[], T], kind: type[T], folder: Path | None) -> T:
    """What `build` makes, read from the folder's file for this key when it is there (and is
    the user's own: another user's, or one others may write, is built again)."""
    if folder is None:
        return build()
    path = folder / f"{_PREFIX}{key}{_SUFFIX}"
    try:
        with path.open("rb") as file:
            if _trusted(os.fstat(file.fileno())):
                found = pickle.load(file)
                if isinstance(found, kind):
                    return found
    except Exception:  # any file that cannot be read back is as if there were none
        pass
    built = build()
    _write(folder, path, built)
    return built


def _trusted(stat: os.stat_result) -> bool:
    """A file of the user's own that no one else may write."""
    getuid = getattr(os, "getuid", None)  # not on Windows, where the folder is the user's own
    return getuid is None or (stat.st_uid == getuid() and not stat.st_mode & 0o022)


def _write(folder: Path, path: Path, value: object) -> None:
    """Write the file whole (the store's atomic write: a private temporary file, renamed), then
    remove the older ones; a folder that cannot be written keeps nothing."""
    from mingle.store.storage import atomic_write  # the one atomic write, also the database's

    try:
        folder.mkdir(parents=True, exist_ok=True)
        atomic_write(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL),
                     keep_backup=False)
        _tidy(folder, path)
    except (OSError, pickle.PicklingError):
        pass


def _tidy(folder: Path, kept: Path) -> None:
    """Remove all but the newest few built lexicons (another install or Python beside this one
    keeps its own), and temporary files a crash left behind."""
    now = time.time()
    built = sorted((p for p in folder.glob(f"{_PREFIX}*{_SUFFIX}") if p != kept),
                   key=_modified, reverse=True)
    left = [p for p in folder.glob(f".{_PREFIX}*.tmp") if now - _modified(p) > _STALE_SECONDS]
    for old in (*built[_KEEP - 1:], *left):
        with contextlib.suppress(OSError):
            old.unlink()


def _modified(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def python_version() -> str:
    return f"{sys.implementation.name} {sys.version_info.major}.{sys.version_info.minor}"
