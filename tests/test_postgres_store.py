"""PostgreSQL as head office's database: opened by URL, migrated, refused when newer."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import create_engine, select, text

from clusterdesk.domain.text import search_fold
from clusterdesk.errors import DatabaseError
from clusterdesk.store import postgres
from clusterdesk.store.database import SCHEMA_VERSION, open_database
from clusterdesk.store.models import Organization


def test_an_empty_server_database_is_created_by_the_migrations(pg_url):
    db = open_database(pg_url)
    try:
        assert db.dialect == "postgresql" and db.path is None
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() \
                == f"{SCHEMA_VERSION:04d}"
            assert conn.execute(text("SELECT count(*) FROM regions")).scalar() == 24
    finally:
        db.close()


def test_the_database_stays_one_device_when_reopened(pg_url):
    first = open_database(pg_url)
    device = first.device_id
    first.close()
    again = open_database(pg_url)
    assert again.device_id == device and again.copied_from_device is None
    again.close()


def test_a_database_of_a_newer_clusterdesk_is_refused_untouched(pg_url):
    open_database(pg_url).close()
    engine = create_engine(postgres.engine_url(pg_url))
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
        tables = conn.execute(text("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"))\
            .scalar()
    with pytest.raises(DatabaseError) as err:
        open_database(pg_url)
    assert err.value.code == "db.newer"
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "9999"
        assert conn.execute(text(
            "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).scalar() == tables
    engine.dispose()


def test_another_programs_database_is_refused_untouched(pg_url):
    engine = create_engine(postgres.engine_url(pg_url))
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE invoices (id int)"))
    with pytest.raises(DatabaseError) as err:
        open_database(pg_url)
    assert err.value.code == "db.foreign_server"
    with engine.connect() as conn:
        assert conn.execute(text(
            "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).scalar() == 1
    engine.dispose()


def test_an_unreachable_server_is_a_clear_error():
    with pytest.raises(DatabaseError) as err:
        open_database("postgresql://nobody@/x?host=/nonexistent-socket-dir&port=1")
    assert err.value.code == "db.unreachable"


def test_the_password_is_never_shown_or_remembered():
    url = "postgresql://anna:s3cret@db.example.kz:5433/clusterdesk"
    assert postgres.display_url(url) == "postgresql://anna@db.example.kz:5433/clusterdesk"
    assert "s3cret" not in postgres.display_url("postgres://anna:s3cret@h/d")
    assert postgres.display_url("postgresql://anna@h/d?password=s3cret&sslmode=require") \
        == "postgresql://anna@h/d?sslmode=require"


def test_the_partial_unique_bin_index_holds_on_the_server(pg_db):
    with pg_db.session() as s:
        s.add(Organization(name="А", name_lang="ru", kind="enterprise", bin=""))
        s.add(Organization(name="Б", name_lang="ru", kind="enterprise", bin=""))
    with pg_db.engine.connect() as conn:
        sql = conn.execute(text("SELECT indexdef FROM pg_indexes WHERE indexname = "
                                "'uq_organizations_bin_live'")).scalar()
    assert "WHERE" in sql and "deleted" in sql


NAMES = [
    "Құрылыс", "ҚҰРЫЛЫС", "Әлем", "Ғалым", "Қазақстан", "Таңшолпан", "Өскемен", "Ұлытау",
    "Үміт", "Һ", "Іргетас", "ІРГЕТАС", "Ёлка", "ЁЖ", "ёж", "Йошкар", "Shymkent", "SHCHUKA",
    "Zhanna Kh.", "Yasaui YU", "Ärnur Ğalym Ñ Öz Ūly Üy Şahar Çay ıI İ", "Straße", "Xan",
    "ТОО «Құрылыс-2020» / KZ", "АО \"Kazakhtelecom\"", "ИП Сейітқали Ә.Ғ.", "Ӊ ӊ Ӈ",
    "Ѓ Ѕ Ї Ў Џ", "Ελλάδα", "Ça va", "ÀÉÎÕÜ", "", " ", "123 456", "o'zbek", "Шығыс-Қазақстан",
    "Алматы облысы", "ЖШС «Ақжол»", "Kökşetau", "Qyzylorda", "Taraz j.",
]


def test_search_fold_on_the_server_folds_as_python(pg_db):
    with pg_db.engine.connect() as conn:
        for name in NAMES:
            got = conn.execute(text("SELECT search_fold(:v), casefold(:v)"), {"v": name}).one()
            assert got[0] == search_fold(name), name
            assert got[1] == name.casefold(), name


def _include(obj, name, type_, reflected, compare_to):  # noqa: ANN001
    if type_ == "table" and name == "alembic_version":
        return False
    if type_ == "column" and name in ("rowid", "search_folded", "search_words"):  # 0010's and
        return False  # 0013's, not the models'
    return not (type_ == "index" and (name.endswith(("_rowid", "_folded_trgm",
                                                     "_folded_words"))))


def test_the_server_schema_matches_the_models(pg_db):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from clusterdesk.store.base import Base

    with pg_db.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"include_object": _include})
        assert compare_metadata(ctx, Base.metadata) == [], "models and migrations differ"


def test_a_database_of_every_earlier_schema_upgrades_with_its_records(pg_server):
    from pg_fixtures import create_database, database_url, drop_database

    from clusterdesk.store.migrate import upgrade
    from clusterdesk.store.schema_version import KNOWN_REVISIONS

    for revision in KNOWN_REVISIONS[:-1]:
        name = create_database()
        url = database_url(name)
        engine = create_engine(postgres.engine_url(url))
        upgrade(engine, revision)
        with engine.begin() as conn:
            conn.execute(text(
                "INSERT INTO consultants (uuid, device_id, hlc, deleted, name, organization, "
                "email, phone) VALUES ('c1', 'd', '', false, 'Жанна', '', '', '')"))
        engine.dispose()
        db = open_database(url)
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() \
                == KNOWN_REVISIONS[-1], revision
            assert conn.execute(text("SELECT name FROM consultants")).scalars().all() == [
                "Жанна"], revision
        db.close()
        drop_database(name)


def test_stats_json_is_the_same_on_both(demo_db, pg_demo_db, capsys):
    from clusterdesk.cli.main import main

    out = []
    for db in (demo_db, pg_demo_db):
        location = db.location
        db.close()
        assert main(["--db", location, "stats", "--json"]) == 0
        out.append(json.loads(capsys.readouterr().out))
    assert out[0] == out[1] and out[0]["organizations"] > 0


def test_a_head_office_file_moves_to_the_server_with_the_same_figures(demo_db, pg_db,
                                                                       tmp_path, capsys):
    from clusterdesk.cli.main import main

    file, server = demo_db.location, pg_db.location
    demo_db.close()
    pg_db.close()
    everything = str(tmp_path / "everything.cdsync")
    assert main(["--db", file, "export", "--all", everything]) == 0
    assert main(["--db", server, "import", everything]) == 0
    capsys.readouterr()
    figures = []
    for location in (file, server):
        assert main(["--db", location, "stats", "--json"]) == 0
        figures.append(json.loads(capsys.readouterr().out))
    assert figures[0] == figures[1]


def test_a_viewer_reads_and_an_analyst_writes_with_their_own_roles(pg_demo_db):
    import os

    from sqlalchemy.engine import make_url

    from clusterdesk.services import organizations
    from clusterdesk.services.list_query import ListQuery, count
    from clusterdesk.services.lists import LISTS

    suffix = os.getpid()
    analyst, viewer = f"cdt_analyst_{suffix}", f"cdt_viewer_{suffix}"
    grants = [
        f"DROP ROLE IF EXISTS {analyst}", f"DROP ROLE IF EXISTS {viewer}",
        f"CREATE ROLE {analyst} LOGIN", f"CREATE ROLE {viewer} LOGIN",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {analyst}",
        f"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {analyst}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {viewer}"]
    with pg_demo_db.engine.begin() as conn:
        for sql in grants:
            conn.exec_driver_sql(sql)
    base = make_url(pg_demo_db.location)
    try:
        as_viewer = open_database(base.set(username=viewer).render_as_string(False))
        with as_viewer.session() as s:
            assert count(s, LISTS["organizations"], ListQuery(search="құрылыс")) > 0
        assert as_viewer.read_only  # the window offers no editing (test_postgres_analysts)
        with pytest.raises(Exception, match="may only read"), as_viewer.session() as s:
            organizations.save(s, Organization(name="ТОО «Көрермен»"))
        as_viewer.close()
        as_analyst = open_database(base.set(username=analyst).render_as_string(False))
        with as_analyst.session() as s:
            organizations.save(s, Organization(name="ТОО «Талдаушы»"))
        with as_analyst.session() as s:
            assert count(s, LISTS["organizations"], ListQuery(search="талдаушы")) == 1
        as_analyst.close()
    finally:
        pg_demo_db.engine.dispose()
        with pg_demo_db.engine.begin() as conn:  # roles are the server's: not left behind
            conn.exec_driver_sql(f"DROP OWNED BY {analyst}, {viewer}")
            conn.exec_driver_sql(f"DROP ROLE {analyst}, {viewer}")


def test_clusterdesk_copy_moves_everything_to_the_server_once(demo_db, pg_url, capsys):
    from clusterdesk.cli.main import main
    from clusterdesk.services import organizations
    from clusterdesk.store.copy import tables

    with demo_db.session() as s:  # a change with its history, to be carried over too
        org = s.scalars(select(Organization).limit(1)).one()
        org.phone = "+7 (727) 000-00-01"
        organizations.save(s, org)
    file = demo_db.location
    demo_db.close()
    assert main(["--db", file, "copy", pg_url, "--json"]) == 0
    copied = json.loads(capsys.readouterr().out)
    assert copied["change_history"] >= 1 and copied["organizations"] >= 264
    source, target = (create_engine(f"sqlite:///{file}"),
                      create_engine(postgres.engine_url(pg_url)))
    for table in tables():  # row for row, local state included
        with source.connect() as a, target.connect() as b:
            assert sorted(map(repr, a.execute(select(table)))) == sorted(
                map(repr, b.execute(select(table)))), table.name
    source.dispose()
    target.dispose()
    db = open_database(pg_url)  # a copy: a new device, its history its own
    with db.session() as s:
        org = s.scalars(select(Organization).limit(1)).one()
        org.phone = "+7 (727) 000-00-02"
        organizations.save(s, org)  # the copied history's ids go on
    db.close()
    assert main(["--db", file, "copy", pg_url]) == 2  # never into a database with records
    assert "already holds records" in capsys.readouterr().err
