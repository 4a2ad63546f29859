"""After the selection on the demo: figures at any date, plan versions, a new actual, sync."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from clusterdesk.cli.main import main
from clusterdesk.services import monitoring, monitoring_edit, monitoring_programme
from clusterdesk.store.monitoring_models import ClusterIndicator, IndicatorValue


@pytest.fixture
def demo_db(any_demo_db):
    """Every test here runs on the demo in an SQLite file and in a PostgreSQL database."""
    return any_demo_db


MILK = "Молочный кластер Акмолинской области"
PHARMA = "Фармацевтический кластер Южно-Казахстанской области"
PUBLISHED = {"Мебельный кластер города Алматы": 24, MILK: 25,
             "Мукомольный кластер Костанайской области": 16, PHARMA: 15,
             "Туристский кластер Алматинской области": 58,
             "Строительный кластер Карагандинской области": 28}


def stats_on(path, day: str, capsys) -> dict:
    code = main(["--db", str(path), "stats", "--json", "--on", day])
    out = capsys.readouterr()
    assert code == 0, out.err
    return json.loads(out.out)


def test_stats_on_2019_01_01_give_the_166_participants_by_cluster(demo_db_file, capsys):
    st = stats_on(demo_db_file, "2019-01-01", capsys)
    assert st["participants_by_cluster"] == PUBLISHED
    assert sum(st["participants_by_cluster"].values()) == 166
    assert st["organizations_consulted"] == 264 and st["applications"] == 21
    assert st["applications_by_status"]["rejected"] == 3
    assert st["cluster_organizations"] == []
    assert st["coordinators"] == {"trained": 13, "working": 3}
    assert {p["version"] for p in st["plans"].values()} == {1}  # approved December 2018


def test_stats_on_2019_05_01_give_two_cluster_organizations_and_5_of_13_coordinators(
        demo_db_file, capsys):
    st = stats_on(demo_db_file, "2019-05-01", capsys)
    assert st["cluster_organizations"] == sorted([MILK, PHARMA])
    assert st["coordinators"] == {"trained": 13, "working": 5}
    assert st["participants_by_cluster"] == PUBLISHED
    assert st["tasks"]["by_status"]["done"] == 2  # the report to the ministry, Phase 5 stage 1
    assert st["tasks"]["overdue"] == 0
    assert st["plans"][PHARMA]["pending"] == {"version": 2, "stage": "drafted"}
    assert set(st["indicators"][MILK]) == {"on_track", "at_risk", "off_track", "no_data"}


def test_stats_on_later_and_earlier_dates_follow_the_records(demo_db_file, capsys):
    august = stats_on(demo_db_file, "2019-08-31", capsys)
    assert august["tasks"]["overdue"] == 2  # cluster organizations (1 May), legal basis (1 July)
    assert august["tasks"]["by_status"]["done"] == 3  # + Phase 5 stage 2
    assert august["plans"][PHARMA]["version"] == 2 and august["plans"][PHARMA]["pending"] is None
    assert august["indicators"][MILK] == {"on_track": 4, "at_risk": 1, "off_track": 0,
                                          "no_data": 1}
    assert august["indicators"][PHARMA]["at_risk"] == august["indicators"][PHARMA][
        "off_track"] == 0
    before = stats_on(demo_db_file, "2017-06-01", capsys)  # applications still coming in
    assert before["selected_clusters"] == [] and before["participants_by_cluster"] == {}
    assert before["applications_by_status"]["selected"] == 0
    assert before["coordinators"] == {"trained": 0, "working": 0}
    # only the consultant's contract (December 2016) with its three milestones, none done yet
    assert before["tasks"]["by_status"] == {"open": 0, "in_progress": 3, "done": 0,
                                            "cancelled": 0}
    first_round = stats_on(demo_db_file, "2016-10-01", capsys)
    assert 0 < first_round["trips"] < 5
    assert 0 < first_round["consultations"] < august["consultations"]


def test_a_bad_date_is_refused_in_one_sentence(demo_db_file, capsys):
    with pytest.raises(SystemExit):
        main(["--db", str(demo_db_file), "stats", "--json", "--on", "1 May 2019"])
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_the_plan_version_in_force_changes_only_once_approved(demo_db):
    with demo_db.session() as s:
        ini = monitoring.resolve_cluster(s, PHARMA)
        june = monitoring.cluster_view(s, ini, dt.date(2019, 6, 20))
        july = monitoring.cluster_view(s, ini, dt.date(2019, 7, 5))
    assert june.plan.version == 1 and june.plan.newest == 2 and june.plan.stage == "agreed"
    assert july.plan.version == 2 and len(july.plan.goals) == len(june.plan.goals) + 1
    assert len(july.plan.measures) == len(june.plan.measures) + 1
    blocked = [m for m in july.plan.measures if m.status == "blocked"]
    assert blocked and all("правовой основы" in m.blocker for m in blocked)


def test_recording_an_actual_moves_milk_from_at_risk_to_on_track(demo_db):
    day = dt.date(2019, 8, 31)
    with demo_db.session() as s:
        ini = monitoring.resolve_cluster(s, MILK)
        view = monitoring.cluster_view(s, ini, day)
        assert view.status.value == "at_risk"
        jobs = next(i for i in view.indicators if i.definition.code == "jobs")
        assert jobs.assessment.status.value == "at_risk"
        monitoring_edit.record_actual(s, jobs.uuid, dt.date(2019, 7, 1), dt.date(2019, 7, 31),
                                      value=6, source="Отчёт координатора за июль 2019 г.",
                                      who="Жанна Ахметова")
    with demo_db.session() as s:
        after = monitoring.cluster_view(s, monitoring.resolve_cluster(s, MILK), day)
        jobs = next(i for i in after.indicators if i.definition.code == "jobs")
        assert jobs.assessment.actual == 23 and jobs.assessment.status.value == "on_track"
        assert after.status.value == "on_track"


def test_a_rate_is_recorded_as_its_parts(demo_db):
    from clusterdesk.errors import ValidationError

    with demo_db.session() as s:
        row = s.scalars(select(ClusterIndicator).where(
            ClusterIndicator.code == "export_share")).first()
        with pytest.raises(ValidationError, match="numerator and denominator"):
            monitoring_edit.record_actual(s, row.uuid, dt.date(2019, 7, 1),
                                          dt.date(2019, 7, 31), value=5.0)


def test_programme_rate_total_is_computed_from_the_clusters_parts(demo_db):
    with demo_db.session() as s:
        view = monitoring_programme.programme_view(s, dt.date(2019, 8, 31))
    parts = [(v.numerator, v.denominator) for c in view.clusters for i in c.indicators
             if i.definition.code == "export_share" for v in i.values if v.end.year == 2019]
    total = view.totals["export_share"]
    assert total.value == pytest.approx(100 * sum(n for n, _ in parts)
                                        / sum(d for _, d in parts))
    members = view.totals["members"]
    assert members.value == 166  # stocks: each cluster's latest, added up


def test_tasks_list_overdue_first(demo_db):
    with demo_db.session() as s:
        tasks = monitoring_programme.tasks_on(s, dt.date(2019, 8, 31))
    assert [t.overdue for t in tasks][:2] == [True, True]
    assert not any(t.overdue for t in tasks[2:])
    assert tasks[-1].status == "done"


def test_monitoring_records_travel_by_sync(demo_db, tmp_path):
    from clusterdesk.store.base import synced_tables
    from clusterdesk.store.database import open_database
    from clusterdesk.sync import export_changes, import_file

    names = {c.__tablename__ for c in synced_tables()}
    assert {"strategic_plans", "plan_versions", "plan_measures", "cluster_indicators",
            "indicator_values", "cluster_organizations", "coordinators",
            "coordinator_assignments", "programme_tasks"} <= names
    path = tmp_path / "all.cdsync"
    export_changes(demo_db, path, all_records=True)
    other = open_database(tmp_path / "other.db")
    try:
        import_file(other, path)
        with other.session() as s:
            assert len(s.scalars(select(IndicatorValue)).all()) > 50
            view = monitoring_programme.programme_view(s, dt.date(2019, 5, 1))
        assert view.cluster_organizations == sorted([MILK, PHARMA])
        assert (view.trained, view.working) == (13, 5)
    finally:
        other.close()


def test_task_and_measure_status_changes_count_from_their_date(demo_db):
    from clusterdesk.store.monitoring_models import PlanMeasure

    with demo_db.session() as s:
        legal = next(t for t in monitoring_programme.tasks_on(s, dt.date(2019, 8, 31))
                     if "правовой основы" in t.title)
        monitoring_edit.set_task_status(s, legal.uuid, "done", completed_on=dt.date(2019, 8, 20),
                                        evidence="Письмо в МИИР РК")
        blocked = s.scalars(select(PlanMeasure).where(PlanMeasure.status == "blocked")).first()
        monitoring_edit.set_measure_status(s, blocked.uuid, "in_progress", dt.date(2019, 8, 15))
    with demo_db.session() as s:
        august = {t.uuid: t for t in monitoring_programme.tasks_on(s, dt.date(2019, 8, 31))}
        july = {t.uuid: t for t in monitoring_programme.tasks_on(s, dt.date(2019, 7, 31))}
        assert august[legal.uuid].status == "done" and not august[legal.uuid].overdue
        assert july[legal.uuid].status == "in_progress" and july[legal.uuid].overdue
        m = s.get(PlanMeasure, blocked.uuid)
        from clusterdesk.domain.plans import status_on

        assert status_on(m.status_history, dt.date(2019, 8, 1)) == "blocked"
        assert status_on(m.status_history, dt.date(2019, 8, 15)) == "in_progress"
