"""Records of the selection workflow: each application's status history and the points given.

Both travel between machines: head office registers and evaluates, consultants see the outcome.
They only ever grow (a corrected score is a new value of the same record, never a deletion).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, DateTime, Float, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from clusterdesk.store.base import Base, Synced
from clusterdesk.store.shapes import shape


class ApplicationEvent(Synced, Base):
    """One status change of an application: from, to, who, when and why."""

    __tablename__ = "application_events"
    application_uuid: Mapped[str] = mapped_column(ForeignKey("applications.uuid"), index=True)
    from_status: Mapped[str] = mapped_column(String(20), default="")  # "" when created
    to_status: Mapped[str] = mapped_column(String(20))
    who_name: Mapped[str] = mapped_column(String(200), default="")
    who_uuid: Mapped[str | None] = mapped_column(ForeignKey("consultants.uuid"))
    at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    reasons: Mapped[list[str]] = mapped_column(JSON, default=list,
                                              info=shape(("list", "str")))


class EvaluationScore(Synced, Base):
    """Points one evaluator gave one application on one criterion of its template."""

    __tablename__ = "evaluation_scores"
    application_uuid: Mapped[str] = mapped_column(ForeignKey("applications.uuid"), index=True)
    evaluator: Mapped[str] = mapped_column(String(200))
    evaluator_uuid: Mapped[str | None] = mapped_column(ForeignKey("consultants.uuid"))
    criterion_id: Mapped[str] = mapped_column(String(60))
    points: Mapped[float] = mapped_column(Float)
