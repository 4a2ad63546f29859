"""SQL that differs between SQLite and PostgreSQL, written once for both.

A query is built before anyone knows which database will run it (a list's search is a
function of the typed text only), so the differences are SQL elements that choose their
form when compiled: :class:`by_dialect` holds one clause per dialect. The rest are small
helpers for what the two spell differently (upserts, month of a date, string aggregation,
the physical row order used to break ties).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Boolean, Connection, Table, func, literal_column
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement, TextClause
from sqlalchemy.sql.visitors import InternalTraversal
from sqlalchemy.types import TypeEngine


class by_dialect(ColumnElement):  # noqa: N801 - reads like a function at the call site
    """``by_dialect(sqlite_clause, postgresql_clause)``: the first on SQLite, the second on
    PostgreSQL (both are visible to traversal, so the tables a query reads are found)."""

    inherit_cache = True
    _traverse_internals = [
        ("sqlite", InternalTraversal.dp_clauseelement),
        ("postgresql", InternalTraversal.dp_clauseelement),
    ]

    def __init__(self, sqlite_clause: Any, postgresql_clause: Any,
                 type_: TypeEngine | type[TypeEngine] | None = None) -> None:
        self.sqlite = sqlite_clause
        self.postgresql = postgresql_clause
        chosen = type_ or getattr(sqlite_clause, "type", None) or Boolean()
        self.type = chosen() if isinstance(chosen, type) else chosen

    def self_group(self, against: Any = None) -> ColumnElement:
        return self

    @property
    def _from_objects(self) -> list:  # the tables the enclosing SELECT reads from
        return getattr(self.sqlite, "_from_objects", [])


@compiles(by_dialect)
def _compile(element: by_dialect, compiler: Any, **kw: Any) -> str:
    chosen = element.postgresql if compiler.dialect.name == "postgresql" else element.sqlite
    return compiler.process(chosen.self_group(), **kw)


class by_dialect_text(TextClause):  # noqa: N801
    """Raw SQL with one text per dialect, usable wherever a ``text()`` is (``col.in_(...)``).

    Not cached (``inherit_cache = False``): the two texts' parameters differ, and a cache
    key of one would reuse the other's values.
    """

    inherit_cache = False

    def __init__(self, sqlite_clause: TextClause, postgresql_clause: TextClause) -> None:
        super().__init__(sqlite_clause.text)
        self.sqlite = sqlite_clause
        self.postgresql = postgresql_clause


@compiles(by_dialect_text)
def _compile_text(element: by_dialect_text, compiler: Any, **kw: Any) -> str:
    chosen = element.postgresql if compiler.dialect.name == "postgresql" else element.sqlite
    return compiler.process(chosen, **kw)


def is_postgres(bind: Session | Connection | Any) -> bool:
    return bind.get_bind().dialect.name == "postgresql" if isinstance(bind, Session) \
        else bind.dialect.name == "postgresql"


def upsert(bind: Session | Connection, table: Any):  # noqa: ANN201
    """``INSERT`` with ``on_conflict_do_update``/``_nothing`` for the bind's dialect."""
    return (postgresql.insert if is_postgres(bind) else sqlite.insert)(table)


def row_order(table: Table | str) -> ColumnElement:
    """What breaks ties in a sorted list: the insertion order, ``rowid`` (SQLite's own; on
    PostgreSQL the identity column migration 0010 adds to every table of records)."""
    name = table if isinstance(table, str) else table.name
    return literal_column(f"{name}.rowid")


def _never_null(expr: Any) -> bool:
    """``expr`` is a column declared NOT NULL (a plain attribute or an aliased one)."""
    column = getattr(expr, "expression", expr)
    return getattr(column, "nullable", True) is False


def sort_order(expr: Any, descending: bool) -> ColumnElement:
    """``expr`` ascending or descending with empty values first ascending, as SQLite sorts
    them (PostgreSQL's default puts them last). A NOT NULL column is left as it is, so that
    PostgreSQL walks its index (one ``NULLS FIRST`` and every list sorted all its rows)."""
    if _never_null(expr):
        return expr.desc() if descending else expr.asc()
    if descending:
        return by_dialect(expr.desc(), expr.desc().nulls_last(), type_=None)
    return by_dialect(expr.asc(), expr.asc().nulls_first(), type_=None)


def month_of(column: Any) -> ColumnElement:
    """``YYYY-MM`` of a date column."""
    return by_dialect(func.strftime("%Y-%m", column), func.to_char(column, "YYYY-MM"))


def json_number(column: Any, key: str) -> ColumnElement:
    """A number stored under ``key`` of a JSON object column (None when absent)."""
    return by_dialect(func.json_extract(column, f"$.{key}"), column[key].as_float())


def json_text(column: Any, key: str) -> ColumnElement:
    """A string stored under ``key`` of a JSON object column (None when absent)."""
    return by_dialect(func.json_extract(column, f"$.{key}"), column[key].as_string())
