"""``clusterdesk list KIND``: a record list as the window shows it, searchable from a shell.

The same ``services.lists`` query as the window's list, so ``--search курылыс`` finds
«Құрылыс» here too (folded, inside words, whole words first).
"""

from __future__ import annotations

import argparse

from clusterdesk.cli import list_files, stdio
from clusterdesk.services import lists
from clusterdesk.store.database import open_database

KINDS = ("organizations", "consultations", "trips", "initiatives", "applications")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("list", help="print a list of records (tab-separated, or --json)")
    p.add_argument("kind", choices=KINDS)
    p.add_argument("--search", default="", metavar="TEXT",
                   help="as typed in the window's search box (Kazakh letters typed on a "
                        "Russian keyboard and Latin spellings match too)")
    p.add_argument("--limit", type=int, default=50, metavar="N",
                   help="at most N rows (default 50; 0 = all)")
    p.add_argument("--json", action="store_true", help="as a JSON list of objects")
    list_files.add_arguments(p)  # --format csv|xlsx|json, -o FILE, --filter, --all-fields
    p.set_defaults(handler=cmd_list)


def cmd_list(args: argparse.Namespace) -> int:
    spec = lists.LISTS[args.kind]
    query = lists.ListQuery(search=args.search, sort=spec.default_sort,
                            filters=list_files.filters(spec, args.filter))
    db = open_database(args.db)
    if list_files.wanted(args):
        try:
            return list_files.write(db, spec, query, args)
        finally:
            db.close()
    with db.session() as s:
        if args.limit > 0:
            rows = lists.page(s, spec, query, 0, args.limit)
        else:
            rows = list(lists.iterate(s, spec, query))
    db.close()
    keys = ["uuid"] + [c.key for c in spec.columns]
    if args.json:
        stdio.print_json([dict(zip(keys, row, strict=True)) for row in rows])
        return 0
    print("\t".join(keys))
    for row in rows:
        print("\t".join("" if v is None else str(v) for v in row))
    return 0
