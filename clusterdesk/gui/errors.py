"""Errors: expected ones as a plain message where they happen; crashes as a dialog with the
version and traceback, then a clean exit. Everything goes to a rotating log file."""

from __future__ import annotations

import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from clusterdesk import APP_NAME, __version__
from clusterdesk.errors import ClusterDeskError
from clusterdesk.gui.reasons import error_text

log = logging.getLogger("clusterdesk")


def log_path() -> Path:
    from platformdirs import user_log_path

    return user_log_path(APP_NAME, appauthor=False) / "clusterdesk.log"


def setup_logging(debug: bool = False) -> Path:
    path = log_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    return path


def show_error(parent: QWidget | None, exc: BaseException, what: str = "") -> None:
    """A plain explanation of an expected failure; details only in the log."""
    if isinstance(exc, ClusterDeskError):
        log.info("shown to the user: %s", exc)
        text = error_text(exc)
    else:
        log.error("unexpected error", exc_info=exc)
        text = QApplication.translate(
            "Errors", "Something went wrong: %1. The details are in the log file %2.") \
            .replace("%1", f"{type(exc).__name__}: {exc}").replace("%2", str(log_path()))
    QMessageBox.warning(parent, what or QApplication.translate("Errors", "ClusterDesk"), text)


def install_excepthook() -> None:
    def hook(kind, value, tb) -> None:  # noqa: ANN001
        details = "".join(traceback.format_exception(kind, value, tb))
        log.critical("crash\n%s", details)
        box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, QApplication.translate(
            "Errors", "ClusterDesk %1 met an unexpected error and will close. Your saved data "
            "is safe; the form you were filling is kept as a draft.").replace("%1", __version__))
        box.setDetailedText(details)
        box.exec()
        QApplication.exit(1)

    sys.excepthook = hook
