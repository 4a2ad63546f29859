"""A record's History: each change (when, device, who, field, before → after), each field's
latest change, and the sync conflicts it had — read off the GUI thread from
``services.history``. Opened from the main window (Edit ▸ History of the record, Ctrl+H) for
the selected row of any list, or by an editor with its record.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.gui import formats, gateway
from clusterdesk.gui.hub import watch
from clusterdesk.gui.sync_tables import field_label, field_value
from clusterdesk.services import history as svc
from clusterdesk.store.database import Database
from clusterdesk.store.history import CREATED

C = "HistoryDialog"
HEADERS = {  # every column header, marked for translation
    "When": QT_TRANSLATE_NOOP("HistoryDialog", "When"),
    "Device": QT_TRANSLATE_NOOP("HistoryDialog", "Device"),
    "Who": QT_TRANSLATE_NOOP("HistoryDialog", "Who"),
    "Field": QT_TRANSLATE_NOOP("HistoryDialog", "Field"),
    "Before": QT_TRANSLATE_NOOP("HistoryDialog", "Before"),
    "After": QT_TRANSLATE_NOOP("HistoryDialog", "After"),
    "How": QT_TRANSLATE_NOOP("HistoryDialog", "How"),
    "Last changed": QT_TRANSLATE_NOOP("HistoryDialog", "Last changed"),
    "Values that lost": QT_TRANSLATE_NOOP("HistoryDialog", "Values that lost"),
    "Outcome": QT_TRANSLATE_NOOP("HistoryDialog", "Outcome"),
}
CHANGE_HEADERS = ("When", "Device", "Who", "Field", "Before", "After", "How")
FIELD_HEADERS = ("Field", "Last changed", "Device", "Who")
CONFLICT_HEADERS = ("When", "Device", "Values that lost", "Outcome")
MORE_FIELDS = {  # fields the sync page does not name (it shows other tables)
    "settlement_kato": QT_TRANSLATE_NOOP("HistoryDialog", "Settlement (KATO)"),
    "next_step_owner": QT_TRANSLATE_NOOP("HistoryDialog", "Next step owner"),
    "next_step_due": QT_TRANSLATE_NOOP("HistoryDialog", "Next step due"),
    "template_id": QT_TRANSLATE_NOOP("HistoryDialog", "Template"),
    "template_version": QT_TRANSLATE_NOOP("HistoryDialog", "Template version"),
    "announced_on": QT_TRANSLATE_NOOP("HistoryDialog", "Announced on"),
    "deadline": QT_TRANSLATE_NOOP("HistoryDialog", "Applications until"),
    "clusters_to_select": QT_TRANSLATE_NOOP("HistoryDialog", "Clusters to select"),
    "total": QT_TRANSLATE_NOOP("HistoryDialog", "Total points"),
    "rank": QT_TRANSLATE_NOOP("HistoryDialog", "Place"),
    "round_uuid": QT_TRANSLATE_NOOP("HistoryDialog", "Selection round"),
    "rejection_reasons": QT_TRANSLATE_NOOP("HistoryDialog", "Reasons for rejection"),
    "fields": QT_TRANSLATE_NOOP("HistoryDialog", "Application fields"),
    "participants": QT_TRANSLATE_NOOP("HistoryDialog", "Participants"),
    "attachments": QT_TRANSLATE_NOOP("HistoryDialog", "Attachments"),
    "answers": QT_TRANSLATE_NOOP("HistoryDialog", "Answers"),
    "scores": QT_TRANSLATE_NOOP("HistoryDialog", "Scores"),
    "attendees": QT_TRANSLATE_NOOP("HistoryDialog", "Attendees"),
    "form_id": QT_TRANSLATE_NOOP("HistoryDialog", "Form"),
    "form_version": QT_TRANSLATE_NOOP("HistoryDialog", "Form version"),
    "organization": QT_TRANSLATE_NOOP("HistoryDialog", "Organization"),
}
SOURCES = {"edit": QT_TRANSLATE_NOOP("HistoryDialog", "edited here"),
           "import": QT_TRANSLATE_NOOP("HistoryDialog", "arrived in a sync file")}
RESOLUTIONS = {"": QT_TRANSLATE_NOOP("HistoryDialog", "open"),
               "kept_current": QT_TRANSLATE_NOOP("HistoryDialog", "the other version was kept"),
               "kept_other": QT_TRANSLATE_NOOP("HistoryDialog", "this version was restored")}


def _t(text: str) -> str:
    return QCoreApplication.translate(C, text)


def field_name(name: str) -> str:
    """A field as the window names it."""
    return _t(MORE_FIELDS[name]) if name in MORE_FIELDS else field_label(name)


def _table(parent: QWidget, headers: tuple[str, ...], rows: list[tuple[str, ...]],
           name: str) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels([_t(h) for h in headers])
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(True)
    table.verticalHeader().setVisible(False)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    for c in range(table.columnCount()):
        table.setColumnWidth(c, min(table.columnWidth(c), 320))
    table.horizontalHeader().setStretchLastSection(True)
    return table


class HistoryDialog(QDialog):
    """The history of one record; refreshed when the record changes while it is open."""

    def __init__(self, db: Database, table: str, uuid: str, title: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.table_name, self.uuid = db, table, uuid
        self.data: svc.History | None = None
        self.setWindowTitle(self.tr("History: %1").replace("%1", title or uuid[:8]))
        self.resize(900, 520)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.tabs = QTabWidget(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.summary.setText(self.tr("Reading the history…"))
        watch(self, db, {table}, lambda _c: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        gateway.read(self, self.db, lambda s: svc.record_history(s, self.table_name, self.uuid),
                     self._show)

    def _value(self, field: str, value: object) -> str:
        return field_value(self.table_name, field, value)

    def _show(self, data: object) -> None:
        assert isinstance(data, svc.History)
        self.data = data
        changes = [(formats.datetime_text(c.when), c.device, c.actor or "—",
                    self.tr("record created") if c.field == CREATED else field_name(c.field),
                    "" if c.field == CREATED else self._value(c.field, c.before),
                    "" if c.field == CREATED else self._value(c.field, c.after),
                    _t(SOURCES.get(c.source, c.source))) for c in data.changes]
        fields = [(field_name(f.field), formats.datetime_text(f.when), f.device,
                   f.actor or "—") for f in data.fields]
        conflicts = [(formats.datetime_text(c.when), c.device,
                      "; ".join(f"{field_name(k)}: {self._value(k, v)}"
                                for k, v in c.fields.items()),
                      _t(RESOLUTIONS.get(c.resolution, c.resolution)))
                     for c in data.conflicts]
        current = self.tabs.currentIndex()
        self.tabs.clear()
        self.tabs.addTab(_table(self, CHANGE_HEADERS, changes, "historyChanges"),
                         self.tr("Changes (%1)").replace("%1", formats.number_text(len(changes))))
        self.tabs.addTab(_table(self, FIELD_HEADERS, fields, "historyFields"),
                         self.tr("Each field's last change"))
        self.tabs.addTab(_table(self, CONFLICT_HEADERS, conflicts, "historyConflicts"),
                         self.tr("Conflicts (%1)").replace(
                             "%1", formats.number_text(len(conflicts))))
        self.tabs.setCurrentIndex(max(current, 0))
        latest = data.fields[0] if data.fields else None
        text = self.tr("%n change(s) seen on this computer.", "", len(changes))
        if latest is not None:
            text += " " + self.tr("Last changed %1 on %2.").replace(
                "%1", formats.datetime_text(latest.when)).replace("%2", latest.device)
        self.summary.setText(text)


def open_history(parent: QWidget, db: Database, table: str, uuid: str,
                 title: str = "") -> HistoryDialog:
    dialog = HistoryDialog(db, table, uuid, title, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def add_history_button(editor: QWidget, box: QDialogButtonBox, table: str,
                       uuid: str | None) -> None:
    """A "History…" button in an editor's button box (none for a record not yet saved)."""
    if not uuid:
        return
    button = box.addButton(QCoreApplication.translate("HistoryDialog", "&History…"),
                           QDialogButtonBox.ButtonRole.HelpRole)
    button.setObjectName("historyButton")
    db = editor.db  # type: ignore[attr-defined]
    button.clicked.connect(lambda: open_history(editor, db, table, uuid,
                                                editor.windowTitle()))
