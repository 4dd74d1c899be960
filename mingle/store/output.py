"""The one safe writer for files mingle writes for the user: exports, card images, reports.

Whatever the path or `force`, it never writes over the database's own files (compared by
inode, so `..`, a hard link or a symlink cannot get round it), never replaces a folder, pipe or
device with a regular file, treats a dangling symlink like an existing file, and writes
atomically (temp file beside the real target, fsync, rename) with mode 0600.
"""

from __future__ import annotations

import os
from pathlib import Path

from mingle.store.lock import lock_path
from mingle.store.storage import (
    atomic_write,
    backup_path,
    damaged_paths,
    kind_of_file,
    resolve_path,
)


class OutputError(ValueError):
    """An output file that will not be written; nothing was changed. The message says why."""


class OutputExistsError(OutputError):
    """The file exists (or a link stands there) and replacing it was not asked for."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(f"{path} already exists; it was kept.")


def database_files(db: Path) -> list[Path]:
    """The database and the files that belong to it: backup, lock, damaged copies."""
    real = resolve_path(db)
    return [real, backup_path(real), lock_path(real), *damaged_paths(real)]


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


def check_output_path(out: Path, db: Path | None, *, force: bool) -> Path:
    """The real file an output to `out` would write; OutputError when it must not be written."""
    given = Path(out).expanduser().absolute()
    real = resolve_path(given)
    if db is not None:
        protected = database_files(db)
        target = _identity(real)
        for own in protected:
            if real == own or (target is not None and target == _identity(own)):
                raise OutputError(f"{out} is one of mingle's own database files ({own.name}); "
                                  "choose another file.")
    if real.exists():
        kind = kind_of_file(os.stat(real).st_mode)
        if kind:
            raise OutputError(f"{out} is {kind}; give the name of a file to write.")
    if (real.exists() or given.is_symlink()) and not force:
        raise OutputExistsError(given)
    if not real.parent.is_dir():
        raise OutputError(f"The folder {real.parent} does not exist.")
    return real


def write_output(out: Path, payload: bytes, db: Path | None, *, force: bool) -> Path:
    """Write a file for the user after `check_output_path`; returns the path written."""
    real = check_output_path(out, db, force=force)
    atomic_write(real, payload, keep_backup=False)
    return real
