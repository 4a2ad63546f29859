"""An import into PostgreSQL: COPY into TEMP tables and into the tables, one lock per import.

The same two passes and the same merge as on SQLite (``importer``, ``check``, ``apply``);
only the bulk statements differ. Through psycopg's ``COPY … FROM STDIN`` the check pass fills
its TEMP tables (``PgScratch``) and the apply pass inserts new records; changed records are
copied into a TEMP staging table and written with one ``UPDATE … FROM`` per batch
(``PgWritePlan``). Values go through SQLAlchemy's own bind processors, so the rows are those
Core would write; organizations and consultations get their folded search text with them
(``store.pg_folded``, which the server would otherwise compute per row). TEMP tables
are ``ON COMMIT DROP``: a failed import leaves nothing behind, and the transaction keeps the
whole file all or nothing. Memory does not grow with the file: rows are sent a batch at a
time.

Two analysts importing at the same moment: each import takes a **transaction-level advisory
lock** (``pg_advisory_xact_lock``) once its file has been read and checked, before it looks up
the references still open and writes anything; the second waits for the first to commit (or
roll back), then sees everything it wrote. Why a lock rather than SERIALIZABLE with retries:
an import reads and rewrites thousands of rows and the merge, the same-BIN rule and the local
arrival number (``local_state.seq``) make any two imports conflict, so serializable
transactions would fail nearly always and a retry repeats a whole file (minutes for a large
one) — while the lock costs nothing but the wait, never fails, and the expensive part of the
check pass (reading, parsing and checking every line) still runs in parallel. The lock is
released by the server when the transaction ends, also when the client is killed.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from operator import itemgetter
from typing import Any

import sqlalchemy as sa

from clusterdesk.store.pg_folded import PG_FOLDED, PG_FOLDED_SOURCES, pg_folded

# "ClDsI": the one advisory lock key that serializes imports into a ClusterDesk database.
IMPORT_LOCK_KEY = 0x436C447349
STAGE_PREFIX = "sync_stage_"


def lock_imports(conn: sa.Connection) -> None:
    """Wait until no other import into this database is running, then hold it off until
    this transaction ends (commit, rollback or a dropped connection)."""
    conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": IMPORT_LOCK_KEY})


def _raw(conn: sa.Connection) -> Any:
    return conn.connection.driver_connection


@contextlib.contextmanager
def _driver_errors(sql: str) -> Iterator[None]:
    """psycopg's errors of a raw statement, as SQLAlchemy would have wrapped them."""
    import psycopg

    try:
        yield
    except psycopg.Error as exc:
        raise sa.exc.DBAPIError.instance(sql, None, exc, psycopg.Error) from exc


def _copy(cur: Any, sql: str, rows: Iterable[tuple]) -> None:
    with _driver_errors(sql), cur.copy(sql) as copy:
        for row in rows:
            copy.write_row(row)


class PgScratch:
    """The check pass's TEMP tables on PostgreSQL (``check.SqliteScratch``'s twin)."""

    def __init__(self, conn: sa.Connection) -> None:
        self.conn = conn

    def _cur(self) -> Any:
        return _raw(self.conn).cursor()

    def begin(self) -> None:
        # Byte order ("C"): the order SQLite and Python sort uuids in, so the first
        # problem reported is the same record on both.
        with self._cur() as cur:
            cur.execute('CREATE TEMP TABLE IF NOT EXISTS sync_in_uuids (tbl text COLLATE "C", '
                        'uuid text COLLATE "C", PRIMARY KEY (tbl, uuid)) ON COMMIT DROP')
            cur.execute('CREATE TEMP TABLE IF NOT EXISTS sync_in_refs (tbl text COLLATE "C", '
                        'uuid text COLLATE "C", src text, PRIMARY KEY (tbl, uuid)) '
                        "ON COMMIT DROP")
            cur.execute("TRUNCATE sync_in_uuids, sync_in_refs")

    def add_uuids(self, uuids: list[tuple[str, str]]) -> str | None:
        """Keep (table, uuid) pairs, sorted; the first one already kept, if any."""
        with self._cur() as cur:
            # each uuid looked up by the key (the TEMP table has no statistics: an ORDER BY
            # ... LIMIT 1 could be planned as a walk of every kept uuid, for every batch)
            found = cur.execute(
                'SELECT min(v COLLATE "C") FROM unnest(%s::text[]) AS v WHERE EXISTS '
                "(SELECT 1 FROM sync_in_uuids i WHERE i.tbl = %s AND i.uuid = v)",
                ([u for _t, u in uuids], uuids[0][0])).fetchone()
            if found and found[0] is not None:
                return found[0]
            _copy(cur, "COPY sync_in_uuids (tbl, uuid) FROM STDIN", uuids)
        return None

    def unresolved(self, target: str, values: set[str]) -> Iterable[str]:
        """Of ``values``, those neither in the file so far nor in ``target``."""
        with self._cur() as cur:
            rows = cur.execute(
                "SELECT v FROM unnest(%s::text[]) AS v WHERE NOT EXISTS (SELECT 1 FROM "
                "sync_in_uuids i WHERE i.tbl = %s AND i.uuid = v) AND NOT EXISTS "
                f'(SELECT 1 FROM "{target}" x WHERE x.uuid = v)',
                (sorted(values), target)).fetchall()
        return [r[0] for r in rows]

    def defer(self, rows: list[tuple[str, str, str]]) -> None:
        with self._cur() as cur:
            cur.executemany("INSERT INTO sync_in_refs VALUES (%s, %s, %s) "
                            "ON CONFLICT DO NOTHING", rows)

    def targets(self) -> list[str]:
        with self._cur() as cur:
            return [r[0] for r in cur.execute(
                "SELECT DISTINCT tbl FROM sync_in_refs ORDER BY tbl").fetchall()]

    def missing(self, target: str) -> tuple[str, str] | None:
        with self._cur() as cur:
            row = cur.execute(
                "SELECT r.uuid, r.src FROM sync_in_refs r WHERE r.tbl = %s "
                "AND NOT EXISTS (SELECT 1 FROM sync_in_uuids i "
                "                WHERE i.tbl = r.tbl AND i.uuid = r.uuid) "
                f'AND NOT EXISTS (SELECT 1 FROM "{target}" x WHERE x.uuid = r.uuid) '
                "ORDER BY r.uuid LIMIT 1", (target,)).fetchone()
        return (row[0], row[1]) if row else None

    def drop(self) -> None:
        """Nothing to do: the TEMP tables go with the transaction (ON COMMIT DROP)."""


class PgWritePlan:
    """Inserts and updates of one table on PostgreSQL (``write_plan.WritePlan``'s twin).

    New rows are copied straight into the table; changed rows are copied into a TEMP
    staging table and written with one ``UPDATE … FROM`` (a statement per row would cost a
    round trip each). Triggers and constraints run as for any insert or update.
    """

    def __init__(self, conn: sa.Connection, table: sa.Table) -> None:
        dialect = conn.dialect
        self.conn = conn
        self.table, self.sa_table = table.name, table
        columns = [c for c in table.columns if c.computed is None]
        self.names = [c.name for c in columns]
        self.procs = [c.type.dialect_impl(dialect).bind_processor(dialect) for c in columns]
        # the folded search text, written with the row (migration 0013: no trigger runs)
        self.folded = table.name if table.name in PG_FOLDED_SOURCES else None
        written = self.names + ([PG_FOLDED] if self.folded else [])
        cols = ", ".join(f'"{n}"' for n in written)
        self.copy_sql = f'COPY "{table.name}" ({cols}) FROM STDIN'
        stage = f'"{STAGE_PREFIX}{table.name}"'
        self.stage_sql = f"COPY {stage} ({cols}) FROM STDIN"
        self.make_stage_sql = (f"CREATE TEMP TABLE IF NOT EXISTS {stage} ON COMMIT DROP AS "
                               f'SELECT {cols} FROM "{table.name}" WITH NO DATA')
        sets = ", ".join(f'"{n}" = s."{n}"' for n in written if n != "uuid")
        self.update_sql = (f'UPDATE "{table.name}" AS m SET {sets} FROM {stage} AS s '
                           "WHERE m.uuid = s.uuid")
        self.clear_sql = f"TRUNCATE {stage}"
        self._staged = False
        self.empty_at_start = conn.execute(
            sa.select(sa.literal(1)).select_from(table).limit(1)).first() is None

    def fetch(self, uuids: list[str]) -> dict[str, Any]:
        """The stored rows of ``uuids``, by uuid (``WritePlan.fetch``)."""
        t = self.sa_table
        return {row["uuid"]: row for row in self.conn.execute(
            sa.select(t).where(t.c.uuid.in_(uuids))).mappings()}

    def existing(self, uuids: list[str]) -> list[str]:
        """Which of ``uuids`` the table holds already."""
        with _raw(self.conn).cursor() as cur:
            return [r[0] for r in cur.execute(
                f'SELECT uuid FROM "{self.table}" WHERE uuid = ANY(%s)', (uuids,)).fetchall()]

    def resume(self) -> None:
        """Nothing was paused (PostgreSQL maintains its search indexes itself)."""

    def _rows(self, params: list[dict[str, Any]]) -> Iterator[tuple]:
        get = itemgetter(*self.names)
        converted = [(i, p) for i, p in enumerate(self.procs) if p is not None]
        folded = self.folded
        for d in params:
            row = list(get(d))
            for i, proc in converted:
                row[i] = proc(row[i])
            if folded:
                row.append(pg_folded(folded, d))
            yield tuple(row)

    def insert(self, params: list[dict[str, Any]]) -> None:
        with _raw(self.conn).cursor() as cur:
            _copy(cur, self.copy_sql, self._rows(params))

    def update(self, params: list[dict[str, Any]]) -> None:
        with _raw(self.conn).cursor() as cur:
            if not self._staged:
                cur.execute(self.make_stage_sql)
                self._staged = True
            _copy(cur, self.stage_sql, self._rows(params))
            with _driver_errors(self.update_sql):
                cur.execute(self.update_sql)
            cur.execute(self.clear_sql)
