"""The record lists the window shows and exports, each declared once as a ``ListSpec``.

How a list is queried (search, filters, sort, pages, what it reads) is ``services.list_query``;
its names are re-exported here, so ``lists.ListSpec``, ``lists.page`` and ``lists.count`` keep
working. The diagnostics list lives in ``services.diagnostic_list`` and is registered here.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from clusterdesk.services.diagnostic_list import DIAGNOSTICS
from clusterdesk.services.list_query import (  # noqa: F401 - the list engine, re-exported
    DENSE_HITS,
    Column,
    ListQuery,
    ListSpec,
    count,
    date_from,
    date_to,
    estimate_hits,
    folded_contains,
    iterate,
    page,
    select_of,
    tables_read,
)
from clusterdesk.services.next_steps import NEXT_STEPS
from clusterdesk.services.people import consultant_names, has_consultant
from clusterdesk.services.people_list import PEOPLE
from clusterdesk.services.search_fold import (
    consultation_search,
    hits_at_most,
    org_hits,
    org_quick_count,
    org_rank,
    org_search,
    quick_count,
)
from clusterdesk.store.dialect_sql import is_postgres
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
    select_of(Organization, _ORG_COLUMNS), "name", org_search,
    {"region": lambda v: Organization.region_code == v,
     "sector": lambda v: Organization.sector_key == v,
     "kind": lambda v: Organization.kind == v},
    rank=org_rank,
    quick_count=org_quick_count,
    dense_search=lambda term: org_search(term, dense=True),
    estimate=org_hits,
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
    Column("consultants", "Consultants", consultant_names()),
    Column("next_steps", "Next steps", Consultation.next_steps),
    Column("next_step_due", "Next step due", Consultation.next_step_due, "date"),
)


# Consultations rank no hits first: past a few thousand hits, walking the date index and
# testing each row against the hits is cheaper than sorting them (measured on 300,000).
CONSULTATION_DENSE_HITS = 3000
# PostgreSQL walks the date index testing each row's stored text (a dense page and a scanned
# one alike) sooner: gathering 1,200 hits and sorting them cost as much as walking (140 ms
# and 120 ms for «экспорт меб»), 3,900 cost ten times more (430 ms and 44 ms)
CONSULTATION_SERVER_DENSE_HITS = 1000


def _consultation_hits(session: Session, term: str) -> int:
    """Enough of the count of matching consultations to choose how to read a page."""
    cap = CONSULTATION_SERVER_DENSE_HITS if is_postgres(session) else DENSE_HITS
    return hits_at_most(session, "consultations", term, cap + 1)


def _consultation_quick_count(session: Session, term: str, cap: int) -> int | None:
    """Consultations counted up to ``cap``. On PostgreSQL a count reaching ``cap`` goes on
    to what ``_consultation_hits`` needs, which then asks no second count (the session
    keeps it: ``search_fold._capped_pg``)."""
    if not is_postgres(session):
        return quick_count(session, "consultations", term, cap)
    more = max(cap, CONSULTATION_SERVER_DENSE_HITS + 1)
    found = quick_count(session, "consultations", term, more)
    return None if found is None else min(found, cap)


CONSULTATIONS = ListSpec(
    "consultations", Consultation, _CONS_COLUMNS,
    lambda: select(Consultation.uuid, *(c.expr for c in _CONS_COLUMNS))
    .join(_ConsOrg, _ConsOrg.uuid == Consultation.organization_uuid),
    "date", consultation_search,
    {"trip": lambda v: Consultation.trip_uuid == v,
     "organization": lambda v: Consultation.organization_uuid == v,
     "region": lambda v: _ConsOrg.region_code == v,
     "sector": lambda v: _ConsOrg.sector_key == v,
     "interest": lambda v: Consultation.interest == v,
     "consultant": has_consultant,
     "date_from": date_from(Consultation.date),
     "date_to": date_to(Consultation.date)},
    count_base=lambda: select(Consultation.uuid),
    joined_filters=frozenset({"region", "sector"}),
    dense_search=lambda term: consultation_search(term, dense=True),
    scan_search=lambda term: consultation_search(term, scan=True),
    estimate=_consultation_hits,
    quick_count=_consultation_quick_count,
    dense_hits=CONSULTATION_DENSE_HITS,
    server_dense_hits=CONSULTATION_SERVER_DENSE_HITS,
)

_TRIP_COLUMNS = (
    Column("start", "Start", Trip.start_date, "date"),
    Column("end", "End", Trip.end_date, "date"),
    Column("round", "Round", Trip.round, "number"),
    Column("title", "Title", Trip.title),
    Column("regions", "Regions", Trip.region_codes, "regions"),
)
TRIPS = ListSpec(
    "trips", Trip, _TRIP_COLUMNS, select_of(Trip, _TRIP_COLUMNS), "start",
    lambda term: folded_contains(Trip.title, term),
    {"region": lambda v: Trip.region_codes.like(f'%"{v}"%'),
     "round": lambda v: Trip.round == int(v),
     "date_from": date_from(Trip.start_date),
     "date_to": date_to(Trip.end_date)},
)

_Coordinator = aliased(Organization)
_MemberOrg = aliased(Organization)
_member_count = (  # live organizations taking part now, each once (see stats.participants)
    select(func.count(Membership.organization_uuid.distinct()))
    .join(_MemberOrg, _MemberOrg.uuid == Membership.organization_uuid)
    .where(Membership.initiative_uuid == Initiative.uuid, ~Membership.deleted,
           ~_MemberOrg.deleted, Membership.left_on.is_(None))
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
    lambda term: folded_contains(Initiative.name, term),
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
    lambda term: folded_contains(_AppIni.name, term),
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
    "organization", lambda term: folded_contains(_MemOrg.name, term),
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
    "contacts", Contact, _CONTACT_COLUMNS, select_of(Contact, _CONTACT_COLUMNS), "name",
    lambda term: folded_contains(Contact.name, term),
    {"organization": lambda v: Contact.organization_uuid == v},
)
LISTS.update({s.name: s for s in (MEMBERS, CONTACTS)})

LISTS.update({s.name: s for s in (DIAGNOSTICS, NEXT_STEPS, PEOPLE)})
