"""A whole database copied into another one: head office's SQLite file onto its new server.

Every table of the models is carried over row by row, as stored — records with their ids,
clock stamps and tombstones, but also what a sync file does not carry: open conflicts, the
change history, the sync peers and what each was sent, this database's own state. The
target must be a new, empty ClusterDesk database (``init`` done); it is filled in one
transaction, streamed in batches (memory does not grow with the source), and its counts are
checked against the source's before the commit. The reference data (regions, sectors) is
the program's own: the target has it already.

The copy is what a copied file is (``store.identity``): when it is first opened where it now
lives it becomes a new device, keeping its history and its former device id as its own.
"""

from __future__ import annotations

from sqlalchemy import Connection, Table, func, select

from clusterdesk.errors import ClusterDeskError
from clusterdesk.progress import Progress, go_on
from clusterdesk.store.base import Base, synced_tables
from clusterdesk.store.database import Database

BATCH = 2000
REFERENCE = ("regions", "sectors")  # written by the program into every database


def tables() -> list[Table]:
    """The tables copied, referenced ones first."""
    return [t for t in Base.metadata.sorted_tables if t.name not in REFERENCE]


def _count(conn: Connection, table: Table) -> int:
    return conn.execute(select(func.count()).select_from(table)).scalar() or 0


def _refuse_unless_empty(conn: Connection, target: Database) -> None:
    for cls in synced_tables():
        if _count(conn, cls.__table__):
            raise ClusterDeskError(
                f"{target.location} already holds records ({cls.__tablename__}); a copy goes "
                "only into a new, empty database (create one and run 'init' first).")


def _reset_sequences(conn: Connection, table: Table) -> None:
    """PostgreSQL: serial ids continue after the copied ones."""
    for column in table.primary_key.columns:
        if column.autoincrement is True and conn.dialect.name == "postgresql":
            conn.exec_driver_sql(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', '{column.name}'), "
                f"coalesce(max({column.name}), 1), max({column.name}) IS NOT NULL) "
                f"FROM {table.name}")


def copy_database(source: Database, target: Database,
                  progress: Progress | None = None) -> dict[str, int]:
    """Copy every record and local state of ``source`` into the empty ``target``.

    Returns {table: rows copied}. ``progress(done, total)`` is called after each batch; it
    returning False cancels (nothing is written).
    """
    copied: dict[str, int] = {}
    with source.engine.connect() as src, target.engine.begin() as dst:
        _refuse_unless_empty(dst, target)
        todo = tables()
        total = sum(_count(src, t) for t in todo)
        done = 0
        for table in reversed(todo):  # the target's own state (identity, counters) goes
            dst.execute(table.delete())
        for table in todo:
            rows = src.execute(select(table).execution_options(yield_per=BATCH))
            copied[table.name] = 0
            for part in rows.partitions(BATCH):
                batch = [dict(r._mapping) for r in part]
                dst.execute(table.insert(), batch)
                copied[table.name] += len(batch)
                done += len(batch)
                if not go_on(progress, done, total):
                    raise ClusterDeskError("Copy cancelled; the target database was not "
                                           "changed.")
            _reset_sequences(dst, table)
            if _count(dst, table) != _count(src, table):
                raise ClusterDeskError(f"The copy of {table.name} is incomplete; the target "
                                       "database was not changed.")
    target.analyze()
    return copied
