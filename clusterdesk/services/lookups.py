"""Small reads the editors need: pickers' choices and names of referenced records."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from clusterdesk.services.search_fold import org_rank, org_search
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
    rank = org_rank(term)  # whole words first, then word starts, then inside words
    order = [Organization.name_key] if rank is None else [rank, Organization.name_key]
    rows = session.execute(select(Organization.uuid, Organization.name, Organization.bin)
                           .where(~Organization.deleted, cond)
                           .order_by(*order).limit(limit))
    return [tuple(r) for r in rows]


def organization_name(session: Session, uuid: str | None) -> str:
    if not uuid:
        return ""
    return session.scalar(select(Organization.name).where(Organization.uuid == uuid)) or ""


def trip_for_date(session: Session, day) -> Trip | None:  # noqa: ANN001
    """The trip under way on ``day``, if any (to pre-fill a new consultation)."""
    return session.scalars(select(Trip).where(~Trip.deleted, Trip.start_date <= day,
                                              Trip.end_date >= day).limit(1)).first()


def rounds(session: Session) -> list[tuple[str, str]]:
    """(uuid, name) of the selection rounds, newest first."""
    from clusterdesk.store.models import SelectionRound

    rows = session.execute(select(SelectionRound.uuid, SelectionRound.name)
                           .where(~SelectionRound.deleted)
                           .order_by(SelectionRound.announced_on.desc()))
    return [tuple(r) for r in rows]


def initiatives(session: Session) -> list[tuple[str, str]]:
    """(uuid, name) of the live initiatives, by name."""
    from clusterdesk.store.models import Initiative

    rows = session.execute(select(Initiative.uuid, Initiative.name)
                           .where(~Initiative.deleted).order_by(Initiative.name))
    return [tuple(r) for r in rows]


def applied(session: Session) -> set[tuple[str, str]]:
    """(initiative uuid, round uuid) pairs that already have a live application."""
    from clusterdesk.store.models import Application

    rows = session.execute(select(Application.initiative_uuid, Application.round_uuid)
                           .where(~Application.deleted))
    return {tuple(r) for r in rows}


def consultant(session: Session, uuid: str | None) -> Consultant | None:
    person = session.get(Consultant, uuid) if uuid else None
    return person if person is not None and not person.deleted else None
