"""The dashboard answers "consultations per month in Karaganda region in 2016", and its figures
are those of the list a click opens."""

from __future__ import annotations

import datetime as dt

import pytest

from clusterdesk.services import dashboard, lists
from clusterdesk.services.lists import ListQuery


@pytest.fixture
def demo_db(any_demo_db):
    """Every test here runs on the demo in an SQLite file and in a PostgreSQL database."""
    return any_demo_db


KARAGANDA_2016 = dashboard.Filter(dt.date(2016, 1, 1), dt.date(2016, 12, 31), region="35")


def test_consultations_per_month_match_the_filtered_list(demo_db):
    with demo_db.session() as s:
        data = dashboard.build(s, flt=KARAGANDA_2016)
        listed = lists.count(s, lists.CONSULTATIONS,
                             ListQuery(filters=KARAGANDA_2016.list_filters()))
        everything = dashboard.build(s)
    months = data.consultations_by_month
    assert months and all(m.year == 2016 for m, _ in months)
    assert sum(n for _, n in months) == data.stats["consultations"] == listed > 0
    assert data.stats["consultations"] < everything.stats["consultations"]
    assert [c for c, _ in data.consulted_by_region] == ["35"]


def test_one_month_of_one_region_is_what_the_list_of_that_month_shows(demo_db):
    with demo_db.session() as s:
        months = dashboard.build(s, flt=KARAGANDA_2016).consultations_by_month
        month, n = max(months, key=lambda m: m[1])
        end = (month.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(1)
        one = dashboard.Filter(month, end, region="35")
        assert lists.count(s, lists.CONSULTATIONS, ListQuery(filters=one.list_filters())) == n


def test_sector_filter_narrows_initiatives_and_the_data_says_its_date(demo_db):
    with demo_db.session() as s:
        all_ = dashboard.build(s)
        tourism = dashboard.build(s, flt=dashboard.Filter(sector="tourism"))
    assert tourism.stats["initiatives"] == all_.stats["initiatives_by_sector"]["tourism"]
    assert set(k for k, n in tourism.stats["initiatives_by_sector"].items() if n) == {"tourism"}
    assert all_.as_of is not None and all_.as_of <= dt.datetime.now(dt.UTC)


def test_a_trip_filter_counts_that_trips_consultations_as_its_list_does(demo_db):
    from clusterdesk.services import lookups

    with demo_db.session() as s:
        trip = lookups.trips(s)[0]
        data = dashboard.build(s, flt=dashboard.Filter(trip=trip.uuid))
        listed = lists.count(s, lists.CONSULTATIONS,
                             ListQuery(filters=dashboard.Filter(trip=trip.uuid).list_filters()))
    assert data.stats["consultations"] == listed > 0


def test_a_consultant_filter_counts_their_consultations_as_their_list_does(demo_db):
    from clusterdesk.services import lookups

    with demo_db.session() as s:
        everyone = dashboard.build(s, flt=dashboard.Filter()).stats["consultations"]
        counts = []
        for uuid, _name in lookups.consultants(s)[:3]:
            flt = dashboard.Filter(consultant=uuid)
            data = dashboard.build(s, flt=flt)
            listed = lists.count(s, lists.CONSULTATIONS, ListQuery(filters=flt.list_filters()))
            assert data.stats["consultations"] == listed
            counts.append(listed)
    assert any(0 < n < everyone for n in counts)
