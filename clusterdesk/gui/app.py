"""Starting the window: application object, fonts, language, log, database, drafts."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from clusterdesk import APP_NAME, ORG_NAME

log = logging.getLogger(__name__)


def create_app(argv: list[str] | None = None, *, fonts: bool = True):  # noqa: ANN201
    """The QApplication, configured once (``fonts=False``: the caller loads them with
    ``load_fonts`` once the start frame has painted, as ``run_gui`` does)."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    configure(app, fonts=fonts)
    return app


def configure(app, *, fonts: bool = True) -> None:  # noqa: ANN001
    """Names (for QSettings and folders), the icon, the bundled fonts (tests call this too)."""
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationDisplayName(APP_NAME)
    from clusterdesk.gui.icons import app_icon

    app.setWindowIcon(app_icon())
    if fonts:
        load_fonts(app)


def load_fonts(app) -> None:  # noqa: ANN001
    """The bundled fonts, which cover all Kazakh letters, as the application's font. The start
    frame has no text, so they load after it painted (0.04–0.05 s)."""
    from PySide6.QtGui import QFont, QFontDatabase

    from clusterdesk.resources_path import resource

    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        QFontDatabase.addApplicationFont(str(resource("fonts", name)))
    font = QFont("DejaVu Sans")
    font.setPointSize(10)
    app.setFont(font)


def setup_quiet_settings(folder: Path) -> None:
    """Keep settings in ``folder`` (screenshots and demos must not touch the user's own)."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


def show_frame():  # noqa: ANN201
    """The main window's empty frame, painted at once where the window will be.

    Importing SQLAlchemy, the models and the pages and opening the database take most of a
    second; the frame shows the program has started meanwhile, and the main window takes its
    place as soon as it exists (``open_window(frame=...)``), so nothing waits for it.
    """
    from PySide6.QtWidgets import QApplication, QMainWindow

    from clusterdesk.gui import settings

    frame = QMainWindow()
    frame.setObjectName("startFrame")
    frame.setWindowTitle(APP_NAME)
    frame.resize(1280, 800)
    settings.restore_geometry("MainWindow", frame)
    frame.show()
    QApplication.processEvents()  # painted now, before the imports
    return frame


def open_window(db_path: Path | str, frame=None):  # noqa: ANN001, ANN201
    """Open the database and show the main window (in place of the start ``frame``); None
    (after a message) if it can't."""
    from PySide6.QtWidgets import QMessageBox

    from clusterdesk.errors import ClusterDeskError
    from clusterdesk.gui import settings
    from clusterdesk.store.database import open_database

    try:
        db = open_database(db_path)
    except ClusterDeskError as exc:
        from clusterdesk.gui.reasons import error_text

        if frame is not None:
            frame.close()
        QMessageBox.critical(None, APP_NAME, error_text(exc))
        return None
    settings.put(settings.DATABASE, db.location)  # a server URL without its password
    first_page = read_first_page(db)
    from clusterdesk.gui.main_window import MainWindow  # (imported while the figures are read)

    window = MainWindow(db, first_page=first_page)

    def switch(path: Path | str) -> None:
        new = open_window(path)
        if new is not None:
            window.close()  # waits for the old database's work (MainWindow.closeEvent)
            db.close()

    window.database_change_requested.connect(switch)
    window.show()
    if frame is not None:
        frame.close()
    from clusterdesk.gui.first_run import ask_if_needed

    ask_if_needed(window)  # a new computer: who works here?
    offer_draft(window)
    return window


def read_first_page(db):  # noqa: ANN001, ANN201
    """Start reading the first page's figures (the dashboard, unfiltered) before the main
    window's modules are imported and its widgets built: the queries run on a reader thread
    meanwhile, and the page takes the result over when it is made (``gateway.Early``)."""
    from clusterdesk.gui import gateway
    from clusterdesk.services import dashboard

    flt = dashboard.Filter()
    return gateway.read_early(db, flt, lambda s: dashboard.build(s, None, flt))


def offer_draft(window) -> None:  # noqa: ANN001
    """A consultation left unsaved by a crash or a closed lid is offered back."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from clusterdesk.gui import drafts
    draft = drafts.load(drafts.CONSULTATION, window.db.location)
    if not draft:
        return
    answer = QMessageBox.question(
        window, APP_NAME, QCoreApplication.translate(
            "MainWindow", "A consultation you were recording was not saved. Open it to finish it?"),
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Discard,
        QMessageBox.StandardButton.Open)
    if answer == QMessageBox.StandardButton.Open:
        window.new_consultation(draft=draft)
    else:
        drafts.discard(drafts.CONSULTATION)


def run_gui(db_path: Path | str, debug: bool = False) -> int:
    app = create_app(fonts=False)
    frame = show_frame()
    load_fonts(app)
    from clusterdesk.gui import i18n, settings
    from clusterdesk.gui.errors import install_excepthook, setup_logging

    setup_logging(debug)
    install_excepthook()
    i18n.install(settings.get(settings.LANGUAGE))
    window = open_window(db_path, frame)
    if window is None:
        return 2
    from clusterdesk.gui import gateway

    app.aboutToQuit.connect(gateway.shutdown)  # quitting never leaves work running
    smoke_quit(window)
    return app.exec()


def smoke_quit(window) -> None:  # noqa: ANN001
    """``CLUSTERDESK_SMOKE_QUIT_MS=N`` (README, Development) closes the window N ms after it
    opened and prints its icon sizes (build_installer.py smoke-tests the built program so)."""
    delay = os.environ.get("CLUSTERDESK_SMOKE_QUIT_MS", "")
    if not delay.isdigit():
        return
    from PySide6.QtCore import QTimer

    def close() -> None:
        sizes = sorted(s.width() for s in window.windowIcon().availableSizes())
        print(f"smoke: window shown, icon sizes {sizes}", flush=True)
        window.close()
        from PySide6.QtWidgets import QApplication

        QApplication.quit()  # also when a question (first start) is still open

    QTimer.singleShot(int(delay), close)
