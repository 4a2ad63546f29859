"""Strategic plans, their measures and the programme's tasks, as they stood at a date.

Plain Python rules shared by the stats, the reports and the window: which version of a plan
was in force, what a measure's status was on a day (measures keep their status history), and
whether a task was done, open or overdue. Vocabularies are stored by value; their names in
ru/kk/en are data (``resources/reports/monitoring.toml``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum


class VersionStage(StrEnum):
    DRAFTED = "drafted"
    AGREED = "agreed"        # agreed with the ministry
    APPROVED = "approved"


class MeasureStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    BLOCKED = "blocked"
    CANCELLED = "cancelled"


class FinancingSource(StrEnum):
    STATE_SUPPORT = "state_support"          # a state support measure
    OWN_FUNDS = "own_funds"
    DEVELOPMENT_INSTITUTION = "development_institution"
    OTHER = "other"


class GroundworkKind(StrEnum):
    MARKET_ANALYSIS = "market_analysis"
    STAKEHOLDERS = "stakeholders"
    VALUE_CHAIN = "value_chain"
    STRUCTURING = "structuring"


class DecisionKind(StrEnum):
    DECISION = "decision"    # a decision of a body (the Commission, the ministry)
    CONTRACT = "contract"    # a contract whose phases and stages are milestones


class TaskStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class VersionDates:
    number: int
    drafted_on: dt.date | None = None
    agreed_on: dt.date | None = None
    approved_on: dt.date | None = None

    def stage_on(self, day: dt.date) -> VersionStage | None:
        """How far this version had got by ``day`` (None: not drafted yet)."""
        if self.approved_on and self.approved_on <= day:
            return VersionStage.APPROVED
        if self.agreed_on and self.agreed_on <= day:
            return VersionStage.AGREED
        if self.drafted_on and self.drafted_on <= day:
            return VersionStage.DRAFTED
        return None


def in_force(versions: Iterable[VersionDates], day: dt.date) -> VersionDates | None:
    """The version in force at ``day``: the most recently approved one by then.

    A later draft does not replace it until it is approved itself.
    """
    approved = [v for v in versions if v.approved_on and v.approved_on <= day]
    return max(approved, key=lambda v: (v.approved_on, v.number), default=None)


def latest_known(versions: Iterable[VersionDates], day: dt.date) -> VersionDates | None:
    """The newest version that existed at ``day`` (in force or not)."""
    known = [v for v in versions if v.stage_on(day) is not None]
    return max(known, key=lambda v: v.number, default=None)


def status_on(history: Sequence[dict], day: dt.date, default: str = MeasureStatus.PLANNED
              ) -> str:
    """A measure's status at ``day`` from its history ``[{"on": "YYYY-MM-DD", "status": s}]``."""
    status = default
    for entry in sorted(history, key=lambda e: e["on"]):
        if dt.date.fromisoformat(entry["on"]) <= day:
            status = entry["status"]
    return status


def history_with(history: Sequence[dict], day: dt.date, status: str) -> list[dict]:
    """The history with ``status`` from ``day`` on (an entry of the same day is replaced)."""
    kept = [dict(e) for e in history if e["on"] != day.isoformat()]
    kept.append({"on": day.isoformat(), "status": str(status)})
    return sorted(kept, key=lambda e: e["on"])


@dataclass(frozen=True)
class TaskState:
    status: TaskStatus
    overdue: bool


def task_on(status: str, deadline: dt.date | None, completed_on: dt.date | None,
            day: dt.date) -> TaskState:
    """A task's state at ``day``: done only once completed; overdue when open past deadline."""
    if completed_on is not None and completed_on <= day:
        return TaskState(TaskStatus.DONE, False)
    current = TaskStatus(status)
    if current is TaskStatus.CANCELLED:
        return TaskState(current, False)
    if current is TaskStatus.DONE:  # completed after ``day`` (or no date): still running then
        current = TaskStatus.IN_PROGRESS
    return TaskState(current, deadline is not None and deadline < day)


def task_order(state: TaskState, deadline: dt.date | None) -> tuple:
    """Sort key: overdue first, then open work by deadline, done and cancelled last."""
    finished = state.status in (TaskStatus.DONE, TaskStatus.CANCELLED)
    return (not state.overdue, finished, deadline or dt.date.max)
