"""How indicator values add up and how far they are from their targets (plain Python).

Each indicator declares how its values combine, because the commonest defect of monitoring
tools is a programme total that averages or sums percentages:

* a **stock** (members, a count at a moment) is its latest value over time; across clusters
  the latest values are summed;
* a **flow** (jobs created, projects started in a period) is summed over periods and clusters;
* a **rate** (export share, share of members trained) is computed from the sums of its
  numerator and denominator, never from the rates themselves.

The status of an indicator compares its actual with the target expected at the date of the
latest actual (the path from the baseline to each period's target, straight in between), with
a tolerance band that comes from data (the indicator catalogue).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum


class Aggregation(StrEnum):
    STOCK = "stock"
    FLOW = "flow"
    RATE = "rate"


class Direction(StrEnum):
    UP = "up"        # more is better
    DOWN = "down"    # less is better


class Status(StrEnum):
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    OFF_TRACK = "off_track"
    NO_DATA = "no_data"


SEVERITY = {Status.NO_DATA: 0, Status.ON_TRACK: 1, Status.AT_RISK: 2, Status.OFF_TRACK: 3}


@dataclass(frozen=True)
class Tolerance:
    """Share of the expected value reached: at least ``on_track`` → on track, at least
    ``at_risk`` → at risk, below → off track."""

    on_track: float = 0.95
    at_risk: float = 0.80

    def __post_init__(self) -> None:
        if not 0 < self.at_risk <= self.on_track:
            raise ValueError("tolerance: 0 < at_risk <= on_track is required")


@dataclass(frozen=True)
class Value:
    """One reported value of a period: ``value`` for stocks and flows; ``numerator`` and
    ``denominator`` for rates (the rate itself is derived, never stored or averaged)."""

    start: dt.date
    end: dt.date
    value: float | None = None
    numerator: float | None = None
    denominator: float | None = None

    def rate(self) -> float | None:
        if self.numerator is None or not self.denominator:
            return None
        return self.numerator / self.denominator


@dataclass(frozen=True)
class Target:
    start: dt.date
    end: dt.date
    value: float


@dataclass(frozen=True)
class Combined:
    """An aggregated figure; for rates also the sums it was computed from."""

    value: float | None
    numerator: float | None = None
    denominator: float | None = None


def _rate(num: float, den: float) -> float | None:
    return num / den if den else None


def over_periods(kind: Aggregation, values: Iterable[Value]) -> Combined:
    """One cluster's figure over several periods, by the indicator's rule."""
    items = sorted(values, key=lambda v: (v.end, v.start))
    if not items:
        return Combined(None)
    if kind is Aggregation.STOCK:
        latest = [v for v in items if v.value is not None]
        return Combined(latest[-1].value if latest else None)
    if kind is Aggregation.FLOW:
        return Combined(sum(v.value for v in items if v.value is not None))
    num = sum(v.numerator or 0.0 for v in items if v.denominator)
    den = sum(v.denominator or 0.0 for v in items if v.denominator)
    return Combined(_rate(num, den), num, den)


def latest(kind: Aggregation, values: Iterable[Value]) -> Combined:
    """The figure of the latest period (for a rate, that period's numerator over denominator)."""
    items = sorted(values, key=lambda v: (v.end, v.start))
    if not items:
        return Combined(None)
    last = items[-1]
    if kind is Aggregation.RATE:
        return Combined(last.rate(), last.numerator, last.denominator)
    return Combined(last.value)


def across_clusters(kind: Aggregation, figures: Sequence[Combined]) -> Combined:
    """The programme's figure from each cluster's figure: stocks and flows add up; a rate is
    the sum of numerators over the sum of denominators."""
    present = [f for f in figures if f.value is not None or f.denominator]
    if not present:
        return Combined(None)
    if kind is Aggregation.RATE:
        num = sum(f.numerator or 0.0 for f in present)
        den = sum(f.denominator or 0.0 for f in present)
        return Combined(_rate(num, den), num, den)
    return Combined(sum(f.value or 0.0 for f in present))


def _fraction(day: dt.date, start: dt.date, end: dt.date) -> float:
    span = (end - start).days + 1
    done = (min(day, end) - start).days + 1
    return max(0.0, min(1.0, done / span)) if span > 0 else 1.0


def expected(kind: Aggregation, day: dt.date, targets: Sequence[Target], *,
             baseline: float | None = None, baseline_date: dt.date | None = None
             ) -> tuple[float | None, Target | None]:
    """(expected value at ``day``, the target period it falls in).

    A flow's target is the amount of its period, expected in proportion of the period gone
    by. A stock's or rate's target is the level at the end of its period, reached along a
    straight path from the previous level (the baseline, then each earlier target).
    """
    ordered = sorted(targets, key=lambda t: t.end)
    if not ordered:
        return None, None
    current = next((t for t in ordered if t.start <= day <= t.end), None)
    if current is None:
        current = ordered[-1] if day > ordered[-1].end else ordered[0]
    if kind is Aggregation.FLOW:
        return current.value * _fraction(day, current.start, current.end), current
    before = [t for t in ordered if t.end < current.end]
    if before:
        level, since = before[-1].value, before[-1].end
    elif baseline is not None:
        level, since = baseline, baseline_date or current.start
    else:
        return current.value, current
    if day >= current.end or since >= current.end:
        return current.value, current
    share = max(0.0, (day - since).days / max(1, (current.end - since).days))
    return level + (current.value - level) * share, current


def achievement(actual: float, wanted: float, direction: Direction) -> float:
    """Share of the expected value reached (1.0 = exactly as planned)."""
    if direction is Direction.DOWN:
        if actual <= 0:
            return 1.0 if wanted >= 0 else 0.0
        return wanted / actual
    if wanted == 0:
        return 1.0 if actual >= 0 else 0.0
    return actual / wanted


def judge(share: float | None, tolerance: Tolerance) -> Status:
    if share is None:
        return Status.NO_DATA
    if share >= tolerance.on_track:
        return Status.ON_TRACK
    if share >= tolerance.at_risk:
        return Status.AT_RISK
    return Status.OFF_TRACK


@dataclass(frozen=True)
class Assessment:
    status: Status
    as_of: dt.date | None = None
    actual: float | None = None
    expected: float | None = None
    share: float | None = None


def assess(kind: Aggregation, direction: Direction, tolerance: Tolerance,
           values: Sequence[Value], targets: Sequence[Target], *, on: dt.date,
           baseline: float | None = None, baseline_date: dt.date | None = None) -> Assessment:
    """Status of one indicator of one cluster as the records stood at ``on``.

    Judged at the end of the latest reported period (not at ``on``), so a quarter that is
    not reported yet does not count as a shortfall. A stock is its latest value; a flow and a
    rate are combined over the periods reported within the current target's period.
    """
    known = [v for v in values if v.end <= on]
    if not known or not targets:
        return Assessment(Status.NO_DATA)
    as_of = max(v.end for v in known)
    wanted, period = expected(kind, as_of, targets, baseline=baseline,
                              baseline_date=baseline_date)
    if kind is not Aggregation.STOCK and period is not None:
        # a flow's amount so far, or a rate from the parts reported so far, in the period
        actual = over_periods(kind, [v for v in known if v.start >= period.start
                                     and v.end <= period.end]).value
    else:
        actual = latest(kind, known).value
    if actual is None or wanted is None:
        return Assessment(Status.NO_DATA, as_of)
    share = achievement(actual, wanted, direction)
    return Assessment(judge(share, tolerance), as_of, actual, wanted, share)


def worst(statuses: Iterable[Status]) -> Status:
    """A cluster's overall status: its worst indicator (no data counts only when all lack it)."""
    return max(statuses, key=SEVERITY.__getitem__, default=Status.NO_DATA)
