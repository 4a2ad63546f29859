"""The first pass of an import: every record checked before anything is applied.

The uuids in the file and the references its records make are collected in TEMP tables on the
import's own connection (not in memory, not in the database file), so a file of any size can be
checked for references that are neither in the file nor in the database. The TEMP tables are
SQLite's here (``SqliteScratch``, raw ``sqlite3`` for speed) or PostgreSQL's
(``postgres_import.PgScratch``, filled with COPY); ``scratch`` picks one.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable
from typing import Any

import sqlalchemy as sa

from clusterdesk.store.base import Base
from clusterdesk.store.database import SCHEMA_VERSION
from clusterdesk.sync import dialects
from clusterdesk.sync import format as fmt
from clusterdesk.sync.conflict_identity import CONFLICTS, MERGES, identity_problem
from clusterdesk.sync.reader import Bundle
from clusterdesk.sync.records import Record, RecordError, decode

DERIVED_IDS = (CONFLICTS, MERGES)  # tables whose ids are derived from their fields

BATCH = 20000
# A file of at most this many records keeps what its check pass decoded for the apply pass
# (a central file's segments, a consultant's file): the lines are not read, parsed and
# converted a second time. A larger file is read again, so its memory stays bounded.
KEEP_RECORDS = 20000

Checked = dict[str, list[tuple[Any, Record]]]  # table -> (parsed line, its record), in order

_TEMP = (
    "CREATE TEMP TABLE IF NOT EXISTS sync_in_uuids (tbl TEXT, uuid TEXT, "
    "PRIMARY KEY (tbl, uuid)) WITHOUT ROWID",
    "CREATE TEMP TABLE IF NOT EXISTS sync_in_refs (tbl TEXT, uuid TEXT, src TEXT, "
    "PRIMARY KEY (tbl, uuid)) WITHOUT ROWID",
    "DELETE FROM temp.sync_in_uuids",
    "DELETE FROM temp.sync_in_refs",
)


class SqliteScratch:
    """The check pass's TEMP tables on SQLite, through the raw ``sqlite3`` connection."""

    def __init__(self, conn: sa.Connection) -> None:
        self.conn = conn

    def begin(self) -> None:
        for sql in _TEMP:
            self.conn.exec_driver_sql(sql)

    def add_uuids(self, uuids: list[tuple[str, str]]) -> str | None:
        """Keep (table, uuid) pairs, sorted; the first one already kept, if any."""
        raw = self.conn.connection.driver_connection
        before = raw.total_changes
        try:
            raw.executemany("INSERT INTO temp.sync_in_uuids VALUES (?, ?)", uuids)
        except sqlite3.IntegrityError:  # a uuid of an earlier batch: the row it stopped at
            # Each row inserted before the failing one counts one change; the import's
            # transaction is rolled back by the caller, TEMP rows included.
            return uuids[raw.total_changes - before][1]
        return None

    def unresolved(self, target: str, values: set[str]) -> Iterable[str]:
        """Of ``values``, those neither in the file so far nor in ``target``."""
        raw = self.conn.connection.driver_connection
        for (value,) in raw.execute(
                "SELECT j.value FROM json_each(?) j WHERE NOT EXISTS (SELECT 1 FROM "
                "temp.sync_in_uuids i WHERE i.tbl = ? AND i.uuid = j.value) AND NOT EXISTS "
                f'(SELECT 1 FROM main."{target}" x WHERE x.uuid = j.value)',
                (json.dumps(sorted(values)), target)):
            yield value

    def defer(self, rows: list[tuple[str, str, str]]) -> None:
        raw = self.conn.connection.driver_connection
        raw.executemany("INSERT OR IGNORE INTO temp.sync_in_refs VALUES (?, ?, ?)", rows)

    def targets(self) -> list[str]:
        return [r[0] for r in self.conn.exec_driver_sql(
            "SELECT DISTINCT tbl FROM temp.sync_in_refs").all()]

    def missing(self, target: str) -> tuple[str, str] | None:
        row = self.conn.exec_driver_sql(
            "SELECT r.uuid, r.src FROM temp.sync_in_refs r WHERE r.tbl = ? "
            "AND NOT EXISTS (SELECT 1 FROM temp.sync_in_uuids i "
            "                WHERE i.tbl = r.tbl AND i.uuid = r.uuid) "
            f'AND NOT EXISTS (SELECT 1 FROM "{target}" x WHERE x.uuid = r.uuid) LIMIT 1',
            (target,)).first()
        return (row[0], row[1]) if row else None

    def drop(self) -> None:
        """Drop the import's TEMP tables (check pass, and the apply pass's staging ones)."""
        staged = [r[0] for r in self.conn.exec_driver_sql(
            "SELECT name FROM sqlite_temp_master WHERE type = 'table' "
            "AND name LIKE 'sync^_stage^_%' ESCAPE '^'").all()]
        marks = [r[0] for r in self.conn.exec_driver_sql(
            "SELECT name FROM sqlite_temp_master WHERE type = 'trigger' "
            "AND name LIKE 'sync^_stage^_%' ESCAPE '^'").all()]
        for name in marks:  # a search trigger's stand-in (``search_later``), if still there
            self.conn.exec_driver_sql(f'DROP TRIGGER IF EXISTS temp."{name}"')
        for name in {"sync_in_uuids", "sync_in_refs", *staged}:
            self.conn.exec_driver_sql(f'DROP TABLE IF EXISTS temp."{name}"')


def scratch(conn: sa.Connection) -> SqliteScratch:
    """The check pass's TEMP tables (uuids of the file, references still to resolve)."""
    if dialects.is_postgres(conn):
        from clusterdesk.sync.postgres_import import PgScratch

        return PgScratch(conn)  # type: ignore[return-value] - the same methods
    return SqliteScratch(conn)


def drop_temp(conn: sa.Connection) -> None:
    """Drop the import's TEMP tables (check pass, and the apply pass's staging tables)."""
    scratch(conn).drop()


def _keys(conn: sa.Connection, table: str) -> set[str]:
    """Primary keys of a small local table (reference data such as regions, sectors)."""
    t = Base.metadata.tables[table]
    pk = list(t.primary_key.columns)[0]
    return {str(v) for v in conn.execute(sa.select(pk)).scalars()}


def check_bundle(conn: sa.Connection, bundle: Bundle, tick: Callable[[], None],
                 settle: Callable[[], None] | None = None) -> Checked | None:
    """Raise SyncFileError for the first problem found anywhere in the file.

    ``settle`` runs after every line was read and before the references still open are
    looked up one last time (PostgreSQL's importers wait there for each other: records are
    never removed, so a reference found earlier stays found).

    Returns the checked records of a file of at most KEEP_RECORDS records (the apply pass
    takes them as they are), None for a larger one (the apply pass reads it again)."""
    temp = scratch(conn)
    temp.begin()
    strict = bundle.manifest["schema_version"] == SCHEMA_VERSION
    local_keys: dict[str, set[str]] = {}
    checked: Checked | None = {} if bundle.total_records() <= KEEP_RECORDS else None
    room = KEEP_RECORDS
    for name in bundle.tables():
        kept = checked.setdefault(name, []) if checked is not None else None
        table = fmt.tables_by_name()[name]
        member = fmt.member_name(name)
        refs = fmt.references(table)
        uuids: list[tuple[str, str]] = []
        ref_rows: list[tuple[str, str, str, str, str]] = []  # target, uuid, from where
        derived = name in DERIVED_IDS
        for number, obj in bundle.lines(name):
            try:
                rec = decode(table, obj, strict_fields=strict)
            except RecordError as exc:
                raise bundle.fail(f"{member} line {number}: the record {exc}") from None
            if derived and (why := identity_problem(name, rec.uuid, rec.values)):
                raise bundle.fail(f"{member} line {number}: the record {why}")
            for col, target, synced in refs:
                value = rec.values.get(col)
                if value is None or value == "":
                    continue
                if synced:
                    ref_rows.append((target, value, name, rec.uuid, col))
                    continue
                keys = local_keys.get(target)
                if keys is None:
                    keys = local_keys[target] = _keys(conn, target)
                if str(value) not in keys:
                    raise bundle.fail(f"{member} line {number}: field {col!r} refers to "
                                      f"{target} {value!r}, which this ClusterDesk does not "
                                      "know")
            uuids.append((name, rec.uuid))
            if kept is not None:
                kept.append((obj, rec))
                room -= 1
                if room < 0:  # more lines than the manifest counts: stop keeping them
                    checked = kept = None
            tick()
            if len(uuids) >= BATCH:
                _flush(temp, bundle, member, uuids, ref_rows)
        _flush(temp, bundle, member, uuids, ref_rows)
    if settle is not None:
        settle()
    _check_references(temp, bundle)
    return checked


def _flush(scratch: SqliteScratch, bundle: Bundle, member: str,
           uuids: list[tuple[str, str]], ref_rows: list[tuple[str, str, str, str, str]]) -> None:
    if uuids:
        batch = {u for _, u in uuids}
        if len(batch) < len(uuids):
            dup = next(u for u in batch if sum(1 for _, x in uuids if x == u) > 1)
            raise bundle.fail(f"{member}: the record {dup} appears twice")
        # Sorted: neighbouring keys land on the same pages of the TEMP b-tree.
        uuids.sort()
        found = scratch.add_uuids(uuids)
        if found is not None:
            raise bundle.fail(f"{member}: the record {found} appears twice")
    if ref_rows:
        _defer_unresolved(scratch, ref_rows)
    uuids.clear()
    ref_rows.clear()


def _defer_unresolved(scratch: SqliteScratch,
                      ref_rows: list[tuple[str, str, str, str, str]]) -> None:
    """Keep, for the final check, only the references not already satisfied.

    Referenced tables come first in the file's apply order, so nearly every reference
    points at a record already seen in this file or present in the database; only the others
    (a record later in the file, or a missing one) are kept in ``sync_in_refs``.
    """
    by_target: dict[str, set[str]] = {}
    for target, value, *_where in ref_rows:
        by_target.setdefault(target, set()).add(value)
    unresolved: set[tuple[str, str]] = set()
    for target, values in by_target.items():
        if target not in fmt.tables_by_name():
            continue
        unresolved.update((target, value) for value in scratch.unresolved(target, values))
    if unresolved:
        scratch.defer([(target, value, f"{src} record {rec} ({col})")
                       for target, value, src, rec, col in ref_rows
                       if (target, value) in unresolved])


def _check_references(scratch: SqliteScratch, bundle: Bundle) -> None:
    for target in scratch.targets():
        if target not in fmt.tables_by_name():
            continue
        missing = scratch.missing(target)
        if missing:
            raise bundle.fail(f"{missing[1]} refers to {target} record {missing[0]}, which is "
                              "neither in this file nor in the database (import the file that "
                              "created it first)")
