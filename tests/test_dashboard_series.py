"""The chart of the selected clusters' participants counts, at each quarter, the members the
programme's figures count on that day (``stats.participants``): one rule, whether the
memberships are counted in SQL or read once and counted in Python."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from clusterdesk.services import dashboard
from clusterdesk.services.stats import participants
from clusterdesk.store.models import Initiative, Membership, Organization


def _check(s, today: dt.date) -> dict:  # noqa: ANN001
    data = dashboard.build(s, today)
    by_name = dict(s.execute(sa.select(Initiative.name, Initiative.uuid)).all())
    for name, points in data.participants_over_time.items():
        uuid = by_name[name]
        for day, n in points:
            assert n == participants(s, [uuid], day).get(uuid, 0), (name, day)
    return data.participants_over_time


def test_each_quarter_counts_the_members_of_that_day(demo_db):
    with demo_db.session() as s:
        series = _check(s, dt.date(2026, 12, 1))
        assert series and all(points for points in series.values())
        assert any(n > 0 for points in series.values() for _, n in points)
        _check(s, dt.date(2019, 7, 1))  # a day within the series: fewer quarters


def test_a_member_joining_or_leaving_on_a_quarters_first_day_counts_as_the_sql_does(demo_db):
    """Joined on the day counts, left on the day does not; a deleted membership never does."""
    with demo_db.session() as s:
        series = dashboard.build(s, dt.date(2026, 12, 1)).participants_over_time
        name = sorted(series)[0]
        uuid = s.scalar(sa.select(Initiative.uuid).where(Initiative.name == name))
        # an organization not a member yet (one already a member counts once however many
        # memberships it has)
        org = s.scalar(sa.select(Organization.uuid).where(
            ~Organization.deleted, Organization.uuid.not_in(sa.select(
                Membership.organization_uuid).where(Membership.initiative_uuid == uuid)))
            .limit(1))
        day = series[name][1][0]  # a quarter's first day
        s.add_all([
            Membership(initiative_uuid=uuid, organization_uuid=org, joined_on=day),
            Membership(initiative_uuid=uuid, organization_uuid=org,
                       joined_on=day - dt.timedelta(days=40), left_on=day),
            Membership(initiative_uuid=uuid, organization_uuid=org,
                       joined_on=day - dt.timedelta(days=40), deleted=True),
        ])
        s.flush()
        after = _check(s, dt.date(2026, 12, 1))[name]
        before = dict(series[name])
        assert dict(after)[day] == before[day] + 1  # the one joining on the day
        s.rollback()
