"""A selected cluster's plan, indicators, organization and coordinators as they stood at a date.

Used by the window, the reports and ``stats --on``: everything is read as of a day from the
programme's own dates, and handed over as plain data (no session needed afterwards).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from clusterdesk.domain import indicators as ind
from clusterdesk.domain import plans
from clusterdesk.domain.enums import InitiativeStatus
from clusterdesk.domain.indicator_catalogue import IndicatorDef, catalogue
from clusterdesk.errors import ClusterDeskError
from clusterdesk.store.models import Initiative, Organization
from clusterdesk.store.monitoring_models import (
    ClusterIndicator,
    ClusterOrganization,
    Coordinator,
    CoordinatorAssignment,
    IndicatorValue,
    PlanGroundwork,
    PlanMeasure,
    PlanVersion,
    StrategicPlan,
)


@dataclass
class ValueRow:
    uuid: str
    start: dt.date
    end: dt.date
    value: float | None          # in the unit shown (a rate already scaled)
    numerator: float | None
    denominator: float | None
    source: str
    evidence: str


@dataclass
class IndicatorView:
    uuid: str
    definition: IndicatorDef
    baseline: float | None
    baseline_date: dt.date | None
    targets: list[ind.Target]    # in the unit shown
    values: list[ValueRow]
    assessment: ind.Assessment   # actual and expected in the unit shown

    def target_for(self, year: int) -> float | None:
        return next((t.value for t in self.targets if t.end.year == year), None)

    def actual_for(self, year: int) -> float | None:
        """The year's figure by the indicator's rule (stock: latest; flow: sum; rate: parts)."""
        rows = [v for v in self.values if v.end.year == year]
        return figure(self.definition, rows).value


@dataclass
class MeasureView:
    uuid: str
    title: str
    goal: str
    is_project: bool
    owner: str
    due_date: dt.date | None
    status: str
    budget_mln_kzt: float | None
    financing: str
    blocker: str


@dataclass
class PlanView:
    uuid: str
    title: str
    version: int | None = None           # in force at the date
    stage: str | None = None             # of the newest version known at the date
    newest: int | None = None
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    approved_on: dt.date | None = None
    goals: list[str] = field(default_factory=list)
    measures: list[MeasureView] = field(default_factory=list)
    groundwork: list[tuple[str, str, dt.date | None, list[str]]] = field(default_factory=list)

    def measures_by_status(self) -> dict[str, int]:
        out = {s.value: 0 for s in plans.MeasureStatus}
        for m in self.measures:
            out[m.status] = out.get(m.status, 0) + 1
        return out


@dataclass
class ClusterView:
    uuid: str
    name: str
    sector_key: str
    region_code: str
    on: dt.date
    plan: PlanView | None
    indicators: list[IndicatorView]
    organization: tuple[str, str, str, dt.date] | None   # name, legal form, BIN, registered
    coordinators: list[tuple[str, dt.date]]               # name, working since

    @property
    def status(self) -> ind.Status:
        return ind.worst(i.assessment.status for i in self.indicators)

    def status_counts(self) -> dict[str, int]:
        out = {s.value: 0 for s in ind.Status}
        for i in self.indicators:
            out[i.assessment.status.value] += 1
        return out


def figure(definition: IndicatorDef, rows: list[ValueRow]) -> ind.Combined:
    """Rows of one indicator combined by its rule, in the unit shown."""
    vals = [ind.Value(r.start, r.end, None if definition.aggregation is ind.Aggregation.RATE
                      else r.value, r.numerator, r.denominator) for r in rows]
    got = ind.over_periods(definition.aggregation, vals)
    if definition.aggregation is ind.Aggregation.RATE and got.value is not None:
        return ind.Combined(got.value * definition.scale, got.numerator, got.denominator)
    return got


def selected_clusters(session: Session) -> list[Initiative]:
    return list(session.scalars(select(Initiative).where(
        ~Initiative.deleted, Initiative.status == InitiativeStatus.SELECTED)
        .order_by(Initiative.name)))


def resolve_cluster(session: Session, ref: str) -> Initiative:
    """A selected cluster by its uuid or its name as ``stats`` prints it."""
    ini = session.get(Initiative, ref)
    if ini is None or ini.deleted:
        ini = session.scalars(select(Initiative).where(
            ~Initiative.deleted, Initiative.name == ref.strip())).first()
    if ini is None:
        names = ", ".join(i.name for i in selected_clusters(session))
        raise ClusterDeskError(f"No cluster {ref!r} in this database; give its id or one of "
                               f"these names: {names}.")
    return ini


def plan_of(session: Session, initiative_uuid: str) -> StrategicPlan | None:
    return session.scalars(select(StrategicPlan).where(
        ~StrategicPlan.deleted, StrategicPlan.initiative_uuid == initiative_uuid)).first()


def plan_view(session: Session, plan: StrategicPlan, on: dt.date) -> PlanView:
    versions = list(session.scalars(select(PlanVersion).where(
        ~PlanVersion.deleted, PlanVersion.plan_uuid == plan.uuid)))
    dates = {v.number: plans.VersionDates(v.number, v.drafted_on, v.agreed_on, v.approved_on)
             for v in versions}
    view = PlanView(plan.uuid, plan.title)
    newest = plans.latest_known(dates.values(), on)
    if newest is not None:
        view.newest, view.stage = newest.number, str(newest.stage_on(on))
    current = plans.in_force(dates.values(), on)
    shown = current or newest
    if shown is None:
        return view
    row = next(v for v in versions if v.number == shown.number)
    view.version = current.number if current else None
    view.period_start, view.period_end = row.period_start, row.period_end
    view.approved_on, view.goals = row.approved_on, list(row.goals or [])
    for m in session.scalars(select(PlanMeasure).where(
            ~PlanMeasure.deleted, PlanMeasure.plan_uuid == plan.uuid,
            PlanMeasure.from_version <= shown.number,
            or_(PlanMeasure.until_version.is_(None), PlanMeasure.until_version > shown.number))
            .order_by(PlanMeasure.due_date, PlanMeasure.title)):
        status = plans.status_on(m.status_history or [], on)
        view.measures.append(MeasureView(
            m.uuid, m.title, m.goal, m.is_project, m.owner, m.due_date, status,
            m.budget_mln_kzt, str(m.financing), m.blocker))
    view.groundwork = [(str(g.kind), g.title, g.done_on, list(g.documents or []))
                       for g in session.scalars(select(PlanGroundwork).where(
                           ~PlanGroundwork.deleted, PlanGroundwork.plan_uuid == plan.uuid)
                           .order_by(PlanGroundwork.done_on))]
    return view


def _one_per_period(rows: Iterable[IndicatorValue]) -> list[IndicatorValue]:
    """The latest value of each period: the same period recorded on two computers before a
    sync counts once (a correction replaces a value; see ``monitoring_edit.record_actual``)."""
    latest: dict[tuple[dt.date, dt.date], IndicatorValue] = {}
    for v in rows:
        key = (v.period_start, v.period_end)
        kept = latest.get(key)
        if kept is None or ((v.recorded_on or dt.date.min, v.hlc or "")
                            > (kept.recorded_on or dt.date.min, kept.hlc or "")):
            latest[key] = v
    return sorted(latest.values(), key=lambda v: (v.period_end, v.period_start))


def indicator_view(session: Session, row: ClusterIndicator, on: dt.date) -> IndicatorView:
    d = catalogue(row.catalogue_version).get(row.code)
    rate = d.aggregation is ind.Aggregation.RATE
    targets = [ind.Target(dt.date.fromisoformat(t["start"]), dt.date.fromisoformat(t["end"]),
                          float(t["value"])) for t in row.targets or []]
    values = []
    for v in _one_per_period(session.scalars(select(IndicatorValue).where(
            ~IndicatorValue.deleted, IndicatorValue.indicator_uuid == row.uuid,
            IndicatorValue.period_end <= on).order_by(IndicatorValue.period_end))):
        shown = (v.numerator / v.denominator * d.scale if rate and v.denominator
                 else None if rate else v.value)
        values.append(ValueRow(v.uuid, v.period_start, v.period_end, shown, v.numerator,
                               v.denominator, v.source, v.evidence))
    unit = d.scale if rate else 1.0
    baseline = baseline_shown(row, d.scale if rate else None)
    assessed = ind.assess(
        d.aggregation, d.direction, d.tolerance,
        [ind.Value(v.start, v.end, v.value if not rate else None, v.numerator, v.denominator)
         for v in values],
        [ind.Target(t.start, t.end, t.value / unit) for t in targets], on=on,
        baseline=None if baseline is None else baseline / unit,
        baseline_date=row.baseline_date)
    if rate:
        assessed = ind.Assessment(
            assessed.status, assessed.as_of,
            None if assessed.actual is None else assessed.actual * unit,
            None if assessed.expected is None else assessed.expected * unit, assessed.share)
    return IndicatorView(row.uuid, d, baseline, row.baseline_date, targets, values, assessed)


def baseline_shown(row: ClusterIndicator, scale: float | None) -> float | None:
    """The baseline in the unit shown: its value, or for a rate kept as its parts (as its
    actuals are), numerator / denominator scaled."""
    if row.baseline_value is not None or scale is None:
        return row.baseline_value
    if row.baseline_numerator is not None and row.baseline_denominator:
        return row.baseline_numerator / row.baseline_denominator * scale
    return None


def indicators_of(session: Session, initiative_uuid: str, on: dt.date) -> list[IndicatorView]:
    rows = session.scalars(select(ClusterIndicator).where(
        ~ClusterIndicator.deleted, ClusterIndicator.initiative_uuid == initiative_uuid))
    views = [indicator_view(session, r, on) for r in rows]
    order = {d.code: i for i, d in enumerate(catalogue().indicators)}
    return sorted(views, key=lambda v: order.get(v.definition.code, 99))


def cluster_organization(session: Session, initiative_uuid: str, on: dt.date
                         ) -> tuple[str, str, str, dt.date] | None:
    row = session.execute(
        select(Organization.name, Organization.legal_form, Organization.bin,
               ClusterOrganization.registered_on)
        .join(Organization, Organization.uuid == ClusterOrganization.organization_uuid)
        .where(~ClusterOrganization.deleted, ClusterOrganization.initiative_uuid ==
               initiative_uuid, ClusterOrganization.registered_on <= on)
        .order_by(ClusterOrganization.registered_on)).first()
    return tuple(row) if row else None


def coordinators_of(session: Session, initiative_uuid: str, on: dt.date
                    ) -> list[tuple[str, dt.date]]:
    rows = session.execute(
        select(Coordinator.name, CoordinatorAssignment.starts_on)
        .join(Coordinator, Coordinator.uuid == CoordinatorAssignment.coordinator_uuid)
        .where(~CoordinatorAssignment.deleted, ~Coordinator.deleted,
               CoordinatorAssignment.initiative_uuid == initiative_uuid,
               CoordinatorAssignment.starts_on <= on,
               or_(CoordinatorAssignment.ends_on.is_(None), CoordinatorAssignment.ends_on > on))
        .order_by(CoordinatorAssignment.starts_on)).all()
    return list(rows)


def cluster_view(session: Session, ini: Initiative, on: dt.date) -> ClusterView:
    plan = plan_of(session, ini.uuid)
    return ClusterView(
        ini.uuid, ini.name, ini.sector_key, ini.region_code, on,
        plan_view(session, plan, on) if plan else None, indicators_of(session, ini.uuid, on),
        cluster_organization(session, ini.uuid, on), coordinators_of(session, ini.uuid, on))
