"""How a record list is queried: columns, search, filters, sort, pages, and what it reads.

Plain SQLAlchemy, no Qt: the table models page through these queries lazily, and the CSV/XLSX
export iterates the same query with the same filter, so what is exported is what is shown.
Search uses the FTS5 indexes (case folded for Cyrillic and Kazakh) where there is one;
organization names are searched folded (``domain.text.search_fold``: Қ as К, ё as е, Latin
as Cyrillic) and inside words, whole-word matches listed first. The lists themselves are
declared in ``services.lists`` (and ``services.diagnostic_list``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    Table,
    and_,
    bindparam,
    func,
    literal_column,
    select,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql import visitors

from clusterdesk.domain.text import search_fold
from clusterdesk.store.dialect_sql import is_postgres, row_order, sort_order
from clusterdesk.store.models import (
    Organization,
)

# Above this many hits, a page of search results is read by walking the sort column's index
# and testing each row against the hits, instead of gathering and sorting every hit.
DENSE_HITS = 15000


@dataclass(frozen=True)
class Column:
    key: str
    header: str  # English source text; the window shows it translated
    expr: Any
    kind: str = "text"  # text | date | number | enum:<Name> | region | regions | sector
    sort: Any = None  # what the rows are ordered by, when not ``expr`` itself


@dataclass(frozen=True)
class ListSpec:
    name: str
    model: type
    columns: tuple[Column, ...]
    base: Callable[[], Select]
    default_sort: str
    search: Callable[[str], ColumnElement[bool] | None]
    filters: dict[str, Callable[[Any], ColumnElement[bool]]] = field(default_factory=dict)
    # Counting without the joins of ``base`` is much faster on large tables; filters that
    # need a joined table are listed in ``joined_filters``.
    count_base: Callable[[], Select] | None = None
    joined_filters: frozenset[str] = frozenset()
    dense_search: Callable[[str], ColumnElement[bool] | None] | None = None
    # Past ``DENSE_HITS``: each row walked tested on its stored text (no hits gathered).
    scan_search: Callable[[str], ColumnElement[bool] | None] | None = None
    estimate: Callable[[Session, str], int] | None = None
    # Sorting by the default column, a search lists the best matches first (lower first).
    rank: Callable[[str], ColumnElement | None] | None = None
    # A search counted up to a cap straight from the index (None: not for this term).
    quick_count: Callable[[Session, str, int], int | None] | None = None
    # Above this many hits a page of search results is read by walking the sort index (see
    # ``DENSE_HITS``); a list that ranks no hits first can walk sooner.
    dense_hits: int = DENSE_HITS
    # The same on PostgreSQL, when it walks sooner (None: ``dense_hits``)
    server_dense_hits: int | None = None

    def column(self, key: str) -> Column:
        return next(c for c in self.columns if c.key == key)


@dataclass
class ListQuery:
    """What the user asked the list for: search text, filters, sort column and direction."""

    search: str = ""
    filters: dict[str, Any] = field(default_factory=dict)
    sort: str | None = None
    descending: bool = False


def _statement(spec: ListSpec, query: ListQuery, base: Select | None = None,
               dense: bool = False, scan: bool = False) -> Select:
    stmt = spec.base() if base is None else base
    conds = [~spec.model.deleted]
    if query.search.strip():
        search = spec.dense_search if dense and spec.dense_search else spec.search
        if scan and spec.scan_search is not None:
            search = spec.scan_search
        cond = search(query.search)
        if cond is not None:
            conds.append(cond)
    for key, value in query.filters.items():
        if value not in (None, "", ()):
            conds.append(spec.filters[key](value))
    return stmt.where(and_(*conds))


def count(session: Session, spec: ListSpec, query: ListQuery, cap: int | None = None) -> int:
    """Rows in the list; with ``cap``, counting stops there (``cap`` means "at least cap").

    A search that matches tens of thousands of consultations costs ~50 ms to count exactly;
    the window counts up to a cap while the user types and completes the count afterwards.
    """
    used = {k for k, v in query.filters.items() if v not in (None, "", ())}
    plain = spec.count_base is not None and not (used & spec.joined_filters)
    base = spec.count_base() if plain else None
    if cap is not None and spec.quick_count is not None and not used and query.search.strip():
        quick = spec.quick_count(session, query.search, cap)
        if quick is not None:
            return quick
    stmt = _statement(spec, query, base).order_by(None)
    if cap is not None:
        capped = stmt.with_only_columns(literal_column("1")).limit(cap).subquery()
        return session.scalar(select(func.count()).select_from(capped)) or 0
    return session.scalar(stmt.with_only_columns(func.count())) or 0


def _key_base(spec: ListSpec, query: ListQuery) -> Select | None:
    """The plain base of a search's page of row keys, when neither its sort column nor a
    filter used needs the joins of ``base``: gathering thousands of hits otherwise looks up
    each hit's joined rows (the consultation's organization) before keeping 200 of them.
    The rows kept are the ones ``count`` counts with the same base."""
    if spec.count_base is None:
        return None
    used = {k for k, v in query.filters.items() if v not in (None, "", ())}
    col = spec.column(query.sort or spec.default_sort)
    expr = col.expr if col.sort is None else col.sort
    own = getattr(getattr(expr, "expression", expr), "table", None) is spec.model.__table__
    return spec.count_base() if own and not (used & spec.joined_filters) else None


def _ordered(spec: ListSpec, query: ListQuery, reverse: bool = False,
             dense: bool = False, base: Select | None = None, scan: bool = False) -> Select:
    col = spec.column(query.sort or spec.default_sort)
    expr = col.expr if col.sort is None else col.sort
    if col.key == "name" and spec.model is Organization:
        expr = Organization.name_key  # alphabetical order of Kazakh and Russian
    descending = query.descending != reverse
    # rowid breaks ties: an index on the sort column already holds it, so no sort is needed
    # (on PostgreSQL the rowid of migration 0010, see ``store.dialect_sql.row_order``)
    tie = row_order(spec.model.__tablename__)
    order = [sort_order(expr, descending), tie.desc() if descending else tie.asc()]
    rank = None
    if (spec.rank is not None and not dense and query.search.strip() and not query.descending
            and col.key == spec.default_sort):
        rank = spec.rank(query.search)
    if rank is not None:  # walking the sort index is lost; only for fewer than DENSE_HITS
        order.insert(0, rank.desc() if descending else rank.asc())
    return _statement(spec, query, base, dense=dense, scan=scan).order_by(*order)


def estimate_hits(session: Session, spec: ListSpec, query: ListQuery) -> int | None:
    """A quick upper bound of the rows a search matches (None: no estimate for this list)."""
    if spec.estimate is None or not query.search.strip():
        return None
    return spec.estimate(session, query.search)


def page(session: Session, spec: ListSpec, query: ListQuery, offset: int, limit: int,
         total: int | None = None, hits: int | None = None) -> list[tuple]:
    """Rows ``offset`` .. ``offset+limit``: (uuid, value per column).

    With ``total`` known, pages past the middle are read from the other end, so jumping to
    the end of a long list costs as little as opening it. ``hits``: how many rows the search
    matches, exactly or estimated, to choose how to read a page of them.
    """
    hits = total if hits is None else hits
    searched = bool(query.search.strip())
    threshold = spec.dense_hits
    if spec.server_dense_hits is not None and is_postgres(session):
        threshold = spec.server_dense_hits
    dense = hits is not None and hits > threshold and searched
    scan = dense and hits > DENSE_HITS  # type: ignore[operator]
    base = _key_base(spec, query) if searched else None  # a search reads keys first
    if total is not None and offset > total // 2:
        end = min(offset + limit, total)
        stmt = _ordered(spec, query, reverse=True, dense=dense, base=base, scan=scan) \
            .offset(total - end).limit(end - offset)
        return _rows(session, spec, query, stmt)[::-1]
    stmt = _ordered(spec, query, dense=dense, base=base, scan=scan).offset(offset).limit(limit)
    return _rows(session, spec, query, stmt)


def _rows(session: Session, spec: ListSpec, query: ListQuery, stmt: Select) -> list[tuple]:
    """The rows of a page. For a search, the page's rowids are found first and its columns
    read for those rows only: sorting thousands of hits otherwise computes every column of
    every hit (joins, the consultants' names) before keeping 200 of them."""
    if not query.search.strip():
        return [tuple(r) for r in session.execute(stmt)]
    rowid = literal_column(f"{spec.model.__tablename__}.rowid")
    keys = list(session.scalars(stmt.with_only_columns(rowid)))
    if not keys:
        return []
    place = {key: i for i, key in enumerate(keys)}
    found = session.execute(_rows_of(spec), {"keys": keys}).all()
    return [tuple(r)[:-1] for r in sorted(found, key=lambda r: place[r[-1]])]


_ROWS: dict[int, tuple[ListSpec, Select]] = {}  # the spec is kept: its id is not reused


def _rows_of(spec: ListSpec) -> Select:
    """The columns of the rows whose rowid is in the parameter ``keys``: built once per list
    (a search reads such a page at every keystroke)."""
    kept = _ROWS.get(id(spec))
    if kept is None or kept[0] is not spec:
        rowid = literal_column(f"{spec.model.__tablename__}.rowid")
        stmt = spec.base().add_columns(rowid).where(rowid.in_(bindparam("keys", expanding=True)))
        kept = _ROWS[id(spec)] = (spec, stmt)
    return kept[1]


def tables_read(spec: ListSpec) -> frozenset[str]:
    """Every table the list's rows are read from, joins and subqueries included: a list must
    be refreshed when any of them changed (renaming an initiative changes the applications)."""
    found = {e.name for e in visitors.iterate(spec.base()) if isinstance(e, Table)}
    return frozenset(found | {spec.model.__tablename__})


def iterate(session: Session, spec: ListSpec, query: ListQuery, batch: int = 2000,
            ) -> Iterator[tuple]:
    """Every row of the list as shown, streamed (for export)."""
    result = session.execute(_ordered(spec, query).execution_options(yield_per=batch))
    for row in result:
        yield tuple(row)


# ---- building blocks of the lists ----------------------------------------------------------

def folded_contains(column, term: str) -> ColumnElement[bool] | None:  # noqa: ANN001
    """Substring match for short lists, folded like the names (no index)."""
    term = search_fold(term.strip())
    return func.search_fold(column).contains(term, autoescape=True) if term else None


def select_of(model: type, columns: tuple[Column, ...]) -> Callable[[], Select]:
    return lambda: select(model.uuid, *(c.expr for c in columns))


def date_from(column):  # noqa: ANN001, ANN202
    return lambda value: column >= (value if isinstance(value, dt.date)
                                    else dt.date.fromisoformat(value))


def date_to(column):  # noqa: ANN001, ANN202
    return lambda value: column <= (value if isinstance(value, dt.date)
                                    else dt.date.fromisoformat(value))
