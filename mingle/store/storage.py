"""DurableJSONStorage: a TinyDB storage that never leaves a half-written file behind."""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
from tinydb.storages import Storage

from mingle.store.errors import CorruptDatabaseError, ReadOnlyError

FILE_MODE = 0o600


def backup_path(path: Path) -> Path:
    """Where the previous version of a database file is kept."""
    return path.with_name(path.name + ".bak")


def read_database_file(path: Path) -> dict[str, Any]:
    """Parse a database file; raise CorruptDatabaseError (naming the backup) when it is unusable."""
    backup = backup_path(path)
    try:
        raw = path.read_bytes()
    except PermissionError as exc:
        raise CorruptDatabaseError(path, f"it cannot be read ({exc.strerror})", backup) from exc
    except IsADirectoryError as exc:
        raise CorruptDatabaseError(path, "it is a folder, not a file", backup) from exc
    if not raw.strip():
        raise CorruptDatabaseError(path, "the file is empty", backup)
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise CorruptDatabaseError(
            path, f"the file is damaged or truncated ({exc.msg} at byte {exc.pos})", backup
        ) from exc
    problem = _structure_problem(data)
    if problem:
        raise CorruptDatabaseError(path, f"the file is not a mingle database ({problem})", backup)
    return data


def _structure_problem(data: Any) -> str:
    """What is wrong with the shape of parsed data ('' when it is a TinyDB file)."""
    if not isinstance(data, dict):
        return "it does not hold tables"
    for name, table in data.items():
        if not isinstance(table, dict):
            return f"table {name!r} is not a table"
        for key, doc in table.items():
            if not key.isdigit():
                return f"table {name!r} has a document numbered {key[:20]!r}"
            if not isinstance(doc, dict):
                return f"document {key} of table {name!r} is not a record"
            if name == "meta" and doc.get("key") == "schema" and (
                    type(doc.get("value")) is not int):
                return "its schema version is not a number"
    return ""


def write_private(path: Path, payload: bytes) -> None:
    """Write bytes to a new or existing file with mode 0600 and fsync it."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    try:
        os.fchmod(fd, FILE_MODE)
        view = memoryview(payload)
        while view:
            written = os.write(fd, view)
            view = view[written:]
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """Make a rename in the folder durable (a no-op where folders cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def atomic_write(path: Path, payload: bytes, *, keep_backup: bool) -> None:
    """Replace `path` with `payload` atomically; the old version becomes the backup."""
    folder = path.parent
    tmp = folder / f".{path.name}.{os.getpid()}.tmp"
    try:
        write_private(tmp, payload)
        if keep_backup and path.exists():
            _keep_backup(path)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_folder(folder)


def _keep_backup(path: Path) -> None:
    """Make the current file the backup without copying it (a hard link), atomically."""
    backup = backup_path(path)
    staged = path.with_name(f".{backup.name}.{os.getpid()}.tmp")
    with contextlib.suppress(FileNotFoundError):
        staged.unlink()
    try:
        os.link(path, staged)
    except OSError:
        shutil.copyfile(path, staged)
    # The old file lives on only as the backup, so making it private harms nothing.
    os.chmod(staged, FILE_MODE)
    os.replace(staged, backup)


class DurableJSONStorage(Storage):
    """TinyDB storage: orjson, atomic replace with fsync, a backup, 0600, data kept in memory.

    The file is read once; TinyDB's later reads are served from memory, and every write
    replaces the file atomically. A file that cannot be parsed raises CorruptDatabaseError and
    is never written over.
    """

    def __init__(self, path: str | os.PathLike[str], *, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self._data: dict[str, Any] | None = None
        self._batch_depth = 0
        self._dirty = False
        if self.path.exists():
            self._data = read_database_file(self.path)

    def read(self) -> dict[str, Any] | None:
        return self._data

    def write(self, data: dict[str, Any]) -> None:
        if self.read_only:
            raise ReadOnlyError(self.path)
        self._data = data
        self._dirty = True
        if not self._batch_depth:
            self.flush()

    def flush(self) -> None:
        """Write the data to disk now if anything changed since the last write."""
        if self._dirty and self._data is not None:
            atomic_write(self.path, orjson.dumps(self._data), keep_backup=True)
            self._dirty = False

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Collect the writes made inside the block into one file write at its end."""
        self._batch_depth += 1
        try:
            yield
        finally:
            self._batch_depth -= 1
        if not self._batch_depth:
            self.flush()

    def close(self) -> None:
        pass
