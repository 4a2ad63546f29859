"""The full-text indexes (FTS5, created by migration 0002) and bulk writes into their tables.

FTS5 updates its index at every statement; a bulk insert of 300,000 rows through the insert
triggers takes many minutes. ``insert_triggers_paused`` lifts the insert triggers for the
length of one transaction and rebuilds the index once at the end, which gives the same index.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, text

INDEXED = ("organizations", "consultations")


@contextmanager
def insert_triggers_paused(conn: Connection, tables: tuple[str, ...] = INDEXED) -> Iterator[None]:
    """Inside one transaction: drop the FTS insert triggers, then rebuild and restore them."""
    names = [f"{t}_fts_ai" for t in tables]
    triggers = conn.execute(
        text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN "
             f"({', '.join(f':n{i}' for i in range(len(names)))})"),
        {f"n{i}": n for i, n in enumerate(names)}).all()
    for name, _sql in triggers:
        conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
    yield
    for table in tables:
        conn.exec_driver_sql(f"INSERT INTO {table}_fts({table}_fts) VALUES ('rebuild')")
    for _name, sql in triggers:
        conn.exec_driver_sql(sql)
