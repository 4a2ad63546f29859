"""The figures behind the dashboard's charts (head office's first look)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from clusterdesk.domain.enums import InitiativeStatus
from clusterdesk.services.stats import active_members, programme_stats, was_consulted
from clusterdesk.store.models import Initiative, Membership, Organization

# The tables the figures are read from: the dashboard is recomputed when one of them changed.
READS = frozenset({"organizations", "consultations", "trips", "initiatives", "memberships",
                   "applications", "sectors"})


@dataclass
class Dashboard:
    stats: dict
    consulted_by_region: list[tuple[str, int]]      # region code, organizations consulted
    participants_over_time: dict[str, list[tuple[dt.date, int]]]  # cluster name -> series


def quarter_starts(first: dt.date, last: dt.date) -> list[dt.date]:
    out, d = [], dt.date(first.year, (first.month - 1) // 3 * 3 + 1, 1)
    while d <= last:
        out.append(d)
        d = dt.date(d.year + (d.month == 10), (d.month + 2) % 12 + 1, 1)
    return out


def build(session: Session, today: dt.date | None = None) -> Dashboard:
    today = today or dt.date.today()
    stats = programme_stats(session, today)
    by_region = session.execute(
        select(Organization.region_code, func.count())
        .where(~Organization.deleted, was_consulted())
        .group_by(Organization.region_code)
        .order_by(func.count().desc())).all()
    selected = session.execute(
        select(Initiative.uuid, Initiative.name)
        .where(~Initiative.deleted, Initiative.status == InitiativeStatus.SELECTED)
        .order_by(Initiative.name)).all()
    ids = [u for u, _ in selected]
    first, last_join, last_leave = session.execute(
        select(func.min(Membership.joined_on), func.max(Membership.joined_on),
               func.max(Membership.left_on))
        .where(Membership.initiative_uuid.in_(ids), ~Membership.deleted)).one()
    series: dict[str, list[tuple[dt.date, int]]] = {}
    if first:
        # quarter by quarter until the quarter after the last change of membership
        last = max(d for d in (last_join, last_leave) if d) + dt.timedelta(days=92)
        points = quarter_starts(first, min(last, today))
        for uuid, name in selected:
            series[name] = [(p, session.scalar(
                select(func.count()).select_from(Membership)
                .where(active_members(p), Membership.initiative_uuid == uuid)) or 0)
                for p in points]
    return Dashboard(stats, [(c or "", n) for c, n in by_region], series)
