"""Foundation subcommands: init, demo, stats, copy."""

from __future__ import annotations

import argparse
import json

from clusterdesk.cli.monitoring import iso_date
from clusterdesk.errors import ClusterDeskError
from clusterdesk.store.database import open_database


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init", help="create (or upgrade) the database file")
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("demo", help="fill the database with the demo programme")
    p.add_argument("--force", action="store_true",
                   help="add the demo even if the database already holds records")
    p.add_argument("--scale", type=int, default=0, metavar="N",
                   help="also add N extra organizations (with 3 consultations each) for "
                        "benchmarks; 0 = just the published programme")
    p.add_argument("--open", action="store_true", help="open the window afterwards")
    p.add_argument("--if-empty", action="store_true",
                   help="do nothing (without error) when the database already holds records")
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("stats", help="print the programme's figures")
    p.add_argument("--json", action="store_true", help="as one JSON object")
    p.add_argument("--on", type=iso_date, metavar="DATE",
                   help="as the records stood at that day (YYYY-MM-DD)")
    p.set_defaults(handler=cmd_stats)

    p = sub.add_parser("copy", help="copy the whole database into a new, empty one (e.g. "
                                    "head office's file onto its PostgreSQL server)")
    p.add_argument("target", metavar="PATH|URL",
                   help="the new database: a file, or postgresql://USER@HOST/DBNAME "
                        "(created and migrated when new; must hold no records)")
    p.add_argument("--json", action="store_true", help="rows copied per table, as JSON")
    p.set_defaults(handler=cmd_copy)


def cmd_init(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    print(f"ClusterDesk database ready: {db.location}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from clusterdesk.services import demo

    db = open_database(args.db)
    with db.session() as s:
        empty = demo.is_empty(s)
    if not empty and args.if_empty:
        print(f"{db.location} already holds records; the demo was not added again.")
    elif not empty and not args.force:
        raise ClusterDeskError(
            f"{db.location} already holds records; the demo programme is only added to an empty "
            "database (use --force to add it anyway, or --db to choose another file).")
    else:
        summary = demo.generate(db, extra_organizations=args.scale)
        print(f"Demo programme written to {db.location}: {summary}")
    db.close()
    if args.open:
        from clusterdesk.gui.app import run_gui

        return run_gui(args.db, debug=args.debug)
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    from clusterdesk.services.stats import programme_stats
    from clusterdesk.services.stats_at import dated_stats

    db = open_database(args.db, create=False)
    with db.session() as s:
        stats = programme_stats(s) if args.on is None else dated_stats(s, args.on)
    if args.json:
        print(json.dumps(stats, ensure_ascii=False, indent=2))
    else:
        for key, value in stats.items():
            print(f"{key}: {value}")
    return 0


def cmd_copy(args: argparse.Namespace) -> int:
    from clusterdesk.cli.main import database_arg
    from clusterdesk.store.copy import copy_database

    source = open_database(args.db, create=False)
    target = open_database(database_arg(args.target))
    try:
        copied = copy_database(source, target)
    finally:
        source.close()
        target.close()
    if args.json:
        print(json.dumps(copied, ensure_ascii=False, indent=2))
    else:
        print(f"{sum(copied.values())} rows of {len(copied)} tables copied from "
              f"{source.location} to {target.location}.")
    return 0
