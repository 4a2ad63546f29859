"""The record lists the window shows and exports: columns, search, filters, sort, pages.

Plain SQLAlchemy, no Qt: the table models page through these queries lazily, and the CSV/XLSX
export iterates the same query with the same filter, so what is exported is what is shown.
Search uses the FTS5 indexes (case folded for Cyrillic and Kazakh) where there is one;
organization names are searched folded (``domain.text.search_fold``: Қ as К, ё as е, Latin
as Cyrillic) and inside words, whole-word matches listed first.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    Table,
    and_,
    func,
    literal_column,
    or_,
    select,
    text,
)
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql import visitors

from clusterdesk.domain.text import fold, search_fold
from clusterdesk.services.search_fold import name_rowids, org_rank, org_search
from clusterdesk.store.models import (
    Application,
    Consultation,
    Contact,
    Initiative,
    Membership,
    Organization,
    SelectionRound,
    Trip,
)

_TOKEN = re.compile(r"\w+", re.UNICODE)


def fts_query(term: str) -> str | None:
    """An FTS5 query where every word typed must match the start of a word."""
    words = _TOKEN.findall(fold(term))
    return " ".join(f'"{w}"*' for w in words) if words else None


def _fts_rowids(table: str, query: str):  # noqa: ANN202
    return text(f"SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH :q").bindparams(q=query)


@dataclass(frozen=True)
class Column:
    key: str
    header: str  # English source text; the window shows it translated
    expr: Any
    kind: str = "text"  # text | date | number | enum:<Name> | region | regions | sector


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
    estimate: Callable[[Session, str], int] | None = None
    # Sorting by the default column, a search lists the best matches first (lower first).
    rank: Callable[[str], ColumnElement | None] | None = None

    def column(self, key: str) -> Column:
        return next(c for c in self.columns if c.key == key)


@dataclass
class ListQuery:
    """What the user asked the list for: search text, filters, sort column and direction."""

    search: str = ""
    filters: dict[str, Any] = field(default_factory=dict)
    sort: str | None = None
    descending: bool = False


# Above this many hits, a page of search results is read by walking the sort column's index
# and testing each row against the hits, instead of gathering and sorting every hit.
DENSE_HITS = 15000


def _statement(spec: ListSpec, query: ListQuery, base: Select | None = None,
               dense: bool = False) -> Select:
    stmt = spec.base() if base is None else base
    conds = [~spec.model.deleted]
    if query.search.strip():
        search = spec.dense_search if dense and spec.dense_search else spec.search
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
    stmt = _statement(spec, query, base).order_by(None)
    if cap is not None:
        capped = stmt.with_only_columns(literal_column("1")).limit(cap).subquery()
        return session.scalar(select(func.count()).select_from(capped)) or 0
    return session.scalar(stmt.with_only_columns(func.count())) or 0


def _ordered(spec: ListSpec, query: ListQuery, reverse: bool = False,
             dense: bool = False) -> Select:
    col = spec.column(query.sort or spec.default_sort)
    expr = col.expr
    if col.key == "name" and spec.model is Organization:
        expr = Organization.name_key  # alphabetical order of Kazakh and Russian
    descending = query.descending != reverse
    # rowid breaks ties: an index on the sort column already holds it, so no sort is needed
    tie = literal_column(f"{spec.model.__tablename__}.rowid")
    order = [expr.desc() if descending else expr.asc(), tie.desc() if descending else tie.asc()]
    rank = None
    if (spec.rank is not None and not dense and query.search.strip() and not query.descending
            and col.key == spec.default_sort):
        rank = spec.rank(query.search)
    if rank is not None:  # walking the sort index is lost; only for fewer than DENSE_HITS
        order.insert(0, rank.desc() if descending else rank.asc())
    return _statement(spec, query, dense=dense).order_by(*order)


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
    dense = hits is not None and hits > DENSE_HITS and bool(query.search.strip())
    if total is not None and offset > total // 2:
        end = min(offset + limit, total)
        stmt = _ordered(spec, query, reverse=True, dense=dense).offset(total - end) \
            .limit(end - offset)
        return [tuple(r) for r in session.execute(stmt)][::-1]
    stmt = _ordered(spec, query, dense=dense).offset(offset).limit(limit)
    return [tuple(r) for r in session.execute(stmt)]


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


# ---- the lists ------------------------------------------------------------------------------

def _folded_contains(column, term: str) -> ColumnElement[bool] | None:  # noqa: ANN001
    """Substring match for short lists, folded like the names (no index)."""
    term = search_fold(term.strip())
    return func.search_fold(column).contains(term, autoescape=True) if term else None


def _select(model: type, columns: tuple[Column, ...]) -> Callable[[], Select]:
    return lambda: select(model.uuid, *(c.expr for c in columns))


def _date_from(column):  # noqa: ANN001, ANN202
    return lambda value: column >= (value if isinstance(value, dt.date)
                                    else dt.date.fromisoformat(value))


def _date_to(column):  # noqa: ANN001, ANN202
    return lambda value: column <= (value if isinstance(value, dt.date)
                                    else dt.date.fromisoformat(value))


_ORG_COLUMNS = (
    Column("name", "Name", Organization.name),
    Column("bin", "BIN", Organization.bin),
    Column("kind", "Kind", Organization.kind, "enum:OrgKind"),
    Column("region", "Region", Organization.region_code, "region"),
    Column("sector", "Sector", Organization.sector_key, "sector"),
    Column("employees", "Employees", Organization.employees, "number"),
    Column("phone", "Phone", Organization.phone),
)
ORGANIZATIONS = ListSpec(
    "organizations", Organization, _ORG_COLUMNS,
    _select(Organization, _ORG_COLUMNS), "name", org_search,
    {"region": lambda v: Organization.region_code == v,
     "sector": lambda v: Organization.sector_key == v,
     "kind": lambda v: Organization.kind == v},
    rank=org_rank,
)

_ConsOrg = aliased(Organization)
_CONS_COLUMNS = (
    Column("date", "Date", Consultation.date, "date"),
    Column("organization", "Organization", _ConsOrg.name),
    Column("format", "Format", Consultation.format, "enum:ConsultationFormat"),
    Column("interest", "Interest", Consultation.interest, "enum:Interest"),
    Column("topics", "Topics", Consultation.topics),
    Column("outcome", "Outcome", Consultation.outcome),
    Column("region", "Region", _ConsOrg.region_code, "region"),
)


def _consultation_search(term: str, dense: bool = False) -> ColumnElement[bool] | None:
    """Consultations whose notes, topics or outcome match, or whose organization's name does.

    ``dense``: the unary plus keeps SQLite from fetching the hits through the rowid and
    organization indexes, so that it walks the sort index and tests membership instead.
    """
    q = fts_query(term)
    if q is None:
        return None
    plus = "+" if dense else ""
    in_notes = literal_column(f"{plus}consultations.rowid").in_(
        _fts_rowids("consultations", q))
    org_rowids = name_rowids(term)
    if org_rowids is None:
        return in_notes
    in_org = literal_column(f"{plus}consultations.organization_uuid").in_(
        select(Organization.uuid).where(literal_column("organizations.rowid").in_(org_rowids)))
    return or_(in_notes, in_org)


def _consultation_hits(session: Session, term: str) -> int:
    """Matching notes plus consultations of matching organizations, read from the indexes."""
    q = fts_query(term)
    if q is None:
        return 0
    notes = session.scalar(text(
        "SELECT count(*) FROM consultations_fts WHERE consultations_fts MATCH :q"), {"q": q})
    org_rowids = name_rowids(term)
    orgs = 0 if org_rowids is None else session.scalar(
        select(func.count()).select_from(Consultation).where(
            Consultation.organization_uuid.in_(select(Organization.uuid).where(
                literal_column("organizations.rowid").in_(org_rowids)))))
    return (notes or 0) + (orgs or 0)


CONSULTATIONS = ListSpec(
    "consultations", Consultation, _CONS_COLUMNS,
    lambda: select(Consultation.uuid, *(c.expr for c in _CONS_COLUMNS))
    .join(_ConsOrg, _ConsOrg.uuid == Consultation.organization_uuid),
    "date", _consultation_search,
    {"trip": lambda v: Consultation.trip_uuid == v,
     "organization": lambda v: Consultation.organization_uuid == v,
     "region": lambda v: _ConsOrg.region_code == v,
     "sector": lambda v: _ConsOrg.sector_key == v,
     "interest": lambda v: Consultation.interest == v,
     "date_from": _date_from(Consultation.date),
     "date_to": _date_to(Consultation.date)},
    count_base=lambda: select(Consultation.uuid),
    joined_filters=frozenset({"region", "sector"}),
    dense_search=lambda term: _consultation_search(term, dense=True),
    estimate=lambda session, term: _consultation_hits(session, term),
)

_TRIP_COLUMNS = (
    Column("start", "Start", Trip.start_date, "date"),
    Column("end", "End", Trip.end_date, "date"),
    Column("round", "Round", Trip.round, "number"),
    Column("title", "Title", Trip.title),
    Column("regions", "Regions", Trip.region_codes, "regions"),
)
TRIPS = ListSpec(
    "trips", Trip, _TRIP_COLUMNS, _select(Trip, _TRIP_COLUMNS), "start",
    lambda term: _folded_contains(Trip.title, term),
    {"region": lambda v: Trip.region_codes.like(f'%"{v}"%'),
     "round": lambda v: Trip.round == int(v),
     "date_from": _date_from(Trip.start_date),
     "date_to": _date_to(Trip.end_date)},
)

_Coordinator = aliased(Organization)
_member_count = (
    select(func.count()).where(Membership.initiative_uuid == Initiative.uuid, ~Membership.deleted,
                               Membership.left_on.is_(None))
    .correlate(Initiative).scalar_subquery())
_INI_COLUMNS = (
    Column("name", "Name", Initiative.name),
    Column("sector", "Sector", Initiative.sector_key, "sector"),
    Column("region", "Region", Initiative.region_code, "region"),
    Column("status", "Status", Initiative.status, "enum:InitiativeStatus"),
    Column("members", "Members", _member_count, "number"),
    Column("coordinator", "Coordinator", _Coordinator.name),
)
INITIATIVES = ListSpec(
    "initiatives", Initiative, _INI_COLUMNS,
    lambda: select(Initiative.uuid, *(c.expr for c in _INI_COLUMNS))
    .outerjoin(_Coordinator, _Coordinator.uuid == Initiative.coordinator_uuid),
    "name",
    lambda term: _folded_contains(Initiative.name, term),
    {"region": lambda v: Initiative.region_code == v,
     "sector": lambda v: Initiative.sector_key == v,
     "status": lambda v: Initiative.status == v},
)

_AppIni = aliased(Initiative)
_APP_COLUMNS = (
    Column("round", "Round", SelectionRound.name),
    Column("initiative", "Initiative", _AppIni.name),
    Column("region", "Region", _AppIni.region_code, "region"),
    Column("sector", "Sector", _AppIni.sector_key, "sector"),
    Column("status", "Status", Application.status, "enum:ApplicationStatus"),
    Column("submitted", "Submitted", Application.submitted_on, "date"),
    Column("total", "Total", Application.total, "number"),
    Column("rank", "Place", Application.rank, "number"),
)
APPLICATIONS = ListSpec(
    "applications", Application, _APP_COLUMNS,
    lambda: select(Application.uuid, *(c.expr for c in _APP_COLUMNS))
    .join(SelectionRound, SelectionRound.uuid == Application.round_uuid)
    .join(_AppIni, _AppIni.uuid == Application.initiative_uuid),
    "initiative",
    lambda term: _folded_contains(_AppIni.name, term),
    {"status": lambda v: Application.status == v,
     "initiative_uuid": lambda v: Application.initiative_uuid == v,
     "region": lambda v: _AppIni.region_code == v,
     "sector": lambda v: _AppIni.sector_key == v,
     "round": lambda v: Application.round_uuid == v},
)

LISTS: dict[str, ListSpec] = {s.name: s for s in
                              (ORGANIZATIONS, CONSULTATIONS, TRIPS, INITIATIVES, APPLICATIONS)}

# ---- lists shown inside editors (relations) ----------------------------------------------

_MemOrg = aliased(Organization)
_MemIni = aliased(Initiative)
_MEMBER_COLUMNS = (
    Column("organization", "Organization", _MemOrg.name),
    Column("initiative", "Initiative", _MemIni.name),
    Column("role", "Role", Membership.role, "enum:MemberRole"),
    Column("joined", "Joined", Membership.joined_on, "date"),
    Column("left", "Left", Membership.left_on, "date"),
)
MEMBERS = ListSpec(
    "members", Membership, _MEMBER_COLUMNS,
    lambda: select(Membership.uuid, *(c.expr for c in _MEMBER_COLUMNS))
    .join(_MemOrg, _MemOrg.uuid == Membership.organization_uuid)
    .join(_MemIni, _MemIni.uuid == Membership.initiative_uuid),
    "organization", lambda term: _folded_contains(_MemOrg.name, term),
    {"initiative": lambda v: Membership.initiative_uuid == v,
     "organization": lambda v: Membership.organization_uuid == v},
)

_CONTACT_COLUMNS = (
    Column("name", "Name", Contact.name),
    Column("position", "Position", Contact.position),
    Column("phone", "Phone", Contact.phone),
    Column("email", "E-mail", Contact.email),
)
CONTACTS = ListSpec(
    "contacts", Contact, _CONTACT_COLUMNS, _select(Contact, _CONTACT_COLUMNS), "name",
    lambda term: _folded_contains(Contact.name, term),
    {"organization": lambda v: Contact.organization_uuid == v},
)
LISTS.update({s.name: s for s in (MEMBERS, CONTACTS)})

from clusterdesk.services import diagnostic_list as _diagnostic_list  # noqa: E402, F401  adds LISTS["diagnostics"]
