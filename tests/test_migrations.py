"""The database file: created by migrations, backed up before upgrades, foreign files refused."""

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from clusterdesk.errors import DatabaseError
from clusterdesk.store import database
from clusterdesk.store.database import SCHEMA_VERSION, open_database


def test_created_from_empty_with_every_table_matching_the_models(tmp_path):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from clusterdesk.store.base import Base

    db = open_database(tmp_path / "new.db")
    engine = create_engine(f"sqlite:///{db.path}")
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"include_object": _include})
        diff = compare_metadata(ctx, Base.metadata)
    assert diff == [], "models changed without a migration"
    con = sqlite3.connect(db.path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert con.execute("SELECT count(*) FROM regions").fetchone()[0] == 24
    db.close()


def _include(obj, name, type_, reflected, compare_to):  # noqa: ANN001
    # the search indexes and the stored search text that feeds them (0012) are no models
    return not (type_ == "table" and (name.endswith("_fts") or "_fts_" in name
                                      or name.endswith("_search_text")
                                      or name == "alembic_version"))


def test_schema_version_constant_matches_newest_migration():
    from clusterdesk.store.migrate import head_revision

    assert int(head_revision()) == SCHEMA_VERSION


def test_older_database_is_backed_up_then_upgraded(tmp_path):
    from clusterdesk.store.database import make_engine
    from clusterdesk.store.migrate import upgrade

    path = tmp_path / "old.db"
    engine = make_engine(path)
    upgrade(engine, "0001")  # a database as the first schema left it
    engine.dispose()
    con = sqlite3.connect(path)
    con.execute("INSERT INTO consultants (uuid, device_id, hlc, deleted, name, organization, "
                "email, phone) VALUES ('c1', 'd', '', 0, 'Жанна', '', '', '')")
    con.commit()
    con.close()
    db = open_database(path)
    backups = list(tmp_path.glob("old.backup-schema1-*.db"))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert old.execute("PRAGMA user_version").fetchone()[0] == 1
    assert old.execute("SELECT name FROM consultants").fetchall() == [("Жанна",)]
    new = sqlite3.connect(path)
    assert new.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert new.execute("SELECT name FROM consultants").fetchall() == [("Жанна",)]
    db.close()


def _unchanged(path, before: bytes):
    assert path.read_bytes() == before
    assert not list(path.parent.glob("*.backup-*"))


def test_newer_database_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "future.db"
    open_database(path).close()
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.execute("PRAGMA journal_mode = DELETE")
    con.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="newer ClusterDesk.*Update ClusterDesk"):
        open_database(path)
    _unchanged(path, before)


@pytest.mark.parametrize("content", [b"Hello, this is a spreadsheet\n" * 40,
                                     b"SQLite format 3\x00" + b"\xff" * 4000])
def test_non_database_or_damaged_file_is_refused_and_left_untouched(tmp_path, content):
    path = tmp_path / "notes.db"
    path.write_bytes(content)
    with pytest.raises(DatabaseError, match="left untouched"):
        open_database(path)
    _unchanged(path, content)


def test_another_programs_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="another program"):
        open_database(path)
    _unchanged(path, before)


def test_opening_a_current_database_does_not_load_alembic(tmp_path, monkeypatch):
    open_database(tmp_path / "a.db").close()
    monkeypatch.setattr(database, "backup", lambda *a: pytest.fail("no backup needed"))
    import sys

    sys.modules.pop("clusterdesk.store.migrate", None)
    open_database(tmp_path / "a.db").close()
    assert "clusterdesk.store.migrate" not in sys.modules


FIXTURES = Path(__file__).with_name("fixtures")


def test_a_fixture_database_of_every_released_schema_is_committed():
    """Released schemas: 2 (the first release). A new release adds its demo database here."""
    assert sorted(p.name for p in FIXTURES.glob("demo-schema*.db")) == ["demo-schema2.db"]


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("demo-schema*.db")), ids=lambda p: p.stem)
def test_every_released_schema_upgrades_with_its_records(tmp_path, fixture):
    """A database as each released ClusterDesk left it opens, upgrades and keeps its records."""
    path = tmp_path / "old.db"
    path.write_bytes(fixture.read_bytes())
    before = sqlite3.connect(path).execute(
        "SELECT count(*) FROM organizations WHERE deleted = 0").fetchone()[0]
    db = open_database(path)
    db.close()
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert con.execute("SELECT count(*) FROM organizations WHERE deleted = 0").fetchone()[0] \
        == before > 0
    assert list(tmp_path.glob("old.backup-schema*.db")), "no backup before the upgrade"


def test_database_at_an_unknown_revision_is_refused_untouched(tmp_path):
    path = tmp_path / "future.db"
    open_database(path).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '7a1f'")
    con.commit()
    con.execute("PRAGMA journal_mode = DELETE")
    con.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="newer ClusterDesk"):
        open_database(path)
    _unchanged(path, before)


def test_the_plain_word_indexes_are_gone_and_search_still_finds(tmp_path):
    """0016 drops 0002's unused word indexes with their triggers, from a database as the first
    release left it; the lists' own search (folded, inside words) still finds its records,
    and a save afterwards meets no trigger of the dropped indexes."""
    from clusterdesk.services import lists
    from clusterdesk.services.lists import ListQuery
    from clusterdesk.store.models import Organization

    path = tmp_path / "old.db"
    path.write_bytes((FIXTURES / "demo-schema2.db").read_bytes())
    old = sqlite3.connect(path)
    assert old.execute("SELECT count(*) FROM sqlite_master WHERE name LIKE '%\\_fts%' "
                       "ESCAPE '\\' AND name NOT LIKE '%infix%' AND name NOT LIKE '%words%'"
                       ).fetchone()[0] > 0
    name = old.execute("SELECT name FROM organizations WHERE deleted = 0 LIMIT 1").fetchone()[0]
    old.close()
    db = open_database(path)
    con = sqlite3.connect(path)
    left = [n for (n,) in con.execute(
        "SELECT name FROM sqlite_master WHERE name LIKE 'organizations\\_fts%' ESCAPE '\\' "
        "OR name LIKE 'consultations\\_fts%' ESCAPE '\\'")]
    con.close()
    assert left == []
    with db.session() as s:
        found = lists.page(s, lists.LISTS["organizations"], ListQuery(search=name[2:8]), 0, 50,
                           None)
        assert found
        s.add(Organization(name="ТОО «Жаңа»", region_code="39"))
    with db.session() as s:
        assert lists.page(s, lists.LISTS["organizations"], ListQuery(search="жана"), 0, 10,
                          None)
    db.close()
