"""A ClusterDesk database on a PostgreSQL server (head office: several analysts, one database).

The same models and Alembic migrations as the SQLite file; what differs lives here: the
engine (psycopg 3), the schema check at open (``alembic_version`` read against the known
revisions: a database of a newer ClusterDesk is refused untouched, as with SQLite), where the
database "lives" for the device identity (the server's system id and the database name),
who is working (the database role of the session: each analyst their own person, see
:func:`person_key`), whether that role may write (a viewer's refused save is said plainly:
:func:`refusal`), and statistics. Backups are the server's business: ``pg_dump`` (see
docs/head-office.md).

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
import weakref
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import OperationalError

from clusterdesk.errors import ClusterDeskError, DatabaseError
from clusterdesk.store.schema_version import KNOWN_REVISIONS, SCHEMA_VERSION

log = logging.getLogger(__name__)

SCHEMES = ("postgresql://", "postgresql+psycopg://", "postgres://")
DRIVER = "postgresql+psycopg"
KEY_LENGTH = 50  # local_state.key
# SQLSTATEs of a change the server refused for the role: insufficient_privilege,
# read_only_sql_transaction (a role with default_transaction_read_only, a standby)
DENIED, READ_ONLY_TRANSACTION = "42501", "25006"
WRITES = ("insert", "update", "delete", "copy", "merge", "truncate")
# What a save needs: the records, and local_state (the arrival number, the clock)
WRITTEN_FOR_A_SAVE = ("organizations", "local_state", "change_history")
_facts: weakref.WeakKeyDictionary[Engine, dict[str, Any]] = weakref.WeakKeyDictionary()


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
    facts = _facts.setdefault(engine, {"role": "", "read_only": False})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # noqa: ANN001
        with dbapi_connection.cursor() as cur:
            cur.execute("SET TIME ZONE 'UTC'")  # naive timestamps are UTC, as on SQLite
            cur.execute("SELECT current_user")
            facts["role"] = cur.fetchone()[0]
        dbapi_connection.commit()

    @event.listens_for(engine, "handle_error")
    def _on_error(context) -> None:  # noqa: ANN001
        refused = refusal(context.original_exception, context.statement, facts)
        if refused is not None:
            raise refused from context.original_exception

    return engine


def refusal(exc: BaseException, statement: str | None,
            facts: dict[str, Any]) -> ClusterDeskError | None:
    """The clear sentence for a change the server refused for this role (None: another
    error). A viewer's role: "may only read"; a role lacking a right on one table: which."""
    state = getattr(exc, "sqlstate", None)
    words = (statement or "").lstrip().lower()
    if state not in (DENIED, READ_ONLY_TRANSACTION) or not (
            words.startswith(WRITES) or " for update" in words or " for no key update" in words):
        return None
    role = facts.get("role") or "?"
    if state == READ_ONLY_TRANSACTION or facts.get("read_only"):
        return ClusterDeskError("db.role_reads_only", role=role)
    diag = getattr(exc, "diag", None)
    detail = (getattr(diag, "message_primary", None) or str(exc)).strip().splitlines()[0]
    return ClusterDeskError("db.role_may_not_change", role=role, detail=detail)


def session_role(engine: Engine) -> str:
    """The database role this program works as (``current_user``): the analyst."""
    with engine.connect() as conn:
        role = conn.execute(text("SELECT current_user")).scalar() or ""
    _facts.setdefault(engine, {})["role"] = role
    return role


def may_write(engine: Engine) -> bool:
    """Whether this role may save at all: the rights a save needs (``has_table_privilege``)
    and a transaction that is not read-only (``default_transaction_read_only``, a standby).
    False for a viewer's role: the window then offers no editing."""
    checks = " AND ".join(
        f"has_table_privilege(current_user, '{t}', 'INSERT') AND "
        f"has_table_privilege(current_user, '{t}', 'UPDATE')" for t in WRITTEN_FOR_A_SAVE)
    with engine.connect() as conn:
        allowed = bool(conn.execute(text(
            f"SELECT {checks} AND current_setting('transaction_read_only') = 'off'")).scalar())
    _facts.setdefault(engine, {})["read_only"] = not allowed
    return allowed


def person_key(key: str, role: str | None) -> str:
    """The ``local_state`` key of who works here (``consultant_uuid`` / ``consultant_name``).

    An SQLite file has one person (the laptop's). A server database is shared by every
    analyst, so there the person is kept per database role: ``consultant_uuid@anna``
    (hashed when the role's name would not fit the key)."""
    if not role:
        return key
    scoped = f"{key}@{role}"
    if len(scoped) <= KEY_LENGTH:
        return scoped
    return f"{key}@#{hashlib.sha256(role.encode()).hexdigest()[:24]}"


def role_of(session: Any) -> str | None:  # noqa: ANN401 - a Session (no import cycle)
    """The database role of the database a session works on (None on an SQLite file)."""
    return getattr(session.info.get("db"), "role", None)


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
