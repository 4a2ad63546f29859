"""Helpers shared by the sync tests (no tests here): fast fresh databases and table dumps."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import sqlalchemy as sa

from clusterdesk.domain.bin import make_bin
from clusterdesk.store.database import Database, open_database
from clusterdesk.store.models import Consultation, Organization
from clusterdesk.sync import format as fmt

_TEMPLATE: dict[str, Path] = {}


def fresh_db(path: Path) -> Database:
    """A migrated empty database with its own device id, without re-running the migrations."""
    if "t" not in _TEMPLATE:
        import tempfile

        folder = Path(tempfile.mkdtemp(prefix="cd-sync-template-"))
        db = open_database(folder / "template.db")
        db.close()
        con = sqlite3.connect(folder / "template.db")
        con.execute("DELETE FROM local_state")
        con.commit()
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.close()
        _TEMPLATE["t"] = folder / "template.db"
    shutil.copy(_TEMPLATE["t"], path)
    return open_database(path)


def valid_bins(n: int, start: int = 1) -> list[str]:
    out, i = [], start
    while len(out) < n:
        b = make_bin(f"1705400{i:04d}")
        if b:
            out.append(b)
        i += 1
    return out


def dump(db: Database, tables: list[str] | None = None) -> dict[str, list[tuple]]:
    """Every row of the travelling tables (or ``tables``), sorted: for equality checks.
    The local arrival order ``seq`` is left out: it is this machine's own bookkeeping."""
    names = tables or [t.name for t in fmt.table_order()]
    by_name = fmt.tables_by_name()
    with db.engine.connect() as conn:
        out = {}
        for n in names:
            cols = ", ".join(f'"{c.name}"' for c in by_name[n].columns if c.name != "seq")
            out[n] = sorted((tuple(r) for r in conn.execute(
                sa.text(f'SELECT {cols} FROM "{n}" ORDER BY uuid')).all()), key=repr)
        return out


def dump_all(db: Database) -> list[str]:
    """The whole database file as SQL (for "the database is exactly as before")."""
    db.engine.dispose()
    con = sqlite3.connect(db.path)
    try:
        return [line for line in con.iterdump() if "sync_in_" not in line]
    finally:
        con.close()


def add_org_with_consultation(db: Database, name: str, bin_: str = "",
                              notes: str = "first visit") -> tuple[str, str]:
    with db.session() as s:
        org = Organization(name=name, bin=bin_, region_code="39")
        s.add(org)
        s.flush()
        cons = Consultation(date=dt.date(2016, 7, 12), organization_uuid=org.uuid, notes=notes)
        s.add(cons)
        s.flush()
        return org.uuid, cons.uuid
