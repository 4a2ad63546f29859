"""Changes head office makes while following the plans: actual values, measure and task status.

Each change is checked here (the window and the CLI share the rules) and written as ordinary
travelling records, so it reaches every machine by sync. The bounds of a value come from the
indicator's definition in the catalogue (``maximum``, ``whole``): the window asks the same
definition, so it stops typing where these rules would refuse.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from clusterdesk.domain import indicators as ind
from clusterdesk.domain import plans
from clusterdesk.domain.indicator_catalogue import IndicatorDef, catalogue
from clusterdesk.errors import ClusterDeskError, Reason, ValidationError
from clusterdesk.services.records import get
from clusterdesk.store.models import Initiative
from clusterdesk.store.monitoring_models import (
    ClusterIndicator,
    IndicatorValue,
    PlanMeasure,
    ProgrammeTask,
)
from clusterdesk.store.refdata import sectors

EPSILON = 1e-9  # floats typed as decimals: 0.1 + 0.2 is still "not above 0.3"


def number_text(x: float) -> str:
    """A number as a message shows it: 12.5, 250, 0.33 (at most two decimals)."""
    return f"{x:.2f}".rstrip("0").rstrip(".")


def _day(d: dt.date) -> str:
    return f"{d:%d.%m.%Y}"


def latest_start(today: dt.date | None = None) -> dt.date:
    """The last day a period of an actual may start on: an actual is of a begun period."""
    return today or dt.date.today()


def check_value(d: IndicatorDef, value: float) -> None:
    """A stock's or a flow's value (or a target, a baseline) in the unit shown."""
    if value < 0:
        raise ValidationError("value", Reason("monitoring.negative"))
    if d.maximum is not None and value > d.maximum + EPSILON:
        raise ClusterDeskError("monitoring.value_above_maximum", indicator=d.name,
                               value=number_text(value), maximum=number_text(d.maximum),
                               unit=d.unit)
    if d.whole and abs(value - round(value)) > EPSILON:
        raise ClusterDeskError("monitoring.value_not_whole", indicator=d.name,
                               value=number_text(value), unit=d.unit)


def check_parts(d: IndicatorDef, numerator: float, denominator: float) -> None:
    """A rate's numerator and denominator, against its maximum and its counting."""
    if denominator <= 0 or numerator < 0:
        raise ValidationError("value", Reason("monitoring.parts"))
    if d.whole:
        for part, x, low in ((d.numerator, numerator, 0), (d.denominator, denominator, 1)):
            if abs(x - round(x)) > EPSILON:
                raise ClusterDeskError("monitoring.part_not_whole", indicator=d.name,
                                       part=part or "", value=number_text(x), low=low)
    limit = d.numerator_limit(denominator)
    if limit is not None and d.maximum is not None and numerator > limit + EPSILON:
        raise ClusterDeskError(
            "monitoring.rate_above_maximum", indicator=d.name, numerator=number_text(numerator),
            denominator=number_text(denominator),
            share=number_text(numerator / denominator * d.scale), unit=d.unit,
            maximum=number_text(d.maximum), numerator_name=d.numerator or "",
            denominator_name=d.denominator or "", limit=number_text(limit))


def _shown(v: IndicatorValue) -> str:
    if v.value is not None:
        return number_text(v.value)
    return f"{number_text(v.numerator or 0)} / {number_text(v.denominator or 0)}"


def record_actual(session: Session, indicator_uuid: str, start: dt.date, end: dt.date, *,
                  value: float | None = None, numerator: float | None = None,
                  denominator: float | None = None, source: str = "", evidence: str = "",
                  who: str = "", today: dt.date | None = None) -> IndicatorValue:
    """Record one period's actual; a rate needs its numerator and denominator, not a %.

    The value must lie within the indicator's bounds (never negative, at most its ``maximum``,
    whole when it is counted) and the period must have begun by ``today``. Entering the same
    indicator and period again is a **correction**: the earlier value is replaced (its record
    changed in place, so the record's history keeps what it said, who wrote it and when), never
    added to it. A period that overlaps a recorded one without being the same is refused, as it
    would count those days twice.
    """
    row = get(session, ClusterIndicator, indicator_uuid)
    d = catalogue(row.catalogue_version).get(row.code)
    if end < start:
        raise ValidationError("period", Reason("monitoring.period_order"))
    day = latest_start(today)
    if start > day:
        raise ClusterDeskError("monitoring.period_not_begun", start=_day(start), end=_day(end),
                               today=_day(day))
    if d.aggregation is ind.Aggregation.RATE:
        if numerator is None or denominator is None:
            raise ValidationError("value", Reason("monitoring.rate_parts"))
        check_parts(d, numerator, denominator)
        value = None
    else:
        if value is None:
            raise ValidationError("value", Reason("required"))
        check_value(d, value)
        numerator = denominator = None
    recorded = list(session.scalars(select(IndicatorValue).where(
        ~IndicatorValue.deleted, IndicatorValue.indicator_uuid == row.uuid,
        IndicatorValue.period_start <= end, IndicatorValue.period_end >= start)
        .order_by(IndicatorValue.recorded_on.desc(), IndicatorValue.period_start)))
    same = [v for v in recorded if (v.period_start, v.period_end) == (start, end)]
    if not same and recorded:
        other = recorded[0]
        raise ClusterDeskError("monitoring.period_overlaps", indicator=d.name,
                               value=_shown(other), start=_day(other.period_start),
                               end=_day(other.period_end), new_start=_day(start),
                               new_end=_day(end))
    fields = {"value": value, "numerator": numerator, "denominator": denominator,
              "source": source.strip(), "evidence": evidence.strip(), "recorded_on": day,
              "recorded_by": who}
    if same:
        actual, *twins = same
        for twin in twins:  # the same period arrived twice by sync: one value counts
            twin.deleted = True
        for key, new in fields.items():
            setattr(actual, key, new)
    else:
        actual = IndicatorValue(indicator_uuid=row.uuid, period_start=start, period_end=end,
                                **fields)
        session.add(actual)
    session.flush()
    return actual


def attach_indicator(session: Session, initiative_uuid: str, code: str, *,
                     plan_uuid: str | None = None, baseline: float | None = None,
                     baseline_date: dt.date | None = None, baseline_source: str = "",
                     targets: list[tuple[dt.date, dt.date, float]] | None = None,
                     version: int | None = None) -> ClusterIndicator:
    """Follow an indicator of the catalogue for a cluster, once, if it suits the sector.

    The baseline and the targets are in the unit shown (a rate: already scaled, e.g. %) and
    within the indicator's bounds like any actual."""
    ini = get(session, Initiative, initiative_uuid)
    cat = catalogue(version)
    d = cat.get(code)
    if not d.suits(ini.sector_key):
        names = sectors()
        raise ClusterDeskError(
            "monitoring.indicator_sector", indicator=d.name, cluster=ini.name,
            sectors=[names[k].names if k in names else k for k in d.sectors],
            sector=names[ini.sector_key].names if ini.sector_key in names
            else ini.sector_key or "—")
    existing = session.scalars(select(ClusterIndicator).where(
        ~ClusterIndicator.deleted, ClusterIndicator.initiative_uuid == ini.uuid,
        ClusterIndicator.code == code)).first()
    if existing is not None:
        raise ClusterDeskError("monitoring.indicator_attached", cluster=ini.name,
                               indicator=d.name, uuid=existing.uuid)
    periods = targets or []
    shown = replace(d, whole=False) if d.aggregation is ind.Aggregation.RATE else d  # a %
    for value in ([] if baseline is None else [baseline]) + [v for _, _, v in periods]:
        check_value(shown, value)
    for start, end, _ in periods:
        if end < start:
            raise ValidationError("period", Reason("monitoring.period_order"))
    row = ClusterIndicator(
        initiative_uuid=ini.uuid, plan_uuid=plan_uuid, catalogue_version=cat.version,
        code=code, baseline_value=baseline, baseline_date=baseline_date,
        baseline_source=baseline_source.strip(),
        targets=[{"start": s.isoformat(), "end": e.isoformat(), "value": float(v)}
                 for s, e, v in periods])
    session.add(row)
    session.flush()
    return row


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
