"""The `mingle` command line: parses arguments, opens the store, builds the app and runs it."""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from mingle import __version__
from mingle.cli.common import DB_ENV, UsageError, default_db_path, resolve_db, wants_fresh
from mingle.domain.exports import FORMATS as EXPORT_FORMATS
from mingle.domain.imports.columns import FIELDS as IMPORT_FIELDS
from mingle.domain.imports.columns import KEEP
from mingle.domain.imports.layouts import LAYOUTS as CSV_LAYOUTS
from mingle.domain.records.entered import is_yes
from mingle.domain.records.models import CARD_FIELDS, ValidationError


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every subcommand."""
    db = argparse.ArgumentParser(add_help=False)
    db.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                    help=f"database file (default: ${DB_ENV}, else {default_db_path()})")
    db.add_argument("--fresh", action="store_true", default=argparse.SUPPRESS,
                    help="start a new, empty database even though the database is missing or "
                         "empty while its backup or a damaged copy lies beside it (they are "
                         "kept); without it mingle stops and points to `mingle restore`")
    version = f"mingle {__version__}"

    parser = argparse.ArgumentParser(
        prog="mingle", parents=[db],
        description="A keyboard-first companion for live networking events. "
                    "Without a command, opens the app on your database.",
    )
    parser.add_argument("--version", action="version", version=version)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, parents=[db], help=help_text, description=help_text)
        p.add_argument("--version", action="version", version=version)
        return p

    demo = command("demo", "open the app on a fresh copy of the demo event")
    demo.add_argument("--no-ui", action="store_true",
                      help="only write the demo database (needs --db), do not open the app")

    imp = command("import", "import an attendee list (CSV or TSV) and print a report")
    imp.add_argument("file", metavar="FILE",
                     help="CSV or TSV attendee list (Eventbrite, Meetup, Luma or any CSV), "
                          "address book (Google Contacts, Outlook, LinkedIn CSV) or cards "
                          "(.vcf, QR image)")
    imp.add_argument("--event", metavar="NAME",
                     help="event the attendees belong to (created if new; default: the "
                          "current event, else one named after the file)")
    imp.add_argument("--mapping", metavar="FIELD=COLUMN", action="append", default=[],
                     help="read a field from a named column, for files whose headers are not "
                          f"recognised (repeatable); fields: {', '.join(IMPORT_FIELDS)}, "
                          f"or {KEEP} (kept on the person as it is)")

    exp = command("export", "export people, notes and follow-ups for other tools")
    exp.add_argument("--format", required=True, choices=EXPORT_FORMATS)
    exp.add_argument("--layout", choices=CSV_LAYOUTS, default="generic",
                     help="csv: mingle's own columns (generic, every field) or the import "
                          "template of google, outlook or hubspot")
    exp.add_argument("--event", metavar="NAME", help="only this event")
    exp.add_argument("--out", metavar="PATH", help="file to write (default: standard output)")
    exp.add_argument("--force", action="store_true", help="overwrite an existing --out file")
    exp.add_argument("--include-withheld", action="store_true",
                     help="csv/vcf: also export people who did not agree to share their card")

    restore = command("restore", "show what the backup holds, then put it in place of the database")
    restore.add_argument("--yes", action="store_true", help="restore without asking")
    restore.add_argument("--from", dest="source", metavar="FILE",
                         help="restore this file (e.g. a recovery file mingle wrote when it "
                              "could not save) instead of the backup")
    restore.add_argument("--force", action="store_true",
                         help="restore even over a database that is not damaged (it is kept "
                              "aside as <db>.damaged-<time>)")

    search = command("search", "find people by any word you noted, a tag, a need or an offer "
                               "(read-only; works while the app is open)")
    search.add_argument("query", metavar="QUERY", nargs="+",
                        help="words (each a prefix, all required) and filters: #tag, needs:…, "
                             "offers:…, at:<event words>, owed, quiet:30d")
    search.add_argument("--json", action="store_true", help="print the results as JSON")

    card = command("card", "show your card as a QR code, or set its fields")
    card.add_argument("--set", metavar="FIELD=VALUE", action="append", default=[],
                      help=f"set a card field and exit; fields: {', '.join(CARD_FIELDS)}")
    card.add_argument("--png", metavar="PATH", help="write the card's QR code as a PNG image")
    card.add_argument("--svg", metavar="PATH", help="write the card's QR code as an SVG image")
    card.add_argument("--force", action="store_true", help="replace existing --png/--svg files")
    return parser


if TYPE_CHECKING:
    from mingle.store.database import Store


def run_app(db_path: Path, *, start: str | None = None, banner: str = "",
            fresh: bool = False) -> int:
    """Open the store for writing and run the full-screen app on it."""
    from mingle.store.database import Store
    from mingle.ui.app import create_app

    store = Store(db_path, fresh=fresh)
    try:
        app = create_app(store, start=start)
        app.run()
    finally:
        store.close()  # writes what is queued, and tries once more what failed
    if store.unsaved():
        return _report_unsaved(store)
    if banner:
        print(banner)
    return app.return_code or 0


def _report_unsaved(store: Store) -> int:
    """After the screen is restored: what was not saved, and where it was kept."""
    error = store.save_error
    why = getattr(error, "strerror", None) or str(error or "the save failed")
    lines = store.describe_unsaved()
    print(f"mingle: {len(lines)} change(s) could not be saved to {store.path} ({why}):",
          file=sys.stderr)
    for line in lines:
        print(f"  {line}", file=sys.stderr)
    recovery = store.write_recovery()
    if recovery is not None:
        print(f"Everything, these changes included, is in the recovery file {recovery}.\n"
              f"Once the problem is fixed: mingle restore --db {store.path} --from {recovery} "
              "--force", file=sys.stderr)
    else:
        print("No recovery file could be written (no space left?). The changes follow as "
              "JSON; keep this output:", file=sys.stderr)
        sys.stderr.write(store.unsaved_as_json().decode("utf-8") + "\n")
    return 1


def cmd_app(args: argparse.Namespace) -> int:
    return run_app(resolve_db(args), fresh=wants_fresh(args))


def cmd_demo(args: argparse.Namespace) -> int:
    from mingle.services.demo import write_demo

    chosen = getattr(args, "db", None)
    if chosen:
        path = Path(chosen).expanduser()
        if path.exists():
            raise UsageError(f"{path} already exists; the demo needs a fresh file "
                             "(choose another --db or remove that file).")
    elif args.no_ui:
        raise UsageError("`mingle demo --no-ui` needs --db PATH to know where to write.")
    else:
        path = Path(tempfile.mkdtemp(prefix="mingle-demo-")) / "demo.json"
    summary = write_demo(path)
    if args.no_ui:
        print(f"Demo database written to {path} ({summary}).")
        return 0
    return run_app(path, banner=f"The demo database is kept at {path}")


def cmd_restore(args: argparse.Namespace) -> int:
    from mingle.store.restore import (
        HealthyDatabaseError,
        describe_backup,
        healthy_database,
        restore_backup,
    )

    path = resolve_db(args)
    source = Path(args.source).expanduser() if args.source else None
    summary = describe_backup(path, source)
    print(summary.describe("Backup" if source is None else "File"))
    current = healthy_database(path)
    if current is not None:
        print(current.describe("The database now (not damaged)"))
        if not args.force:
            raise HealthyDatabaseError(current, summary)
    what = "this backup" if source is None else "this file"
    if not args.yes:
        if not sys.stdin.isatty():
            raise UsageError("Not restored: add --yes to restore without a question.")
        if not is_yes(input(f"Put {what} in place of {path}? [y/N] ")):
            print("Nothing changed.")
            return 1
    kept = restore_backup(path, source=source, force=args.force)
    print(f"Restored {path} from {'its backup' if source is None else source}.")
    if kept is not None:
        print(f"The file it replaced is kept as {kept}.")
    return 0


def cmd_card(args: argparse.Namespace) -> int:
    from mingle.store.database import Store

    if not args.set and not (args.png or args.svg):
        return run_app(resolve_db(args), start="card", fresh=wants_fresh(args))
    changes: dict[str, str] = {}
    for item in args.set:  # all checked before anything is written
        name, sep, value = item.partition("=")
        name = name.strip().lower()
        if not sep or name not in CARD_FIELDS:
            raise UsageError(f"--set takes FIELD=VALUE with FIELD one of {', '.join(CARD_FIELDS)}; "
                             f"got {item!r}.")
        changes[name] = value
    if changes:
        with Store(resolve_db(args), fresh=wants_fresh(args)) as store:
            card = store.me.evolve(**changes)
            store.save(card).result()
        print("Card saved: " + ", ".join(f"{k}={getattr(card, k)}" for k in changes))
    if args.png or args.svg:
        _write_card_files(args)
    return 0


def _write_card_files(args: argparse.Namespace) -> None:
    """The full card as print-quality PNG and/or SVG files (created readable by you only)."""
    from mingle.cli.transfer import check_output
    from mingle.domain.exchange.images import png_bytes
    from mingle.domain.exchange.payload import CardError, vcard_payload
    from mingle.domain.exchange.qr import svg_text
    from mingle.store.database import Store
    from mingle.store.output import write_output

    db = resolve_db(args)
    chosen = [(Path(path).expanduser(), draw) for path, draw in
              ((args.png, png_bytes), (args.svg, lambda p: svg_text(p).encode("utf-8"))) if path]
    for path, _ in chosen:  # every file checked before anything is written
        check_output(path, db, force=args.force)
    with Store(db, read_only=True) as store:
        card = store.me
    if not card.name and not card.email:
        raise UsageError("Your card is empty: set it first, e.g. "
                         "`mingle card --set name=… --set email=…`.")
    payload = vcard_payload(card)
    for path, draw in chosen:
        try:
            written = write_output(path, draw(payload), db, force=args.force)
        except (CardError, ValueError) as exc:
            raise UsageError(str(exc)) from exc
        print(f"Wrote {written}")


def cmd_transfer(name: str, args: argparse.Namespace) -> int:
    """`mingle import` / `mingle export` (loaded only when used)."""
    from mingle.cli import transfer as cli_transfer

    return cli_transfer.cmd_import(args) if name == "import" else cli_transfer.cmd_export(args)


COMMANDS: dict[str | None, Callable[[argparse.Namespace], int]] = {
    None: cmd_app,
    "demo": cmd_demo,
    "restore": cmd_restore,
    "card": cmd_card,
    "import": lambda args: cmd_transfer("import", args),
    "export": lambda args: cmd_transfer("export", args),
    "search": lambda args: cmd_search(args),
}


def cmd_search(args: argparse.Namespace) -> int:
    """`mingle search` (loaded only when used)."""
    from mingle.cli import search as cli_search

    return cli_search.cmd_search(args)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `mingle` command; returns the exit code."""
    from mingle.store.errors import StoreError

    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except (StoreError, UsageError, ValidationError) as exc:
        print(f"mingle: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except OSError as exc:
        print(f"mingle: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "),
              file=sys.stderr)
        return 1
