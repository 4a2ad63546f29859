"""The ids of sync's own records, derived from what they describe — and checked on arrival.

A conflict's id is derived from the record, the field group that lost and the losing version
(``conflict``), or from the deleted record and the live one that refers to it (``orphan``);
a merge's from the organization merged away. Every machine that finds the same fact writes
the same record, so copies meet instead of piling up. The import checks that an incoming
conflict or merge record carries exactly the id its own fields give: a device cannot make
its record stand in for a conflict another machine would find (and so have it kept instead
of what that machine saw), nor send one record under the name of another.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import Any

import sqlalchemy as sa

from clusterdesk.store import field_stamps as fs
from clusterdesk.store.sync_models import SyncConflict
from clusterdesk.sync import format as fmt

CONFLICTS, MERGES = "sync_conflicts", "org_merges"


def conflict_uuid(table: str, record: str, unit: tuple[str, ...], loser: tuple[str, str]
                  ) -> str:
    """A field group of ``record`` that lost, as the version ``loser`` (stamp, device)."""
    return fmt.derived_uuid("conflict", table, record, "+".join(unit), loser[0], loser[1])


def orphan_uuid(table: str, record: str, child_table: str, child: str) -> str:
    """Deleted ``record`` of ``table``, still referred to by ``child`` of ``child_table``."""
    return fmt.derived_uuid("orphan", table, record, child_table, child)


def merge_uuid(loser: str) -> str:
    """Organization ``loser`` merged into another."""
    return fmt.derived_uuid("merge", loser)


@cache
def _table_units(table: str) -> tuple[tuple[str, ...], ...]:
    t = fmt.tables_by_name().get(table)
    if t is None:
        return ()
    return fs.units(t.name, tuple(c.name for c in fmt.field_columns(t)))


def _units(values: dict[str, Any]) -> Iterator[tuple[str, ...]]:
    """The field groups a conflict's losing fields can have been found as: the table's
    group with exactly those fields, and the fields in the order the record lists them (an
    older version may have grouped them otherwise) or sorted (a store that orders keys)."""
    fields = values.get("loser_fields") or {}
    if values.get("kind") == "deleted" or not fields:
        yield (fs.DELETED,)
        return
    names = tuple(fields)
    wanted = set(names)
    for unit in _table_units(values.get("table_name") or ""):
        if len(unit) == len(names) and set(unit) == wanted:
            yield unit
    yield names
    yield tuple(sorted(names))


def _expected(table: str, values: dict[str, Any]) -> Iterator[str]:
    """The ids a record of ``table`` may carry, the likeliest first, made one at a time
    (the check of an incoming record stops at the first that matches)."""
    if table == MERGES:
        loser = values.get("loser_uuid")
        if isinstance(loser, str):
            yield merge_uuid(loser)
        return
    if table != CONFLICTS:
        return
    record, name = values.get("record_uuid"), values.get("table_name")
    if not isinstance(record, str) or not isinstance(name, str):
        return
    if values.get("kind") == "orphan":
        child = str((values.get("loser_fields") or {}).get("referred_by", ""))
        child_table, _, child_uuid = child.partition("/")
        yield orphan_uuid(name, record, child_table, child_uuid)
        return
    loser = (str(values.get("loser_hlc", "")), str(values.get("loser_device_id", "")))
    for unit in _units(values):
        yield conflict_uuid(name, record, unit, loser)


def expected_uuids(table: str, values: dict[str, Any]) -> list[str]:
    """The ids a record of ``table`` (sync_conflicts or org_merges) may carry; [] for any
    other table (its ids are its author's to choose)."""
    return list(_expected(table, values))


def identity_problem(table: str, uuid: str, values: dict[str, Any]) -> str | None:
    """Why an incoming record of sync's own bookkeeping is not what its id says, or None."""
    if table not in (CONFLICTS, MERGES):
        return None
    if any(candidate == uuid for candidate in _expected(table, values)):
        return None
    expected = expected_uuids(table, values)
    what = "conflict" if table == CONFLICTS else "organization merge"
    return (f"{uuid} is a {what} record whose id is not the one its own fields give "
            f"({expected[0] if expected else 'its fields are incomplete'}): it cannot be "
            "taken as the record it claims to be")


def stored_copies(conn: sa.Connection, found: dict[str, dict[str, Any]]
                  ) -> dict[str, dict[str, Any]]:
    """The conflicts of ``found`` (by id) this database holds already, with what they say
    of the loser."""
    t = SyncConflict.__table__
    out: dict[str, dict[str, Any]] = {}
    ids = list(found)
    for i in range(0, len(ids), 5_000):
        q = sa.select(t.c.uuid, t.c.kind, t.c.loser_deleted, t.c.loser_fields,
                      t.c.loser_proof).where(
            t.c.uuid.in_(ids[i:i + 5_000]))
        out.update({row.uuid: row._asdict() for row in conn.execute(q)})
    return out


def agrees(stored: dict[str, Any], found: dict[str, Any]) -> bool:
    """Does a stored copy say what this machine found: the same kind of conflict and the
    same losing values? (Every honest machine finds the same: the id names the losing
    version. A copy that differs was written to stand in for it, and this machine's finding
    replaces it, open again — the values it had may never have been seen here.)"""
    return (stored["kind"] == found["kind"]
            and bool(stored["loser_deleted"]) == bool(found["loser_deleted"])
            and (stored["loser_fields"] or {}) == (found["loser_fields"] or {}))
