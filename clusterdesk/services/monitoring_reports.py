"""What the monitoring reports print, read at a date into plain data (reports render it)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from clusterdesk.services.dashboard import quarter_starts
from clusterdesk.services.monitoring import ClusterView, cluster_view, resolve_cluster
from clusterdesk.services.monitoring_programme import ProgrammeView, programme_view
from clusterdesk.services.stats import participants
from clusterdesk.services.stats_at import dated_stats
from clusterdesk.store.models import Membership


@dataclass
class ClusterReport:
    cluster: ClusterView
    members: list[tuple[dt.date, int]]   # members at each quarter's start, up to the date


@dataclass
class ProgrammeReport:
    stats: dict[str, Any]                # ``stats --on`` figures at the date
    programme: ProgrammeView


def members_over_time(session: Session, initiative_uuid: str, on: dt.date
                      ) -> list[tuple[dt.date, int]]:
    first = session.scalar(select(func.min(Membership.joined_on)).where(
        ~Membership.deleted, Membership.initiative_uuid == initiative_uuid))
    if first is None or first > on:
        return []
    points = quarter_starts(first, on)
    if points[-1] != on:
        points.append(on)
    return [(p, participants(session, [initiative_uuid], p).get(initiative_uuid, 0))
            for p in points]


def cluster_report(session: Session, ref: str, on: dt.date) -> ClusterReport:
    """The report of cluster ``ref`` (its uuid or its name as ``stats`` prints it)."""
    ini = resolve_cluster(session, ref)
    return ClusterReport(cluster_view(session, ini, on), members_over_time(session, ini.uuid, on))


def programme_report(session: Session, on: dt.date) -> ProgrammeReport:
    return ProgrammeReport(dated_stats(session, on), programme_view(session, on))
