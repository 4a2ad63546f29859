"""The versions held back at import, as the Sync view lists them, and discarding them.

Held versions (``hold``) wait for a later import: time catching up with a clock that was
ahead, a device list that holds the prover, a held record they refer to. Some never will —
a conflict "proven" by a made-up device, a version stamped in the year 2999 whose computer
never re-dated it — and head office needs to see them, with who sent them and why, and to
let them go. Discarding forgets this computer's held copy only; the computer that made the
version still has it and may send it again.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from clusterdesk.store import changes
from clusterdesk.store.database import Database
from clusterdesk.store.sync_models import SyncHeld

# Why a version is held, as the Sync view says it (in the window's language).
CLOCK, PROVER, REFERENCE = "clock", "prover", "reference"
SHOWN = 2000  # the list shows the oldest this many; the count says how many there are


@dataclass(frozen=True)
class HeldRecord:
    id: int
    table: str
    record_uuid: str
    label: str              # what the record is (a name, a subject), from the held version
    device_id: str          # the device that made the version
    hlc: str                # the version's stamp
    kind: str               # CLOCK / PROVER / REFERENCE
    reason: str             # the stored sentence (English: the command line's)
    received_at: dt.datetime | None


def kind_of(reason: str) -> str:
    if reason.startswith("carries a proof"):
        return PROVER
    if reason.startswith("refers to"):
        return REFERENCE
    return CLOCK


def _label(line: Any) -> str:
    fields = line.get("fields") if isinstance(line, dict) else None
    if not isinstance(fields, dict):
        return ""
    for key in ("name", "title", "subject", "full_name", "notes", "label"):
        value = fields.get(key)
        if isinstance(value, str) and value.strip():
            text = " ".join(value.split())
            return text if len(text) <= 80 else text[:79] + "…"
    return ""


def held_records(db: Database, limit: int = SHOWN) -> tuple[int, list[HeldRecord]]:
    """How many versions are held back, and the oldest ``limit`` of them."""
    t = SyncHeld.__table__
    with db.engine.connect() as conn:
        total = conn.execute(sa.select(sa.func.count()).select_from(t)).scalar() or 0
        rows = conn.execute(sa.select(t).order_by(t.c.id).limit(limit)).mappings().all()
    return total, [HeldRecord(r["id"], r["table_name"], r["record_uuid"], _label(r["line"]),
                              r["device_id"], r["hlc"], kind_of(r["reason"] or ""),
                              r["reason"] or "", r["at"]) for r in rows]


def discard_held(db: Database, ids: list[int]) -> int:
    """Forget these held versions here (one transaction); how many were still held."""
    if not ids:
        return 0
    t = SyncHeld.__table__
    gone = 0
    with db.engine.begin() as conn:
        for i in range(0, len(ids), 500):
            gone += conn.execute(t.delete().where(t.c.id.in_(ids[i:i + 500]))).rowcount or 0
        if gone:
            changes.note(conn, {SyncHeld.__tablename__})
    return gone
