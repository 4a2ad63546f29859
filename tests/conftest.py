"""Shared fixtures: a fresh database per test, and the demo programme built once per run."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")
# Device keys and other per-user files of the run go to a private folder, not the user's own.
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="clusterdesk-test-data-")

from pg_fixtures import (  # noqa: E402, F401 - PostgreSQL test databases (see pg_fixtures)
    any_db,
    any_demo_db,
    pg_db,
    pg_demo_db,
    pg_demo_template,
    pg_schema_template,
    pg_server,
    pg_url,
)

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


@pytest.fixture
def make_window(qtbot, qapp, tmp_path, monkeypatch):
    """A factory of main windows on a database, offscreen, in English, with isolated settings.

    Questions are answered Yes (a test may patch QMessageBox.question again); warnings are
    collected in ``window.warnings`` instead of blocking. Background reads are drained at the
    end so that no late answer reaches a deleted window.
    """
    from gui_helpers import isolate_settings
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QMessageBox

    from clusterdesk.gui import i18n
    from clusterdesk.gui.app import configure
    from clusterdesk.gui.main_window import MainWindow

    configure(qapp)
    isolate_settings(tmp_path)
    i18n.install("en")
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: warnings.append(
        text) or QMessageBox.StandardButton.Ok)

    def make(database: Database) -> MainWindow:
        window = MainWindow(database)
        window.warnings = warnings
        qtbot.addWidget(window)
        window.show()
        return window

    yield make
    from clusterdesk.gui import gateway

    for _ in range(3):  # no late answer may reach a deleted window
        gateway.wait(10)
        QThreadPool.globalInstance().waitForDone(10_000)
        qapp.processEvents()
    i18n.install("en")


@pytest.fixture
def window(make_window, demo_db):
    """The main window on a private copy of the demo programme."""
    return make_window(demo_db)
