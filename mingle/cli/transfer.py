"""`mingle import` and `mingle export`: attendee lists in, files for the user's other tools out."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from mingle.cli.common import UsageError, resolve_db, wants_fresh
from mingle.domain.exchange.images import read_card_file
from mingle.domain.exchange.payload import CardError
from mingle.domain.exports.formats import ExportResult, export
from mingle.domain.records.models import Event
from mingle.services.cards_in import describe, take_in_cards
from mingle.services.transfer import (
    ImportReport,
    TransferError,
    find_event,
    gather_export,
    holds_cards,
    import_attendees,
    read_import_file,
)
from mingle.store.database import Store
from mingle.store.output import OutputError, OutputExistsError, check_output_path, write_output
from mingle.store.settings import CURRENT_EVENT


def cmd_import(args: argparse.Namespace) -> int:
    """Read an attendee list, merge it into the database, print the report."""
    path = Path(args.file).expanduser()
    if path.is_file() and holds_cards(path):
        return _import_cards(path, args)
    try:
        attendees = read_import_file(path, args.mapping or [])
    except TransferError as exc:
        raise UsageError(str(exc)) from exc
    if not attendees.rows:  # the database is not even opened
        print("\n".join(ImportReport.of(attendees, path.name).lines()))
        raise UsageError(f"Nothing was imported: no row of {path} names a person.")
    with Store(resolve_db(args), fresh=wants_fresh(args)) as store:
        report = import_attendees(store, attendees, path.name, args.event)
        store.flush()
    print("\n".join(report.lines()))
    return 0


def _import_cards(path: Path, args: argparse.Namespace) -> int:
    """Cards from a .vcf file or an image of QR codes: merged into known people, never doubled."""
    try:
        batch = read_card_file(path)
    except CardError as exc:
        raise UsageError(f"Cannot import {path}: {exc} Nothing was changed.") from exc
    with Store(resolve_db(args), fresh=wants_fresh(args)) as store:
        event = _chosen_event(store, args.event, needed=False)
        taken = take_in_cards(store, batch.cards, f"import:{path.name}",
                              event.id if event else None)
        store.flush()
    print(f"Read {path.name}" + (f' (people linked to "{event.name}" as met)' if event else ""))
    print("\n".join(describe(taken, batch.skipped, batch.warnings)))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """Write people, notes and follow-ups as csv, vcf, md or ics, to --out or standard output."""
    db = resolve_db(args)
    out = Path(args.out).expanduser() if args.out else None
    if out is not None:  # checked before the work, written after it
        check_output(out, db, force=args.force)
    with Store(db, read_only=True) as store:
        event = _chosen_event(store, args.event, needed=args.format == "md")
        data = gather_export(store, event)
    try:
        result = export(data, args.format, include_withheld=args.include_withheld,
                        layout=args.layout)
    except ValueError as exc:
        raise UsageError(str(exc)) from exc
    if out is None:
        _write_stdout(result.payload)
    else:
        try:
            write_output(out, result.payload, db, force=args.force)
        except OutputError as exc:
            raise UsageError(str(exc)) from exc
        print(f"Wrote {result.summary} to {out}.")
    _tell_withheld(result)
    return 0


def check_output(out: Path, db: Path, *, force: bool) -> None:
    """UsageError (in command-line words) when `out` must not be written."""
    try:
        check_output_path(out, db, force=force)
    except OutputExistsError as exc:
        raise UsageError(f"{out} already exists; add --force to replace it.") from exc
    except OutputError as exc:
        raise UsageError(str(exc)) from exc


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
