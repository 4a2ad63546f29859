"""The programme after the selection as it stood at a date: clusters, coordinators, tasks.

Assembles what the programme report and ``stats --on`` print: per selected cluster its plan
version and measures, its indicators' statuses; the cluster organizations created, the
coordinators trained and working, and the tasks decisions and contracts set (overdue first).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from clusterdesk.domain import indicators as ind
from clusterdesk.domain import plans
from clusterdesk.services.monitoring import (
    ClusterView,
    cluster_view,
    figure,
    selected_clusters,
)
from clusterdesk.store.monitoring_models import (
    ClusterOrganization,
    Coordinator,
    CoordinatorAssignment,
    CoordinatorTraining,
    ProgrammeDecision,
    ProgrammeTask,
)


@dataclass
class TaskView:
    uuid: str
    decision: str                 # "body No. number of date"
    decision_kind: str
    title: str
    owner: str
    deadline: dt.date | None
    status: str
    overdue: bool
    completed_on: dt.date | None
    evidence: str


@dataclass
class ProgrammeView:
    on: dt.date
    clusters: list[ClusterView]
    cluster_organizations: list[str]
    trained: int
    working: int
    tasks: list[TaskView] = field(default_factory=list)
    # per indicator code: the year of ``on`` so far, clusters combined by the code's rule
    totals: dict[str, ind.Combined] = field(default_factory=dict)

    def tasks_by_status(self) -> dict[str, int]:
        out = {s.value: 0 for s in plans.TaskStatus}
        for t in self.tasks:
            out[t.status] += 1
        return out

    @property
    def overdue(self) -> int:
        return sum(t.overdue for t in self.tasks)


def coordinator_counts(session: Session, on: dt.date) -> tuple[int, int]:
    """(trained by ``on``, working for a cluster on ``on``), each person counted once."""
    trained = session.scalar(
        select(func.count(func.distinct(CoordinatorTraining.coordinator_uuid)))
        .join(Coordinator, Coordinator.uuid == CoordinatorTraining.coordinator_uuid)
        .where(~CoordinatorTraining.deleted, ~Coordinator.deleted,
               CoordinatorTraining.completed_on <= on)) or 0
    working = session.scalar(
        select(func.count(func.distinct(CoordinatorAssignment.coordinator_uuid)))
        .join(Coordinator, Coordinator.uuid == CoordinatorAssignment.coordinator_uuid)
        .where(~CoordinatorAssignment.deleted, ~Coordinator.deleted,
               CoordinatorAssignment.starts_on <= on,
               or_(CoordinatorAssignment.ends_on.is_(None),
                   CoordinatorAssignment.ends_on > on))) or 0
    return trained, working


def cluster_organization_names(session: Session, on: dt.date,
                               clusters: dict[str, str]) -> list[str]:
    """Names of the clusters (of ``clusters``: uuid → name) with an organization by ``on``."""
    have = set(session.scalars(select(ClusterOrganization.initiative_uuid).where(
        ~ClusterOrganization.deleted, ClusterOrganization.registered_on <= on)))
    return sorted(name for uuid, name in clusters.items() if uuid in have)


def decision_label(d: ProgrammeDecision) -> str:
    number = f" № {d.number}" if d.number else ""
    return f"{d.body}{number}, {d.date:%d.%m.%Y}"


def tasks_on(session: Session, on: dt.date) -> list[TaskView]:
    """Tasks of the decisions taken by ``on``, overdue first, then by deadline."""
    rows = session.execute(
        select(ProgrammeTask, ProgrammeDecision)
        .join(ProgrammeDecision, ProgrammeDecision.uuid == ProgrammeTask.decision_uuid)
        .where(~ProgrammeTask.deleted, ~ProgrammeDecision.deleted,
               ProgrammeDecision.date <= on)
        .order_by(ProgrammeDecision.date, ProgrammeTask.position)).all()
    out = []
    for task, decision in rows:
        state = plans.task_on(task.status, task.deadline, task.completed_on, on)
        done = task.completed_on if state.status is plans.TaskStatus.DONE else None
        out.append((plans.task_order(state, task.deadline), TaskView(
            task.uuid, decision_label(decision), str(decision.kind), task.title, task.owner,
            task.deadline, state.status.value, state.overdue, done, task.evidence)))
    return [view for _, view in sorted(out, key=lambda pair: pair[0])]


def programme_view(session: Session, on: dt.date) -> ProgrammeView:
    clusters = [cluster_view(session, ini, on) for ini in selected_clusters(session)]
    trained, working = coordinator_counts(session, on)
    view = ProgrammeView(
        on, clusters, cluster_organization_names(session, on, {c.uuid: c.name
                                                               for c in clusters}),
        trained, working, tasks_on(session, on))
    by_code: dict[str, list[tuple[ind.Aggregation, ind.Combined]]] = {}
    for c in clusters:
        for i in c.indicators:
            rows = [v for v in i.values if v.end.year == on.year]
            if not rows:
                continue
            by_code.setdefault(i.definition.code, []).append(
                (i.definition.aggregation, figure(i.definition, rows)))
    for code, items in by_code.items():
        kind = items[0][0]
        total = ind.across_clusters(kind, [c for _, c in items])
        if kind is ind.Aggregation.RATE and total.denominator:
            scale = next(i.definition.scale for c in clusters for i in c.indicators
                         if i.definition.code == code)
            total = ind.Combined((total.numerator or 0) / total.denominator * scale,
                                 total.numerator, total.denominator)
        view.totals[code] = total
    return view


def plan_figures(c: ClusterView) -> dict[str, Any]:
    """Version in force, a newer version still on its way (number and stage), measures."""
    plan = c.plan
    if plan is None:
        return {"version": None, "pending": None, "measures": {}}
    pending = ({"version": plan.newest, "stage": plan.stage}
               if plan.newest is not None and plan.newest != plan.version else None)
    return {"version": plan.version, "pending": pending, "measures": plan.measures_by_status()}


def monitoring_stats(session: Session, on: dt.date) -> dict[str, Any]:
    """The keys ``stats`` adds: cluster organizations, coordinators, plans, indicators, tasks."""
    view = programme_view(session, on)
    return {
        "cluster_organizations": view.cluster_organizations,
        "coordinators": {"trained": view.trained, "working": view.working},
        "plans": {c.name: plan_figures(c) for c in view.clusters},
        "indicators": {c.name: {k: v for k, v in c.status_counts().items()}
                       for c in view.clusters},
        "tasks": {"by_status": view.tasks_by_status(), "overdue": view.overdue},
    }
