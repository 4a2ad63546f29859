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
from clusterdesk.store.authored import FOLD, unit_of
from clusterdesk.store.field_stamps import (
    DELETED,
    compress,
    expand,
    key_text,
    latest,
    parse_key,
    units,
)
from clusterdesk.store.models import Organization
from clusterdesk.store.sync_models import OrgMerge, SyncMergeEffect, SyncVersion, merge_seen
from clusterdesk.sync import format as fmt
from clusterdesk.sync.field_merge import Side, merge

if TYPE_CHECKING:
    from clusterdesk.sync.apply import Applier

_EMPTY = (None, "", [], {})


def final_targets(pairs: list[tuple[str, str]],
                  dead: frozenset[str] | set[str] = frozenset()) -> dict[str, str]:
    """loser -> the survivor at the end of its chain of merges.

    A cycle ends at its smallest uuid that is not ``dead`` (deleted by a user, not by a
    merge): a chain ends at a live record whenever one is in it."""
    target = dict(pairs)
    out = {}
    for loser in target:
        seen = {loser}
        node = target[loser]
        while node in target and node not in seen:
            seen.add(node)
            node = target[node]
        if node in seen:  # a cycle: the smallest uuid survives
            node = min(seen - set(dead) or seen)
        if node != loser:
            out[loser] = node
    return out


def _dead_by_hand(conn: sa.Connection, bins: set[str]) -> tuple[set[str], dict[str, str]]:
    """Organizations carrying these BINs: those deleted by a user (a tombstone not made by a
    merge), and the heir of each BIN — its smallest uuid not deleted by a user."""
    t, fx = Organization.__table__, _effects(conn)
    by_merge = sa.select(fx.c.record_uuid).where(
        fx.c.table_name == t.name, fx.c.column_name == "", fx.c.record_uuid == t.c.uuid)
    dead: set[str] = set()
    heirs: dict[str, str] = {}
    ids = sorted(bins)
    for i in range(0, len(ids), 500):
        for uuid, bin_, deleted, merged in conn.execute(sa.select(
                t.c.uuid, t.c.bin, t.c.deleted, sa.exists(by_merge)).where(
                t.c.bin.in_(ids[i:i + 500])).order_by(t.c.uuid.desc())).all():
            if deleted and not merged:
                dead.add(uuid)
            else:
                heirs[bin_] = uuid
    return dead, heirs


def _rule_pairs(conn: sa.Connection, valid: list[tuple[str, str, str]]
                ) -> tuple[list[tuple[str, str]], set[str]]:
    """The merges to enforce and the uuids deleted by a user. A merge into a tombstone that a
    user deleted (a hand merge, say) does not end there: the loser goes to its BIN's smallest
    uuid not deleted by a user, or lives again when it is that uuid — the same choice on
    every machine that holds the same records."""
    dead, heirs = _dead_by_hand(conn, {b for _l, s, b in valid if s})
    pairs = []
    for loser, survivor, bin_ in valid:
        if survivor in dead:
            others = _heir_besides(conn, bin_, loser, dead) if heirs.get(bin_) == loser \
                else heirs.get(bin_)
            if others is None:
                continue
            survivor = others
        pairs.append((loser, survivor))
    return pairs, dead


def _heir_besides(conn: sa.Connection, bin_: str, loser: str, dead: set[str]) -> str | None:
    """The smallest uuid carrying ``bin_`` but ``loser``, not deleted by a user."""
    t = Organization.__table__
    for (uuid,) in conn.execute(sa.select(t.c.uuid).where(
            t.c.bin == bin_, t.c.uuid != loser).order_by(t.c.uuid)).all():
        if uuid not in dead:
            return uuid
    return None


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
            valid.append((row["loser_uuid"], row["survivor_uuid"], row["bin"]))
        elif applier is not None and row["seq"] == seq:
            applier.refused_merges.append(problem)
            conn.execute(om.delete().where(om.c.uuid == row["uuid"]))
    pairs, dead = _rule_pairs(conn, valid)
    mapping = final_targets(pairs, dead)
    orgs = {**orgs, **_orgs(conn, set(mapping.values()) - set(orgs))}
    direct = {loser: survivor for loser, survivor, _b in valid}
    moved = {loser for loser, survivor in mapping.items() if survivor != direct[loser]}
    revive = _undo_lapsed(conn, mapping, moved)
    if not mapping:
        _revive(conn, revive, mapping)
        return 0
    fresh = {loser for loser, survivor in mapping.items()
             if seq is None or loser in moved or not orgs[loser]["deleted"]
             or any(orgs[u]["seq"] == seq for u in (loser, survivor))}
    for loser in sorted(fresh):
        _fold(conn, _orgs(conn, {loser})[loser], _orgs(conn, {mapping[loser]})[mapping[loser]],
              applier)
    _tombstone_and_repoint(conn, mapping, seq)
    _revive(conn, revive, mapping)
    _follow_moved(conn, mapping, moved, dead | set(mapping), seq)
    return len(mapping)


def _effects(conn: sa.Connection) -> sa.Table:
    return SyncMergeEffect.__table__


def _undo_lapsed(conn: sa.Connection, mapping: dict[str, str], moved: set[str]) -> list[str]:
    """Put back what merges no longer in force had changed, and a moved loser's folds into a
    record that is no longer the end of its chain; returns the tombstones to lift
    (``_revive``: after the merges in force are tombstoned, one live BIN each)."""
    fx = _effects(conn)
    gone = fx.c.loser_uuid.not_in(sorted(mapping)) if mapping else sa.true()
    folds = sa.and_(fx.c.loser_uuid.in_(sorted(moved)), fx.c.column_name.startswith(FOLD))
    lapsed = [e for e in conn.execute(sa.select(fx).where(sa.or_(gone, folds))).mappings()
              if e["loser_uuid"] not in mapping or e["record_uuid"] != mapping[e["loser_uuid"]]]
    tables = fmt.tables_by_name()
    revive = []
    for e in lapsed:
        t = tables[e["table_name"]]
        if e["column_name"].startswith(FOLD):
            _unfold(conn, t, e, revive)
        elif e["column_name"]:
            conn.execute(t.update().where(t.c.uuid == e["record_uuid"]).values(
                {e["column_name"]: e["loser_uuid"]}))
        else:
            revive.append(e["record_uuid"])
    if lapsed:
        conn.execute(fx.delete().where(fx.c.id.in_([e["id"] for e in lapsed])))
    return revive


def _revive(conn: sa.Connection, uuids: list[str], mapping: dict[str, str]) -> None:
    t = Organization.__table__
    uuids = sorted(set(uuids) - set(mapping))
    for i in range(0, len(uuids), 500):
        conn.execute(t.update().where(t.c.uuid.in_(uuids[i:i + 500])).values(deleted=False))


def _follow_moved(conn: sa.Connection, mapping: dict[str, str], moved: set[str],
                  gone: set[str], seq: int | None) -> None:
    """References a merge had re-pointed at a survivor that is gone since (deleted by a user,
    or merged itself) follow their loser's merge to where it ends now."""
    if not moved:
        return
    fx = _effects(conn)
    tables = fmt.tables_by_name()
    bump = {"seq": int(seq)} if seq is not None else {}
    for e in conn.execute(sa.select(fx).where(fx.c.loser_uuid.in_(sorted(moved)),
                                              fx.c.column_name != "")).mappings().all():
        if e["column_name"].startswith(FOLD) or e["table_name"] not in tables:
            continue
        t = tables[e["table_name"]]
        ref = t.c[e["column_name"]]
        conn.execute(t.update().where(t.c.uuid == e["record_uuid"], ref.in_(sorted(gone)),
                                      ref != mapping[e["loser_uuid"]])
                     .values({ref.name: mapping[e["loser_uuid"]], **bump}))


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
        _note_fold(conn, survivor, loser["uuid"], kept, merged, names)
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
    """Losers become tombstones, references to them point at their survivor; both noted.

    Set-based statements on a TEMP table of the merges (SQLAlchemy Core: the same on SQLite
    and PostgreSQL), whatever the number of merges."""
    fx = _effects(conn)
    org = Organization.__table__
    conn.exec_driver_sql("CREATE TEMP TABLE IF NOT EXISTS sync_merge_map "
                         "(loser TEXT PRIMARY KEY, survivor TEXT)")
    conn.execute(_MERGE_MAP.delete())
    conn.execute(_MERGE_MAP.insert(), [{"loser": loser, "survivor": survivor}
                                       for loser, survivor in mapping.items()])
    losers = sa.select(_MERGE_MAP.c.loser)
    bump = {"seq": int(seq)} if seq is not None else {}
    noted = ["loser_uuid", "table_name", "record_uuid", "column_name"]
    conn.execute(fx.insert().from_select(noted, sa.select(
        org.c.uuid, sa.literal(org.name, sa.String), org.c.uuid, sa.literal("", sa.String))
        .where(org.c.deleted == sa.false(), org.c.uuid.in_(losers))))
    conn.execute(org.update().where(org.c.deleted == sa.false(), org.c.uuid.in_(losers))
                 .values(deleted=True, **bump))
    for table, col in fmt.org_reference_columns():
        if table.name not in fmt.tables_by_name():
            continue
        ref = table.c[col.name]
        conn.execute(fx.insert().from_select(noted, sa.select(
            ref, sa.literal(table.name, sa.String), table.c.uuid,
            sa.literal(col.name, sa.String)).where(ref.in_(losers))))
        survivor = sa.select(_MERGE_MAP.c.survivor).where(
            _MERGE_MAP.c.loser == ref).scalar_subquery()
        conn.execute(table.update().where(ref.in_(losers)).values({col.name: survivor, **bump}))
    conn.exec_driver_sql("DROP TABLE sync_merge_map")
    _note_stamps(conn)


# The TEMP table of ``_tombstone_and_repoint`` (created there, on the import's connection).
_MERGE_MAP = sa.table("sync_merge_map", sa.column("loser", sa.String),
                      sa.column("survivor", sa.String))


def _note_stamps(conn: sa.Connection) -> None:
    """Give the effects just noted the stamp their field group had (``before``): a sync file
    puts the authored value back only while that stamp holds (``authored``)."""
    fx = _effects(conn)
    fresh = conn.execute(sa.select(fx.c.id, fx.c.table_name, fx.c.record_uuid,
                                   fx.c.column_name).where(fx.c.before.is_(None))).all()
    tables = fmt.tables_by_name()
    for e in fresh:
        t = tables.get(e.table_name)
        row = conn.execute(sa.select(t.c.hlc, t.c.device_id, t.c.field_stamps).where(
            t.c.uuid == e.record_uuid)).first() if t is not None else None
        if row is None:
            continue
        names = tuple(c.name for c in fmt.field_columns(t))
        stamps = expand(row.field_stamps, (row.hlc, row.device_id), names)
        unit = (DELETED,) if not e.column_name else unit_of(t.name, names, e.column_name)
        conn.execute(fx.update().where(fx.c.id == e.id).values(
            before={"key": key_text(max(stamps[f] for f in unit))}))


def _note_fold(conn: sa.Connection, survivor: Any, loser_uuid: str, kept: Side, merged: Any,
               names: tuple[str, ...]) -> None:
    """Remember the survivor's field groups as they were before the duplicate's were folded
    in (kept across repeated folds: the first "before" is what its authors wrote)."""
    fx = _effects(conn)
    t = Organization.__table__
    old = expand(kept.stamps, (kept.hlc, kept.device), names)
    new = expand(merged.stamps, (merged.hlc, merged.device), names)
    for unit in merged.taken:
        column = FOLD + "+".join(unit)
        where = (fx.c.table_name == t.name, fx.c.record_uuid == survivor["uuid"],
                 fx.c.column_name == column)
        prior = conn.execute(sa.select(fx.c.id, fx.c.before).where(*where)).first()
        written = key_text(max(new[f] for f in unit))
        if prior is not None and prior.before:
            conn.execute(fx.update().where(fx.c.id == prior.id).values(
                before={**prior.before, "key": written}, loser_uuid=loser_uuid))
            continue
        values = {f: (kept.deleted if f == DELETED else fmt.to_json_value(kept.values.get(f)))
                  for f in unit}
        conn.execute(fx.insert().values(
            loser_uuid=loser_uuid, table_name=t.name, record_uuid=survivor["uuid"],
            column_name=column, before={"key": written, "was": key_text(
                max(old[f] for f in unit)), "values": values}))


def _unfold(conn: sa.Connection, t: sa.Table, e: Any, revive: list[str]) -> None:
    """A lapsed merge gives the survivor back the field group it had before the fold (while
    no later edit changed it), so every machine holds the same rows whatever it saw."""
    row = conn.execute(sa.select(t).where(t.c.uuid == e["record_uuid"])).mappings().first()
    before = e["before"] or {}
    if row is None or "was" not in before:
        return
    names = tuple(c.name for c in fmt.field_columns(t))
    unit = tuple(e["column_name"][len(FOLD):].split("+"))
    stamps = expand(row["field_stamps"], (row["hlc"], row["device_id"]), names)
    if not set(unit) <= set(stamps) or key_text(max(stamps[f] for f in unit)) != before["key"]:
        return
    was = parse_key(before["was"])
    values: dict[str, Any] = {}
    for f in unit:
        stamps[f] = was
        values[f] = before["values"].get(f)
    top = latest(stamps)
    cols = {c.name: c for c in fmt.field_columns(t)}
    update = {f: fmt.parse_value(cols[f], fmt.column_kind(cols[f]), v)
              for f, v in values.items() if f in cols}
    if DELETED in values and values[DELETED]:
        update["deleted"] = True
    elif DELETED in values and row["deleted"]:
        revive.append(row["uuid"])  # lifted with the others, unless merged again
    conn.execute(t.update().where(t.c.uuid == row["uuid"]).values(
        hlc=top[0], device_id=top[1], field_stamps=compress(stamps, top), **update))
