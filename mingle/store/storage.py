"""DurableJSONStorage: a TinyDB storage that never leaves a half-written file behind."""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import threading
from collections.abc import Iterator, MutableMapping
from pathlib import Path
from typing import Any

import orjson
from tinydb.storages import Storage

from mingle.store.errors import CorruptDatabaseError, ReadOnlyError
from mingle.store.tables import (
    HEADER,
    Chunk,
    LayoutError,
    LazyTables,
    OnDisk,
    Sums,
    decode,
    decode_file,
    structure_problem,
)

FILE_MODE = 0o600
FOLDER_MODE = 0o700
META = "meta"
"""The table of settings and the schema version: a file holding only it holds no records."""


def backup_path(path: Path) -> Path:
    """Where the previous version of a database file is kept."""
    return path.with_name(path.name + ".bak")


def damaged_paths(path: Path) -> list[Path]:
    """Earlier versions of a database set aside by `mingle restore` (oldest first)."""
    return sorted(path.parent.glob(f"{glob_escape(path.name)}.damaged-*"))


def glob_escape(name: str) -> str:
    """A file name with glob's special characters taken literally."""
    return "".join(f"[{c}]" if c in "*?[" else c for c in name)


def resolve_path(path: str | os.PathLike[str]) -> Path:
    """The real file behind a database path (symlinks followed, even a dangling one)."""
    return Path(os.path.realpath(Path(path).expanduser()))


def make_private_folders(folder: Path) -> None:
    """Create a folder and any missing parents, each readable by the user only (0700)."""
    missing: list[Path] = []
    while not folder.exists():
        missing.append(folder)
        if folder.parent == folder:
            break
        folder = folder.parent
    for created in reversed(missing):
        with contextlib.suppress(FileExistsError):
            created.mkdir(mode=FOLDER_MODE)
            os.chmod(created, FOLDER_MODE)  # mkdir's mode is cut by the umask


def kind_of_file(mode: int) -> str:
    """What a non-regular file is, in words ('' for a regular file)."""
    if stat.S_ISREG(mode):
        return ""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _read_bytes(path: Path) -> bytes:
    backup = backup_path(path)
    try:
        kind = kind_of_file(os.stat(path).st_mode)
        if kind:  # reading a FIFO would wait forever, a device could be endless
            raise CorruptDatabaseError(path, f"it is {kind}, not a file", backup)
        raw = path.read_bytes()
    except PermissionError as exc:
        raise CorruptDatabaseError(path, f"it cannot be read ({exc.strerror})", backup) from exc
    if not raw or raw.isspace():
        raise CorruptDatabaseError(path, "the file is empty", backup)
    return raw


def open_tables(path: Path) -> LazyTables:
    """Check a database file and return its tables, parsed lazily where the layout allows.

    Raises CorruptDatabaseError (naming the backup) when the file is unusable.
    """
    backup = backup_path(path)
    split = _tables_left_in_file(path)
    if split is None:
        raw = _read_bytes(path)
        views, sums = decode(raw) or (None, None)
        if views is None or sums is None:
            return LazyTables(parsed=_parse_whole(path, raw))
        split = (dict(views), sums)
    tables = LazyTables(raw=split[0])
    tables.set_sums(split[1])
    try:  # the small tables read at every start are parsed now, so damage shows at once
        for name in ("meta", "me", "events"):
            if name in tables:
                tables[name]
    except (LayoutError, orjson.JSONDecodeError) as exc:
        raise CorruptDatabaseError(path, f"the file is damaged: {exc}", backup) from exc
    return tables


def _tables_left_in_file(path: Path) -> tuple[dict[str, Chunk | OnDisk], Sums] | None:
    """The file in mingle's layout, its tables left in it; None to read it whole instead.

    Not on Windows, where a file kept open could not be replaced by the next save.
    """
    if os.name == "nt":
        return None
    try:
        if kind_of_file(os.stat(path).st_mode):
            return None  # said by _read_bytes
    except OSError:
        return None
    fd = _private_copy(path)
    if fd is None:
        return None
    try:
        split = decode_file(fd)
    except OSError:
        split = None
    if split is None:
        os.close(fd)
    return split


def _private_copy(path: Path) -> int | None:
    """A copy of the file only this process can reach (unlinked at once), open for reading.

    The tables left unread are read from it later: another program writing the database file
    in place (`cp other.json mingle.json` while mingle runs) cannot change them under mingle.
    The copy is made by the kernel (no file-sized buffer in Python) beside the file, so it
    costs disk space but no memory. None (read the file whole instead) when it cannot be made.
    """
    try:
        source = os.open(path, os.O_RDONLY)
    except OSError:
        return None
    copy_path = path.parent / f".{path.name}.{os.getpid()}.{threading.get_ident()}.open"
    target = -1
    try:
        target = os.open(copy_path, os.O_RDWR | os.O_CREAT | os.O_EXCL, FILE_MODE)
        os.unlink(copy_path)
        _copy_bytes(source, target, os.fstat(source).st_size)
        return target
    except OSError:
        if target >= 0:
            os.close(target)
            with contextlib.suppress(OSError):
                os.unlink(copy_path)
        return None
    finally:
        os.close(source)


def _copy_bytes(source: int, target: int, size: int) -> None:
    """Copy `size` bytes from one descriptor to another, in the kernel where it can."""
    copied = 0
    while copied < size:
        try:
            step = os.copy_file_range(source, target, size - copied)
        except (AttributeError, OSError):  # not on this system or file system: by pieces
            step = 0
        if step == 0:
            piece = os.read(source, min(size - copied, 1 << 20))
            if not piece:
                raise OSError("the database file got shorter while it was being read")
            step = os.write(target, piece)
            os.lseek(source, copied + step, os.SEEK_SET)
        copied += step


def read_database_file(path: Path) -> dict[str, Any]:
    """Parse a whole database file (any layout); raise CorruptDatabaseError when unusable."""
    tables = open_tables(path)
    try:
        return {name: tables[name] for name in tables}
    except (LayoutError, orjson.JSONDecodeError) as exc:
        raise CorruptDatabaseError(path, f"the file is damaged: {exc}", backup_path(path)) \
            from exc


def _parse_whole(path: Path, raw: bytes) -> dict[str, Any]:
    """A file not exactly as mingle wrote it (plain TinyDB, an edit, damage), parsed at once."""
    backup = backup_path(path)
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise CorruptDatabaseError(
            path, f"the file is damaged or truncated ({exc.msg} at byte {exc.pos})", backup
        ) from exc
    if not isinstance(data, dict):
        raise CorruptDatabaseError(
            path, "the file is not a mingle database (it does not hold tables)", backup)
    data.pop(HEADER, None)
    for name, table in data.items():
        problem = structure_problem(name, table)
        if problem:
            raise CorruptDatabaseError(
                path, f"the file is not a mingle database ({problem})", backup)
    return data


def write_private(path: Path, payload: bytes | list[Chunk]) -> None:
    """Write bytes (or chunks, in order) to a file with mode 0600 and fsync it."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    try:
        os.fchmod(fd, FILE_MODE)
        for chunk in [payload] if isinstance(payload, bytes) else payload:
            view = memoryview(chunk)
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


def atomic_write(path: Path, payload: bytes | list[Chunk], *, keep_backup: bool) -> None:
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

    The file is read once (each table parsed when first used, see `tables.py`); TinyDB's later
    reads are served from memory, and every write replaces the file atomically, serialising
    only the tables that changed. A damaged file raises CorruptDatabaseError and is never
    written over.
    """

    def __init__(self, path: str | os.PathLike[str], *, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self._tables: LazyTables | None = None
        self._batch_depth = 0
        self._dirty = False
        # Whether the file on disk holds records: one that holds none never becomes the
        # backup, so a save can never replace a backup of records with an empty one.
        self.disk_holds_records = False
        if self.path.exists():
            self._tables = open_tables(self.path)
            self.disk_holds_records = self._tables.holds_records(ignore=frozenset({META}))

    @property
    def lock(self) -> threading.RLock:
        """Held while tables change or are parsed (the writer thread and the app share it)."""
        if self._tables is None:
            self._tables = LazyTables()
        return self._tables.lock

    def read(self) -> LazyTables | None:  # type: ignore[override]  # a lazy mapping of tables
        return self._tables

    def read_holds_anything(self) -> bool:
        """True when the file read holds at least one document in any table (`{}` holds none)."""
        return self._tables is not None and self._tables.holds_records()

    def snapshot(self, name: str) -> list[dict[str, Any]]:
        """The stored documents of one table (parsing it if needed), safe from any thread."""
        return self._tables.snapshot(name) if self._tables is not None else []

    def write(self, data: MutableMapping[str, Any]) -> None:
        """TinyDB's write: any table may have changed."""
        if isinstance(data, LazyTables):
            data.all_changed()
        self._store(data)

    def write_table(self, data: MutableMapping[str, Any], name: str) -> None:
        """A write after one known table changed (the others keep their serialised bytes)."""
        if isinstance(data, LazyTables):
            data.changed(name)
        self._store(data)

    def _store(self, data: MutableMapping[str, Any]) -> None:
        if self.read_only:
            raise ReadOnlyError(self.path)
        if not isinstance(data, LazyTables):
            fresh = LazyTables(parsed=dict(data))
            if self._tables is not None:
                fresh.lock = self._tables.lock
            data = fresh
        self._tables = data
        self._dirty = True
        if not self._batch_depth:
            self.flush()

    def flush(self) -> None:
        """Write the data to disk now if anything changed since the last write."""
        if self._dirty and self._tables is not None:
            tables = self._tables
            atomic_write(self.path, tables.serialise(), keep_backup=self.disk_holds_records)
            self._dirty = False
            self.disk_holds_records = tables.holds_records(ignore=frozenset({META}))

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
