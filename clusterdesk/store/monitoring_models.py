"""After the selection: plans, indicators, cluster organizations, coordinators, tasks.

Every record here travels by sync (``Synced``). Dates are the programme's own (when a plan
version was approved, when a value's period ended, when a task was completed), so every
figure can be read as it stood at any date. JSON columns and their shapes:

* ``plan_versions.goals``: ``["goal text", ...]``
* ``plan_measures.status_history``: ``[{"on": "YYYY-MM-DD", "status": MeasureStatus}, ...]``
* ``plan_groundwork.documents``: ``["file name or path", ...]``
* ``cluster_indicators.targets``: ``[{"start": "YYYY-MM-DD", "end": "YYYY-MM-DD",
  "value": number}, ...]`` (in the unit shown: per cent for rates with scale 100)
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Date,
    Enum,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from clusterdesk.domain.plans import (
    DecisionKind,
    FinancingSource,
    GroundworkKind,
    MeasureStatus,
    TaskStatus,
)
from clusterdesk.store.base import Base, Synced
from clusterdesk.store.models import Initiative, Organization
from clusterdesk.store.shapes import shape


def vocabulary(kind: type[StrEnum]) -> Enum:
    return Enum(kind, values_callable=lambda e: [m.value for m in e], native_enum=False,
                create_constraint=True, length=30, name=kind.__name__.lower(),
                validate_strings=True)


class StrategicPlan(Synced, Base):
    """A selected cluster's strategic territorial development plan (its versions below)."""

    __tablename__ = "strategic_plans"
    initiative_uuid: Mapped[str] = mapped_column(ForeignKey("initiatives.uuid"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")

    initiative: Mapped[Initiative] = relationship()


class PlanVersion(Synced, Base):
    """One version of a plan: drafted, agreed with the ministry, approved; its period, goals."""

    __tablename__ = "plan_versions"
    __table_args__ = (CheckConstraint("period_end >= period_start", name="period_in_order"),)
    plan_uuid: Mapped[str] = mapped_column(ForeignKey("strategic_plans.uuid"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    period_start: Mapped[dt.date] = mapped_column(Date)
    period_end: Mapped[dt.date] = mapped_column(Date)
    drafted_on: Mapped[dt.date | None] = mapped_column(Date)
    agreed_on: Mapped[dt.date | None] = mapped_column(Date)
    approved_on: Mapped[dt.date | None] = mapped_column(Date)
    goals: Mapped[list[str]] = mapped_column(JSON, default=list, info=shape(("list", "str")))
    document: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class PlanMeasure(Synced, Base):
    """A measure or project of a plan: owner, due date, status history, money and blocker.

    It belongs to the versions ``from_version`` .. ``until_version`` (None: still in it).
    """

    __tablename__ = "plan_measures"
    plan_uuid: Mapped[str] = mapped_column(ForeignKey("strategic_plans.uuid"), index=True)
    from_version: Mapped[int] = mapped_column(Integer, default=1)
    until_version: Mapped[int | None] = mapped_column(Integer)
    goal: Mapped[str] = mapped_column(String(300), default="")
    title: Mapped[str] = mapped_column(String(500))
    is_project: Mapped[bool] = mapped_column(default=False)
    owner: Mapped[str] = mapped_column(String(200), default="")
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[MeasureStatus] = mapped_column(vocabulary(MeasureStatus),
                                                  default=MeasureStatus.PLANNED)
    status_history: Mapped[list[dict]] = mapped_column(
        JSON, default=list, info=shape(("list", {"on": "str", "status": "str"})))
    budget_mln_kzt: Mapped[float | None] = mapped_column(Float)
    financing: Mapped[FinancingSource] = mapped_column(vocabulary(FinancingSource),
                                                       default=FinancingSource.OTHER)
    blocker: Mapped[str] = mapped_column(Text, default="")  # e.g. no legal basis for support


class PlanGroundwork(Synced, Base):
    """The 2018 work a plan rests on: market analysis, stakeholders, value chains, structuring."""

    __tablename__ = "plan_groundwork"
    plan_uuid: Mapped[str] = mapped_column(ForeignKey("strategic_plans.uuid"), index=True)
    kind: Mapped[GroundworkKind] = mapped_column(vocabulary(GroundworkKind))
    title: Mapped[str] = mapped_column(String(300))
    done_on: Mapped[dt.date | None] = mapped_column(Date)
    summary: Mapped[str] = mapped_column(Text, default="")
    documents: Mapped[list[str]] = mapped_column(JSON, default=list,
                                                 info=shape(("list", "str")))


class ClusterIndicator(Synced, Base):
    """An indicator of the catalogue followed for one cluster: baseline and targets."""

    __tablename__ = "cluster_indicators"
    initiative_uuid: Mapped[str] = mapped_column(ForeignKey("initiatives.uuid"), index=True)
    plan_uuid: Mapped[str | None] = mapped_column(ForeignKey("strategic_plans.uuid"))
    catalogue_version: Mapped[int] = mapped_column(Integer, default=1)
    code: Mapped[str] = mapped_column(String(40))
    baseline_value: Mapped[float | None] = mapped_column(Float)
    baseline_numerator: Mapped[float | None] = mapped_column(Float)
    baseline_denominator: Mapped[float | None] = mapped_column(Float)
    baseline_date: Mapped[dt.date | None] = mapped_column(Date)
    baseline_source: Mapped[str] = mapped_column(Text, default="")
    targets: Mapped[list[dict]] = mapped_column(
        JSON, default=list, info=shape(("list", {"start": "str", "end": "str", "value": "number"})))

    initiative: Mapped[Initiative] = relationship()


class IndicatorValue(Synced, Base):
    """An actual value of a period, with its source and evidence; rates keep both parts."""

    __tablename__ = "indicator_values"
    __table_args__ = (CheckConstraint("period_end >= period_start", name="period_in_order"),)
    indicator_uuid: Mapped[str] = mapped_column(ForeignKey("cluster_indicators.uuid"),
                                                index=True)
    period_start: Mapped[dt.date] = mapped_column(Date)
    period_end: Mapped[dt.date] = mapped_column(Date, index=True)
    value: Mapped[float | None] = mapped_column(Float)
    numerator: Mapped[float | None] = mapped_column(Float)
    denominator: Mapped[float | None] = mapped_column(Float)
    source: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[str] = mapped_column(Text, default="")
    recorded_on: Mapped[dt.date | None] = mapped_column(Date)
    recorded_by: Mapped[str] = mapped_column(String(200), default="")


class ClusterOrganization(Synced, Base):
    """The legal entity a cluster created (an organization record) and when it registered."""

    __tablename__ = "cluster_organizations"
    initiative_uuid: Mapped[str] = mapped_column(ForeignKey("initiatives.uuid"), index=True)
    organization_uuid: Mapped[str] = mapped_column(ForeignKey("organizations.uuid"))
    registered_on: Mapped[dt.date] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")

    initiative: Mapped[Initiative] = relationship()
    organization: Mapped[Organization] = relationship()


class Coordinator(Synced, Base):
    """A cluster coordinator: a person, trained by the project, assigned to clusters."""

    __tablename__ = "coordinators"
    name: Mapped[str] = mapped_column(String(200))
    organization_uuid: Mapped[str | None] = mapped_column(ForeignKey("organizations.uuid"))
    phone: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class CoordinatorTraining(Synced, Base):
    __tablename__ = "coordinator_trainings"
    coordinator_uuid: Mapped[str] = mapped_column(ForeignKey("coordinators.uuid"), index=True)
    course: Mapped[str] = mapped_column(String(300))
    started_on: Mapped[dt.date | None] = mapped_column(Date)
    completed_on: Mapped[dt.date | None] = mapped_column(Date)
    certificate: Mapped[str] = mapped_column(String(100), default="")


class CoordinatorAssignment(Synced, Base):
    """A coordinator working for a cluster from ``starts_on`` until ``ends_on`` (exclusive)."""

    __tablename__ = "coordinator_assignments"
    __table_args__ = (CheckConstraint("ends_on IS NULL OR ends_on >= starts_on",
                                      name="ends_after_start"),)
    coordinator_uuid: Mapped[str] = mapped_column(ForeignKey("coordinators.uuid"), index=True)
    initiative_uuid: Mapped[str] = mapped_column(ForeignKey("initiatives.uuid"), index=True)
    starts_on: Mapped[dt.date] = mapped_column(Date)
    ends_on: Mapped[dt.date | None] = mapped_column(Date)
    role: Mapped[str] = mapped_column(String(200), default="")


class ProgrammeDecision(Synced, Base):
    """A decision (body, number, date) or a contract whose phases are milestones."""

    __tablename__ = "programme_decisions"
    kind: Mapped[DecisionKind] = mapped_column(vocabulary(DecisionKind),
                                               default=DecisionKind.DECISION)
    body: Mapped[str] = mapped_column(String(300))
    number: Mapped[str] = mapped_column(String(50), default="")
    date: Mapped[dt.date] = mapped_column(Date)
    title: Mapped[str] = mapped_column(Text, default="")


class ProgrammeTask(Synced, Base):
    """A task a decision set (or a contract's stage): owner, deadline, status, evidence."""

    __tablename__ = "programme_tasks"
    decision_uuid: Mapped[str] = mapped_column(ForeignKey("programme_decisions.uuid"),
                                               index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(200), default="")
    deadline: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[TaskStatus] = mapped_column(vocabulary(TaskStatus), default=TaskStatus.OPEN)
    completed_on: Mapped[dt.date | None] = mapped_column(Date)
    evidence: Mapped[str] = mapped_column(Text, default="")

    decision: Mapped[ProgrammeDecision] = relationship()
