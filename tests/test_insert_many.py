"""Rows an import writes through the raw SQLite connection are stored exactly as SQLAlchemy
Core would store them (JSON, null JSON, dates and times), and an upsert updates in place."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import sqlalchemy as sa
from test_sync_support import fresh_db

from clusterdesk.store.history import ChangeHistory
from clusterdesk.store.sync_models import SyncVersion
from clusterdesk.sync import dialects

WHEN = dt.datetime(2017, 4, 10, 9, 30, 5, 123456)
ROWS = [{"table_name": "consultations", "record_uuid": f"00000000-0000-4000-8000-00000000000{i}",
         "field": "notes", "before": before, "after": {"Қ": [1, 2.5, None]}, "hlc": "h",
         "device_id": "d", "actor": "", "source": "import", "bundle_id": "b",
         "recorded_at": WHEN} for i, before in enumerate([None, "Әсем", 3, [], {"a": None}])]


def _stored(path: Path, table: str) -> list[tuple]:
    con = sqlite3.connect(path)
    try:
        return con.execute(f'SELECT * FROM "{table}" ORDER BY 1, 2').fetchall()
    finally:
        con.close()


def test_raw_rows_are_stored_as_core_stores_them(tmp_path: Path) -> None:
    raw, core = fresh_db(tmp_path / "raw.db"), fresh_db(tmp_path / "core.db")
    t = ChangeHistory.__table__
    with raw.engine.begin() as conn:
        conn.execute(t.delete())
        dialects.insert_many(conn, t, [dict(r) for r in ROWS])
    with core.engine.begin() as conn:
        conn.execute(t.delete())
        conn.execute(t.insert(), [dict(r) for r in ROWS])
    for db in (raw, core):
        db.engine.dispose()
    assert _stored(tmp_path / "raw.db", t.name) == _stored(tmp_path / "core.db", t.name)
    with raw.engine.connect() as conn:  # and read back as SQLAlchemy reads it
        back = conn.execute(sa.select(t.c.before, t.c.recorded_at).order_by(t.c.id)).all()
    assert back == [(r["before"], WHEN) for r in ROWS]


def test_an_upsert_replaces_the_listed_columns_of_an_existing_row(tmp_path: Path) -> None:
    db = fresh_db(tmp_path / "a.db")
    sv = SyncVersion.__table__
    first = [{"table_name": "organizations", "uuid": "u1", "seen": {"d1": "h1"}},
             {"table_name": "organizations", "uuid": "u2", "seen": {}}]
    with db.engine.begin() as conn:
        dialects.insert_many(conn, sv, first, ["table_name", "uuid"], ["seen"])
        dialects.insert_many(conn, sv, [{"table_name": "organizations", "uuid": "u1",
                                         "seen": {"d2": "h2"}}], ["table_name", "uuid"],
                             ["seen"])
        got = dict(conn.execute(sa.select(sv.c.uuid, sv.c.seen)).all())
    assert got == {"u1": {"d2": "h2"}, "u2": {}}
