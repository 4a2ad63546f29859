"""Readiness diagnostics as travelling records.

A diagnostic keeps the id and version of the form it was made with, so it keeps its meaning
after the form changes; its answers hold the value and the free-text evidence of each
question, and its scores are the computed result at the last save (for lists and comparison
without re-reading the form).
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from clusterdesk.store.base import Base, Synced
from clusterdesk.store.models import Consultant, Initiative, enum_column
from clusterdesk.store.shapes import shape


class DiagnosticStatus(StrEnum):
    DRAFT = "draft"          # half-done; may be resumed
    COMPLETE = "complete"    # finished; the one reports and comparisons use


class Diagnostic(Synced, Base):
    """One readiness diagnostic of a cluster initiative, made with one version of a form."""

    __tablename__ = "diagnostics"
    initiative_uuid: Mapped[str] = mapped_column(ForeignKey("initiatives.uuid"), index=True)
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    consultant_uuid: Mapped[str | None] = mapped_column(ForeignKey("consultants.uuid"))
    form_id: Mapped[str] = mapped_column(String(50), default="readiness")
    form_version: Mapped[int] = mapped_column(Integer, default=1)
    # {question_id: {"value": int | bool | float | str, "evidence": str}}
    answers: Mapped[dict[str, Any]] = mapped_column(
        JSON, default=dict, info=shape(("map", {"value": "scalar", "evidence": "str"})))
    # scoring.Result.to_json() at the last save
    scores: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict, info=shape({
        "form": ("list", "scalar"), "dimensions": ("map", ("nullable", "number")),
        "index": ("nullable", "number"), "level": ("nullable", "scalar"),
        "withheld": ("list", ("list", "scalar")), "gates": ("map", ("nullable", "bool")),
        "answered": "int", "total": "int"}))
    status: Mapped[DiagnosticStatus] = mapped_column(
        enum_column(DiagnosticStatus), default=DiagnosticStatus.DRAFT, index=True)
    attendees: Mapped[list[str]] = mapped_column(JSON, default=list,
                                                info=shape(("list", "str")))  # who attended
    notes: Mapped[str] = mapped_column(Text, default="")
    next_steps: Mapped[str] = mapped_column(Text, default="")

    initiative: Mapped[Initiative] = relationship()
    consultant: Mapped[Consultant | None] = relationship()
