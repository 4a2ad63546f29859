"""The application editor's form: sections and attachments built from the template's data,
the participants table, the buttons, and reading back what is on screen.

A mixin of ``ApplicationEditor`` (``gui.application_editor``): it works on the editor's
``ui``, ``template`` and widgets. Its texts are in the editor's translation context.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from clusterdesk import languages
from clusterdesk.domain.app_template import FieldDef, parse_number
from clusterdesk.domain.compliance import AttachmentSnap, ParticipantSnap
from clusterdesk.domain.enums import ApplicationStatus
from clusterdesk.gui.application_participants import ChoiceDelegate, column_of

S = ApplicationStatus
PDF_LANGUAGES = list(languages.NAMES.items())


def text_of(value: Any) -> str:
    """A stored field value as the text of its widget."""
    if value is None:
        return ""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else str(value)
    return str(value)


class ApplicationForm:
    """Building the editor's widgets from the template, and reading them back."""

    # ------------------------------------------------------------------ building from data
    def _build_sections(self) -> None:
        layout = self.ui.sectionsLayout
        legend = QLabel(self.tr("Fields marked * are required."), self.ui.sectionsContent)
        legend.setStyleSheet("color: #555;")
        layout.addWidget(legend)
        for section in self.template.sections:
            box = QGroupBox(section.title[self.lang], self.ui.sectionsContent)
            box.setObjectName(f"section_{section.id}")
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            for f in section.fields:
                widget = self._field_widget(f, box)
                widget.setObjectName(f"field_{section.id}_{f.id}")
                label = QLabel(f.label[self.lang] + (" *" if f.required else ""), box)
                label.setWordWrap(True)
                label.setMinimumWidth(240)
                label.setMaximumWidth(320)
                label.setBuddy(widget)
                if f.required:
                    label.setToolTip(self.tr("Required"))
                    label.setStyleSheet("font-weight: bold;")
                form.addRow(label, widget)
                self.field_widgets[f"{section.id}.{f.id}"] = widget
            layout.addWidget(box)
        layout.addStretch(1)

    def _field_widget(self, f: FieldDef, parent: QWidget) -> QWidget:
        if f.kind == "long_text":
            edit = QPlainTextEdit(parent)
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(64)
            edit.setMaximumHeight(110)
            edit.textChanged.connect(self._edited)
            return edit
        if f.kind == "choice":
            combo = QComboBox(parent)
            combo.addItem("—", "")
            for option_id, texts in f.options:
                combo.addItem(texts[self.lang], option_id)
            combo.currentIndexChanged.connect(self._edited)
            return combo
        edit = QLineEdit(parent)
        if f.kind == "number":
            edit.setPlaceholderText(self.tr("a number, e.g. 1250.5"))
            edit.setMaximumWidth(220)
        elif f.kind == "date":
            edit.setPlaceholderText(self.tr("DD.MM.YYYY"))
            edit.setMaximumWidth(160)
        edit.textEdited.connect(self._edited)
        return edit

    def _build_attachments(self) -> None:
        grid = self.ui.attachmentsLayout
        legend = QLabel(self.tr("Tick what is enclosed and give its file. Attachments "
                                "marked * are required."), self.ui.attachmentsContent)
        legend.setWordWrap(True)
        grid.addWidget(legend, 0, 0, 1, 3)
        for row, a in enumerate(self.template.attachments, 1):
            check = QCheckBox(a.title[self.lang] + (" *" if a.required else ""),
                              self.ui.attachmentsContent)
            check.setObjectName(f"attachment_{a.id}")
            file = QLineEdit(self.ui.attachmentsContent)
            file.setObjectName(f"attachmentFile_{a.id}")
            file.setPlaceholderText(self.tr("No file chosen"))
            file.setMinimumWidth(260)
            choose = QPushButton(self.tr("Choose…"), self.ui.attachmentsContent)
            check.toggled.connect(self._edited)
            file.textEdited.connect(self._edited)
            choose.clicked.connect(lambda _c=False, aid=a.id: self.choose_file(aid))
            grid.addWidget(check, row, 0)
            grid.addWidget(file, row, 1)
            grid.addWidget(choose, row, 2)
            self.attachment_widgets[a.id] = (check, file, choose)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(len(self.template.attachments) + 1, 1)

    def _setup_participants_view(self) -> None:
        view = self.ui.participantsView
        view.setModel(self.participants)
        view.setItemDelegate(ChoiceDelegate(view))
        view.verticalHeader().setVisible(False)
        view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        widths = {"row": 40, "name": 260, "bin": 110, "kind": 150, "role": 130,
                  "region_code": 170, "employees": 80, "revenue_mln_kzt": 110,
                  "export_share": 80, "coordinator": 90, "agreement_signed": 110}
        for key, width in widths.items():
            view.setColumnWidth(column_of(key), width)

    def _setup_buttons(self) -> None:
        ui = self.ui
        for code, name in PDF_LANGUAGES:
            ui.printLanguage.addItem(name, code)
        ui.printLanguage.setCurrentIndex(max(ui.printLanguage.findData(self.lang), 0))
        self.save_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.clicked.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_pdf)
        ui.checkNow.clicked.connect(self.recheck)
        ui.problemsList.itemActivated.connect(self._problem_chosen)
        ui.problemsList.itemClicked.connect(self._problem_chosen)
        ui.addParticipant.clicked.connect(self._add_participant)
        ui.removeParticipant.clicked.connect(self._remove_participant)
        ui.refreshParticipants.clicked.connect(self.refresh_participants)
        ui.submit.clicked.connect(self.submit)
        ui.register.clicked.connect(self.register)
        ui.reject.clicked.connect(self.reject_application)
        ui.returnToDraft.clicked.connect(lambda: self._change(S.DRAFT))
        ui.recordPoints.clicked.connect(self.record_points)
        ui.markEvaluated.clicked.connect(self.mark_evaluated)
        ui.printPdf.clicked.connect(self.print_pdf)
        for table in (ui.scoresTable, ui.historyTable):
            table.verticalHeader().setVisible(False)
            table.horizontalHeader().setStretchLastSection(True)

    # ------------------------------------------------------------------ what is on screen
    def current_fields(self) -> dict[str, dict[str, Any]]:
        out: dict[str, dict[str, Any]] = {}
        for section in self.template.sections:
            values: dict[str, Any] = {}
            for f in section.fields:
                values[f.id] = self._value(f, self.field_widgets[f"{section.id}.{f.id}"])
            out[section.id] = values
        return out

    @staticmethod
    def _value(f: FieldDef, widget: QWidget) -> Any:
        if isinstance(widget, QComboBox):
            return widget.currentData() or ""
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText().strip()
        text = widget.text().strip()  # type: ignore[attr-defined]
        if f.kind == "number" and text:
            number = parse_number(text)
            if number is None:
                return text  # kept as typed: the check names it
            return int(number) if number.is_integer() else number
        return text

    def current_attachments(self) -> dict[str, AttachmentSnap]:
        return {aid: AttachmentSnap(check.isChecked(), file.text().strip())
                for aid, (check, file, _b) in self.attachment_widgets.items()}

    def current_participants(self) -> list[ParticipantSnap]:
        return [dataclasses.replace(p) for p in self.participants.lines]


    # ------------------------------------------------------------------ the crash-safe draft
    def draft_state(self) -> dict[str, Any]:
        """What is on screen as JSON, for the draft kept while the form is edited."""
        return {"fields": self.current_fields(),
                "attachments": {aid: [a.present, a.file]
                                for aid, a in self.current_attachments().items()},
                "participants": [p.to_json() for p in self.current_participants()]}

    def put_back(self, state: dict[str, Any]) -> None:
        """A draft left by a crash, back on screen (unsaved until Save)."""
        if self.status is not S.DRAFT:
            return  # submitted meanwhile: the draft's edits can no longer be made
        fields = state.get("fields") or {}
        for key, widget in self.field_widgets.items():
            section, field = key.split(".")
            self._set_value(widget, (fields.get(section) or {}).get(field))
        for aid, (check, file, _b) in self.attachment_widgets.items():
            present, path = (state.get("attachments") or {}).get(aid) or (False, "")
            check.setChecked(bool(present))
            file.setText(str(path))
        self.participants.set_lines([ParticipantSnap.from_json(p)
                                     for p in state.get("participants") or []])
        self.dirty = True
        self.edits += 1
        self.recheck()
