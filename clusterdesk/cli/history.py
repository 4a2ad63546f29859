"""``clusterdesk history UUID``: who changed each field of a record, when, on which device.

The same answer as the window's History (``services.history``): the changes seen on this
computer with their values before and after, each field's latest change (from the stamps that
travel with the record) and the sync conflicts the record had.
"""

from __future__ import annotations

import argparse

from clusterdesk.cli import stdio
from clusterdesk.errors import ClusterDeskError
from clusterdesk.store.database import open_database


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("history", help="the history of one record (any kind) by its id")
    p.add_argument("uuid", help="the record's id (as in exports: Record ID)")
    p.add_argument("--json", action="store_true", help="as one JSON object")
    p.set_defaults(handler=cmd_history)


def cmd_history(args: argparse.Namespace) -> int:
    from clusterdesk.services import history

    db = open_database(args.db, create=False)
    try:
        with db.session() as s:
            found = history.find_record(s, args.uuid)
            if found is None:
                raise ClusterDeskError("record.missing", kind="record", uuid=args.uuid)
            data = history.as_json(history.record_history(s, found[0], args.uuid))
    finally:
        db.close()
    if args.json:
        stdio.print_json(data)
        return 0
    print(f"{data['table']} {data['uuid']}")
    print("changes seen here:")
    for c in data["changes"]:
        what = "created" if c["created"] else f"{c['field']}: {c['before']!r} -> {c['after']!r}"
        print(f"  {c['when']}  {c['device']}  {c['actor'] or '-'}  {what}  ({c['source']})")
    print("each field's last change:")
    for f in data["fields"]:
        print(f"  {f['field']}: {f['when']}  {f['device']}  {f['actor'] or '-'}")
    for c in data["conflicts"]:
        print(f"conflict {c['when']} from {c['device']}: {c['resolution'] or 'open'}")
    return 0
