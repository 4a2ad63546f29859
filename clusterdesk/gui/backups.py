"""File → Back up now, Restore from a backup…, Open recent; and the daily automatic backup.

The copies are made off the GUI thread (``gateway.call``) by ``services.backups``. Restoring
opens the chosen backup as a new file beside the current database, so nothing is overwritten;
the window switches to it the way Settings → database does. A PostgreSQL database has no
file to copy: the server's administrator backs it up with pg_dump (docs/head-office.md), so
both entries are off there and say so.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QLabel, QMenu, QMessageBox, QSpinBox

from clusterdesk.gui import formats, gateway, settings
from clusterdesk.services import backups
from clusterdesk.store.postgres import is_url


class BackupMenu:
    """The backup and recent-file entries of the File menu of ``window``."""

    def __init__(self, window) -> None:  # noqa: ANN001
        self.window = window
        menu = window.ui.menuFile
        first = menu.actions()[0] if menu.actions() else None
        self.recent = QMenu(window)
        self.recent.setObjectName("menuRecent")
        self.recent.aboutToShow.connect(self._fill_recent)
        self.backup_action = QAction(window)
        self.backup_action.setObjectName("actionBackUpNow")
        self.backup_action.triggered.connect(self.back_up_now)
        self.restore_action = QAction(window)
        self.restore_action.setObjectName("actionRestore")
        self.restore_action.triggered.connect(self.restore)
        if first is not None:
            menu.insertMenu(first, self.recent)
        else:
            menu.addMenu(self.recent)
        quit_ = window.ui.actionQuit
        if quit_ in menu.actions():
            menu.insertSeparator(quit_)
            menu.insertActions(quit_, [self.backup_action, self.restore_action])
            menu.insertSeparator(quit_)
        else:
            menu.addActions([self.backup_action, self.restore_action])
        settings.remember_file(window.db.location)  # a server URL without its password
        self.retranslate()

    def retranslate(self) -> None:
        self.recent.setTitle(QCoreApplication.translate("MainWindow", "Open &recent"))
        self.backup_action.setText(QCoreApplication.translate("MainWindow", "&Back up now"))
        self.restore_action.setText(QCoreApplication.translate(
                "MainWindow", "Restore from a bac&kup…"))
        if self.window.db.is_server:
            why = QCoreApplication.translate(
                "MainWindow", "A PostgreSQL database is backed up on its server (pg_dump).")
            for action in (self.backup_action, self.restore_action):
                action.setEnabled(False)
                action.setToolTip(why)
                action.setStatusTip(why)

    # ---- recent files ----
    def _fill_recent(self) -> None:
        self.recent.clear()
        current = self.window.db.location
        for path in settings.recent_files():
            server = is_url(path)
            if path == current or not (server or Path(path).exists()):
                continue
            action = self.recent.addAction(path)  # a URL is remembered without its password
            action.triggered.connect(
                lambda _c=False, p=path, s=server: self.open(p if s else Path(p)))
        if not self.recent.actions():
            none = self.recent.addAction(QCoreApplication.translate(
                    "MainWindow", "(no other database yet)"))
            none.setEnabled(False)

    def open(self, path: Path | str) -> None:
        if not is_url(path):
            settings.remember_file(path)  # a URL is remembered once open (without password)
        self.window.database_change_requested.emit(path)

    # ---- backups ----
    def back_up_now(self) -> None:
        path = self.window.db.path

        def done(target: object) -> None:
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                        "MainWindow", "Backup written: %1").replace("%1", str(target)), 8000)

        self.backup_action.setEnabled(False)
        gateway.call(self.window, lambda: backups.backup_now(path),
                     lambda t: (self.backup_action.setEnabled(True), done(t)),
                     lambda exc: (self.backup_action.setEnabled(True),
                                  gateway.show_failure(self.window, exc)), writes=False)

    def restore(self) -> None:
        db_path = self.window.db.path
        folder = backups.folder(db_path)
        chosen, _filter = QFileDialog.getOpenFileName(
            self.window, QCoreApplication.translate(
                    "MainWindow", "Restore from a backup"), str(folder),
            QCoreApplication.translate("MainWindow", "ClusterDesk database (*.db)"))
        if not chosen:
            return
        when = backups.taken_at(Path(chosen))
        answer = QMessageBox.question(
            self.window, QCoreApplication.translate("MainWindow", "Restore from a backup"),
            QCoreApplication.translate(
                    "MainWindow", "Open the backup %1 (%2)? It is copied to a new file next to the "
                             "current database, which stays as it is.").replace(
                "%1", Path(chosen).name).replace(
                "%2", formats.date_text(when.date()) if when else "—"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            target = backups.restore(Path(chosen), db_path)
        except Exception as exc:  # noqa: BLE001 - a refused file is explained, nothing changes
            gateway.show_failure(self.window, exc, QCoreApplication.translate(
                    "MainWindow", "Restore from a backup"))
            return
        self.open(target)


def daily_backup(window) -> None:  # noqa: ANN001
    """The rolling automatic backup, once a day, off the GUI thread (failures only logged)."""
    import logging

    path, days = window.db.path, settings.get(settings.BACKUP_DAYS)
    if path is None:  # PostgreSQL: the server's backups (pg_dump)
        return
    gateway.call(window, lambda: backups.rolling(path, days), None,
                 lambda exc: logging.getLogger(__name__).warning("daily backup: %s", exc),
                 writes=False)


def retention_row(parent, form) -> QSpinBox:  # noqa: ANN001
    """Settings: how many daily backups are kept (``settings.BACKUP_DAYS``), as a row of
    ``form``; the dialog stores ``value()`` when accepted."""
    box = QSpinBox(parent)
    box.setObjectName("keepBackups")
    box.setRange(*backups.KEEP_RANGE)
    box.setValue(min(max(settings.get(settings.BACKUP_DAYS), backups.KEEP_RANGE[0]),
                 backups.KEEP_RANGE[1]))
    box.setToolTip(QCoreApplication.translate(
        "Backups", "Once a day the database is copied into the backups folder next to it; "
        "copies of older days are removed. Days the computer was not used do not count."))
    label = QLabel(QCoreApplication.translate("Backups", "Daily &backups kept"), parent)
    label.setBuddy(box)
    form.addRow(label, box)
    return box
