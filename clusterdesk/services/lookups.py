"""Small reads the editors need: pickers' choices and names of referenced records."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from clusterdesk.services.lists import org_search
from clusterdesk.store.models import Consultant, Organization, Trip


def consultants(session: Session) -> list[tuple[str, str]]:
    rows = session.execute(select(Consultant.uuid, Consultant.name)
                           .where(~Consultant.deleted).order_by(Consultant.name))
    return [tuple(r) for r in rows]


def trips(session: Session) -> list[Trip]:
    return list(session.scalars(select(Trip).where(~Trip.deleted)
                                .order_by(Trip.start_date.desc())))


def find_organizations(session: Session, term: str, limit: int = 20) -> list[tuple[str, str, str]]:
    """(uuid, name, BIN) of live organizations matching what was typed, best first."""
    cond = org_search(term)
    if cond is None:
        return []
    rows = session.execute(select(Organization.uuid, Organization.name, Organization.bin)
                           .where(~Organization.deleted, cond)
                           .order_by(Organization.name_key).limit(limit))
    return [tuple(r) for r in rows]


def organization_name(session: Session, uuid: str | None) -> str:
    if not uuid:
        return ""
    return session.scalar(select(Organization.name).where(Organization.uuid == uuid)) or ""


def trip_for_date(session: Session, day) -> Trip | None:  # noqa: ANN001
    """The trip under way on ``day``, if any (to pre-fill a new consultation)."""
    return session.scalars(select(Trip).where(~Trip.deleted, Trip.start_date <= day,
                                              Trip.end_date >= day).limit(1)).first()
