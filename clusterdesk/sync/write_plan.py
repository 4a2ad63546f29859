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

STAGE_PREFIX = "sync_stage_"
_CONTENT = re.compile(r"""content\s*=\s*['"]?([A-Za-z0-9_]+)""", re.IGNORECASE)


def _fts_tables(raw: Any, table: str) -> list[str]:
    """FTS5 tables whose external content is ``table`` or its folded view ``<table>_folded``
    (migrations 0007, 0009): they can be rebuilt from it."""
    out = []
    for name, sql in raw.execute("SELECT name, sql FROM main.sqlite_master WHERE type = "
                                 "'table' AND sql LIKE 'CREATE VIRTUAL TABLE%' ORDER BY rowid"):
        m = _CONTENT.search(sql or "")
        if "fts5" in (sql or "").lower() and m and m.group(1) in (table, f"{table}_folded"):
            out.append(name)
    return out


def _maintains(trigger: str, sql: str, fts: list[str]) -> bool:
    """A trigger that keeps one of the FTS tables ``fts`` up to date (``<fts>_ai`` etc.)."""
    return any(trigger.startswith(f"{n}_") and re.search(rf"\b{re.escape(n)}\b", sql or "")
               for n in fts)


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
        self.table = table.name
        self.names = [c.name for c in table.columns]
        self.procs = [c.type.dialect_impl(dialect).bind_processor(dialect)
                      for c in table.columns]
        cols = ", ".join(f'"{n}"' for n in self.names)
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
            others = [n for n in self.names if n != "uuid"]
            ocols = ", ".join(f'"{n}"' for n in others)
            self.update_sql = (
                f"UPDATE {main} SET ({ocols}) = (SELECT {ocols} FROM {stage} s "
                f'WHERE s.uuid = {main}.uuid) WHERE uuid IN (SELECT uuid FROM {stage})')
            self.clear_sql = f"DELETE FROM {stage}"
        else:
            self.insert_sql = f"INSERT INTO {main} ({cols}) VALUES ({marks})"
            others = [n for n in self.names if n != "uuid"]
            sets = ", ".join(f'"{n}" = ?' for n in others)
            self.update_sql = f"UPDATE {main} SET {sets} WHERE uuid = ?"
            self.update_order = [*others, "uuid"]

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
        if not self.paused:
            return
        for fts in self.fts:
            self.raw.execute(f'INSERT INTO main."{fts}"("{fts}") VALUES (\'rebuild\')')
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
        else:
            self.raw.executemany(self.insert_sql, rows)

    def update(self, params: list[dict[str, Any]]) -> None:
        if self.staged:
            self.raw.executemany(self.stage_sql, self._rows(params, self.names))
            self.raw.execute(self.update_sql)
            self.raw.execute(self.clear_sql)
        else:
            self.raw.executemany(self.update_sql, self._rows(params, self.update_order))
