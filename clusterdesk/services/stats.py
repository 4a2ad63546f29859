"""The programme's figures, as the records say them (used by `stats --json` and the dashboard)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from clusterdesk.domain.enums import ApplicationStatus, InitiativeStatus
from clusterdesk.services.monitoring_programme import monitoring_stats
from clusterdesk.store.models import (
    Application,
    Consultation,
    Initiative,
    Membership,
    Organization,
    Sector,
    Trip,
)


def _count(session: Session, model: type) -> int:
    return session.scalar(select(func.count()).select_from(model).where(~model.deleted)) or 0


def was_consulted():
    """Condition: a live organization has at least one live consultation (index probe)."""
    return select(Consultation.uuid).where(
        Consultation.organization_uuid == Organization.uuid, ~Consultation.deleted).exists()


def active_members(on: dt.date):
    """Condition: a membership is active on ``on`` (joined by then, not yet left)."""
    return and_(~Membership.deleted, Membership.joined_on <= on,
                or_(Membership.left_on.is_(None), Membership.left_on > on))


def active_on(joined: dt.date | None, left: dt.date | None, on: dt.date) -> bool:
    """The rule of :func:`active_members` for one membership read already (not deleted)."""
    return joined is not None and joined <= on and (left is None or left > on)


def participants(session: Session, initiative_uuids: list[str], on: dt.date) -> dict[str, int]:
    """Each initiative's participants on ``on``: the live organizations with an active
    membership, each once (two memberships of one organization can arrive by sync)."""
    rows = session.execute(
        select(Membership.initiative_uuid, func.count(Membership.organization_uuid.distinct()))
        .join(Organization, Organization.uuid == Membership.organization_uuid)
        .where(active_members(on), ~Organization.deleted,
               Membership.initiative_uuid.in_(initiative_uuids))
        .group_by(Membership.initiative_uuid))
    return dict(rows.all())


def programme_stats(session: Session, on: dt.date | None = None, *,
                    consulted: bool = True, monitoring: bool = True) -> dict[str, Any]:
    """Figures only; no paths, times or device names, so equal records give equal output.

    Members, plans, indicators and tasks are counted at ``on`` (today by default); for every
    figure as the records stood at a day, see ``stats_at.dated_stats``. ``consulted=False``
    leaves out the organizations consulted and the consultations (0; the dashboard counts
    them itself, within its filter); ``monitoring=False`` leaves out the keys of
    ``monitoring_stats`` (plans, indicators, tasks, cluster organizations, coordinators: a
    third of the dashboard's time at start, and it shows none of them).
    """
    on = on or dt.date.today()
    consulted_n = session.scalar(select(func.count()).select_from(Organization)
                                 .where(~Organization.deleted, was_consulted())) or 0 \
        if consulted else 0
    by_sector = dict.fromkeys(session.scalars(select(Sector.key).order_by(Sector.key)), 0)
    by_sector.update(session.execute(
        select(Initiative.sector_key, func.count()).where(~Initiative.deleted)
        .group_by(Initiative.sector_key)).all())
    by_status = {s.value: 0 for s in ApplicationStatus}
    by_status.update(session.execute(
        select(Application.status, func.count()).where(~Application.deleted)
        .group_by(Application.status)).all())
    selected = session.execute(
        select(Initiative.uuid, Initiative.name)
        .where(~Initiative.deleted, Initiative.status == InitiativeStatus.SELECTED)
        .order_by(Initiative.name)).all()
    counts = participants(session, [u for u, _ in selected], on)
    return {
        "organizations": _count(session, Organization),
        "organizations_consulted": consulted_n,
        "consultations": _count(session, Consultation) if consulted else 0,
        "trips": _count(session, Trip),
        "initiatives": _count(session, Initiative),
        "initiatives_by_sector": by_sector,
        "applications": _count(session, Application),
        "applications_by_status": {str(k): v for k, v in by_status.items()},
        "selected_clusters": [name for _, name in selected],
        "participants_by_cluster": {name: counts.get(u, 0) for u, name in selected},
        **(monitoring_stats(session, on) if monitoring else {}),
    }
