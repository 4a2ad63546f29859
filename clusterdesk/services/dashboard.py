"""The figures behind the dashboard's charts, for the period, region and sector asked.

Head office asks "how many consultations per month in Karaganda region in 2016": every
consultation figure here honours :class:`Filter` exactly as the Consultations list does with
the same filter (so clicking a bar opens a list of as many rows as the bar says). The
dashboard also says what the data is: the latest change it holds ("data as of") and the
devices whose sync files were imported into it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import Session

from clusterdesk.domain.enums import ApplicationStatus, InitiativeStatus
from clusterdesk.domain.hlc import Stamp
from clusterdesk.services.dashboard_figures import Filter, consultation_figures
from clusterdesk.services.stats import active_on, programme_stats
from clusterdesk.store.models import Application, Consultation, Initiative, Membership, Organization
from clusterdesk.store.sync_models import SyncPeer

# The tables the figures are read from: the dashboard is recomputed when one of them changed.
READS = frozenset({"organizations", "consultations", "trips", "initiatives", "memberships",
                   "applications", "sectors", "sync_peers"})


@dataclass
class Dashboard:
    stats: dict
    consulted_by_region: list[tuple[str, int]]      # region code, organizations consulted
    participants_over_time: dict[str, list[tuple[dt.date, int]]]  # cluster name -> series
    consultations_by_month: list[tuple[dt.date, int]] = field(default_factory=list)
    filter: Filter = field(default_factory=Filter)
    as_of: dt.datetime | None = None  # the latest change the data holds (UTC)
    devices: list[tuple[str, dt.datetime | None]] = field(default_factory=list)


def quarter_starts(first: dt.date, last: dt.date) -> list[dt.date]:
    out, d = [], dt.date(first.year, (first.month - 1) // 3 * 3 + 1, 1)
    while d <= last:
        out.append(d)
        d = dt.date(d.year + (d.month == 10), (d.month + 2) % 12 + 1, 1)
    return out


def _initiative_filter(flt: Filter) -> ColumnElement[bool]:
    conds = [~Initiative.deleted]
    if flt.region:
        conds.append((Initiative.region_recorded_code if flt.recorded_region
                      else Initiative.region_code) == flt.region)
    if flt.sector:
        conds.append(Initiative.sector_key == flt.sector)
    return and_(*conds)


def as_of(session: Session) -> dt.datetime | None:
    """When the latest change in the data was made (from the records' clock stamps)."""
    stamps = [session.scalar(select(func.max(m.hlc))) for m in
              (Consultation, Organization, Initiative, Application, Membership)]
    latest = max((s for s in stamps if s), default=None)
    if not latest:
        return None
    try:
        return dt.datetime.fromtimestamp(Stamp.parse(latest).millis / 1000, dt.UTC)
    except (ValueError, TypeError):
        return None


def build(session: Session, today: dt.date | None = None,
          flt: Filter | None = None) -> Dashboard:
    today = today or dt.date.today()
    flt = flt or Filter()
    # the consultation figures are counted below, in the filter; monitoring is not shown
    stats = programme_stats(session, today, consulted=False, monitoring=False)
    figures = consultation_figures(session, flt)
    stats["consultations"] = figures["consultations"]
    stats["organizations_consulted"] = figures["organizations_consulted"]
    ini = _initiative_filter(flt)
    stats["initiatives"] = session.scalar(select(func.count()).select_from(Initiative)
                                          .where(ini)) or 0
    by_sector = dict.fromkeys(stats["initiatives_by_sector"], 0)
    by_sector.update(session.execute(select(Initiative.sector_key, func.count()).where(ini)
                                     .group_by(Initiative.sector_key)).all())
    stats["initiatives_by_sector"] = by_sector
    by_status = {s.value: 0 for s in ApplicationStatus}
    by_status.update({str(getattr(k, "value", k)): n for k, n in session.execute(
        select(Application.status, func.count())
        .join(Initiative, Initiative.uuid == Application.initiative_uuid)
        .where(~Application.deleted, ini).group_by(Application.status)).all()})
    stats["applications_by_status"] = by_status
    stats["applications"] = sum(by_status.values())
    selected = session.execute(
        select(Initiative.uuid, Initiative.name)
        .where(ini, Initiative.status == InitiativeStatus.SELECTED)
        .order_by(Initiative.name)).all()
    devices = [(p.name or p.key, p.last_import_at) for p in session.scalars(
        select(SyncPeer).where(SyncPeer.kind == "device", SyncPeer.last_import_at.is_not(None))
        .order_by(SyncPeer.name))]
    return Dashboard(stats, figures["by_region"],  # type: ignore[arg-type]
                     _series(session, selected, today), figures["by_month"],  # type: ignore[arg-type]
                     flt, as_of(session), devices)


def _series(session: Session, selected: list, today: dt.date,  # noqa: ANN001
            ) -> dict[str, list[tuple[dt.date, int]]]:
    """Each selected cluster's members (``stats.active_on``) at each quarter's start, from the
    first joining until the quarter after the last change of membership: the memberships
    read once and counted here (a query per cluster and quarter cost 65 statements, a fifth
    of the first page's time at start)."""
    ids = [u for u, _ in selected]
    rows = session.execute(
        select(Membership.initiative_uuid, Membership.organization_uuid, Membership.joined_on,
               Membership.left_on)
        .join(Organization, Organization.uuid == Membership.organization_uuid)
        .where(Membership.initiative_uuid.in_(ids), ~Membership.deleted,
               ~Organization.deleted)).all()
    joins = [j for _, _, j, _ in rows if j is not None]
    series: dict[str, list[tuple[dt.date, int]]] = {}
    if not joins:
        return series
    changes = joins + [left for _, _, _, left in rows if left is not None]
    last = max(changes) + dt.timedelta(days=92)
    points = quarter_starts(min(joins), min(last, today))
    by_cluster: dict[str, list[tuple[str, dt.date, dt.date | None]]] = {}
    for uuid, org, joined, left in rows:
        by_cluster.setdefault(uuid, []).append((org, joined, left))
    for uuid, name in selected:  # each organization once (stats.participants)
        spans = by_cluster.get(uuid, [])
        series[name] = [(p, len({org for org, joined, left in spans
                                 if active_on(joined, left, p)})) for p in points]
    return series
