"""What a printed document shows, as plain data: ``services`` assemble it, ``reports`` render it.

Nothing here reads the database or knows the document's language, so one gathered diagnostic
can be printed in Russian, Kazakh and English, and a report module is handed everything it
prints (it never reaches back into the services that assembled it).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from clusterdesk.domain import scoring
from clusterdesk.domain.app_template import AppTemplate
from clusterdesk.domain.compliance import ApplicationSnapshot, Problem
from clusterdesk.domain.questionnaire import Form


@dataclass
class Member:
    """A participant of the initiative on the diagnostic's date."""

    name: str
    role: str
    joined_on: dt.date | None


@dataclass
class ReportData:
    """Everything one diagnostic report prints, independent of the report's language."""

    diagnostic_uuid: str
    initiative_name: str
    region_code: str | None           # today's region
    region_recorded_code: str | None  # as named when the initiative was recorded
    sector_key: str | None
    date: dt.date
    consultant: str
    status: str
    form: Form
    answers: dict[str, Any]
    result: scoring.Result
    notes: str = ""
    next_steps: str = ""
    attendees: list[str] = field(default_factory=list)
    members: list[Member] = field(default_factory=list)
    previous_date: dt.date | None = None
    previous_scores: dict[str, float | None] | None = None

    @property
    def changes(self) -> dict[str, float | None] | None:
        if self.previous_scores is None:
            return None
        return scoring.changes(self.result.scores(), self.previous_scores)


@dataclass
class ApplicationPrint:
    """What the application PDF shows; the problems of the formal check are in its language."""

    template: AppTemplate
    snapshot: ApplicationSnapshot
    problems: list[Problem]
    cluster: str
    round_name: str
    region_code: str | None           # today's region
    region_recorded_code: str | None  # as named when the initiative was recorded
    sector_key: str | None
    status: str
    checked_on: dt.date
