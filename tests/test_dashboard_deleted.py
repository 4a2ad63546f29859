"""Deleted consultations leave the dashboard's figures: the unfiltered dashboard (read from the
indexes) says what the Consultations list and the records themselves say."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from sqlalchemy import select

from clusterdesk.services import dashboard, lists
from clusterdesk.services.lists import ListQuery
from clusterdesk.store.models import Consultation, Organization


@pytest.fixture
def demo_db(any_demo_db):
    return any_demo_db


def _delete_some(db) -> list[str]:  # noqa: ANN001
    """Every consultation of two organizations and every fifth of the rest; their uuids."""
    with db.session() as s:
        rows = s.scalars(select(Consultation).order_by(Consultation.uuid)).all()
        whole = sorted({c.organization_uuid for c in rows})[:2]
        for i, c in enumerate(rows):
            if c.organization_uuid in whole or i % 5 == 0:
                c.deleted = True
    return whole


def _by_hand(db, flt: dashboard.Filter) -> tuple[int, Counter, Counter]:  # noqa: ANN001
    """Live consultations in the filter, counted from the records one by one."""
    with db.session() as s:
        region = {u: r for u, r in s.execute(select(Organization.uuid,
                                                    Organization.region_code))}
        live = [(d, o) for d, o in s.execute(
            select(Consultation.date, Consultation.organization_uuid)
            .where(~Consultation.deleted))
            if (flt.date_from is None or d >= flt.date_from)
            and (flt.date_to is None or d <= flt.date_to)]
    months = Counter(d.replace(day=1) for d, _ in live)
    regions = Counter(region[o] or "" for o in {o for _, o in live})
    return len(live), months, regions


@pytest.mark.parametrize("flt", [dashboard.Filter(),
                                 dashboard.Filter(dt.date(2016, 1, 1), dt.date(2017, 6, 30))],
                         ids=["everything", "a period"])
def test_deleted_consultations_are_not_counted(demo_db, flt):
    with demo_db.session() as s:
        before = dashboard.build(s, flt=flt)
    whole = _delete_some(demo_db)
    with demo_db.session() as s:
        data = dashboard.build(s, flt=flt)
        listed = lists.count(s, lists.CONSULTATIONS, ListQuery(filters=flt.list_filters()))
    count, months, regions = _by_hand(demo_db, flt)
    assert data.stats["consultations"] == listed == count < before.stats["consultations"]
    assert dict(data.consultations_by_month) == dict(months)
    assert dict(data.consulted_by_region) == dict(regions)
    assert data.stats["organizations_consulted"] == sum(regions.values())
    if flt == dashboard.Filter():  # the two organizations are no longer "consulted"
        assert before.stats["organizations_consulted"] - data.stats[
            "organizations_consulted"] >= len(whole)


def test_the_region_filter_agrees_with_everything(demo_db):
    """The bars of "everything" and one region's figures (read the general way) agree."""
    _delete_some(demo_db)
    with demo_db.session() as s:
        everything = dict(dashboard.build(s).consulted_by_region)
        code = max(everything, key=everything.get)
        one = dashboard.build(s, flt=dashboard.Filter(region=code))
    assert one.consulted_by_region == [(code, everything[code])]
    assert one.stats["organizations_consulted"] == everything[code]
