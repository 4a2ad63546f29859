"""A ClusterDesk database on a PostgreSQL server (head office: several analysts, one database).

The same models and Alembic migrations as the SQLite file; what differs lives here: the
engine (psycopg 3), the schema check at open (``alembic_version`` read against the known
revisions: a database of a newer ClusterDesk is refused untouched, as with SQLite), where the
database "lives" for the device identity (the server's system id and the database name),
and statistics. Backups are the server's business: ``pg_dump`` (see docs/head-office.md).

Credentials come from the URL, the environment (``PGPASSWORD``, ``PGUSER``, ...) or
``~/.pgpass`` — libpq reads the last two itself. ClusterDesk never stores a password:
:func:`display_url` is what is shown, logged and remembered.

API (for tests and other modules)::

    from clusterdesk.store.database import open_database
    db = open_database("postgresql://analyst@dbhost/clusterdesk")   # or postgresql+psycopg://
    db.dialect == "postgresql"; db.location  # the URL without its password; db.path is None

In tests (``tests/pg_fixtures.py``, imported by conftest): ``pg_url`` gives each test the URL
of a fresh, empty database on the throwaway server (``eval "$(bash .ci/pg-server start)"``
sets ``CLUSTERDESK_TEST_PG``); ``pg_db`` an open, migrated one; ``pg_demo_db`` the demo;
``any_db`` / ``any_demo_db`` are parametrized over SQLite and PostgreSQL.

SQL that differs between the two is written once in ``store.dialect_sql`` (``by_dialect``,
``upsert``, ``sort_order``...). Tables of records have a ``rowid`` on PostgreSQL too
(migration 0010: insertion order), so raw SQL naming ``rowid`` runs on both.
"""

from __future__ import annotations

import hashlib
import logging

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import OperationalError

from clusterdesk.errors import DatabaseError
from clusterdesk.store.schema_version import KNOWN_REVISIONS, SCHEMA_VERSION

log = logging.getLogger(__name__)

SCHEMES = ("postgresql://", "postgresql+psycopg://", "postgres://")
DRIVER = "postgresql+psycopg"


def is_url(target: object) -> bool:
    """True when ``target`` names a PostgreSQL database rather than a file."""
    return isinstance(target, str | URL) and str(target).startswith(SCHEMES)


def engine_url(target: str | URL) -> URL:
    """The URL with psycopg 3 as its driver (``postgresql://`` and ``postgres://`` accepted)."""
    raw = str(target) if isinstance(target, URL) else target
    if raw.startswith("postgres://"):
        raw = "postgresql://" + raw.removeprefix("postgres://")
    url = make_url(raw) if isinstance(target, str) else target
    return url.set(drivername=DRIVER)


def display_url(target: str | URL) -> str:
    """The URL as shown, logged and remembered: scheme ``postgresql``, no password."""
    url = engine_url(target)
    query = {k: v for k, v in url.query.items() if k.lower() != "password"}  # libpq takes one
    bare = URL.create("postgresql", username=url.username, host=url.host, port=url.port,
                      database=url.database, query=query)  # no password
    return bare.render_as_string(hide_password=False)


def make_engine(target: str | URL) -> Engine:
    """An engine on the server; every connection folds search text like the SQLite one."""
    engine = create_engine(engine_url(target), pool_pre_ping=True)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # noqa: ANN001
        with dbapi_connection.cursor() as cur:
            cur.execute("SET TIME ZONE 'UTC'")  # naive timestamps are UTC, as on SQLite
        dbapi_connection.commit()

    return engine


def inspect_database(engine: Engine, location: str) -> int:
    """The schema version of the ClusterDesk database behind ``engine``; 0 when it is empty.

    Raises DatabaseError (and changes nothing) when the server cannot be reached, when the
    database holds another program's tables, or when a newer ClusterDesk wrote it.
    """
    try:
        with engine.connect() as conn:
            names = set(inspect(conn).get_table_names())
            revision = None
            if "alembic_version" in names:
                revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except OperationalError as exc:
        detail = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        raise DatabaseError("db.unreachable", path=location, detail=detail) from exc
    if revision is None:
        if names - {"alembic_version"}:
            raise DatabaseError("db.foreign_server", path=location)
        return 0
    if revision not in KNOWN_REVISIONS:
        if not (len(revision) == 4 and revision.isdigit()):
            raise DatabaseError("db.foreign_server", path=location)
        raise DatabaseError("db.newer", path=location, found=revision, known=SCHEMA_VERSION)
    return int(revision)


def note_backup(location: str, version: int) -> None:
    """Before a migration: no file to copy on a server; its backup is pg_dump's."""
    log.warning("upgrading %s from schema %s to %s; ClusterDesk makes no copy of a "
                "PostgreSQL database: back it up with pg_dump (docs/head-office.md)",
                location, version, SCHEMA_VERSION)


def home(engine: Engine) -> str:
    """Where the database lives, for the device identity: the server cluster's system id
    and the database's name (the same for every analyst, whichever host name they use)."""
    with engine.connect() as conn:
        name = conn.execute(text("SELECT current_database()")).scalar()
        try:
            system = conn.execute(text("SELECT system_identifier FROM pg_control_system()"))\
                .scalar()
        except Exception:  # noqa: BLE001 - a server may forbid it; the name still tells
            conn.rollback()
            system = conn.execute(text("SELECT inet_server_addr()::text")).scalar()
    return "postgresql:" + hashlib.sha256(f"{system}\n{name}".encode()).hexdigest()


def analyze(engine: Engine) -> None:
    """Refresh the planner's statistics (after bulk writes; autovacuum also does it later)."""
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("ANALYZE")


def needs_statistics(engine: Engine) -> bool:
    """True when the organizations table was never analyzed (a database just built)."""
    with engine.connect() as conn:
        row = conn.execute(text(
            "SELECT last_analyze IS NULL AND last_autoanalyze IS NULL FROM pg_stat_user_tables "
            "WHERE relname = 'organizations'")).first()
    return bool(row and row[0])
