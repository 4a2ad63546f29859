"""Changes head office makes while following the plans: actual values, measure and task status.

Each change is checked here (the window and the CLI share the rules) and written as ordinary
travelling records, so it reaches every machine by sync.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from clusterdesk.domain import indicators as ind
from clusterdesk.domain import plans
from clusterdesk.domain.indicator_catalogue import catalogue
from clusterdesk.errors import ValidationError
from clusterdesk.services.records import get
from clusterdesk.store.monitoring_models import (
    ClusterIndicator,
    IndicatorValue,
    PlanMeasure,
    ProgrammeTask,
)


def record_actual(session: Session, indicator_uuid: str, start: dt.date, end: dt.date, *,
                  value: float | None = None, numerator: float | None = None,
                  denominator: float | None = None, source: str = "", evidence: str = "",
                  who: str = "", today: dt.date | None = None) -> IndicatorValue:
    """Record one period's actual; a rate needs its numerator and denominator, not a %."""
    row = get(session, ClusterIndicator, indicator_uuid)
    d = catalogue(row.catalogue_version).get(row.code)
    if end < start:
        raise ValidationError("period", "the period ends before it starts")
    if d.aggregation is ind.Aggregation.RATE:
        if numerator is None or denominator is None:
            raise ValidationError("value", "a rate is recorded as its numerator and "
                                           "denominator")
        if denominator <= 0 or numerator < 0:
            raise ValidationError("value", "the denominator must be above zero and the "
                                           "numerator not negative")
        value = None
    else:
        if value is None:
            raise ValidationError("value", "a value is required")
        if value < 0:
            raise ValidationError("value", "the value cannot be negative")
        numerator = denominator = None
    actual = IndicatorValue(indicator_uuid=row.uuid, period_start=start, period_end=end,
                            value=value, numerator=numerator, denominator=denominator,
                            source=source.strip(), evidence=evidence.strip(),
                            recorded_on=today or dt.date.today(), recorded_by=who)
    session.add(actual)
    session.flush()
    return actual


def set_measure_status(session: Session, measure_uuid: str, status: str,
                       on: dt.date | None = None) -> PlanMeasure:
    """A measure's status from ``on`` (today by default); its history keeps the earlier ones."""
    m = get(session, PlanMeasure, measure_uuid)
    new = plans.MeasureStatus(status)
    m.status_history = plans.history_with(m.status_history or [], on or dt.date.today(), new)
    m.status = plans.MeasureStatus(plans.status_on(m.status_history, dt.date.max))
    return m


def set_task_status(session: Session, task_uuid: str, status: str, *,
                    completed_on: dt.date | None = None, evidence: str | None = None
                    ) -> ProgrammeTask:
    """A task's status; done needs its completion date (today when not given)."""
    t = get(session, ProgrammeTask, task_uuid)
    t.status = plans.TaskStatus(status)
    if t.status is plans.TaskStatus.DONE:
        t.completed_on = completed_on or t.completed_on or dt.date.today()
    else:
        t.completed_on = None
    if evidence is not None:
        t.evidence = evidence.strip()
    return t
