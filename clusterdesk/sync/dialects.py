"""What an import does differently on SQLite and on PostgreSQL, chosen in one place.

The merge, the checks, the holds, the roles and the proofs are the same code on both; only
the bulk writes differ. SQLite is written through its raw ``sqlite3`` connection (measured:
about twice SQLAlchemy Core's speed, see ``write_plan``), PostgreSQL through ``COPY`` into
the tables and into TEMP staging tables (``postgres_import``). Small statements that both
take in their own spelling — an upsert, the greater of two values — are built here with
SQLAlchemy Core, so the callers stay dialect-free.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite


def is_postgres(conn: sa.Connection) -> bool:
    return conn.dialect.name == "postgresql"


def insert(conn: sa.Connection, table: sa.Table) -> Any:
    """The dialect's own INSERT (it has ``on_conflict_do_update`` and ``excluded``)."""
    return (postgresql.insert if is_postgres(conn) else sqlite.insert)(table)


def upsert(conn: sa.Connection, table: sa.Table, keys: list[str], columns: list[str],
           values: dict[str, Any] | None = None) -> Any:
    """``INSERT … ON CONFLICT (keys) DO UPDATE SET columns = excluded.columns`` for the
    connection's dialect (execute it with one or many parameter sets)."""
    stmt = insert(conn, table)
    if values is not None:
        stmt = stmt.values(**values)
    return stmt.on_conflict_do_update(
        index_elements=keys, set_={c: stmt.excluded[c] for c in columns})


def insert_many(conn: sa.Connection, table: sa.Table, rows: list[dict[str, Any]],
                keys: list[str] | None = None, columns: list[str] | None = None) -> None:
    """Insert ``rows`` (with ``keys``: upsert, setting ``columns``), every row with the same
    keys in the same order. On SQLite through the raw connection, each value through its
    column's bind processor — what SQLAlchemy would store, without its per-row statement
    machinery; on PostgreSQL (or rows of different keys) through SQLAlchemy Core."""
    if not rows:
        return
    names = tuple(rows[0])
    if is_postgres(conn) or any(tuple(r) != names for r in rows):
        conn.execute(upsert(conn, table, keys, columns or keys) if keys else table.insert(),
                     rows)
        return
    d = conn.dialect
    procs = [table.c[n].type.dialect_impl(d).bind_processor(d) for n in names]
    cols = ", ".join(f'"{n}"' for n in names)
    sql = f'INSERT INTO "{table.name}" ({cols}) VALUES ({", ".join("?" * len(names))})'
    if keys:
        sql += f' ON CONFLICT ({", ".join(keys)}) DO UPDATE SET ' + ", ".join(
            f'"{c}" = excluded."{c}"' for c in columns or keys)
    conn.connection.driver_connection.executemany(sql, [
        tuple(v if p is None else p(v) for p, v in zip(procs, r.values(), strict=True))
        for r in rows])


def greatest(conn: sa.Connection, *args: Any) -> Any:
    """The largest of the values (SQLite's scalar ``max``, PostgreSQL's ``greatest``)."""
    return sa.func.greatest(*args) if is_postgres(conn) else sa.func.max(*args)


def write_plan(conn: sa.Connection, table: sa.Table) -> Any:
    """The writer of an import's rows of ``table`` (see ``write_plan.WritePlan``)."""
    if is_postgres(conn):
        from clusterdesk.sync.postgres_import import PgWritePlan

        return PgWritePlan(conn, table)
    from clusterdesk.sync.write_plan import WritePlan

    return WritePlan(conn, table)


@contextlib.contextmanager
def import_session(conn: sa.Connection, cache_kib: int) -> Iterator[None]:
    """Connection settings for the length of one import, restored afterwards: on SQLite a
    larger, fixed page cache while the import writes its indexes (random uuids), and no
    memory map (``store.database.mmap_size``: pages of the database read through it count as
    the process's memory, up to the map's 1 GB) — memory stays bounded whatever the file
    size; PostgreSQL needs nothing."""
    if is_postgres(conn):
        yield
        return
    from clusterdesk.store.database import unmapped

    raw = conn.connection.driver_connection
    cache = raw.execute("PRAGMA main.cache_size").fetchall()[0][0]
    raw.execute(f"PRAGMA main.cache_size = {int(cache_kib)}")
    try:
        with unmapped(raw):
            yield
    finally:
        raw.execute(f"PRAGMA main.cache_size = {int(cache)}")


def serialize_imports(conn: sa.Connection) -> None:
    """Make this transaction the only import writing the database until it ends.

    SQLite has one writer at a time anyway. On PostgreSQL an advisory transaction lock is
    taken (see ``postgres_import.lock_imports``: why a lock and not SERIALIZABLE)."""
    if is_postgres(conn):
        from clusterdesk.sync.postgres_import import lock_imports

        lock_imports(conn)


def integrity_errors() -> tuple[type[BaseException], ...]:
    """The driver's own integrity errors (raw bulk writes bypass SQLAlchemy's wrapping)."""
    import sqlite3

    out: list[type[BaseException]] = [sa.exc.IntegrityError, sqlite3.IntegrityError]
    with contextlib.suppress(ImportError):
        import psycopg

        out.append(psycopg.IntegrityError)
    return tuple(out)
