"""``clusterdesk registry import FILE``: load an akimat's or chamber's list of organizations.

The same import as ``services.registry_import``: columns guessed (or ``--map``, remembered for
the next file), every row checked, the good rows written in one transaction, the refused ones
listed with their reasons. Exit 0 when every row was imported, 1 when rows were refused, 2
when the file cannot be read or mapped (nothing imported).
"""

from __future__ import annotations

import argparse

from clusterdesk.cli import stdio
from clusterdesk.errors import localized
from clusterdesk.store.database import open_database


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("registry", help="registries of organizations in bulk")
    actions = p.add_subparsers(dest="registry_command", metavar="ACTION", required=True)
    imp = actions.add_parser(
        "import", help="import organizations (and contacts) from a CSV or XLSX list")
    imp.add_argument("file", help="the list: .csv (; , or tab; UTF-8 or Windows-1251) or .xlsx")
    imp.add_argument("--map", metavar="FIELD=HEADER,...", default="",
                     help="which column holds which field (name, bin, legal_form, address, "
                          "phone, email, region, contact, position); guessed and remembered "
                          "otherwise; FIELD= leaves a field out")
    imp.add_argument("--dry-run", action="store_true",
                     help="only check the rows and show what would be imported")
    imp.add_argument("--json", action="store_true", help="the summary as one JSON object")
    imp.set_defaults(handler=cmd_import)


def cmd_import(args: argparse.Namespace) -> int:
    from clusterdesk.services import registry_import

    overrides = registry_import.parse_overrides(args.map)
    db = open_database(args.db, create=False)
    try:
        run = registry_import.preview if args.dry_run else registry_import.apply
        summary = run(db, args.file, overrides)
    finally:
        db.close()
    if args.json:
        stdio.print_json(summary.as_json())
    else:
        print_summary(summary)
    return stdio.EXIT_PROBLEMS if summary.refused else stdio.EXIT_OK


def print_summary(summary) -> None:  # noqa: ANN001 - a registry_import.Summary
    print("columns: " + ", ".join(f"{k}={v}" for k, v in summary.mapping.items()))
    accepted = len(summary.rows) - len(summary.refused)
    if summary.dry_run:
        print(f"{summary.file}: {len(summary.rows)} rows, {accepted} would be imported, "
              f"{len(summary.refused)} refused (dry run: nothing was written)")
    else:
        print(f"{summary.file}: {len(summary.rows)} rows, {summary.imported} organizations "
              f"and {summary.contacts} contacts imported, {len(summary.refused)} refused")
    for row in summary.refused:
        name = row.values.get("name", "")
        print(f"  row {row.number} {name!r}: " + "; ".join(localized(p) for p in row.problems))
