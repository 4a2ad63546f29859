"""Records: identity, clock stamps, tombstones, constraints, the one-BIN rule."""

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from clusterdesk.domain.hlc import HybridClock, Stamp
from clusterdesk.errors import ValidationError
from clusterdesk.services import organizations, records
from clusterdesk.store.models import Membership, Organization


@pytest.fixture
def db(any_db):
    """Every test here runs on an SQLite file and on a PostgreSQL database."""
    return any_db


def test_new_record_gets_uuid_device_and_increasing_stamps(db):
    with db.session() as s:
        a = organizations.save(s, Organization(name="ТОО «Әлем»"))
        b = organizations.save(s, Organization(name="ТОО «Бірлік»"))
    assert a.uuid != b.uuid and len(a.uuid) == 36
    assert a.device_id == db.device_id
    assert a.hlc and a.hlc < b.hlc or a.hlc == b.hlc  # same flush may share a tick order
    first = a.hlc
    with db.session() as s:
        org = s.get(Organization, a.uuid)
        org.phone = "+7 (7142) 50-10-10"
    assert org.hlc > first


def test_unchanged_record_keeps_its_stamp(db):
    with db.session() as s:
        org = organizations.save(s, Organization(name="ТОО «Өркен»"))
    stamp = org.hlc
    with db.session() as s:
        s.get(Organization, org.uuid).phone = org.phone  # same value: not a change
    with db.session() as s:
        assert s.get(Organization, org.uuid).hlc == stamp


def test_delete_is_a_tombstone_that_can_be_undone(db):
    with db.session() as s:
        org = organizations.save(s, Organization(name="ТОО «Шұғыла»"))
    with db.session() as s:
        records.set_deleted(s, Organization, org.uuid)
    with db.session() as s:
        assert s.scalars(records.live(Organization)).all() == []
        assert s.get(Organization, org.uuid).deleted  # still there
        records.set_deleted(s, Organization, org.uuid, deleted=False)
    with db.session() as s:
        assert [o.name for o in s.scalars(records.live(Organization))] == ["ТОО «Шұғыла»"]


def test_physical_delete_is_refused(db):
    with db.session() as s:
        org = organizations.save(s, Organization(name="ТОО «Ағыс»"))
    with pytest.raises(RuntimeError, match="tombstone"), db.session() as s:
        s.delete(s.get(Organization, org.uuid))


def test_second_organization_with_same_bin_is_refused_and_points_to_first(db):
    with db.session() as s:
        first = organizations.save(s, Organization(name="ТОО «Қайнар»", bin="090840000004"))
    with pytest.raises(ValidationError) as err, db.session() as s:
        organizations.save(s, Organization(name="ТОО «Қайнар-2»", bin="0908 4000 0004"))
    assert err.value.field == "BIN"
    assert "ТОО «Қайнар»" in err.value.reason and first.uuid in err.value.reason


def test_bin_of_a_deleted_organization_can_be_reused(db):
    with db.session() as s:
        first = organizations.save(s, Organization(name="ТОО «Асыл»", bin="090840000004"))
    with db.session() as s:
        records.set_deleted(s, Organization, first.uuid)
    with db.session() as s:
        organizations.save(s, Organization(name="ТОО «Асыл Жаңа»", bin="090840000004"))


def test_invalid_bin_is_a_validation_error_naming_the_field(db):
    with pytest.raises(ValidationError) as err, db.session() as s:
        organizations.save(s, Organization(name="ТОО «Ырыс»", bin="090840000005"))
    assert str(err.value) == "BIN: check digit is 5, expected 4 (mistyped digit?)"


def test_database_refuses_bad_values_even_past_the_services(db):
    with pytest.raises(IntegrityError), db.session() as s:
        s.add(Organization(name="x", export_share=150))
    with pytest.raises(IntegrityError), db.session() as s:  # foreign keys are enforced
        s.add(Membership(initiative_uuid="missing", organization_uuid="missing",
                         joined_on=__import__("datetime").date(2017, 1, 1)))


def test_historical_region_is_kept_and_mapped_to_today(db):
    with db.session() as s:
        org = organizations.save(s, Organization(name="ТОО «Оңтүстік Фарм»",
                                                 region_recorded_code="51"))
    assert org.region_code == "61"
    with db.session() as s:
        got = s.scalars(select(Organization)).one()
        assert got.region_recorded.name("ru") == "Южно-Казахстанская область"
        assert got.region.name("kk") == "Түркістан облысы"


def test_clock_never_goes_backwards_and_passes_remote_stamps():
    times = iter([1000, 900, 900, 2000])
    clock = HybridClock(now_ms=lambda: next(times))
    a = clock.tick()
    b = clock.tick()  # wall clock went back
    clock.observe(Stamp(5000, 3))
    c = clock.tick()
    d = clock.tick()
    assert a < b < c < d
    assert c > Stamp(5000, 3)
    assert Stamp.parse(str(d)) == d
    assert str(Stamp(1, 2)) < str(Stamp(10, 0))  # string order is time order


def test_clock_state_survives_reopening(tmp_path):
    from clusterdesk.store.database import open_database

    first = open_database(tmp_path / "c.db")
    with first.session() as s:
        org = organizations.save(s, Organization(name="ТОО «Самал»"))
    device = first.device_id
    first.close()
    again = open_database(tmp_path / "c.db")
    assert again.device_id == device
    assert again.clock.last >= Stamp.parse(org.hlc)
    again.close()
