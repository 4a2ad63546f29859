"""Sync subcommands: export, import, sync (central file), sync-status."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from clusterdesk.store.database import open_database


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="write a sync file with the changes not yet sent")
    p.add_argument("file", metavar="FILE", help="the .cdsync file to write")
    p.add_argument("--all", action="store_true", help="every record, not only the changes")
    p.add_argument("--to", default=None, metavar="RECIPIENT",
                   help="who the changes are for (default: head-office)")
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("import", help="import sync files (each one all or nothing)")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("sync", help="two-way sync with a central file (created if missing)")
    p.add_argument("path", metavar="PATH", help="the central .cdsync file")
    p.add_argument("--wait", type=float, default=60.0, metavar="SECONDS",
                   help="how long to wait while another computer syncs it (default 60)")
    p.set_defaults(handler=cmd_sync)

    p = sub.add_parser("sync-status", help="unexported changes, peers, open conflicts")
    p.set_defaults(handler=cmd_status)


def cmd_export(args: argparse.Namespace) -> int:
    from clusterdesk.sync import HEAD_OFFICE, export_changes

    db = open_database(args.db, create=False)
    try:
        summary = export_changes(db, args.file, all_records=args.all,
                                 recipient=args.to or HEAD_OFFICE)
    finally:
        db.close()
    print(f"Exported {summary}.")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from clusterdesk.errors import ClusterDeskError
    from clusterdesk.sync import import_file

    # A first import may start a new database (e.g. head office's); when no file could be
    # imported, the new, empty database is removed again: nothing is left half-made.
    new = not Path(args.db).exists()
    db = open_database(args.db)
    failed = 0
    try:
        for path in args.files:
            try:
                print(import_file(db, path))
            except ClusterDeskError as exc:
                failed += 1
                if len(args.files) == 1:
                    raise
                print(f"clusterdesk: error: {exc}", file=sys.stderr)
    finally:
        db.close()
        if new and failed == len(args.files):
            for suffix in ("", "-wal", "-shm"):
                Path(f"{db.path}{suffix}").unlink(missing_ok=True)
    return 2 if failed else 0


def cmd_sync(args: argparse.Namespace) -> int:
    from clusterdesk.sync import sync_central

    db = open_database(args.db)
    try:
        print(sync_central(db, args.path, timeout=args.wait))
    finally:
        db.close()
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from clusterdesk.sync import open_conflict_count, sync_status

    db = open_database(args.db, create=False)
    try:
        status = sync_status(db)
        conflicts = open_conflict_count(db)
    finally:
        db.close()
    print(f"unexported changes: {status.unexported}")
    if status.oldest_unexported_at:
        print(f"oldest unexported change: {status.oldest_unexported_at:%Y-%m-%d %H:%M} UTC")
    print(f"open conflicts: {conflicts}")
    for peer in status.peers:
        when = peer.last_sync_at
        print(f"{peer.kind} {peer.name}: last sync "
              f"{when:%Y-%m-%d %H:%M} UTC" if when else f"{peer.kind} {peer.name}: never")
    return 0
