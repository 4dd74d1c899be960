"""`mingle search QUERY`: the People search on the command line, read-only."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date

from mingle.cli.common import UsageError, resolve_db
from mingle.domain.network.query import parse_query
from mingle.services.network import index_store, reasons_for
from mingle.store.database import Store

TIERS = ("name", "card", "notes", "events")


def cmd_search(args: argparse.Namespace) -> int:
    """Print everyone the query finds, one line each with the reason (or JSON)."""
    text = " ".join(args.query)
    query = parse_query(text)
    if query.problems:
        raise UsageError(" ".join(query.problems))
    today = date.today()
    with Store(resolve_db(args), read_only=True) as store:
        index = index_store(store, query)
        results = index.search(query, today)
        found = []
        for person_id, tier in zip(results.ids, results.tiers, strict=True):
            person = store.people.get(person_id)
            if person is None:
                continue
            reasons = reasons_for(store, index, person_id, query, today)
            found.append((person, tier, reasons))
    if args.json:
        print(json.dumps([{
            "id": person.id, "name": person.display_name, "company": person.company,
            "title": person.title, "emails": person.emails,
            "matched": TIERS[tier] if query.words else "filters",
            "reasons": [r.as_dict() for r in reasons],
        } for person, tier, reasons in found], ensure_ascii=False, indent=2))
    else:
        for person, _, reasons in found:
            company = f" ({person.company})" if person.company else ""
            why = "; ".join(r.plain() for r in reasons)
            print(f"{person.display_name}{company}{' — ' + why if why else ''}")
    if not found:
        print(f"mingle: nobody matches {text!r}.", file=sys.stderr)
        return 1
    return 0
