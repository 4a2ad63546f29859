"""PostgreSQL fixtures: a fresh database per test on the throwaway server of ``.ci/pg-server``.

``CLUSTERDESK_TEST_PG`` names the server (``postgresql://postgres@/postgres?host=DIR&port=P``;
``eval "$(bash .ci/pg-server start)"`` sets it). Without it the PostgreSQL tests are skipped —
except in CI (``CI`` or ``CLUSTERDESK_CI`` set), where a missing server is a failure.

* ``pg_url``: the URL of a new, empty database (dropped afterwards);
* ``pg_db``: an open, migrated database (a copy of a template migrated once per run);
* ``pg_demo_db``: an open copy of the demo programme built once per run;
* ``any_db`` / ``any_demo_db``: the same over ``["sqlite", "postgresql"]``.

Copies come from ``CREATE DATABASE … TEMPLATE``: a file copy on the server, ~50 ms.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from clusterdesk.store.database import Database, open_database

ENV = "CLUSTERDESK_TEST_PG"
BACKENDS = ["sqlite", "postgresql"]


def server_url() -> str:
    url = os.environ.get(ENV, "").strip()
    if url:
        return url
    if os.environ.get("CI") or os.environ.get("CLUSTERDESK_CI"):
        pytest.fail(f"{ENV} is not set in CI: .ci/run starts the PostgreSQL test server")
    pytest.skip(f"no PostgreSQL test server ({ENV} unset; see .ci/pg-server)")


def database_url(name: str) -> str:
    """The server's URL naming database ``name``."""
    url = make_url(server_url()).set(database=name)
    return url.render_as_string(hide_password=False)


def _admin():  # noqa: ANN202
    import psycopg

    url = make_url(server_url())
    params = {k: v for k, v in url.query.items() if isinstance(v, str)}
    return psycopg.connect(dbname=url.database or "postgres", user=url.username or None,
                           password=url.password or None, host=url.host or params.get("host"),
                           port=url.port or params.get("port"), autocommit=True)


def create_database(template: str | None = None) -> str:
    name = f"cdt_{os.getpid()}_{uuid.uuid4().hex[:12]}"
    with _admin() as con:
        con.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template or "template0"}"')
    return name


def drop_database(name: str) -> None:
    with _admin() as con:
        con.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# A window test's databases outlive it: a window of an earlier test may still read its
# database (a language change reaches every window left, as with SQLite's files) until the
# process ends; the next run drops those of runs that are over (their process id is gone).
# Other tests' databases are dropped as they end (each demo copy takes ~20 MB).
WINDOWS = {"qtbot", "qapp", "make_window", "window"}


def _done(request: pytest.FixtureRequest, name: str) -> None:
    if not WINDOWS & set(request.fixturenames):
        drop_database(name)


def _drop_leftovers() -> None:
    with _admin() as con:
        names = [r[0] for r in con.execute(
            "SELECT datname FROM pg_database WHERE datname LIKE 'cdt\\_%'")]
    for name in names:
        pid = name.split("_")[1]
        if pid.isdigit() and int(pid) != os.getpid() and not Path(f"/proc/{pid}").exists():
            drop_database(name)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[list[str]]:
    """The server; the list of this run's template databases."""
    server_url()
    _drop_leftovers()
    yield []


@pytest.fixture
def pg_url(pg_server: list[str], request: pytest.FixtureRequest) -> Iterator[str]:
    """The URL of a fresh, empty PostgreSQL database."""
    name = create_database()
    yield database_url(name)
    _done(request, name)


def _template(pg_server: list[str], build) -> str:  # noqa: ANN001
    name = create_database()
    pg_server.append(name)
    database = open_database(database_url(name))
    try:
        build(database)
    finally:
        database.close()
    return name


@pytest.fixture(scope="session")
def pg_schema_template(pg_server: list[str]) -> str:
    return _template(pg_server, lambda _db: None)


@pytest.fixture(scope="session")
def pg_demo_template(pg_server: list[str]) -> str:
    from clusterdesk.services import demo

    return _template(pg_server, demo.generate)


def _copy(template: str, request: pytest.FixtureRequest) -> Iterator[Database]:
    name = create_database(template)
    database = open_database(database_url(name))
    yield database
    database.close()
    _done(request, name)


@pytest.fixture
def pg_db(pg_schema_template: str, request: pytest.FixtureRequest) -> Iterator[Database]:
    """An open, empty, migrated PostgreSQL database."""
    yield from _copy(pg_schema_template, request)


@pytest.fixture
def pg_demo_db(pg_demo_template: str, request: pytest.FixtureRequest) -> Iterator[Database]:
    """A private PostgreSQL copy of the demo programme that a test may change."""
    yield from _copy(pg_demo_template, request)


@pytest.fixture(params=BACKENDS)
def any_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """An empty, migrated database: an SQLite file, then a PostgreSQL database."""
    if request.param == "postgresql":
        yield request.getfixturevalue("pg_db")
        return
    database = open_database(tmp_path / "test.db")
    yield database
    database.close()


@pytest.fixture(params=BACKENDS)
def any_demo_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A private copy of the demo programme, on SQLite then on PostgreSQL."""
    if request.param == "postgresql":
        yield request.getfixturevalue("pg_demo_db")
        return
    target = tmp_path / "demo.db"
    shutil.copy(request.getfixturevalue("demo_db_file"), target)
    database = open_database(target)
    yield database
    database.close()
