"""File ▸ Import a registry of organizations: map the list's columns, see every row's fate,
then import the good rows in one transaction (``services.registry_import``).

The file is read and every row checked off the GUI thread (gateway); changing a column's
mapping checks the rows again, so the preview is always what the import will do.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.gui import gateway
from clusterdesk.gui.reasons import error_text
from clusterdesk.services import registry_import as svc
from clusterdesk.services.registry_files import Table, read_table
from clusterdesk.store.database import Database

C = "RegistryImportDialog"
FIELD_LABELS = {  # our fields as the dialog names them, in the order shown
    "name": QT_TRANSLATE_NOOP("RegistryImportDialog", "Name"),
    "bin": QT_TRANSLATE_NOOP("RegistryImportDialog", "BIN"),
    "legal_form": QT_TRANSLATE_NOOP("RegistryImportDialog", "Legal form"),
    "region": QT_TRANSLATE_NOOP("RegistryImportDialog", "Region or KATO"),
    "address": QT_TRANSLATE_NOOP("RegistryImportDialog", "Address"),
    "phone": QT_TRANSLATE_NOOP("RegistryImportDialog", "Phone"),
    "email": QT_TRANSLATE_NOOP("RegistryImportDialog", "E-mail"),
    "contact": QT_TRANSLATE_NOOP("RegistryImportDialog", "Contact person"),
    "position": QT_TRANSLATE_NOOP("RegistryImportDialog", "Contact's position"),
}
HEADERS = (QT_TRANSLATE_NOOP("RegistryImportDialog", "Row"),
           QT_TRANSLATE_NOOP("RegistryImportDialog", "Name"),
           QT_TRANSLATE_NOOP("RegistryImportDialog", "BIN"),
           QT_TRANSLATE_NOOP("RegistryImportDialog", "What happens"))
MENU_TEXT = QT_TRANSLATE_NOOP("RegistryImportDialog", "&Import a registry of organizations…")
OPEN_TITLE = QT_TRANSLATE_NOOP("RegistryImportDialog", "Import a registry of organizations")
OPEN_FILTER = QT_TRANSLATE_NOOP("RegistryImportDialog", "Registry lists (*.xlsx *.csv *.txt)")
PREVIEW_ROWS = 2000  # shown in the table; the summary counts them all


def _t(text: str) -> str:
    return QCoreApplication.translate(C, text)


class RegistryImportDialog(QDialog):
    """The mapping as combo boxes, the preview table and Import."""

    def __init__(self, db: Database, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.path = db, Path(path)
        self.table: Table | None = None
        self.rows: list[svc.Row] = []
        self.setWindowTitle(self.tr("Import a registry: %1").replace("%1", self.path.name))
        self.resize(900, 600)
        self.combos: dict[str, QComboBox] = {}
        form = QFormLayout()
        for name, label in FIELD_LABELS.items():
            combo = QComboBox(self)
            combo.setObjectName(f"map_{name}")
            self.combos[name] = combo
            form.addRow(_t(label), combo)
        self.summary = QLabel(self.tr("Reading the file…"), self)
        self.summary.setWordWrap(True)
        self.preview = QTableWidget(0, len(HEADERS), self)
        self.preview.setHorizontalHeaderLabels([_t(h) for h in HEADERS])
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.verticalHeader().setVisible(False)
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.buttons)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._generation = 0  # a check's answer is shown only if no later check started
        gateway.call(self, lambda: read_table(self.path), self._read, self._failed, writes=False)

    def _failed(self, exc: Exception) -> None:
        self.summary.setText(error_text(exc))
        self.import_button.setEnabled(False)

    def _read(self, table: object) -> None:
        assert isinstance(table, Table)
        self.table = table
        gateway.read(self, self.db, lambda s: svc.resolve_mapping(
            table.header, None, svc.load_mapping(s)), self._mapped)

    def _mapped(self, mapping: object) -> None:
        assert isinstance(mapping, dict) and self.table is not None
        for name, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(not in the file)"), "")
            for title in self.table.header:
                combo.addItem(title, title)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(name, ""))))
            combo.blockSignals(False)
            combo.currentIndexChanged.connect(self.check)
        self.check()

    def mapping(self) -> dict[str, str]:
        return {name: combo.currentData() for name, combo in self.combos.items()
                if combo.currentData()}

    def check(self) -> None:
        """Check every row with the mapping as it stands now."""
        if self.table is None:
            return
        table, mapping = self.table, self.mapping()
        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("Checking the rows…"))
        self._generation += 1
        generation = self._generation

        def checked(rows: object) -> None:
            if generation == self._generation:
                self._checked(rows)

        gateway.read(self, self.db, lambda s: svc.check_rows(s, table, mapping), checked,
                     self._failed)

    def _checked(self, rows: object) -> None:
        assert isinstance(rows, list)
        self.rows = rows
        good = sum(r.ok for r in rows)
        self.summary.setText(self.tr("%1 rows: %2 will be imported, %3 refused (the reason is "
                                     "in the table).").replace("%1", str(len(rows)))
                             .replace("%2", str(good)).replace("%3", str(len(rows) - good)))
        shown = rows[:PREVIEW_ROWS]
        self.preview.setRowCount(len(shown))
        for r, row in enumerate(shown):
            fate = (self.tr("will be imported") if row.ok
                    else "; ".join(error_text(p) for p in row.problems))
            cells = (str(row.number), row.values.get("name", ""), row.values.get("bin", ""), fate)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if not row.ok:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.preview.setItem(r, c, item)
        self.preview.resizeColumnsToContents()
        self.import_button.setEnabled(good > 0)

    def run_import(self) -> None:
        if self.table is None:
            return
        table, mapping, name = self.table, self.mapping(), self.path.name
        self.import_button.setEnabled(False)
        gateway.write(self, self.db, lambda s: svc.import_table(s, table, mapping, name),
                      self._done, self._failed)

    def _done(self, summary: object) -> None:
        assert isinstance(summary, svc.Summary)
        QMessageBox.information(self, self.windowTitle(), self.tr(
            "%1 organizations and %2 contacts imported; %3 rows refused.")
            .replace("%1", str(summary.imported)).replace("%2", str(summary.contacts))
            .replace("%3", str(len(summary.refused))))
        self.accept()


def open_registry_import(parent: QWidget, db: Database) -> None:
    """Ask for the list, then show its preview."""
    path, _filter = QFileDialog.getOpenFileName(
        parent, _t(OPEN_TITLE), "", _t(OPEN_FILTER))
    if path:
        RegistryImportDialog(db, Path(path), parent).open()


class _ActionText(QObject):
    """Keeps the menu entry's text in the window's language (LanguageChange reaches the
    window, not the action)."""

    def __init__(self, window: QWidget, action: QAction) -> None:
        super().__init__(window)
        self.action = action
        self.retranslate()
        window.installEventFilter(self)

    def retranslate(self) -> None:
        self.action.setText(_t(MENU_TEXT))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False


def menu_action(window: QWidget, menu: QMenu, before: QAction) -> QAction:
    """File ▸ Import a registry of organizations…, on the window's database, before ``before``."""
    action = QAction(window)
    action.triggered.connect(lambda: open_registry_import(window, window.db))
    menu.insertAction(before, action)
    _ActionText(window, action)
    return action
