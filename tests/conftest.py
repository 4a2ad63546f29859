"""Shared fixtures: a fresh database per test, and the demo programme built once per run."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")

from clusterdesk.store.database import Database, open_database  # noqa: E402


@pytest.fixture
def db(tmp_path: Path) -> Database:
    """An empty, migrated database in a temporary folder."""
    database = open_database(tmp_path / "test.db")
    yield database
    database.close()


@pytest.fixture(scope="session")
def demo_db_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo programme, generated once; copy it before changing it (see demo_db)."""
    from clusterdesk.services import demo

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    database = open_database(path)
    demo.generate(database)
    database.close()
    return path


@pytest.fixture
def demo_db(demo_db_file: Path, tmp_path: Path) -> Database:
    """A private copy of the demo database that a test may change."""
    target = tmp_path / "demo.db"
    shutil.copy(demo_db_file, target)
    database = open_database(target)
    yield database
    database.close()
