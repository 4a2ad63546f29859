"""Each committed transaction tells once what it touched; a rolled-back one tells nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from clusterdesk.domain.enums import InitiativeStatus
from clusterdesk.store import changes
from clusterdesk.store.database import open_database
from clusterdesk.store.models import Initiative, Organization


@pytest.fixture
def heard():
    got: list[changes.ChangeSet] = []
    cancel = changes.subscribe(got.append)
    yield got
    cancel()


def _initiative(name: str = "Кластер") -> Initiative:
    return Initiative(name=name, sector_key="tourism", region_code="10",
                      status=InitiativeStatus.IDENTIFIED)


def test_an_orm_commit_names_its_tables_and_records(db, heard):
    with db.session() as s:
        org = Organization(name="ТОО «Алем»")
        ini = _initiative()
        s.add_all([org, ini])
    assert len(heard) == 1
    got = heard[0]
    assert {"organizations", "initiatives"} <= got.tables
    assert "local_state" not in got.tables  # the clock's bookkeeping is nobody's business
    assert got.records["initiatives"] == {ini.uuid}
    assert got.may_touch("organizations", org.uuid)
    assert not got.may_touch("organizations", "someone-else")
    assert got.database == str(db.path)


def test_an_update_names_the_record_it_changed(db, heard):
    with db.session() as s:
        ini = _initiative()
        s.add(ini)
    heard.clear()
    with db.session() as s:
        s.get(Initiative, ini.uuid).name = "Новое имя"
    assert [h.tables for h in heard] == [frozenset({"initiatives"})]
    assert heard[0].records["initiatives"] == {ini.uuid}
    assert not heard[0].partial


def test_a_rolled_back_transaction_is_not_announced(db, heard):
    with pytest.raises(RuntimeError), db.session() as s:
        s.add(_initiative())
        s.flush()
        raise RuntimeError("changed my mind")
    assert heard == []
    with db.session() as s:  # and nothing of it leaks into the next transaction
        s.add(Organization(name="Другая"))
    assert [h.tables for h in heard] == [frozenset({"organizations"})]


def test_a_read_only_transaction_is_not_announced(db, heard):
    with db.session() as s:
        s.execute(text("SELECT count(*) FROM organizations"))
    assert heard == []


def test_core_statements_are_seen_without_any_declaration(db, heard):
    with db.engine.begin() as conn:
        conn.execute(Organization.__table__.insert(), [
            {"uuid": f"00000000-0000-0000-0000-00000000000{i}", "name": f"Org {i}",
             "name_key": f"org {i}"} for i in range(3)])
    assert len(heard) == 1
    assert heard[0].tables == {"organizations"}
    assert heard[0].may_touch("organizations", "any-uuid")  # rows changed, not named


def test_a_bulk_path_declares_what_it_wrote_behind_sqlalchemy(db, heard):
    with db.engine.begin() as conn:
        raw = conn.connection.driver_connection
        raw.execute("INSERT INTO organizations (uuid, kind, name, name_lang, name_key, "
                    "legal_form, bin, oked, address, phone, email, website, device_id, hlc, "
                    "deleted) VALUES ('u-1', 'enterprise', 'A', 'ru', 'a', '', '', '', '', '', "
                    "'', '', '', '', 0)")
        changes.note(conn, {"organizations"}, uuids=["u-1"])
    assert len(heard) == 1
    assert heard[0].records["organizations"] == {"u-1"}
    assert not heard[0].may_touch("organizations", "u-2")


def test_a_note_inside_a_session_joins_its_change_set(db, heard):
    with db.session() as s:
        s.add(Organization(name="Через ORM"))
        s.flush()
        changes.note(s.connection(), {"consultations"})
        changes.note(s, {"trips"})
    assert len(heard) == 1  # one transaction, one change-set
    assert {"organizations", "consultations", "trips"} <= heard[0].tables
    assert {"consultations", "trips"} <= heard[0].partial


def test_another_database_object_on_the_same_file_is_heard(db, heard):
    other = open_database(db.path)
    try:
        with other.session() as s:
            s.add(_initiative("Из другого окна"))
    finally:
        other.close()
    assert heard and heard[-1].database == str(db.path)
    assert "initiatives" in heard[-1].tables


def test_the_writer_tag_travels_with_the_change_set(db, heard):
    with db.session() as s:
        s.info["origin"] = "editor-1"
        s.add(_initiative())
    assert heard[0].origin == "editor-1"
