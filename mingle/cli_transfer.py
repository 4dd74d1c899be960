"""`mingle import` and `mingle export`: attendee lists in, files for the user's other tools out."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from mingle.cli import UsageError, resolve_db
from mingle.domain.columns import parse_overrides
from mingle.domain.exporters import ExportResult, export
from mingle.domain.importers import AttendeeList, read_attendee_list
from mingle.domain.models import Event
from mingle.store.database import Store
from mingle.store.demo_loader import CURRENT_EVENT
from mingle.store.lock import lock_path
from mingle.store.storage import atomic_write, backup_path
from mingle.store.transfer import ImportReport, find_event, gather_export, import_attendees

VCARD_SUFFIXES = (".vcf", ".vcard")


def cmd_import(args: argparse.Namespace) -> int:
    """Read an attendee list, merge it into the database, print the report."""
    path = Path(args.file).expanduser()
    attendees = read_import_file(path, args.mapping or [])
    if not attendees.rows:  # the database is not even opened
        print("\n".join(ImportReport.of(attendees, path.name).lines()))
        raise UsageError(f"Nothing was imported: no row of {path} names a person.")
    with Store(resolve_db(args)) as store:
        report = import_attendees(store, attendees, path.name, args.event)
        store.flush()
    print("\n".join(report.lines()))
    return 0


def read_import_file(path: Path, mapping: list[str]) -> AttendeeList:
    """The attendee list in a file; UsageError (nothing changed) when it cannot be read."""
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise UsageError(f"There is no file {path}.") from exc
    except IsADirectoryError as exc:
        raise UsageError(f"{path} is a folder; give the attendee list file itself.") from exc
    except OSError as exc:
        raise UsageError(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    start = data.removeprefix(b"\xef\xbb\xbf").lstrip()[:11].upper()
    if path.suffix.lower() in VCARD_SUFFIXES or start == b"BEGIN:VCARD":
        raise UsageError(f"{path} holds vCards: importing cards arrives with card exchange "
                         "and is not available in this version yet. `mingle import` reads "
                         "CSV and TSV attendee lists.")
    try:
        return read_attendee_list(data, parse_overrides(mapping), source=f"import:{path.name}")
    except ValueError as exc:  # ImportFileError, or a --mapping the file does not fit
        raise UsageError(f"Cannot import {path}: {exc}. Nothing was changed.") from exc


def cmd_export(args: argparse.Namespace) -> int:
    """Write people, notes and follow-ups as csv, vcf, md or ics, to --out or standard output."""
    db = resolve_db(args)
    out = Path(args.out).expanduser() if args.out else None
    if out is not None:
        _check_out(out, db, args.force)
    with Store(db, read_only=True) as store:
        event = _chosen_event(store, args.event, needed=args.format == "md")
        data = gather_export(store, event)
    try:
        result = export(data, args.format, include_withheld=args.include_withheld)
    except ValueError as exc:
        raise UsageError(str(exc)) from exc
    if out is None:
        _write_stdout(result.payload)
    else:
        atomic_write(out.absolute(), result.payload, keep_backup=False)
        print(f"Wrote {result.summary} to {out}.")
    _tell_withheld(result)
    return 0


def _check_out(out: Path, db: Path, force: bool) -> None:
    if out.is_dir():
        raise UsageError(f"{out} is a folder; give --out a file name.")
    protected = {p.absolute() for p in (db, backup_path(db), lock_path(db))}
    if out.absolute() in protected:
        raise UsageError(f"{out} is mingle's own database; choose another --out file.")
    if out.exists() and not force:
        raise UsageError(f"{out} already exists; add --force to replace it.")
    if not out.absolute().parent.is_dir():
        raise UsageError(f"The folder {out.absolute().parent} does not exist.")


def _chosen_event(store: Store, name: str | None, *, needed: bool) -> Event | None:
    if name:
        event = find_event(store, name)
        if event is None:
            known = ", ".join(f'"{e.name}"' for e in store.events) or "none yet"
            raise UsageError(f'There is no event named "{name}". Events: {known}.')
        return event
    if not needed:
        return None
    event = store.events.get(store.setting(CURRENT_EVENT))
    if event is None:
        raise UsageError("The Markdown report is about one event and none is current; "
                         "choose it with --event NAME.")
    return event


def _write_stdout(payload: bytes) -> None:
    try:
        sys.stdout.buffer.write(payload)
        sys.stdout.buffer.flush()
    except BrokenPipeError:  # e.g. `mingle export … | head`: the reader has what it wanted
        # Python would complain again when it flushes stdout on the way out.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _tell_withheld(result: ExportResult) -> None:
    if result.withheld:
        people = "person" if result.withheld == 1 else "people"
        print(f"Left out {result.withheld} {people} who did not agree to share their card "
              "(add --include-withheld to export them too).", file=sys.stderr)
