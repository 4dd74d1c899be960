"""The database file's layout, and tables that are parsed only when first used.

The file is plain JSON that any reader (stock TinyDB included) understands, laid out one table
per line after a header line:

    {"_mingle":{"format":1,"tables":{"events":[812,3141592653],...}},
    "events":{"1":{...},...},
    "notes":{"1":{...},...}}

The header gives each table's length and CRC-32, so opening can tell that the file is exactly
as mingle wrote it without parsing it; a table is then parsed when the app first needs it, and
a save serialises only the tables that changed. Any other file (another layout, an edit by
hand, damage) is parsed whole, which reads it or reports the damage.

The bytes of the tables are not kept in memory either: they stay in the file, read (and
checked again) when a table is first used or written unchanged into the next save, from the
file as it was opened (an open descriptor keeps it even after a save replaces it). Most of the
file, the notes above all, is then never in memory until it is needed.
"""

from __future__ import annotations

import os
import threading
import weakref
import zlib
from collections.abc import Iterator, MutableMapping
from typing import Any

import msgspec
import orjson

from mingle.domain.records.bulk import bulk_records

HEADER = "_mingle"
FORMAT = 1


class LayoutError(ValueError):
    """The bytes are not (or no longer) in mingle's layout; the message says why."""


Chunk = bytes | memoryview
Sums = dict[str, tuple[int, int]]
"""(length, CRC-32) of each table's bytes."""

READ_SIZE = 1 << 20
"""Bytes read at a time when a table left in the file is checked."""


class OnDisk:
    """A table's bytes left in the database file: where they are, and their CRC-32."""

    __slots__ = ("_file", "crc", "offset", "size")

    def __init__(self, file: _OpenFile, offset: int, size: int, crc: int) -> None:
        self._file = file
        self.offset = offset
        self.size = size
        self.crc = crc

    def __len__(self) -> int:
        return self.size

    def read(self) -> bytes:
        """The bytes, as checked when the file was opened (LayoutError if they changed)."""
        data = self._file.read(self.offset, self.size)
        if len(data) != self.size or zlib.crc32(data) != self.crc:
            raise LayoutError("the file was changed on disk while mingle had it open")
        return data


class _OpenFile:
    """A database file open for reading, closed once nothing refers to it."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self._lock = threading.Lock()

    def close_when_unused(self) -> None:
        """From now on the descriptor is this object's: closed once nothing refers to it."""
        weakref.finalize(self, os.close, self.fd)

    def read(self, offset: int, size: int) -> bytes:
        with self._lock:  # seek and read together (os.pread is not on every system)
            os.lseek(self.fd, offset, os.SEEK_SET)
            parts = []
            while size > 0:
                part = os.read(self.fd, min(size, 1 << 30))
                if not part:
                    break
                parts.append(part)
                size -= len(part)
            return b"".join(parts)


def _bytes(chunk: Chunk | OnDisk) -> Chunk:
    return chunk.read() if isinstance(chunk, OnDisk) else chunk


def decode_file(fd: int) -> tuple[dict[str, Chunk | OnDisk], Sums] | None:
    """`decode` read from an open file: every table left in it, its checksum checked.

    The tables are read in pieces for the check, so memory never holds the file. None when
    the file is not exactly as mingle wrote it; the descriptor then stays the caller's to
    close, else it is closed once the tables are gone.
    """
    file = _OpenFile(fd)
    start = b'{"' + HEADER.encode() + b'":'
    end = os.fstat(fd).st_size
    head = file.read(0, min(end, 1 << 16))
    line_end = head.find(b",\n")
    if not head.startswith(start) or line_end < 0:
        return None
    try:
        header = orjson.loads(head[len(start):line_end])
        if header.get("format") != FORMAT:
            return None
        expected = {name: (int(size), int(crc)) for name, (size, crc) in header["tables"].items()}
    except (orjson.JSONDecodeError, KeyError, TypeError, ValueError, AttributeError):
        return None
    tables: dict[str, Chunk | OnDisk] = {}
    position = line_end
    for name in sorted(expected):
        separator = b",\n" + orjson.dumps(name) + b":"
        if file.read(position, len(separator)) != separator:
            return None
        position += len(separator)
        size, crc = expected[name]
        if _crc_of(file, position, size) != crc:
            return None
        tables[name] = OnDisk(file, position, size, crc)
        position += size
    if file.read(position, end - position).rstrip(b"\r\n") != b"}":
        return None
    file.close_when_unused()
    return tables, dict(expected)


def _crc_of(file: _OpenFile, offset: int, size: int) -> int | None:
    crc = 0
    done = 0
    while done < size:
        part = file.read(offset + done, min(READ_SIZE, size - done))
        if not part:
            return None
        crc = zlib.crc32(part, crc)
        done += len(part)
    return crc


def encode(tables: dict[str, Chunk], sums: Sums | None = None) -> list[Chunk]:
    """The file, as chunks to write in order, for already serialised tables.

    `sums` may hold known (length, CRC-32) pairs of unchanged tables, to skip recomputing them.
    """
    names = sorted(tables)
    sums = dict(sums or {})
    for name in names:
        if name not in sums:
            sums[name] = (len(tables[name]), zlib.crc32(tables[name]))
    header = {"format": FORMAT, "tables": {n: list(sums[n]) for n in names}}
    chunks: list[Chunk] = [b'{"' + HEADER.encode() + b'":' + orjson.dumps(header)]
    for name in names:
        chunks += [b",\n" + orjson.dumps(name) + b":", tables[name]]
    chunks.append(b"}\n")
    return chunks


def decode(raw: bytes) -> tuple[dict[str, memoryview], Sums] | None:
    """Find the tables of a file in mingle's layout, unparsed, when all their checksums match.

    None when the file is not exactly as mingle wrote it (another layout, an edit by hand, or
    damage): the caller then parses the whole file, which either reads or reports the damage.
    The tables are views into `raw` (no copies: the file may be large).
    """
    start = b'{"' + HEADER.encode() + b'":'
    if not raw.startswith(start):
        return None
    view = memoryview(raw)
    end = len(raw)
    while end and raw[end - 1] in b"\r\n":  # no rstrip(): it would copy the whole file
        end -= 1
    if raw[end - 1:end] != b"}":
        return None
    try:
        line_end = raw.find(b",\n", 0, end)
        header = orjson.loads(view[len(start):line_end if line_end >= 0 else end - 1])
        expected: dict[str, list[int]] = header["tables"]
        if header.get("format") != FORMAT:
            return None
        tables: dict[str, memoryview] = {}
        sums: Sums = {}
        position = line_end
        while position >= 0:
            colon = raw.index(b":", position + 2)
            name = orjson.loads(view[position + 2:colon])
            following = raw.find(b",\n", colon, end)
            table = view[colon + 1:following if following >= 0 else end - 1]
            size, crc = expected[name]
            if len(table) != size or zlib.crc32(table) != crc:
                return None
            tables[name] = table
            sums[name] = (size, crc)
            position = following
    except (orjson.JSONDecodeError, KeyError, TypeError, IndexError, ValueError):
        return None
    return (tables, sums) if set(tables) == set(expected) else None


_DECODER = msgspec.json.Decoder()


def _parse_table(data: Chunk) -> Any:
    """A table's JSON as orjson reads it, without orjson's passing peak of ~15 × its size.

    msgspec builds the Python objects as it reads (orjson first builds a whole document
    tree): the same values, at two thirds of the time. Bytes msgspec refuses are given to
    orjson, whose error is the one reported.
    """
    with bulk_records():  # hundreds of thousands of objects: no collection meanwhile
        try:
            table = _DECODER.decode(data)
        except msgspec.DecodeError:
            table = orjson.loads(data)
    # bulk_records sets the documents aside from the cyclic collector as it ends: they live
    # as long as the store, hold no cycles, and are freed as usual once dropped.
    return table


def structure_problem(name: str, table: Any) -> str:
    """What is wrong with one parsed table ('' when it is a TinyDB table)."""
    if not isinstance(table, dict):
        return f"table {name!r} is not a table"
    for key, doc in table.items():
        if not key.isdigit():
            return f"table {name!r} has a document numbered {key[:20]!r}"
        if not isinstance(doc, dict):
            return f"document {key} of table {name!r} is not a record"
        if name == "meta" and doc.get("key") == "schema" and type(doc.get("value")) is not int:
            return "its schema version is not a number"
    return ""


class LazyTables(MutableMapping[str, dict[str, Any]]):
    """TinyDB's tables, each parsed from its bytes on first access.

    `lock` guards parsing and every change; the writer thread holds it while it applies
    changes, the app's thread while it takes a snapshot of a table.
    """

    def __init__(self, raw: dict[str, Chunk | OnDisk] | None = None,
                 parsed: dict[str, dict[str, Any]] | None = None) -> None:
        self.lock = threading.RLock()
        self._raw: dict[str, Chunk | OnDisk] = dict(raw or {})
        self._parsed: dict[str, dict[str, Any]] = dict(parsed or {})
        # Serialised bytes of parsed tables that have not changed since they were read/written.
        self._clean: dict[str, Chunk | OnDisk] = {}
        # (length, CRC-32) of every table whose bytes are known (raw or clean).
        self._sums: dict[str, tuple[int, int]] = {}

    def set_sums(self, sums: Sums) -> None:
        """Remember the checked (length, CRC-32) of tables read from the file."""
        self._sums.update(sums)

    def _parse(self, name: str) -> None:
        with self.lock:
            raw = self._raw.pop(name, None)
            if raw is None:
                return
            try:
                table = _parse_table(_bytes(raw))
            except BaseException:
                self._raw[name] = raw
                raise
            problem = structure_problem(name, table)
            if problem:
                self._raw[name] = raw
                raise LayoutError(problem)
            self._parsed[name] = table
            self._clean[name] = raw

    def __getitem__(self, name: str) -> dict[str, Any]:
        if name in self._raw:
            self._parse(name)
        return self._parsed[name]

    def __setitem__(self, name: str, table: dict[str, Any]) -> None:
        with self.lock:
            self._raw.pop(name, None)
            self._clean.pop(name, None)
            self._parsed[name] = table

    def __delitem__(self, name: str) -> None:
        with self.lock:
            if name not in self:
                raise KeyError(name)
            self._raw.pop(name, None)
            self._parsed.pop(name, None)
            self._clean.pop(name, None)

    def __contains__(self, name: object) -> bool:
        return name in self._parsed or name in self._raw

    def __iter__(self) -> Iterator[str]:
        return iter(sorted({*self._parsed, *self._raw}))

    def __len__(self) -> int:
        return len({*self._parsed, *self._raw})

    def is_parsed(self, name: str) -> bool:
        return name in self._parsed

    def documents_in(self, name: str) -> bool:
        """True when the table holds at least one document (its bytes are not parsed for it)."""
        raw = self._raw.get(name)
        if raw is not None:
            return len(raw) > 2  # b"{}" is an empty table
        return bool(self._parsed.get(name))

    def holds_records(self, ignore: frozenset[str] = frozenset()) -> bool:
        """True when any table (except those ignored) holds a document."""
        return any(self.documents_in(name) for name in self if name not in ignore)

    def changed(self, name: str) -> None:
        """A parsed table was modified in place: serialise it again on the next save."""
        self._clean.pop(name, None)
        self._sums.pop(name, None)

    def all_changed(self) -> None:
        """Every parsed table may have been modified (writes that did not say which)."""
        for name in self._parsed:
            self._clean.pop(name, None)
            self._sums.pop(name, None)

    def snapshot(self, name: str) -> list[dict[str, Any]]:
        """The documents of a table, listed under the lock (safe while the writer works)."""
        with self.lock:
            return list(self[name].values()) if name in self else []

    def serialise(self) -> list[Chunk]:
        """The whole file, as chunks; only tables changed since the last time are serialised."""
        with self.lock:
            parts: dict[str, Chunk] = {name: _bytes(raw) for name, raw in self._raw.items()}
            clean: dict[str, Chunk | OnDisk] = {}
            for name, table in self._parsed.items():
                known = self._clean.get(name)
                clean[name] = known if known is not None else orjson.dumps(table)
                parts[name] = _bytes(clean[name])
            self._clean = clean  # tables left in the file stay there: they are read again
            self._sums = {n: self._sums.get(n) or (len(b), zlib.crc32(b))
                          for n, b in parts.items()}
            return encode(parts, self._sums)
