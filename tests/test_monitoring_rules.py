"""Indicator aggregation (stocks, flows, rates), statuses, plan versions and tasks at a date."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clusterdesk.domain import indicators as ind
from clusterdesk.domain import plans
from clusterdesk.domain.indicator_catalogue import CatalogueError, catalogue, load_file

A = ind.Aggregation
QUARTERS = [(dt.date(2019, m, 1), dt.date(2019, m + 2, 28)) for m in (1, 4, 7, 10)]

amount = st.integers(min_value=0, max_value=10_000)


@st.composite
def cluster_series(draw: st.DrawFn) -> list[ind.Value]:
    """One cluster's quarterly values (any subset of the quarters, in any order)."""
    chosen = draw(st.lists(st.sampled_from(QUARTERS), unique=True, min_size=1))
    out = []
    for start, end in chosen:
        den = draw(st.integers(min_value=1, max_value=5_000))
        out.append(ind.Value(start, end, value=float(draw(amount)),
                             numerator=float(draw(st.integers(0, den))), denominator=float(den)))
    return draw(st.permutations(out))


@given(st.lists(cluster_series(), min_size=1, max_size=6))
def test_programme_totals_follow_each_indicators_declared_rule(clusters):
    # Flow: everything reported, summed over periods and clusters.
    flows = [ind.over_periods(A.FLOW, c) for c in clusters]
    assert ind.across_clusters(A.FLOW, flows).value == pytest.approx(
        sum(v.value for c in clusters for v in c))
    # Stock: each cluster's latest value, then the clusters added up.
    stocks = [ind.over_periods(A.STOCK, c) for c in clusters]
    latest = [max(c, key=lambda v: v.end).value for c in clusters]
    assert ind.across_clusters(A.STOCK, stocks).value == pytest.approx(sum(latest))
    # Rate: sum of numerators over sum of denominators, never a sum or mean of rates.
    rates = [ind.over_periods(A.RATE, c) for c in clusters]
    num = sum(v.numerator for c in clusters for v in c)
    den = sum(v.denominator for c in clusters for v in c)
    total = ind.across_clusters(A.RATE, rates)
    assert total.value == pytest.approx(num / den)
    assert 0.0 <= total.value <= 1.0  # a sum of rates could exceed 1


@given(st.lists(cluster_series(), min_size=2, max_size=6))
def test_programme_rate_is_not_the_average_of_cluster_rates_when_sizes_differ(clusters):
    rates = [ind.over_periods(A.RATE, c) for c in clusters]
    total = ind.across_clusters(A.RATE, rates).value
    lo = min(r.value for r in rates)
    hi = max(r.value for r in rates)
    assert lo - 1e-9 <= total <= hi + 1e-9  # a weighted mean stays between the extremes


def test_a_big_and_a_small_cluster_give_the_weighted_rate():
    big = ind.Combined(0.1, numerator=100, denominator=1000)
    small = ind.Combined(0.9, numerator=9, denominator=10)
    assert ind.across_clusters(A.RATE, [big, small]).value == pytest.approx(109 / 1010)


TARGETS = [ind.Target(dt.date(2019, 1, 1), dt.date(2019, 12, 31), 40.0),
           ind.Target(dt.date(2020, 1, 1), dt.date(2020, 12, 31), 60.0)]
TOL = ind.Tolerance(0.95, 0.8)


def test_a_flow_is_judged_on_the_part_of_its_period_gone_by():
    half = [ind.Value(dt.date(2019, 1, 1), dt.date(2019, 6, 30), value=18.0)]
    result = ind.assess(A.FLOW, ind.Direction.UP, TOL, half, TARGETS, on=dt.date(2019, 8, 1))
    assert result.expected == pytest.approx(40 * 181 / 365)
    assert result.status is ind.Status.AT_RISK  # 18 of about 19.8
    more = half + [ind.Value(dt.date(2019, 7, 1), dt.date(2019, 7, 31), value=8.0)]
    result = ind.assess(A.FLOW, ind.Direction.UP, TOL, more, TARGETS, on=dt.date(2019, 8, 1))
    assert result.status is ind.Status.ON_TRACK and result.actual == 26


def test_a_stock_follows_the_path_from_its_baseline_and_a_value_not_yet_reported_waits():
    values = [ind.Value(dt.date(2019, 6, 30), dt.date(2019, 6, 30), value=18.0)]
    kw = dict(baseline=10.0, baseline_date=dt.date(2018, 12, 31))
    early = ind.assess(A.STOCK, ind.Direction.UP, TOL, values, TARGETS, on=dt.date(2019, 5, 1),
                       **kw)
    assert early.status is ind.Status.NO_DATA
    mid = ind.assess(A.STOCK, ind.Direction.UP, TOL, values, TARGETS, on=dt.date(2019, 8, 1),
                     **kw)
    assert mid.expected == pytest.approx(10 + 30 * 181 / 365)
    assert mid.status is ind.Status.OFF_TRACK


def test_less_is_better_for_a_falling_indicator():
    values = [ind.Value(dt.date(2019, 1, 1), dt.date(2019, 12, 31), numerator=50,
                        denominator=100)]
    target = [ind.Target(dt.date(2019, 1, 1), dt.date(2019, 12, 31), 0.5)]
    ok = ind.assess(A.RATE, ind.Direction.DOWN, TOL, values, target, on=dt.date(2020, 1, 1))
    assert ok.status is ind.Status.ON_TRACK
    worse = [ind.Value(dt.date(2019, 1, 1), dt.date(2019, 12, 31), numerator=70,
                       denominator=100)]
    bad = ind.assess(A.RATE, ind.Direction.DOWN, TOL, worse, target, on=dt.date(2020, 1, 1))
    assert bad.status is ind.Status.OFF_TRACK


def test_a_cluster_is_as_good_as_its_worst_indicator():
    s = ind.Status
    assert ind.worst([s.ON_TRACK, s.AT_RISK, s.NO_DATA]) is s.AT_RISK
    assert ind.worst([s.ON_TRACK, s.NO_DATA]) is s.ON_TRACK
    assert ind.worst([]) is s.NO_DATA


def test_the_version_in_force_is_the_latest_approved_by_that_date():
    v1 = plans.VersionDates(1, dt.date(2018, 10, 1), dt.date(2018, 11, 20), dt.date(2018, 12, 20))
    v2 = plans.VersionDates(2, dt.date(2019, 4, 1), dt.date(2019, 5, 15), dt.date(2019, 6, 10))
    both = [v1, v2]
    assert plans.in_force(both, dt.date(2018, 12, 1)) is None
    assert plans.in_force(both, dt.date(2018, 12, 20)) == v1
    assert plans.in_force(both, dt.date(2019, 5, 20)) == v1  # v2 agreed, not yet approved
    assert v2.stage_on(dt.date(2019, 5, 20)) is plans.VersionStage.AGREED
    assert plans.in_force(both, dt.date(2019, 6, 10)) == v2
    assert plans.latest_known(both, dt.date(2019, 4, 2)) == v2


def test_a_measures_status_is_read_from_its_history():
    history = plans.history_with([], dt.date(2019, 2, 1), "in_progress")
    history = plans.history_with(history, dt.date(2019, 6, 1), "done")
    assert plans.status_on(history, dt.date(2019, 1, 15)) == "planned"
    assert plans.status_on(history, dt.date(2019, 3, 1)) == "in_progress"
    assert plans.status_on(history, dt.date(2019, 6, 1)) == "done"


def test_tasks_are_done_only_once_completed_and_overdue_past_their_deadline():
    T = plans.TaskStatus  # noqa: N806
    done = plans.task_on("done", dt.date(2019, 2, 20), dt.date(2019, 2, 19), dt.date(2019, 2, 10))
    assert done == plans.TaskState(T.IN_PROGRESS, False)
    assert plans.task_on("done", dt.date(2019, 2, 20), dt.date(2019, 2, 19),
                         dt.date(2019, 3, 1)).status is T.DONE
    late = plans.task_on("in_progress", dt.date(2019, 5, 1), None, dt.date(2019, 5, 2))
    assert late.overdue
    states = [(late, dt.date(2019, 5, 1)),
              (plans.task_on("open", dt.date(2019, 7, 1), None, dt.date(2019, 5, 2)),
               dt.date(2019, 7, 1)),
              (plans.TaskState(T.DONE, False), dt.date(2019, 2, 20))]
    ordered = sorted(states, key=lambda s: plans.task_order(*s))
    assert ordered[0][0].overdue and ordered[-1][0].status is T.DONE


def test_the_catalogue_names_every_indicator_in_three_languages_with_its_rule():
    cat = catalogue()
    assert cat.version == 1
    kinds = {d.aggregation for d in cat.indicators}
    assert kinds == {A.STOCK, A.FLOW, A.RATE}
    for d in cat.indicators:
        assert all(d.name[lang] for lang in ("ru", "kk", "en"))
        if d.aggregation is A.RATE:
            assert d.numerator and d.denominator
    assert cat.get("readiness_index").tolerance.on_track == 0.97


def test_a_broken_catalogue_is_refused_naming_the_key(tmp_path):
    good = catalogue().indicators[0]
    assert good.code == "members"
    path = tmp_path / "indicators-1.toml"
    path.write_text('id = "indicators"\nversion = 1\n'
                    'title = { ru = "т", kk = "т", en = "t" }\n'
                    '[tolerance]\non_track = 0.9\nat_risk = 0.8\n'
                    '[[indicator]]\ncode = "x1"\naggregation = "average"\n', encoding="utf-8")
    with pytest.raises(CatalogueError, match="x1: aggregation must be stock, flow or rate"):
        load_file(path)
