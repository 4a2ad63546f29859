"""Proof of origin for changes that need head office's role, so a relay cannot forge them.

Head office signs each field group it changed that only head office may change (a registration,
an evaluation, a selection, the monitoring area): the signature covers the table, the record,
the field group, its stamp (clock and device) and its values. The proof travels with the record
and stays valid through any relay until that field group changes again; a relay that altered
the values or the stamp breaks it. Proofs are made when head office exports (for what it wrote
itself) and kept in ``sync_proofs`` for every record that passes through.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from clusterdesk.store import field_stamps as fs
from clusterdesk.store.sync_models import SyncProof
from clusterdesk.sync import format as fmt
from clusterdesk.sync import keys as devkeys
from clusterdesk.sync.role_policy import needs_head_office

if TYPE_CHECKING:
    from clusterdesk.store.database import Database
    from clusterdesk.sync.trust import Device


def unit_name(unit: tuple[str, ...]) -> str:
    return "+".join(unit)


def _message(
    table: str, uuid: str, unit: tuple[str, ...], key: fs.Key, values: dict[str, Any]
) -> bytes:
    from clusterdesk.sync.trust import canonical

    return canonical(
        [
            "clusterdesk-proof-1",
            table,
            uuid,
            unit_name(unit),
            key[0],
            key[1],
            {f: fmt.to_json_value(values.get(f)) for f in unit},
        ]
    )


def valid(
    writer: Device,
    table: str,
    uuid: str,
    unit: tuple[str, ...],
    key: fs.Key,
    values: dict[str, Any],
    proof: Any,
) -> bool:
    if not isinstance(proof, dict) or proof.get("key") != fs.key_text(key):
        return False
    try:
        sig = devkeys.unb64(proof["sig"])
    except (KeyError, TypeError, ValueError):
        return False
    return devkeys.verify(writer.sign_public, _message(table, uuid, unit, key, values), sig)


def rows_of(table: str, uuid: str, rec_proofs: dict[str, Any] | None) -> list[dict[str, Any]]:
    """The ``sync_proofs`` rows of the proofs a record arrived with (to relay them)."""
    return [
        {"table_name": table, "uuid": uuid, "unit": unit, "key": p["key"], "sig": p["sig"]}
        for unit, p in (rec_proofs or {}).items()
    ]


def keep(conn: sa.Connection, rows: list[dict[str, Any]]) -> None:
    """Store proofs (one statement for all of them)."""
    if not rows:
        return
    stmt = sqlite_insert(SyncProof.__table__)
    conn.execute(
        stmt.on_conflict_do_update(
            index_elements=["table_name", "uuid", "unit"],
            set_={"key": stmt.excluded.key, "sig": stmt.excluded.sig},
        ),
        rows,
    )


def make_own(db: Database, keys: devkeys.DeviceKeys) -> int:
    """Sign every head-office-only field group this device wrote that has no proof yet."""
    fresh: list[dict[str, Any]] = []
    t = SyncProof.__table__
    with db.engine.begin() as conn:
        have = {(r.table_name, r.uuid, r.unit): r.key for r in conn.execute(sa.select(t))}
        for table in fmt.table_order():
            names = tuple(c.name for c in fmt.field_columns(table))
            units = [u for u in fs.units(table.name, names) if needs_head_office(table.name, u)]
            if not units:
                continue
            rows = conn.execute(
                sa.select(table).where(
                    table.c.device_id.in_(db.own_device_ids) | table.c.field_stamps.is_not(None)
                )
            )
            for row in rows.mappings():
                stamps = fs.expand(row["field_stamps"], (row["hlc"], row["device_id"]), names)
                values = {**row, fs.DELETED: bool(row["deleted"])}
                for unit in units:
                    key = max(stamps[f] for f in unit)
                    if key[1] not in db.own_device_ids:
                        continue
                    if have.get((table.name, row["uuid"], unit_name(unit))) == fs.key_text(key):
                        continue
                    sig = devkeys.b64(
                        keys.sign(_message(table.name, row["uuid"], unit, key, values))
                    )
                    fresh.append(
                        {
                            "table_name": table.name,
                            "uuid": row["uuid"],
                            "unit": unit_name(unit),
                            "key": fs.key_text(key),
                            "sig": sig,
                        }
                    )
        keep(conn, fresh)
    return len(fresh)


def for_table(conn: sa.Connection, table: sa.Table) -> dict[str, dict[str, Any]]:
    """uuid -> {unit: proof} of a table, for the records about to be written to a file (only
    head-office-only field groups have proofs: a small set)."""
    t = SyncProof.__table__
    out: dict[str, dict[str, Any]] = {}
    for r in conn.execute(sa.select(t).where(t.c.table_name == table.name)):
        out.setdefault(r.uuid, {})[r.unit] = {"key": r.key, "sig": r.sig}
    return out
