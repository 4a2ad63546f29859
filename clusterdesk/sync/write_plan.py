"""Writing an import's rows straight through the DBAPI connection, fast and exactly.

Values go through the same bind processors SQLAlchemy would use; tables with triggers (the
FTS5 search index) are written through a TEMP staging table, and a table empty when the import
starts gets its search index built once at the end instead of row by row.
"""

from __future__ import annotations

import re
from operator import itemgetter
from typing import Any

import sqlalchemy as sa

from clusterdesk.store.fts import INDEXES, rebuild_statements
from clusterdesk.sync import search_later
from clusterdesk.sync.search_later import LaterIndex

STAGE_PREFIX = "sync_stage_"


def _fts_tables(raw: Any, table: str) -> list[str]:
    """What the triggers of ``table`` keep in step and can be rebuilt in one pass
    (``store.fts.INDEXES``: FTS5 indexes, and the stored search text of 0012 that feeds two
    of them), those present in this database."""
    present = {n for (n,) in raw.execute("SELECT name FROM main.sqlite_master WHERE type = "
                                         "'table'")}
    return [n for n in INDEXES.get(table, ()) if n in present]


def _maintains(trigger: str, sql: str, fts: list[str]) -> bool:
    """A trigger that keeps one of ``fts`` up to date (``<fts>_ai`` etc.)."""
    return any(trigger.startswith(f"{n}_") and re.search(rf"\b{re.escape(n)}\b", sql or "")
               for n in fts)


_UPDATE_OF = re.compile(r"\bUPDATE\s+OF\s+(.+?)\s+ON\b", re.IGNORECASE | re.DOTALL)
_BODY = re.compile(r"\bBEGIN\b", re.IGNORECASE)
_ANY_UPDATE = re.compile(r"\b(?:BEFORE|AFTER|INSTEAD\s+OF)\s+UPDATE\s+ON\b", re.IGNORECASE)


def _watched(triggers: list[tuple[str, str]], names: list[str]) -> list[str] | None:
    """The columns whose update fires one of ``triggers`` (``UPDATE OF a, b``), in table
    order; None when a trigger fires on any update (then every column counts)."""
    watched: set[str] = set()
    for _name, sql in triggers:
        head = _BODY.split(sql or "", maxsplit=1)[0]
        if _ANY_UPDATE.search(head):
            return None
        m = _UPDATE_OF.search(head)
        if m:
            watched.update(c.strip().strip('"`[]') for c in m.group(1).split(","))
    return [n for n in names if n in watched]


def _staged_updates(main: str, stage: str, names: list[str],
                    triggers: list[tuple[str, str]]) -> list[str]:
    """The UPDATE statements that write the staged rows into ``main``.

    SQLite fires an ``UPDATE OF col`` trigger whenever ``col`` is assigned, changed or not:
    assigning every column would re-index every updated row (and, for a renamed
    organization's trigger, all its consultations) although only a phone number changed.
    So the columns no trigger watches are assigned for every staged row, and the watched
    ones only for the rows where one of them differs — a trigger that would have removed and
    put back the same search text is not fired; what the index holds is the same.
    """
    others = [n for n in names if n != "uuid"]
    watched = _watched(triggers, others)
    quiet = others if watched is None else [n for n in others if n not in watched]
    out = []
    if quiet:
        q = ", ".join(f'"{n}"' for n in quiet)
        out.append(f"UPDATE {main} SET ({q}) = (SELECT {q} FROM {stage} s "
                   f"WHERE s.uuid = {main}.uuid) WHERE uuid IN (SELECT uuid FROM {stage})")
    if watched:
        w = ", ".join(f'"{n}"' for n in watched)
        differs = " OR ".join(f's."{n}" IS NOT m."{n}"' for n in watched)
        out.append(f"UPDATE {main} SET ({w}) = (SELECT {w} FROM {stage} s "
                   f"WHERE s.uuid = {main}.uuid) WHERE uuid IN (SELECT s.uuid FROM {stage} s "
                   f"JOIN {main} m ON m.uuid = s.uuid WHERE {differs})")
    return out


class WritePlan:
    """Inserts and updates of one table straight through the DBAPI connection.

    Values go through the same bind processors SQLAlchemy would use (dates, JSON, booleans),
    so the stored rows are identical; the statements run on the import's own connection,
    inside its transaction. Tables with triggers (the FTS5 search index) are written through a
    TEMP staging table with one INSERT ... SELECT / UPDATE per batch: row-by-row statements
    make FTS5 flush its pending index at every statement (about ten times slower).
    """

    def __init__(self, conn: sa.Connection, table: sa.Table) -> None:
        dialect = conn.dialect
        self.raw = conn.connection.driver_connection
        self.info = conn.connection.info  # lives as long as the DBAPI connection
        self.table = table.name
        self.names = [c.name for c in table.columns]
        self.procs = [c.type.dialect_impl(dialect).bind_processor(dialect)
                      for c in table.columns]
        cols = ", ".join(f'"{n}"' for n in self.names)
        # ``fetch``: the stored rows read back as ``select(table)`` reads them
        self.fetch_sql = f'SELECT {cols} FROM main."{table.name}" WHERE uuid IN '
        self.read_procs = [c.type.dialect_impl(dialect).result_processor(dialect, None)
                           for c in table.columns]
        marks = ", ".join("?" * len(self.names))
        triggers = self.raw.execute(
            "SELECT name, sql FROM main.sqlite_master WHERE type = 'trigger' AND tbl_name = ? "
            "ORDER BY rowid", (table.name,)).fetchall()
        # A table empty when the import starts (a first import) gets its search index built
        # once at the end instead of row by row (see ``resume``).
        self.paused: list[tuple[str, str]] = []
        self.fts: list[str] = []
        self.empty_at_start = self._empty()  # created before the table's first batch
        if triggers and self.empty_at_start:
            self.fts = _fts_tables(self.raw, table.name)
            if self.fts and all(_maintains(name, sql, self.fts) for name, sql in triggers):
                # with those on other tables that keep this table's index (a renamed
                # organization re-indexes its consultations, 0009): left in place they would
                # remove from the index rows never put in it, which FTS5 calls damage
                elsewhere = [(n, q) for n, q in self.raw.execute(
                    "SELECT name, sql FROM main.sqlite_master WHERE type = 'trigger' AND "
                    "tbl_name != ? ORDER BY rowid", (table.name,)).fetchall()
                    if _maintains(n, q, self.fts)]
                self.paused = [*triggers, *elsewhere]
                for name, _sql in self.paused:
                    self.raw.execute(f'DROP TRIGGER main."{name}"')
        self.staged = bool(triggers) and not self.paused
        # new consultations of a table that holds rows: indexed a batch at a time
        self.later = LaterIndex.start(self.raw, self.info, table.name) if self.staged else None
        main = f'main."{table.name}"'
        if self.staged:
            stage = f'temp."{STAGE_PREFIX}{table.name}"'
            self.raw.execute(f"CREATE TEMP TABLE IF NOT EXISTS {STAGE_PREFIX}{table.name} "
                             f"({cols})")
            self.raw.execute(f'CREATE INDEX IF NOT EXISTS temp."ix_{STAGE_PREFIX}{table.name}" '
                             f'ON {STAGE_PREFIX}{table.name} (uuid)')
            self.raw.execute(f"DELETE FROM {stage}")
            self.stage_sql = f"INSERT INTO {stage} ({cols}) VALUES ({marks})"
            self.insert_sql = f"INSERT INTO {main} ({cols}) SELECT {cols} FROM {stage}"
            self.update_sqls = _staged_updates(main, stage, self.names, triggers)
            self.clear_sql = f"DELETE FROM {stage}"
        else:
            self.insert_sql = f"INSERT INTO {main} ({cols}) VALUES ({marks})"
            others = [n for n in self.names if n != "uuid"]
            sets = ", ".join(f'"{n}" = ?' for n in others)
            self.update_sql = f"UPDATE {main} SET {sets} WHERE uuid = ?"
            self.update_order = [*others, "uuid"]

    def fetch(self, uuids: list[str]) -> dict[str, dict[str, Any]]:
        """The stored rows of ``uuids``, by uuid: each value through its column's result
        processor, as ``select(table)`` gives it, without building a statement per batch."""
        sql = self.fetch_sql
        pairs = list(zip(self.names, self.read_procs, strict=True))
        out: dict[str, dict[str, Any]] = {}
        for i in range(0, len(uuids), 5_000):
            part = uuids[i:i + 5_000]
            for values in self.raw.execute(sql + f"({','.join('?' * len(part))})", part):
                row = {n: v if p is None else p(v)
                       for (n, p), v in zip(pairs, values, strict=True)}
                out[row["uuid"]] = row
        return out

    def existing(self, uuids: list[str]) -> list[str]:
        """Which of ``uuids`` the table holds already (a cheap probe of its primary key)."""
        marks = ",".join("?" * len(uuids))
        return [r[0] for r in self.raw.execute(
            f'SELECT uuid FROM main."{self.table}" WHERE uuid IN ({marks})', uuids)]

    def _empty(self) -> bool:
        return self.raw.execute(
            f'SELECT 1 FROM main."{self.table}" LIMIT 1').fetchone() is None

    def resume(self) -> None:
        """Rebuild the search index of a paused table and put its triggers back.

        Called at the end of the import, after every write to the table (merges included),
        inside the same transaction: the index then holds exactly what the triggers would
        have put in it, and a failed import rolls the dropped triggers back too.
        """
        if self.later is not None:
            self.later.finish()
            self.later = None
        if not self.paused:
            return
        for fts in self.fts:
            for sql in search_later.rebuild_statements(self.raw, self.info, fts,
                                                        rebuild_statements(fts)):
                self.raw.execute(sql)
        for _name, sql in self.paused:
            self.raw.execute(sql)
        self.paused = []

    def _rows(self, params: list[dict[str, Any]], names: list[str]) -> list[tuple]:
        """Parameter tuples in the order of ``names``, through the bind processors."""
        procs = dict(zip(self.names, self.procs, strict=True))
        get = itemgetter(*names)
        converted = [(i, procs[n]) for i, n in enumerate(names) if procs[n] is not None]
        if not converted:
            return [get(d) for d in params]
        rows = []
        for d in params:
            row = list(get(d))
            for i, proc in converted:
                row[i] = proc(row[i])
            rows.append(tuple(row))
        return rows

    def insert(self, params: list[dict[str, Any]]) -> None:
        rows = self._rows(params, self.names)
        if self.staged:
            self.raw.executemany(self.stage_sql, rows)
            self.raw.execute(self.insert_sql)
            self.raw.execute(self.clear_sql)
            if self.later is not None:
                self.later.flush()
        else:
            self.raw.executemany(self.insert_sql, rows)

    def update(self, params: list[dict[str, Any]]) -> None:
        if self.staged:
            self.raw.executemany(self.stage_sql, self._rows(params, self.names))
            for sql in self.update_sqls:
                self.raw.execute(sql)
            self.raw.execute(self.clear_sql)
            if self.later is not None:  # the edited rows' new text indexed before anything else
                self.later.flush()
        else:
            self.raw.executemany(self.update_sql, self._rows(params, self.update_order))
