"""Follow-ups: the next steps agreed at consultations, until someone marks them done.

A consultation records a next step, who owns it and by when. This list shows every open one
(overdue first, then by due date; those without a date last), filterable by consultant,
region and trip; marking one done stamps the day on the consultation, a change that travels
with sync like any other field. Also the consultant names shown in the consultations list.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ColumnElement, case, func, literal_column, select
from sqlalchemy.orm import Session, aliased

from clusterdesk.services import records
from clusterdesk.services.list_query import Column, ListSpec
from clusterdesk.services.people import consultant_names, has_consultant
from clusterdesk.services.search_fold import name_rowids
from clusterdesk.store.dialect_sql import by_dialect
from clusterdesk.store.models import Consultation, Organization, Trip

_Org = aliased(Organization)
_Trip = aliased(Trip)
_open = (Consultation.next_steps != "") & Consultation.next_step_done_on.is_(None)
# overdue first: no date sorts after every date
_due_order = by_dialect(case((Consultation.next_step_due.is_(None), "9999-12-31"),
                             else_=Consultation.next_step_due),
                        func.coalesce(Consultation.next_step_due, dt.date(9999, 12, 31)))
_COLUMNS = (
    Column("due", "Next step due", Consultation.next_step_due, "date", sort=_due_order),
    Column("next_steps", "Next steps", Consultation.next_steps),
    Column("owner", "Next step owner", Consultation.next_step_owner),
    Column("organization", "Organization", _Org.name),
    Column("region", "Region", _Org.region_code, "region"),
    Column("consultants", "Consultants", consultant_names()),
    Column("date", "Date", Consultation.date, "date"),
    Column("trip", "Trip", _Trip.title),
)


def _search(term: str) -> ColumnElement[bool] | None:
    rowids = name_rowids(term)
    if rowids is None:
        return None
    return Consultation.organization_uuid.in_(
        select(Organization.uuid).where(literal_column("organizations.rowid").in_(rowids)))


NEXT_STEPS = ListSpec(
    "next_steps", Consultation, _COLUMNS,
    lambda: select(Consultation.uuid, *(c.expr for c in _COLUMNS))
    .join(_Org, _Org.uuid == Consultation.organization_uuid)
    .outerjoin(_Trip, _Trip.uuid == Consultation.trip_uuid)
    .where(_open),
    "due", _search,
    {"consultant": has_consultant,
     "region": lambda v: _Org.region_code == v,
     "trip": lambda v: Consultation.trip_uuid == v},
)


def is_overdue(due: dt.date | None, today: dt.date | None = None) -> bool:
    return due is not None and due < (today or dt.date.today())


def mark_done(session: Session, uuid: str, day: dt.date | None = None) -> None:
    """The next step of consultation ``uuid`` was done (on ``day``, today by default)."""
    records.get(session, Consultation, uuid).next_step_done_on = day or dt.date.today()


def reopen(session: Session, uuid: str) -> None:
    """Marked done by mistake: the next step is open again."""
    records.get(session, Consultation, uuid).next_step_done_on = None


def due_of(session: Session, uuid: str) -> dt.date | None:
    return session.scalar(select(Consultation.next_step_due).where(Consultation.uuid == uuid))


def open_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Consultation).where(
        ~Consultation.deleted, _open)) or 0
