"""Organizations entered twice with one BIN: merges that follow the rule, not the file.

An ``org_merges`` record (loser -> survivor) is enforced only while this machine's own rule
agrees: both organizations exist and carry the same non-empty, valid BIN. Any other merge
record arriving in a file (different BINs, no BIN, a "manual" reason) is refused with a
reason; a manual merge travels as the ordinary edits it made. Enforcing a merge

* folds the loser's field values into the survivor, field group by field group (the newer
  stamp wins; a concurrent losing value is kept as a conflict): nothing survives only on a
  tombstone;
* tombstones the loser and re-points every reference to it (found through the foreign keys);

both derived writes keep the records' stamps, so every machine reaches the same rows in any
order, and both are remembered locally (``sync_merge_effects``): when the rule stops holding
— a later change of a BIN, or the merge record tombstoned — the merge is undone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from clusterdesk.domain.bin import bin_problem
from clusterdesk.store.field_stamps import DELETED, units
from clusterdesk.store.models import Organization
from clusterdesk.store.sync_models import OrgMerge, SyncMergeEffect, SyncVersion, merge_seen
from clusterdesk.sync import format as fmt
from clusterdesk.sync.field_merge import Side, merge

if TYPE_CHECKING:
    from clusterdesk.sync.apply import Applier

_EMPTY = (None, "", [], {})


def final_targets(pairs: list[tuple[str, str]]) -> dict[str, str]:
    """loser -> the survivor at the end of its chain of merges."""
    target = dict(pairs)
    out = {}
    for loser in target:
        seen = {loser}
        node = target[loser]
        while node in target and node not in seen:
            seen.add(node)
            node = target[node]
        if node in seen:  # a cycle: the smallest uuid survives
            node = min(seen)
        if node != loser:
            out[loser] = node
    return out


def merge_problem(merge_row: Any, orgs: dict[str, Any]) -> str | None:
    """Why this machine's rule refuses a merge record (None: it agrees)."""
    if merge_row["reason"] != "bin":
        return (f"merge of {merge_row['loser_uuid']} into {merge_row['survivor_uuid']} was "
                "made by hand elsewhere; such merges travel as edits, not as merge orders")
    loser, survivor = orgs.get(merge_row["loser_uuid"]), orgs.get(merge_row["survivor_uuid"])
    if loser is None or survivor is None:
        return f"merge of {merge_row['loser_uuid']}: one of the organizations is unknown"
    bins = {merge_row["bin"], loser["bin"], survivor["bin"]}
    if len(bins) != 1 or not merge_row["bin"] or bin_problem(merge_row["bin"]):
        return (f"merge of «{loser['name']}» (BIN {loser['bin'] or '—'}) into «{survivor['name']}»"
                f" (BIN {survivor['bin'] or '—'}): not the same valid BIN")
    return None


def _orgs(conn: sa.Connection, uuids: set[str]) -> dict[str, Any]:
    t = Organization.__table__
    out: dict[str, Any] = {}
    ids = sorted(uuids)
    for i in range(0, len(ids), 500):
        for row in conn.execute(sa.select(t).where(t.c.uuid.in_(ids[i:i + 500]))).mappings():
            out[row["uuid"]] = row
    return out


def enforce_merges(conn: sa.Connection, applier: Applier | None = None) -> int:
    """Apply every merge the rule agrees with, undo those it no longer does; returns the
    number of merges in force. Merge records of this import that the rule refuses are
    removed again and named in ``applier.refused_merges``."""
    om = OrgMerge.__table__
    # A tombstoned merge record does not bring two live organizations with one BIN back:
    # what undoes a merge is a change that makes the rule fail (a corrected BIN).
    rows = conn.execute(sa.select(om)).mappings().all()
    orgs = _orgs(conn, {r["loser_uuid"] for r in rows} | {r["survivor_uuid"] for r in rows})
    seq = applier.seq() if applier is not None else None
    valid = []
    for row in rows:
        problem = merge_problem(row, orgs)
        if problem is None:
            valid.append((row["loser_uuid"], row["survivor_uuid"]))
        elif applier is not None and row["seq"] == seq:
            applier.refused_merges.append(problem)
            conn.execute(om.delete().where(om.c.uuid == row["uuid"]))
    mapping = final_targets(valid)
    _undo_lapsed(conn, set(mapping))
    if not mapping:
        return 0
    fresh = {loser for loser, survivor in mapping.items()
             if seq is None or any(orgs[u]["seq"] == seq for u in (loser, survivor))}
    for loser in sorted(fresh):
        _fold(conn, orgs[loser], orgs[mapping[loser]], applier)
    _tombstone_and_repoint(conn, mapping, seq)
    return len(mapping)


def _effects(conn: sa.Connection) -> sa.Table:
    return SyncMergeEffect.__table__


def _undo_lapsed(conn: sa.Connection, in_force: set[str]) -> None:
    """Put back what merges no longer in force had changed."""
    fx = _effects(conn)
    lapsed = conn.execute(sa.select(fx).where(fx.c.loser_uuid.not_in(in_force) if in_force
                                              else sa.true())).mappings().all()
    tables = fmt.tables_by_name()
    for e in lapsed:
        t = tables[e["table_name"]]
        if e["column_name"]:
            conn.execute(t.update().where(t.c.uuid == e["record_uuid"]).values(
                {e["column_name"]: e["loser_uuid"]}))
        else:
            conn.execute(t.update().where(t.c.uuid == e["record_uuid"]).values(deleted=False))
    if lapsed:
        conn.execute(fx.delete().where(fx.c.id.in_([e["id"] for e in lapsed])))


def _fold(conn: sa.Connection, loser: Any, survivor: Any, applier: Applier | None) -> None:
    """The survivor takes the loser's newer field values (its deletion marker excepted)."""
    t = Organization.__table__
    names = tuple(c.name for c in fmt.field_columns(t))
    sv = SyncVersion.__table__
    seen = dict(conn.execute(sa.select(sv.c.uuid, sv.c.seen).where(
        sv.c.table_name == t.name, sv.c.uuid.in_([loser["uuid"], survivor["uuid"]]))).all())

    def side(row: Any) -> Side:
        return Side(row["hlc"], row["device_id"], False, {n: row[n] for n in names},
                    row["field_stamps"], merge_seen(seen.get(row["uuid"]) or {},
                                                    {row["device_id"]: row["hlc"]}))

    kept, other = side(survivor), side(loser)
    for unit in units(t.name, names):  # an empty field of the duplicate erases nothing
        if all(other.values.get(f) in _EMPTY for f in unit):
            for f in unit:
                other.values[f] = kept.values.get(f)
    merged = merge(t.name, names, kept, other)
    if merged.took_incoming:
        conn.execute(t.update().where(t.c.uuid == survivor["uuid"]).values(
            hlc=merged.hlc, device_id=merged.device, field_stamps=merged.stamps,
            **({"seq": applier.seq()} if applier is not None else {}),
            **{k: v for k, v in merged.values.items() if k != "bin"}))
    if applier is not None:
        lost = [x for x in merged.lost if x.unit != (DELETED,)]
        conflicts: dict[str, dict[str, Any]] = {}
        for x in lost:
            applier.record_conflict(conflicts, t, survivor["uuid"], x)
        applier.store_conflicts(conflicts)


def _tombstone_and_repoint(conn: sa.Connection, mapping: dict[str, str],
                           seq: int | None) -> None:
    """Losers become tombstones, references to them point at their survivor; both noted."""
    fx = _effects(conn)
    conn.exec_driver_sql("CREATE TEMP TABLE IF NOT EXISTS sync_merge_map "
                         "(loser TEXT PRIMARY KEY, survivor TEXT)")
    conn.exec_driver_sql("DELETE FROM temp.sync_merge_map")
    conn.exec_driver_sql("INSERT INTO temp.sync_merge_map VALUES (?, ?)", list(mapping.items()))
    bump = f", seq = {int(seq)}" if seq is not None else ""
    conn.exec_driver_sql(
        f"INSERT INTO {fx.name} (loser_uuid, table_name, record_uuid, column_name) "
        "SELECT uuid, 'organizations', uuid, '' FROM organizations WHERE deleted = 0 AND uuid "
        "IN (SELECT loser FROM temp.sync_merge_map)")
    conn.exec_driver_sql(f"UPDATE organizations SET deleted = 1{bump} WHERE deleted = 0 AND "
                         "uuid IN (SELECT loser FROM temp.sync_merge_map)")
    for table, col in fmt.org_reference_columns():
        if table.name not in fmt.tables_by_name():
            continue
        where = f'"{col.name}" IN (SELECT loser FROM temp.sync_merge_map)'
        conn.exec_driver_sql(
            f"INSERT INTO {fx.name} (loser_uuid, table_name, record_uuid, column_name) "
            f"SELECT \"{col.name}\", '{table.name}', uuid, '{col.name}' FROM \"{table.name}\" "
            f"WHERE {where}")
        conn.exec_driver_sql(
            f'UPDATE "{table.name}" SET "{col.name}" = (SELECT survivor FROM '
            f'temp.sync_merge_map WHERE loser = "{table.name}"."{col.name}"){bump} '
            f"WHERE {where}")
    conn.exec_driver_sql("DROP TABLE temp.sync_merge_map")
