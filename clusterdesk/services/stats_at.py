"""The records as they stood at a date, for ``stats --on DATE``.

Records carry the programme's own dates (a consultation's day, a trip's start, a member's
joining, an application's history). A record counts at a date when one of its dated facts
is on or before it; a record with no dated fact at all counts always (nothing says it came
later). Applications take the status their history gave them by the end of that day.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, func, not_, or_, select
from sqlalchemy.orm import Session

from clusterdesk.domain.enums import ApplicationStatus, InitiativeStatus
from clusterdesk.services.monitoring_programme import monitoring_stats
from clusterdesk.services.stats import participants
from clusterdesk.store.application_models import ApplicationEvent
from clusterdesk.store.models import (
    Application,
    Consultation,
    Initiative,
    Membership,
    Organization,
    Sector,
    Trip,
)
from clusterdesk.store.monitoring_models import ClusterOrganization


def end_of(day: dt.date) -> dt.datetime:
    """The first moment after ``day`` (events are stamped with a time)."""
    return dt.datetime.combine(day + dt.timedelta(days=1), dt.time.min)


def _known(facts: list[tuple[type, ColumnElement, ColumnElement]], on: dt.date
           ) -> ColumnElement[bool]:
    """Condition: some fact dated by ``on``, or no dated fact at all."""
    any_fact = [exists().where(link, ~model.deleted) for model, link, _ in facts]
    by_then = [exists().where(link, ~model.deleted, day <= on) for model, link, day in facts]
    return or_(*by_then, not_(or_(*any_fact)))


def organization_known(on: dt.date) -> ColumnElement[bool]:
    return _known([
        (Consultation, Consultation.organization_uuid == Organization.uuid, Consultation.date),
        (Membership, Membership.organization_uuid == Organization.uuid, Membership.joined_on),
        (ClusterOrganization, ClusterOrganization.organization_uuid == Organization.uuid,
         ClusterOrganization.registered_on)], on)


def initiative_known(on: dt.date) -> ColumnElement[bool]:
    return _known([
        (Membership, Membership.initiative_uuid == Initiative.uuid, Membership.joined_on),
        (Application, and_(Application.initiative_uuid == Initiative.uuid,
                           Application.submitted_on.is_not(None)), Application.submitted_on)],
        on)


def consulted_by(on: dt.date) -> ColumnElement[bool]:
    """Condition: a live organization had a live consultation by ``on``."""
    return select(Consultation.uuid).where(
        Consultation.organization_uuid == Organization.uuid, ~Consultation.deleted,
        Consultation.date <= on).exists()


def application_states(session: Session, on: dt.date) -> dict[str, tuple[str, str]]:
    """Application uuid → (initiative uuid, status at the end of ``on``) for those that
    existed then: by their history, or (without one) by their filing date."""
    apps = session.execute(select(Application.uuid, Application.initiative_uuid,
                                  Application.status, Application.submitted_on)
                           .where(~Application.deleted)).all()
    events: dict[str, list[tuple[dt.datetime, str]]] = {}
    has_history: set[str] = set()
    for uuid, to, at in session.execute(
            select(ApplicationEvent.application_uuid, ApplicationEvent.to_status,
                   ApplicationEvent.at).where(~ApplicationEvent.deleted)):
        has_history.add(uuid)
        if at < end_of(on):
            events.setdefault(uuid, []).append((at, to))
    out: dict[str, tuple[str, str]] = {}
    for uuid, initiative, status, submitted in apps:
        if uuid in has_history:
            if uuid in events:
                out[uuid] = (initiative, max(events[uuid])[1])
        elif submitted is None or submitted <= on:
            out[uuid] = (initiative, str(status))
    return out


def dated_stats(session: Session, on: dt.date) -> dict[str, Any]:
    """``programme_stats``' figures (same keys, same order) as the records stood at ``on``."""
    def count(model: type, *where: ColumnElement[bool]) -> int:
        return session.scalar(select(func.count()).select_from(model)
                              .where(~model.deleted, *where)) or 0

    by_sector = dict.fromkeys(session.scalars(select(Sector.key).order_by(Sector.key)), 0)
    by_sector.update(session.execute(
        select(Initiative.sector_key, func.count())
        .where(~Initiative.deleted, initiative_known(on))
        .group_by(Initiative.sector_key)).all())
    states = application_states(session, on)
    by_status = {s.value: 0 for s in ApplicationStatus}
    for _, status in states.values():
        by_status[status] = by_status.get(status, 0) + 1
    with_history = {ini for ini, _ in states.values()}
    chosen = {ini for ini, status in states.values() if status == ApplicationStatus.SELECTED}
    selected = [(u, n) for u, n in session.execute(
        select(Initiative.uuid, Initiative.name)
        .where(~Initiative.deleted, Initiative.status == InitiativeStatus.SELECTED)
        .order_by(Initiative.name)) if u in chosen or u not in with_history]
    counts = participants(session, [u for u, _ in selected], on)
    return {
        "organizations": count(Organization, organization_known(on)),
        "organizations_consulted": count(Organization, consulted_by(on)),
        "consultations": count(Consultation, Consultation.date <= on),
        "trips": count(Trip, Trip.start_date <= on),
        "initiatives": count(Initiative, initiative_known(on)),
        "initiatives_by_sector": by_sector,
        "applications": len(states),
        "applications_by_status": by_status,
        "selected_clusters": [name for _, name in selected],
        "participants_by_cluster": {name: counts.get(u, 0) for u, name in selected},
        **monitoring_stats(session, on),
    }
