"""A record deleted on one machine while another machine still refers to it: a conflict.

Deleting an organization (initiative, trip…) on one laptop while a consultation made on
another laptop still points at it would leave a live record pointing at a tombstone, silently.
After every import each reference written by it is checked: a live record that refers to a
deleted one yields an ``orphan`` conflict on the deleted record (its other version: not
deleted). Its uuid is derived from the pair, so every machine that sees it writes the same
conflict; resolving it with "keep the other version" brings the record back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from clusterdesk.sync import format as fmt

if TYPE_CHECKING:
    from clusterdesk.sync.apply import Applier


def orphan_conflicts(conn: sa.Connection, applier: Applier) -> int:
    """Record a conflict for each live record of this import that refers to a deleted one."""
    seq = applier.seq()
    synced = fmt.tables_by_name()
    found: dict[str, dict[str, Any]] = {}
    for child in fmt.table_order():
        for col, target_name, travels in fmt.references(child):
            if not travels or target_name == child.name:
                continue
            target = synced[target_name]
            c, t = child.alias("c"), target.alias("t")
            q = (sa.select(c.c.uuid, c.c.hlc, c.c.device_id, t.c.uuid.label("target"),
                           t.c.hlc.label("t_hlc"), t.c.device_id.label("t_device"))
                 .select_from(c.join(t, c.c[col] == t.c.uuid))
                 .where(c.c.deleted == sa.false(), t.c.deleted == sa.true(),
                        sa.or_(c.c.seq == seq, t.c.seq == seq)))
            for row in conn.execute(q):
                cid = fmt.derived_uuid("orphan", target_name, row.target, child.name, row.uuid)
                found[cid] = {
                    "uuid": cid, "table_name": target_name, "record_uuid": row.target,
                    "kind": "orphan", "loser_hlc": row.hlc, "loser_device_id": row.device_id,
                    "loser_deleted": False,
                    "loser_fields": {"referred_by": f"{child.name}/{row.uuid}"},
                    "winner_hlc": row.t_hlc, "winner_device_id": row.t_device,
                    "resolved": False, "resolution": "", "undo_fields": None}
    applier.store_conflicts(found)
    return len(found)
