"""The settings and About dialogs (laid out in forms/settings_dialog.ui, about_dialog.ui)."""

from __future__ import annotations

import html
import platform
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from clusterdesk import __version__
from clusterdesk.gui import gateway, i18n, labels, settings
from clusterdesk.gui.backups import retention_row
from clusterdesk.gui.editors.kept_values import select_data
from clusterdesk.gui.errors import log_path
from clusterdesk.gui.forms.ui_about_dialog import Ui_AboutDialog
from clusterdesk.gui.forms.ui_settings_dialog import Ui_SettingsDialog
from clusterdesk.gui.icons import app_icon
from clusterdesk.gui.pickers import fill_combo
from clusterdesk.resources_path import resource
from clusterdesk.services import lookups
from clusterdesk.store.database import Database
from clusterdesk.store.postgres import display_url, is_url


class SettingsDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        ui = self.ui
        fill_combo(ui.language, list(i18n.LANGUAGES.items()), settings.get(settings.LANGUAGE))
        fill_combo(ui.consultant, gateway.read_now(db, lookups.consultants),
                   settings.consultant(db) or None, empty="—")
        fill_combo(ui.defaultRegion, labels.current_regions(), None, empty="—")
        region = settings.get(settings.DEFAULT_REGION)  # a historical one (first start) kept
        select_data(ui.defaultRegion, region or None, labels.region_name(region) or region)
        from clusterdesk.sync.trust import MAX_DEVICE_NAME  # what a device list takes

        ui.deviceName.setMaxLength(MAX_DEVICE_NAME)
        ui.deviceName.setText(db.device_name)
        ui.databasePath.setText(db.location)
        ui.databasePath.setToolTip(self.tr(
            "A database file, or a PostgreSQL database: postgresql://user@server/database "
            "(the password is read from ~/.pgpass or PGPASSWORD and never stored)"))
        ui.pdfFolder.setText(settings.get(settings.PDF_FOLDER))
        self.keep_backups = retention_row(self, ui.form)  # how many daily backups are kept
        ui.openDatabase.clicked.connect(self._open_db)
        ui.newDatabase.clicked.connect(self._new_db)
        ui.browsePdf.clicked.connect(self._browse_pdf)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)

    def _open_db(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open database"),
                                              str(self._folder()),
                                              self.tr("ClusterDesk database (*.db)"))
        if path:
            self.ui.databasePath.setText(path)

    def _new_db(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("New database"),
                                              str(self._folder() / "clusterdesk.db"),
                                              self.tr("ClusterDesk database (*.db)"))
        if path:
            self.ui.databasePath.setText(path)

    def _folder(self) -> Path:
        return self.db.path.parent if self.db.path is not None else Path.home()

    def _browse_pdf(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Folder for PDF files"),
                                                self.ui.pdfFolder.text())
        if path:
            self.ui.pdfFolder.setText(path)

    def apply(self) -> dict:
        """Store the choices; returns what the window must act on (language, database)."""
        ui = self.ui
        changed = {}
        if ui.language.currentData() != settings.get(settings.LANGUAGE):
            changed["language"] = ui.language.currentData()
        settings.put(settings.LANGUAGE, ui.language.currentData())
        db, owner = self.db, self.parent()
        refresh = getattr(owner, "update_status", None)
        if ui.consultant.currentData():
            uuid, who = ui.consultant.currentData(), ui.consultant.currentText()
            gateway.call(owner, lambda: db.set_consultant(uuid, who))
        settings.put(settings.DEFAULT_REGION, ui.defaultRegion.currentData() or "")
        settings.put(settings.PDF_FOLDER, ui.pdfFolder.text().strip())
        settings.put(settings.BACKUP_DAYS, self.keep_backups.value())
        name = ui.deviceName.text().strip()
        if name and name != self.db.device_name:
            gateway.call(owner, lambda: db.set_device_name(name),
                         lambda _r: refresh and refresh())
        path = ui.databasePath.text().strip()
        if is_url(path):  # a server: opened as typed, remembered without its password
            if display_url(path) != self.db.location:
                changed["database"] = path
        elif path and Path(path).expanduser().resolve() != self.db.path:
            changed["database"] = Path(path).expanduser()
        return changed


LIBRARIES = [  # bundled libraries and fonts with their licences (names, not translated)
    "Qt for Python (PySide6) — LGPL v3",
    "SQLAlchemy, Alembic — MIT",
    "ReportLab, rl_accel — BSD; Pillow — MIT-CMU",
    "platformdirs — MIT; XlsxWriter — BSD",
    "DejaVu Sans — Bitstream Vera / Arev",
]


class AboutDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.icon.setPixmap(app_icon().pixmap(64, 64))
        font = ui.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        ui.title.setFont(font)
        ui.version.setText(self.tr("Version %1").replace("%1", __version__))
        ui.databasePath.setText(db.location)
        ui.logPath.setText(str(log_path()))
        for label in (ui.databasePath, ui.logPath):  # a path reads whole, not broken at "/"
            label.setWordWrap(False)
        items = "".join(f"<li>{html.escape(item)}</li>" for item in LIBRARIES)
        heading = self.tr("Bundled libraries and fonts, with their licences:")
        fonts = self.tr("The fonts may be bundled and redistributed freely; the full licence "
                        "text is in %1.").replace("%1", str(resource("fonts",
                                                                     "LICENSE-DejaVu.txt")))
        ui.licences.setHtml(
            f"<p><b>ClusterDesk</b> {__version__} · Python {platform.python_version()} · "
            f"PySide6 {pyside_version}</p><p>{html.escape(self._identity(db))}</p>"
            f"<p>{html.escape(heading)}</p><ul>{items}</ul><p>{html.escape(fonts)}</p>")
        ui.buttonBox.rejected.connect(self.reject)
        ui.buttonBox.accepted.connect(self.accept)

    def _identity(self, db: Database) -> str:
        """This device's key fingerprint and its place in the programme (read aloud by phone
        when head office enrols it)."""
        from clusterdesk.sync import trust

        fingerprint = trust.my_keys(db).fingerprint
        prog = trust.load(db)
        me = prog.devices.get(db.device_id) if prog else None
        roles = {"head_office": self.tr("head office"), "consultant": self.tr("consultant"),
                 "analyst": self.tr("analyst")}
        text = self.tr("This computer (%1): device key fingerprint %2.").replace(
            "%1", db.device_name).replace("%2", fingerprint)
        if prog is None:
            return text + " " + self.tr("Not in a programme: sync files are written unsigned "
                                        "and unencrypted.")
        role = roles.get(me.role, me.role) if me else self.tr("not enrolled yet")
        return text + " " + self.tr("Programme «%1», role: %2.").replace(
            "%1", prog.name).replace("%2", role)

