"""The rows an import writes, built from a checked record or from a merge of two versions.

Kept apart from ``apply`` (which decides what to write) so each stays readable.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from clusterdesk.store.field_stamps import DELETED
from clusterdesk.store.sync_models import merge_seen
from clusterdesk.sync import format as fmt
from clusterdesk.sync.field_merge import Lost, Merged, Side
from clusterdesk.sync.records import Record


def same_version(rec: Record, row: Any) -> bool:
    """Is ``rec`` exactly the version of the stored ``row`` (stamp, device, deletion, field
    stamps)? Then merging it changes no value."""
    return (rec.hlc == row["hlc"] and rec.device == row["device_id"]
            and rec.deleted == bool(row["deleted"])
            and (rec.stamps or None) == (row["field_stamps"] or None))


def insert_params(rec: Record, seq: int) -> dict[str, Any]:
    """The row of a new record (its values dict reused: it is not looked at again)."""
    values = rec.values
    values["uuid"] = rec.uuid
    values["hlc"] = rec.hlc
    values["device_id"] = rec.device
    values["deleted"] = rec.deleted
    values["field_stamps"] = rec.stamps
    values["seq"] = seq
    return values


def merged_params(uuid: str, m: Merged, seq: int) -> dict[str, Any]:
    return {"uuid": uuid, "hlc": m.hlc, "device_id": m.device, "deleted": m.deleted,
            "field_stamps": m.stamps, "seq": seq, **m.values}


def conflict_row(cid: str, table: sa.Table, uuid: str, lost: Lost) -> dict[str, Any]:
    """The ``sync_conflicts`` row of a losing field group of record ``uuid`` (open, no proof
    yet: ``conflict_proofs`` may add the loser's)."""
    cols = {c.name for c in fmt.field_columns(table)}
    return {
        "uuid": cid, "table_name": table.name, "record_uuid": uuid, "kind": lost.kind,
        "loser_hlc": lost.loser[0], "loser_device_id": lost.loser[1],
        "loser_deleted": bool(lost.values.get(DELETED, False)),
        "loser_fields": {n: fmt.to_json_value(v) for n, v in lost.values.items() if n in cols},
        "winner_hlc": lost.winner[0], "winner_device_id": lost.winner[1],
        "resolved": False, "resolution": "", "undo_fields": None, "loser_proof": None,
    }


def whole_record(current: Side, incoming: Side, cur_resolved: bool, inc_resolved: bool,
                 cur_proven: bool = False, inc_proven: bool = False) -> Merged:
    """Conflict records merge whole: a copy with the losing device's proof ranks first (one
    without may say anything of the loser), then resolved (it stays resolved), then the
    stamp — a total order, so every machine keeps the same copy whatever the order."""
    take = (inc_proven, inc_resolved, incoming.hlc, incoming.device) > (
        cur_proven, cur_resolved, current.hlc, current.device)
    side = incoming if take else current
    return Merged(side.hlc, side.device, side.deleted, dict(side.values), side.stamps,
                  merge_seen(current.vv, incoming.vv), take, [])


def lazy(make: Any) -> Any:
    """``make()`` called once, when first needed."""
    made: list[Any] = []

    def get() -> Any:
        if not made:
            made.append(make())
        return made[0]
    return get


def releasing_first(table: str, updates: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """The updates of one batch in the order the database's unique keys allow: an
    organization that becomes a tombstone or loses its BIN is written before the others, so
    another one can take that BIN in the same batch (a merge made by hand elsewhere moves a
    BIN from the organization it deletes to the one it keeps; one UPDATE writes rows in its
    own order, and the live-BIN index checks each row)."""
    if table != "organizations":
        return [updates] if updates else []
    first = [p for p in updates if p["deleted"] or not p["bin"]]
    rest = [p for p in updates if not (p["deleted"] or not p["bin"])]
    return [part for part in (first, rest) if part]
