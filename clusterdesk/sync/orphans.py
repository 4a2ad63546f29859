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
from clusterdesk.sync.conflict_identity import orphan_uuid

if TYPE_CHECKING:
    from clusterdesk.sync.apply import Applier


# (table, column, target) of every reference between travelling tables, and its query as
# SQL text, per database dialect: built and compiled once per process, not at every import
_PREPARED: dict[tuple, list[tuple[str, tuple[str, ...] | None, str, str]]] = {}


def _queries(conn: sa.Connection) -> list[tuple[str, tuple[str, ...] | None, str, str]]:
    """(SQL, positional parameter names or None, target table, child table) per reference:
    the live records of ``child`` that point at a deleted record of ``target``, where either
    side was written by the import numbered ``:seq``."""
    dialect = conn.dialect
    key = (dialect.name, dialect.paramstyle, dialect.server_version_info)
    prepared = _PREPARED.get(key)
    if prepared is not None:
        return prepared
    synced = fmt.tables_by_name()
    seq = sa.bindparam("seq", type_=sa.Integer)
    prepared = []
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
            compiled = q.compile(dialect=dialect)
            names = tuple(compiled.positiontup or ()) if compiled.positional else None
            prepared.append((str(compiled), names, target_name, child.name))
    _PREPARED[key] = prepared
    return prepared


def orphan_conflicts(conn: sa.Connection, applier: Applier) -> int:
    """Record a conflict for each live record of this import that refers to a deleted one."""
    seq = applier.seq()
    found: dict[str, dict[str, Any]] = {}
    for sql, names, target_name, child_name in _queries(conn):
        params: Any = tuple(seq for _n in names) if names is not None else {"seq": seq}
        for uuid, hlc, device, target, t_hlc, t_device in conn.exec_driver_sql(sql, params):
            cid = orphan_uuid(target_name, target, child_name, uuid)
            found[cid] = {
                "uuid": cid, "table_name": target_name, "record_uuid": target,
                "kind": "orphan", "loser_hlc": hlc, "loser_device_id": device,
                "loser_deleted": False,
                "loser_fields": {"referred_by": f"{child_name}/{uuid}"},
                "winner_hlc": t_hlc, "winner_device_id": t_device,
                "resolved": False, "resolution": "", "undo_fields": None, "loser_proof": None}
    applier.store_conflicts(found)
    return len(found)
