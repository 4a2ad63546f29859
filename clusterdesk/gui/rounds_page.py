"""Selection rounds in the window: the list (a tab of the Applications page) and a dialog to
create or edit a round — name, announcement date, deadline, clusters to select, template.

Reads and writes go through the gateway to ``services.rounds``; the list watches the rounds
and applications tables, so a round saved here or arriving by sync shows at once.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.errors import ValidationError
from clusterdesk.gui import device_role, formats, gateway, labels
from clusterdesk.gui.edit_conflict_dialog import ask_merge
from clusterdesk.gui.editors.base import cap_lengths
from clusterdesk.gui.form_drafts import DraftKeeper, save_shortcut
from clusterdesk.gui.hub import watch
from clusterdesk.gui.reasons import error_text, reason_text
from clusterdesk.services import records
from clusterdesk.services import rounds as svc
from clusterdesk.services.concurrent_edit import EditBase, EditConflict, version_of
from clusterdesk.store.database import Database
from clusterdesk.store.models import SelectionRound


class RoundDialog(QDialog):
    """One round's fields; OK saves in one transaction, a refused field is named in red."""

    def __init__(self, db: Database, row: svc.RoundRow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.row, self.saved_uuid = db, row, None
        self.setWindowTitle(self.tr("Selection round") if row is None
                            else self.tr("Selection round %1").replace("%1", row.name))
        form = QFormLayout()
        self.name = QLineEdit(self)
        cap_lengths(SelectionRound, {"name": self.name})
        self.announced = QDateEdit(self, calendarPopup=True)
        self.deadline = QDateEdit(self, calendarPopup=True)
        for edit in (self.announced, self.deadline):
            edit.setDisplayFormat(formats.date_format())
        self.clusters = QSpinBox(self)
        self.clusters.setRange(0, 999)
        self.template = QComboBox(self)
        lang = labels.language()
        for t in svc.templates():
            self.template.addItem(t.name(lang), (t.id, t.version))
        self.labels = {"name": self.tr("Name"), "announced_on": self.tr("Announced on"),
                       "deadline": self.tr("Applications until"),
                       "clusters_to_select": self.tr("Clusters to select"),
                       "template": self.tr("Application template")}
        widgets = {"name": self.name, "announced_on": self.announced,
                   "deadline": self.deadline, "clusters_to_select": self.clusters,
                   "template": self.template}
        self.widgets = widgets
        for key, widget in widgets.items():
            widget.setObjectName(key)  # named: the crash-safe draft reads it
            form.addRow(self.labels[key], widget)
        self.problem = QLabel(self)
        self.problem.setObjectName("roundProblem")
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.version = None  # the round as loaded: a save merges with changes made since
        if row is not None:
            self.version = gateway.read_now(db, lambda s: version_of(records.get(
                s, SelectionRound, row.uuid)))  # one record by its key
            row = dataclasses.replace(row, **{k: v for k, v in self.version.values.items()
                                              if k in svc.RoundRow.__dataclass_fields__})
        self._fill(row)
        self.base_form = self.fields() if row is not None else None
        self.draft = DraftKeeper(self, db, f"RoundDialog/{row.uuid if row else 'new'}")
        self.draft.watch_inputs()
        save_shortcut(self, self.save, self.buttons)

    def reject(self) -> None:
        """Esc, Cancel, closing: asks first when something was typed."""
        if self.buttons.isEnabled() and self.draft.confirm_discard():
            super().reject()

    def _fill(self, row: svc.RoundRow | None) -> None:
        today = QDate.currentDate()
        if row is None:
            self.announced.setDate(today)
            self.deadline.setDate(today.addMonths(2))
            return
        self.name.setText(row.name)
        self.announced.setDate(QDate(row.announced_on))
        self.deadline.setDate(QDate(row.deadline))
        self.clusters.setValue(row.clusters_to_select)
        index = self.template.findData((row.template_id, row.template_version))
        if index < 0:  # a template this installation does not ship: shown by its id
            self.template.addItem(f"{row.template_id} {row.template_version}",
                                  (row.template_id, row.template_version))
            index = self.template.count() - 1
        self.template.setCurrentIndex(index)

    def fields(self) -> dict:
        template_id, version = self.template.currentData() or ("", "")
        return {"name": self.name.text(), "announced_on": self.announced.date().toPython(),
                "deadline": self.deadline.date().toPython(),
                "clusters_to_select": self.clusters.value(),
                "template_id": template_id, "template_version": version}

    def save(self, merged: tuple | None = None) -> None:
        fields, uuid = self.fields(), self.row.uuid if self.row else None
        base = EditBase(self.version, self.base_form) if self.version else None
        if merged is not None:  # the user's choice after "changed meanwhile"
            fields, base = merged
        self.buttons.setEnabled(False)

        def done(rnd: object) -> None:
            self.saved_uuid = getattr(rnd, "uuid", None)
            self.draft.drop()
            self.accept()

        def failed(exc: Exception) -> None:
            self.buttons.setEnabled(True)
            if isinstance(exc, EditConflict):
                merge = ask_merge(self, exc, "selection_rounds")
                if merge is not None:
                    self.save(merge)
            elif isinstance(exc, ValidationError):
                self.problem.setText(f"{self.labels.get(exc.field, exc.field)}: "
                                     f"{reason_text(exc.reason)}")
                widget = self.widgets.get(exc.field)
                if widget is not None:
                    widget.setFocus()
            else:
                self.problem.setText(error_text(exc))

        gateway.write(self, self.db, lambda s: svc.save_round(s, fields, uuid, base), done,
                      failed, origin=self)


class RoundsView(QWidget):
    """The rounds, newest first, with New and Edit."""

    changed = Signal()
    HEADERS = (QT_TRANSLATE_NOOP("RoundsView", "Name"),
               QT_TRANSLATE_NOOP("RoundsView", "Announced on"),
               QT_TRANSLATE_NOOP("RoundsView", "Applications until"),
               QT_TRANSLATE_NOOP("RoundsView", "Clusters to select"),
               QT_TRANSLATE_NOOP("RoundsView", "Application template"),
               QT_TRANSLATE_NOOP("RoundsView", "Applications"))

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.rows: list[svc.RoundRow] = []
        self.table = QTableWidget(0, len(self.HEADERS), self)
        self.table.setObjectName("roundsTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.new_button, self.edit_button = QPushButton(self), QPushButton(self)
        self.new_button.clicked.connect(self.new_round)
        self.edit_button.clicked.connect(self.edit_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        watch(self, db, {"selection_rounds", "applications"}, lambda _c: self.refresh())
        self.retranslate()
        self.refresh()

    def refresh(self) -> None:
        gateway.read(self, self.db, svc.rounds, self._show)

    def _show(self, rows: object) -> None:
        self.rows = list(rows)  # type: ignore[call-overload]
        lang = labels.language()
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            template = row.template.name(lang) if row.template \
                else f"{row.template_id} {row.template_version}".strip()
            cells = (row.name, formats.date_text(row.announced_on),
                     formats.date_text(row.deadline), formats.number_text(row.clusters_to_select),
                     template, formats.number_text(row.applications))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if c in (3, 5):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        decides = device_role.decides(self.db)  # selection rounds are head office's
        self.new_button.setEnabled(decides)
        self.edit_button.setEnabled(bool(self.rows) and decides)

    def selected(self) -> svc.RoundRow | None:
        r = self.table.currentRow()
        return self.rows[r] if 0 <= r < len(self.rows) else None

    def new_round(self) -> RoundDialog:
        dialog = RoundDialog(self.db, None, self)
        dialog.accepted.connect(self.changed.emit)
        dialog.open()
        return dialog

    def edit_selected(self) -> RoundDialog | None:
        row = self.selected()
        if row is None:
            return None
        dialog = RoundDialog(self.db, row, self)
        dialog.accepted.connect(self.changed.emit)
        dialog.open()
        return dialog

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("&New round…"))
        self.edit_button.setText(self.tr("&Edit round…"))
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("RoundsView", h) for h in self.HEADERS])
        if self.rows:
            self._show(self.rows)

    def changeEvent(self, event) -> None:  # noqa: ANN001
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "table"):
            self.retranslate()
        super().changeEvent(event)
