"""Sync subcommands: export, import, sync (central file), sync-status, redate.

``export -`` writes the sync file to standard output and leaves the changes counted as not
yet sent (nobody has received them yet); ``import -`` reads one from standard input. With
``--json`` the summary is one JSON document on stdout.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from clusterdesk.cli import stdio
from clusterdesk.store.database import open_database


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="write a sync file with the changes not yet sent")
    p.add_argument("file", metavar="FILE",
                   help="the .cdsync file to write; - writes it to standard output (the "
                        "changes then stay counted as not sent)")
    p.add_argument("--all", action="store_true", help="every record, not only the changes")
    p.add_argument("--to", default=None, metavar="RECIPIENT",
                   help="who the changes are for (default: head-office)")
    p.add_argument("--json", action="store_true", help="the summary as JSON (on stderr with -)")
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("import", help="import sync files (each one all or nothing)")
    p.add_argument("files", nargs="+", metavar="FILE", help="sync files; - reads standard input")
    p.add_argument("--json", action="store_true", help="the summaries as a JSON list")
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("sync", help="two-way sync with a central file (created if missing)")
    p.add_argument("path", metavar="PATH", help="the central .cdsync file")
    p.add_argument("--wait", type=float, default=60.0, metavar="SECONDS",
                   help="how long to wait while another computer syncs it (default 60)")
    p.add_argument("--json", action="store_true", help="the summary as JSON")
    p.set_defaults(handler=cmd_sync)

    p = sub.add_parser("sync-status", help="unexported changes, peers, open conflicts")
    p.add_argument("--json", action="store_true", help="as one JSON object")
    p.set_defaults(handler=cmd_status)

    p = sub.add_parser("redate", help="date again this computer's changes made while its "
                                      "clock was far ahead (once the clock is right)")
    p.add_argument("--today", metavar="YYYY-MM-DD",
                   help="today's date, as you know it: nothing is changed unless this "
                        "computer's clock agrees (without it: only say what would be re-dated)")
    p.set_defaults(handler=cmd_redate)


def _export_json(summary) -> dict:  # noqa: ANN001 - an ExportSummary
    return {"file": str(summary.path), "bundle_id": summary.bundle_id,
            "records": summary.total, "counts": summary.counts,
            "all_records": summary.all_records}


def cmd_export(args: argparse.Namespace) -> int:
    import json

    from clusterdesk.sync import HEAD_OFFICE, SUFFIX, export_changes

    to_stdout = stdio.is_stdio(args.file)
    db = open_database(args.db, create=False)
    try:
        with stdio.output_file(args.file, SUFFIX) as path:
            summary = export_changes(db, path, all_records=args.all,
                                     recipient=args.to or HEAD_OFFICE, mark_sent=not to_stdout)
    finally:
        db.close()
    shown = _export_json(summary)
    if to_stdout:
        shown["file"] = "-"
        print(json.dumps(shown, ensure_ascii=False) if args.json else
              f"Exported {summary.total} records to standard output; they still count as "
              "not sent.", file=sys.stderr)
    elif args.json:
        stdio.print_json(shown)
    else:
        print(f"Exported {summary}.")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from clusterdesk.errors import ClusterDeskError
    from clusterdesk.sync import SUFFIX, import_file

    if sum(stdio.is_stdio(f) for f in args.files) > 1:
        raise ClusterDeskError("'-' (standard input) can be given only once.")
    # A first import may start a new database (e.g. head office's). It is built under a
    # temporary name next to it and put in place only when a file was imported: a failed or
    # killed first import leaves no new database (the next one removes a killed one's file).
    from clusterdesk.store.postgres import is_url

    final = args.db if is_url(args.db) else Path(args.db).expanduser().absolute()
    new = not is_url(final) and not final.exists()  # a server database is created by init
    work = final
    if new:
        from clusterdesk import atomic

        atomic.clean_leftovers(final)
        work = atomic.temp_name(final)
    db = open_database(work)
    failed = 0
    results: list[dict] = []
    try:
        for name in args.files:
            try:
                with stdio.input_file(name, SUFFIX) as path:
                    summary = import_file(db, path)
                if stdio.is_stdio(name):
                    summary.file = "-"
                results.append({"file": name, "ok": True, "summary": summary})
                if not args.json:
                    print(summary)
            except ClusterDeskError as exc:
                failed += 1
                if len(args.files) == 1 and not args.json:
                    raise
                results.append({"file": name, "ok": False, "error": str(exc)})
                if not args.json:
                    print(f"clusterdesk: error: {exc}", file=sys.stderr)
    finally:
        _finish_new(db, work, final, keep=failed < len(args.files)) if new else db.close()
    if args.json:
        stdio.print_json(results)
    return stdio.EXIT_USER_ERROR if failed else stdio.EXIT_OK


def _finish_new(db, work: Path, final: Path, *, keep: bool) -> None:  # noqa: ANN001
    """Put a first import's new database in place, or remove it (and its journal)."""
    from clusterdesk import atomic
    from clusterdesk.store.identity import rehome

    if keep:
        rehome(db, final)  # the device lives at the final path, not the temporary one
        with db.engine.connect() as conn:  # everything into the main file before it moves
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    if keep:
        atomic.commit(work, final)
    for suffix in ("-wal", "-shm", "") if not keep else ("-wal", "-shm"):
        Path(f"{work}{suffix}").unlink(missing_ok=True)


def cmd_sync(args: argparse.Namespace) -> int:
    from clusterdesk.sync import sync_central

    stdio.refuse_stdio(args.path, "the central file (it is read and written back)")
    db = open_database(args.db)
    try:
        summary = sync_central(db, args.path, timeout=args.wait)
    finally:
        db.close()
    if args.json:
        stdio.print_json({"file": str(summary.path), "created": summary.created,
                          "imported": summary.imported,
                          "exported": _export_json(summary.exported)})
    else:
        print(summary)
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from clusterdesk.sync import open_conflict_count, sync_status
    from clusterdesk.sync.hold import stamp_time
    from clusterdesk.sync.redate import future_own_changes

    db = open_database(args.db, create=False)
    try:
        status = sync_status(db)
        conflicts = open_conflict_count(db)
        future = future_own_changes(db)
    finally:
        db.close()
    if args.json:
        stdio.print_json({"unexported": status.unexported,
                          "oldest_unexported_at": status.oldest_unexported_at,
                          "open_conflicts": conflicts,
                          "peers": [{"kind": p.kind, "name": p.name, "key": p.key,
                                     "last_export_at": p.last_export_at,
                                     "last_import_at": p.last_import_at,
                                     "last_sync_at": p.last_sync_at,
                                     "clock_offset_s": p.clock_offset_s}
                                    for p in status.peers],
                          "held": status.held,
                          "ahead_of_clock": future.count if future else 0})
        return 0
    print(f"unexported changes: {status.unexported}")
    if status.oldest_unexported_at:
        print(f"oldest unexported change: {status.oldest_unexported_at:%Y-%m-%d %H:%M} UTC")
    print(f"open conflicts: {conflicts}")
    if future is not None:
        print(f"changes of this computer stamped ahead of its clock: {future.count} (up to "
              f"{stamp_time(future.newest)}); once the date is right: clusterdesk redate "
              "--today YYYY-MM-DD")
    if status.held:
        print(f"records held back (clock too far ahead, or a proof not checkable yet): "
              f"{status.held}")
    for peer in status.peers:
        when = peer.last_sync_at
        clock = (f", its clock {peer.clock_offset_s:+.0f} s from ours when it wrote its last "
                 "file" if peer.clock_offset_s is not None else "")
        print(f"{peer.kind} {peer.name}: last sync "
              f"{when:%Y-%m-%d %H:%M} UTC{clock}" if when else f"{peer.kind} {peer.name}: never")
    return 0


def cmd_redate(args: argparse.Namespace) -> int:
    import datetime as dt

    from clusterdesk.errors import ClusterDeskError
    from clusterdesk.sync.hold import stamp_time
    from clusterdesk.sync.redate import future_own_changes, redate

    db = open_database(args.db, create=False)
    try:
        future = future_own_changes(db)
        if future is None:
            print("No change of this computer is stamped ahead of its clock: nothing to "
                  "re-date.")
            return 0
        if args.today is None and future.foreign_newest:
            print(f"Changes from other computers stored here are dated up to "
                  f"{stamp_time(future.foreign_newest)}, later than this computer's clock: "
                  "its clock is behind now. Set its date and time; no re-dating is needed.")
            return 0
        if args.today is None:
            print(f"Changes of this computer stamped ahead of its clock: {future.count} "
                  f"(up to {stamp_time(future.newest)}). If this computer's date is right now, "
                  "run: clusterdesk redate --today YYYY-MM-DD")
            return 0
        try:
            today = dt.date.fromisoformat(args.today)
        except ValueError:
            raise ClusterDeskError("sync.redate_not_a_date", given=args.today) from None
        summary = redate(db, today)
    finally:
        db.close()
    what = "1 change" if summary.count == 1 else f"{summary.count} changes"
    print(f"{what} dated again with this computer's clock (stamped up to "
          f"{stamp_time(summary.newest)} before); the next export or sync sends "
          f"{'it' if summary.count == 1 else 'them'}.")
    return 0
