"""An indicator's actuals stay within what its definition allows: bounds, whole counts, begun
periods, one value per period, and indicators only for the sectors they suit."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from clusterdesk.domain.indicator_catalogue import CatalogueError, catalogue, load_file
from clusterdesk.errors import ClusterDeskError
from clusterdesk.services import monitoring, monitoring_edit
from clusterdesk.services.history import record_history
from clusterdesk.services.records import set_deleted
from clusterdesk.store.monitoring_models import ClusterIndicator, IndicatorValue

D = dt.date
TODAY = D(2019, 8, 31)
MILK = "Молочный кластер Акмолинской области"
PHARMA = "Фармацевтический кластер Южно-Казахстанской области"


def indicator(s, code: str) -> ClusterIndicator:  # noqa: ANN001
    """The milk cluster's indicator ``code`` (trained_share: the tourism cluster's)."""
    rows = list(s.scalars(select(ClusterIndicator).where(ClusterIndicator.code == code)))
    milk = monitoring.resolve_cluster(s, MILK).uuid
    return next((r for r in rows if r.initiative_uuid == milk), rows[0])


def values_of(s, row: ClusterIndicator) -> list[IndicatorValue]:  # noqa: ANN001
    return list(s.scalars(select(IndicatorValue).where(
        ~IndicatorValue.deleted, IndicatorValue.indicator_uuid == row.uuid)))


def refused(s, code: str, start: dt.date, end: dt.date, **kw) -> str:  # noqa: ANN001, ANN003
    row = indicator(s, code)
    before = len(values_of(s, row))
    with pytest.raises(ClusterDeskError) as caught:
        monitoring_edit.record_actual(s, row.uuid, start, end, today=TODAY, who="t", **kw)
    assert len(values_of(s, row)) == before  # nothing was stored
    return str(caught.value)


def test_a_share_cannot_pass_100_percent(demo_db):
    with demo_db.session() as s:
        text = refused(s, "trained_share", D(2019, 7, 1), D(2019, 7, 31),
                       numerator=30, denominator=20)
        assert "150 %" in text and "maximum of 100 %" in text and "at most 20" in text
        text = refused(s, "export_share", D(2019, 7, 1), D(2019, 7, 31),
                       numerator=500, denominator=200)
        assert "250 %" in text and "at most 200" in text
        row = indicator(s, "export_share")
        monitoring_edit.record_actual(s, row.uuid, D(2019, 7, 1), D(2019, 7, 31),
                                      numerator=200, denominator=200, today=TODAY)


def test_an_index_of_100_points_stays_within_100(demo_db):
    with demo_db.session() as s:
        text = refused(s, "readiness_index", D(2019, 7, 1), D(2019, 7, 31), value=250)
        assert "250" in text and "from 0 to 100 (points of 100)" in text
        row = indicator(s, "readiness_index")
        monitoring_edit.record_actual(s, row.uuid, D(2019, 7, 1), D(2019, 7, 31), value=100,
                                      today=TODAY)


def test_counts_are_whole_numbers(demo_db):
    with demo_db.session() as s:
        text = refused(s, "members", D(2019, 7, 1), D(2019, 7, 31), value=12.5)
        assert "12.5" in text and "whole number" in text
        text = refused(s, "trained_share", D(2019, 7, 1), D(2019, 7, 31),
                       numerator=3.5, denominator=20)
        assert "«Members trained»" in text and "3.5" in text
        row = indicator(s, "investment")  # million KZT: decimals are fine
        monitoring_edit.record_actual(s, row.uuid, D(2019, 7, 1), D(2019, 7, 31), value=12.5,
                                      today=TODAY)


def test_no_actual_for_a_period_that_has_not_begun(demo_db):
    with demo_db.session() as s:
        text = refused(s, "jobs", D(2031, 1, 1), D(2031, 12, 31), value=10)
        assert "01.01.2031" in text and "has not begun" in text and "31.08.2019" in text
        refused(s, "jobs", TODAY + dt.timedelta(days=1), D(2019, 9, 30), value=1)
        row = indicator(s, "jobs")  # a period under way has begun
        monitoring_edit.record_actual(s, row.uuid, D(2019, 8, 1), D(2019, 9, 30), value=1,
                                      today=TODAY)


def test_the_same_period_entered_again_corrects_it_and_keeps_history(demo_db):
    with demo_db.session() as s:
        row = indicator(s, "jobs")
        before = monitoring.indicator_view(s, row, TODAY).assessment.actual
        first = monitoring_edit.record_actual(s, row.uuid, D(2019, 7, 1), D(2019, 7, 31),
                                              value=6, today=TODAY, who="a")
        again = monitoring_edit.record_actual(s, row.uuid, D(2019, 7, 1), D(2019, 7, 31),
                                              value=8, today=TODAY, who="a (corrected)")
        assert again.uuid == first.uuid
        assert monitoring.indicator_view(s, row, TODAY).assessment.actual == before + 8
        july = [v for v in values_of(s, row) if v.period_start == D(2019, 7, 1)]
        assert [(v.value, v.recorded_by) for v in july] == [(8, "a (corrected)")]
        uuid = first.uuid
    with demo_db.session() as s:
        changes = record_history(s, "indicator_values", uuid).changes
        assert any(c.field == "value" and c.before == 6 and c.after == 8 for c in changes)


def test_the_same_period_from_two_computers_counts_once(demo_db):
    with demo_db.session() as s:
        row = indicator(s, "jobs")
        before = monitoring.indicator_view(s, row, TODAY).assessment.actual
        for day, value in ((D(2019, 8, 5), 6.0), (D(2019, 8, 9), 7.0)):  # arrived by sync
            s.add(IndicatorValue(indicator_uuid=row.uuid, period_start=D(2019, 7, 1),
                                 period_end=D(2019, 7, 31), value=value, recorded_on=day))
        s.flush()
        assert monitoring.indicator_view(s, row, TODAY).assessment.actual == before + 7
        monitoring_edit.record_actual(s, row.uuid, D(2019, 7, 1), D(2019, 7, 31), value=5,
                                      today=TODAY)
        july = [v.value for v in values_of(s, row) if v.period_start == D(2019, 7, 1)]
        assert july == [5]
        assert monitoring.indicator_view(s, row, TODAY).assessment.actual == before + 5


def test_an_overlapping_period_is_refused_naming_the_recorded_value(demo_db):
    with demo_db.session() as s:
        row = indicator(s, "jobs")
        monitoring_edit.record_actual(s, row.uuid, D(2019, 7, 1), D(2019, 7, 31), value=6,
                                      today=TODAY)
        text = refused(s, "jobs", D(2019, 7, 15), D(2019, 8, 15), value=3)
        assert "already has 6 for 01.07.2019–31.07.2019" in text


def test_an_indicator_is_attached_only_to_a_cluster_of_its_sectors(demo_db):
    with demo_db.session() as s:
        pharma = monitoring.resolve_cluster(s, PHARMA)
        with pytest.raises(ClusterDeskError) as caught:
            monitoring_edit.attach_indicator(s, pharma.uuid, "tourists")
        assert "Tourists served by members" in str(caught.value)
        assert "Tourism" in str(caught.value) and "Pharmaceuticals" in str(caught.value)
        with pytest.raises(ClusterDeskError, match="already follows"):
            monitoring_edit.attach_indicator(s, pharma.uuid, "import_share")
        index = indicator(s, "readiness_index")
        set_deleted(s, ClusterIndicator, index.uuid)  # followed no more: may be attached anew
        with pytest.raises(ClusterDeskError, match="from 0 to 100"):
            monitoring_edit.attach_indicator(s, index.initiative_uuid, "readiness_index",
                                             targets=[(D(2020, 1, 1), D(2020, 12, 31), 120)])
        row = monitoring_edit.attach_indicator(s, index.initiative_uuid, "readiness_index",
                                               targets=[(D(2020, 1, 1), D(2020, 12, 31), 90)])
        assert monitoring.indicator_view(s, row, TODAY).target_for(2020) == 90


def test_the_catalogue_gives_the_bounds_and_refuses_bad_ones(tmp_path: Path):
    cat = catalogue(1)
    assert cat.get("readiness_index").maximum == 100
    assert cat.get("members").whole and not cat.get("investment").whole
    text = (Path(__file__).parents[1] / "resources" / "methodology" / "indicators-1.toml"
            ).read_text(encoding="utf-8")
    for bad, why in (('maximum = 100\n', 'maximum = -5\n'), ('whole = true\n', 'whole = 1\n')):
        path = tmp_path / "indicators-1.toml"
        path.write_text(text.replace(bad, why, 1), encoding="utf-8")
        with pytest.raises(CatalogueError, match=why.split()[0]):
            load_file(path)


# ---- the window: the fields stop where the service would refuse ----

def _dialog(window, qtbot, code: str):  # noqa: ANN001
    from clusterdesk.gui.monitoring_dialogs import RecordActualDialog

    with window.db.session() as s:
        view = monitoring.indicator_view(s, indicator(s, code), TODAY)
    dialog = RecordActualDialog(window.db, view, parent=window)
    qtbot.addWidget(dialog)
    return dialog


def test_the_dialog_stops_typing_at_the_indicators_bounds(window, qtbot):
    from PySide6.QtCore import QDate

    index = _dialog(window, qtbot, "readiness_index")
    index.value.clear()
    qtbot.keyClicks(index.value, "250")
    assert index.value.value() <= 100
    members = _dialog(window, qtbot, "members")
    assert members.value.decimals() == 0
    members.value.clear()
    qtbot.keyClicks(members.value, "12.5")
    assert members.value.value() != 12.5
    trained = _dialog(window, qtbot, "trained_share")
    trained.denominator.setValue(20)
    trained.numerator.clear()
    qtbot.keyClicks(trained.numerator, "30")
    assert trained.numerator.value() <= 20
    future = QDate.currentDate().addYears(5)
    trained.start.setDate(future)
    assert trained.start.date() <= QDate.currentDate()


def test_the_dialog_says_a_recorded_period_is_replaced(window, qtbot):
    jobs = _dialog(window, qtbot, "jobs")
    first = jobs.indicator.values[0]
    from PySide6.QtCore import QDate

    jobs.start.setDate(QDate(first.start))
    jobs.end.setDate(QDate(first.end))
    assert jobs.replaces.isVisibleTo(jobs) and "replaces it" in jobs.replaces.text()
    jobs.end.setDate(QDate(first.end + dt.timedelta(days=1)))
    assert not jobs.replaces.isVisibleTo(jobs)


def test_a_rate_baseline_kept_as_its_parts_counts(demo_db):
    """A rate's baseline recorded as 30 of 1,000 is the same 3 % as a baseline of 3."""
    day = dt.date(2019, 6, 1)
    with demo_db.session() as s:
        row = next(r for r in s.scalars(select(ClusterIndicator)
                                         .where(ClusterIndicator.code == "export_share"))
                   if r.baseline_value is not None)
        as_value = monitoring.indicator_view(s, row, day)
        share = row.baseline_value
        row.baseline_value, row.baseline_numerator, row.baseline_denominator = (
            None, share * 10, 1000.0)
        as_parts = monitoring.indicator_view(s, row, day)
        assert as_parts.baseline == pytest.approx(share)
        assert as_parts.assessment == as_value.assessment
        s.rollback()
