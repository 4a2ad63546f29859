"""The application editor: sections built from the template, participants, attachments, the
compliance panel that points at what to fix, the workflow by status, and the PDF.

The frame (tabs, panel, buttons) is ``forms/application_editor.ui``; the sections and the
attachments checklist are built from the template's data, so a new template needs no code.
The check runs on what is on screen (not only on what is saved) a moment after each edit.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QTableWidgetItem,
    QWidget,
)

from clusterdesk import languages
from clusterdesk.domain import compliance, ranking
from clusterdesk.domain.app_template import FieldDef, parse_number
from clusterdesk.domain.compliance import AttachmentSnap, ParticipantSnap, Problem
from clusterdesk.domain.enums import ApplicationStatus
from clusterdesk.errors import ClusterDeskError
from clusterdesk.gui import formats, gateway, labels, settings
from clusterdesk.gui.application_dialogs import RejectDialog, ScoresDialog, current_actor
from clusterdesk.gui.application_participants import ChoiceDelegate, ParticipantsModel, column_of
from clusterdesk.gui.forms.ui_application_editor import Ui_ApplicationEditor
from clusterdesk.gui.hub import watch
from clusterdesk.services import applications as svc
from clusterdesk.services import lookups, records
from clusterdesk.store.changes import ChangeSet
from clusterdesk.store.database import Database
from clusterdesk.store.models import Initiative
from clusterdesk.sync import trust

S = ApplicationStatus
RECHECK_MS = 400
PDF_LANGUAGES = list(languages.NAMES.items())
# Which column of the Participants table a rule's problem points at.
PROBLEM_COLUMN = {"valid_unique_bins": "bin", "signed_agreement_each": "agreement_signed",
                  "participants_in_region": "region_code", "coordinator_present": "coordinator"}


def _text_of(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else str(value)
    return str(value)


class ApplicationEditor(QDialog):
    def __init__(self, db: Database, uuid: str, parent: QWidget | None = None,
                 open_record=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.db = db
        self.uuid = uuid
        self.open_record = open_record
        self.dirty = False
        self.edits = 0  # edits made so far: a save only clears the ones it stored
        self.busy = False  # a save or workflow step is being written
        self.problems: list[Problem] = []
        self.last_pdf: Path | None = None
        self.ui = Ui_ApplicationEditor()
        self.ui.setupUi(self)
        self.lang = labels.language()
        self.field_widgets: dict[str, QWidget] = {}
        self.attachment_widgets: dict[str, tuple[QCheckBox, QLineEdit, QPushButton]] = {}
        self._recheck_timer = QTimer(self, singleShot=True, interval=RECHECK_MS)
        self._recheck_timer.timeout.connect(self.recheck)

        def read(s):  # noqa: ANN001, ANN202 - one application, by its key
            app = svc.get_application(s, uuid)
            return (svc.template_of(app), app.initiative_uuid, app.round.name,
                    app.round.deadline, svc.snapshot(s, app))

        (self.template, self.initiative_uuid, self.round_name, self.deadline,
         self.base) = gateway.read_now(db, read)
        self._build_sections()
        self._build_attachments()
        self.participants = ParticipantsModel(self.base.participants, self)
        self.participants.edited.connect(self._edited)
        self._setup_participants_view()
        self._setup_buttons()
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setSizes([860, 340])
        self._load()
        watch(self, db, {"applications", "evaluation_scores"}, self._changed_elsewhere)
        settings.restore_geometry(type(self).__name__, self)

    def _changed_elsewhere(self, change_set: ChangeSet) -> None:
        """Another window or an import changed this application: show it (asking first when
        there are unsaved edits here)."""
        if change_set.origin is self or self.busy or \
                not change_set.may_touch("applications", self.uuid):
            return
        if self.dirty and QMessageBox.question(
                self, self.windowTitle(), self.tr(
                    "This application was changed elsewhere (by an import or in another "
                    "window). Reload it? Your unsaved changes here would be lost."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No) \
                != QMessageBox.StandardButton.Yes:
            return
        self._load()

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

    # ------------------------------------------------------------------ loading
    def _load(self) -> None:
        """Values, status, history and points from the database (after open or a change)."""
        def read(s):  # noqa: ANN001, ANN202 - one application with its history and points
            app = svc.get_application(s, self.uuid)
            events = [(e.at, e.from_status, e.to_status, e.who_name, list(e.reasons or []))
                      for e in svc.history(s, self.uuid)]
            scores = [(x.evaluator, x.criterion_id, x.points) for x in svc.scores_of(s, self.uuid)]
            return app.status, svc.snapshot(s, app), events, scores, app.total, app.rank

        self.status, self.base, events, scores, total, rank = gateway.read_now(self.db, read)
        for widget in self.field_widgets.values():
            widget.blockSignals(True)
        for key, widget in self.field_widgets.items():
            section, field = key.split(".")
            self._set_value(widget, self.base.fields.get(section, {}).get(field))
        for widget in self.field_widgets.values():
            widget.blockSignals(False)
        for aid, (check, file, _b) in self.attachment_widgets.items():
            got = self.base.attachments.get(aid) or AttachmentSnap()
            check.blockSignals(True)
            check.setChecked(got.present)
            check.blockSignals(False)
            file.setText(got.file)
        self._loading = True
        self.participants.set_lines([dataclasses.replace(p) for p in self.base.participants])
        self._loading = False
        self._fill_history(events)
        self._fill_scores(scores, total, rank)
        self._apply_status()
        self.dirty = False
        self.recheck()

    def _set_value(self, widget: QWidget, value: Any) -> None:
        if isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(widget.findData(value or ""), 0))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(_text_of(value))
        elif isinstance(widget, QLineEdit):
            widget.setText(_text_of(value))
            widget.setCursorPosition(0)

    def _apply_status(self) -> None:
        ui, st = self.ui, self.status
        draft = st is S.DRAFT
        cluster = self.base.fields.get("general", {}).get("cluster_name") or ""
        self.setWindowTitle(self.tr("Application: %1").replace("%1", str(cluster)))
        ui.heading.setText(
            "<b>" + _html(str(cluster)) + "</b><br>" + _html(
                self.tr("Round %1 · deadline %2 · status: %3 · template %4 %5")
                .replace("%1", self.round_name).replace("%2", formats.date_text(self.deadline))
                .replace("%3", labels.enum_label("ApplicationStatus", st))
                .replace("%4", f"«{self.template.title[self.lang]}»")
                .replace("%5", self.template.version)))
        for widget in self.field_widgets.values():
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.setReadOnly(not draft)
            else:
                widget.setEnabled(draft)
        for check, file, choose in self.attachment_widgets.values():
            check.setEnabled(draft)
            file.setReadOnly(not draft)
            choose.setEnabled(draft)
        self.participants.editable = draft
        for w in (ui.addParticipant, ui.removeParticipant, ui.refreshParticipants,
                  self.save_button):
            w.setEnabled(draft)
        ui.submit.setVisible(draft)
        decides = trust.decides(self.db)  # head office's decisions only on its devices
        ui.register.setVisible(decides and st is S.SUBMITTED)
        ui.returnToDraft.setVisible(st is S.SUBMITTED)
        ui.reject.setVisible(decides and st in (S.SUBMITTED, S.REGISTERED))
        ui.recordPoints.setEnabled(decides and st in (S.REGISTERED, S.EVALUATED))
        ui.markEvaluated.setEnabled(decides and st is S.REGISTERED)

    def _fill_history(self, events: list[tuple]) -> None:
        table = self.ui.historyTable
        table.clear()
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Change"), self.tr("Who"),
                                         self.tr("Reasons")])
        table.setRowCount(len(events))
        for row, (at, from_, to, who, reasons) in enumerate(events):
            change = labels.enum_label("ApplicationStatus", to) if not from_ else \
                f"{labels.enum_label('ApplicationStatus', from_)} → " \
                f"{labels.enum_label('ApplicationStatus', to)}"
            for col, text in enumerate((f"{at:%d.%m.%Y %H:%M}", change, who,
                                        "\n".join(reasons))):
                table.setItem(row, col, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        table.resizeRowsToContents()

    def _fill_scores(self, scores: list[tuple[str, str, float]], total: float | None,
                     rank: int | None) -> None:
        table = self.ui.scoresTable
        evaluators = list(dict.fromkeys(e for e, _c, _p in scores))
        given = {(e, c): p for e, c, p in scores}
        self._existing_points = {e: {c: p for (e2, c), p in given.items() if e2 == e}
                                 for e in evaluators}
        table.clear()
        table.setColumnCount(2 + len(evaluators))
        table.setHorizontalHeaderLabels([self.tr("Criterion"), self.tr("Maximum"),
                                         *evaluators])
        criteria = self.template.criteria
        table.setRowCount(len(criteria) + 1)
        for row, c in enumerate(criteria):
            table.setItem(row, 0, QTableWidgetItem(c.title[self.lang]))
            table.setItem(row, 1, _number_item(c.max_points))
            for col, e in enumerate(evaluators, 2):
                table.setItem(row, col, _number_item(given.get((e, c.id))))
        last = len(criteria)
        bold = QTableWidgetItem(self.tr("Sum"))
        font = bold.font()
        font.setBold(True)
        bold.setFont(font)
        table.setItem(last, 0, bold)
        table.setItem(last, 1, _number_item(self.template.max_total))
        for col, e in enumerate(evaluators, 2):
            table.setItem(last, col, _number_item(sum(
                p for (e2, _c), p in given.items() if e2 == e)))
        table.resizeColumnsToContents()
        table.setColumnWidth(0, min(table.columnWidth(0), 380))
        sums = ranking.totals([ranking.Score(self.uuid, e, c, p) for e, c, p in scores])
        if self.uuid in sums:
            value, count = sums[self.uuid]
            text = self.tr("Total (average of %n evaluator(s)): %1 of %2", "", count) \
                .replace("%1", f"{value:g}").replace("%2", f"{self.template.max_total:g}")
            if rank:
                text += " · " + self.tr("place %1 in the round").replace("%1", str(rank))
        else:
            text = self.tr("No points recorded yet.")
        self.ui.totalLabel.setText(text)

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

    # ------------------------------------------------------------------ the check
    def _edited(self, *_args: object) -> None:
        if getattr(self, "_loading", False):
            return
        if self.status is S.DRAFT:
            self.dirty = True
            self.edits += 1
        self._recheck_timer.start()

    def recheck(self) -> list[Problem]:
        """Check what is on screen and list every problem in the panel."""
        self._recheck_timer.stop()
        snap = dataclasses.replace(
            self.base, fields=self.current_fields(), participants=self.current_participants(),
            attachments=self.current_attachments(), check_date=dt.date.today())
        self.problems = compliance.check(self.template, snap, self.lang)
        lst = self.ui.problemsList
        lst.clear()
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for p in self.problems:
            item = QListWidgetItem(icon, p.text)
            item.setToolTip(p.text)
            item.setData(Qt.ItemDataRole.UserRole, p)
            lst.addItem(item)
        if self.problems:
            self.ui.complianceSummary.setText(self.tr(
                "%n problem(s) would stop this application at registration. Click a problem "
                "to go to what needs fixing.", "", len(self.problems)))
            self.ui.complianceSummary.setStyleSheet("color: #b00020;")
        else:
            self.ui.complianceSummary.setText(self.tr(
                "No problems: the application meets the formal requirements."))
            self.ui.complianceSummary.setStyleSheet("color: #1b6e20;")
        n = len(self.participants.lines)
        self.ui.participantsSummary.setText(self.tr("%n participant(s)", "", n))
        return self.problems

    def problem_texts(self) -> list[str]:
        return [self.ui.problemsList.item(i).text() for i in range(self.ui.problemsList.count())]

    def _problem_chosen(self, item: QListWidgetItem) -> None:
        self.go_to(item.data(Qt.ItemDataRole.UserRole))

    def go_to(self, p: Problem) -> None:
        """Show and focus what the problem names: a field, a participant, an attachment."""
        ui = self.ui
        if p.target == "field" and p.ref in self.field_widgets:
            ui.tabs.setCurrentWidget(ui.sectionsTab)
            widget = self.field_widgets[str(p.ref)]
            ui.sectionsScroll.ensureWidgetVisible(widget, 20, 40)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        elif p.target == "participant" and isinstance(p.ref, int):
            ui.tabs.setCurrentWidget(ui.participantsTab)
            col = column_of(PROBLEM_COLUMN.get(p.kind, "name"))
            index = self.participants.index(p.ref - 1, col)
            ui.participantsView.setCurrentIndex(index)
            ui.participantsView.scrollTo(index)
            ui.participantsView.setFocus(Qt.FocusReason.OtherFocusReason)
        elif p.target == "participants":
            ui.tabs.setCurrentWidget(ui.participantsTab)
            target = ui.addParticipant if ui.addParticipant.isEnabled() else ui.participantsView
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        elif p.target == "attachment" and p.ref in self.attachment_widgets:
            ui.tabs.setCurrentWidget(ui.attachmentsTab)
            check, file, _b = self.attachment_widgets[str(p.ref)]
            target = file if p.message == "no_file" else check
            ui.attachmentsScroll.ensureWidgetVisible(target)
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        else:  # the filing date: it is set when the application is submitted
            ui.tabs.setCurrentWidget(ui.historyTab)
            ui.historyTable.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------------ editing actions
    def _add_participant(self) -> None:
        row = self.participants.add_line()
        index = self.participants.index(row, column_of("name"))
        self.ui.participantsView.setCurrentIndex(index)
        self.ui.participantsView.edit(index)

    def _remove_participant(self) -> None:
        index = self.ui.participantsView.currentIndex()
        if index.isValid():
            self.participants.remove_line(index.row())

    def refresh_participants(self) -> None:
        """Replace the lines with the initiative's current members (signatures are kept)."""
        fresh = gateway.read_now(self.db, lambda s: svc.participants_of(
            s, records.get(s, Initiative, self.initiative_uuid)))
        signed = {p.organization_uuid: p.agreement_signed for p in self.participants.lines
                  if p.organization_uuid}
        for p in fresh:
            p.agreement_signed = signed.get(p.organization_uuid, False)
        self.participants.set_lines(fresh)

    def choose_file(self, aid: str) -> None:
        check, file, _b = self.attachment_widgets[aid]
        start = file.text() or settings.get(settings.PDF_FOLDER)
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the file: %1").replace(
                "%1", self.template.attachment(aid).title[self.lang]), start)
        if path:
            file.setText(path)
            check.setChecked(True)
            self._edited()

    def _draft_writer(self):  # noqa: ANN202
        """What is on screen, as the write that stores it (None when nothing is to store)."""
        if self.status is not S.DRAFT or not self.dirty:
            return None
        uuid, fields = self.uuid, self.current_fields()
        participants, attachments = self.current_participants(), self.current_attachments()
        return lambda s: svc.update_draft(s, uuid, fields=fields, participants=participants,
                                          attachments=attachments)

    def save(self, then=None) -> None:  # noqa: ANN001
        """Store the draft off the GUI thread; ``then()`` once it is stored."""
        self._write(None, lambda _r: then and then())

    def _write(self, step, then) -> None:  # noqa: ANN001
        """Unsaved edits and a workflow ``step`` in ONE transaction off the GUI thread; then
        the form is read again and ``then(result of step)`` runs."""
        if self.busy:
            return
        store = self._draft_writer()
        if store is None and step is None:
            then(None)
            return
        edits = self.edits

        def op(s):  # noqa: ANN001, ANN202
            if store is not None:
                store(s)
            return step(s) if step is not None else None

        def done(result: object) -> None:
            self.busy = False
            self.dirty = self.edits != edits  # typed on while it was being written
            if step is not None:
                self._load()
            else:
                self.recheck()
            then(result)

        def failed(exc: Exception) -> None:
            self.busy = False
            gateway.show_failure(self, exc, self.windowTitle())

        self.busy = True
        gateway.write(self, self.db, op, done, failed, origin=self)

    # ------------------------------------------------------------------ workflow
    def _act(self, fn, then=None) -> None:  # noqa: ANN001
        """Run a workflow step (after the unsaved edits) in one transaction, then reload."""
        self._write(fn, lambda result: then and then(result))

    def _change(self, to: S, reasons: list[str] | None = None) -> None:
        who = current_actor(self.db)
        self._act(lambda s: svc.change_status(s, self.uuid, to, who, reasons=reasons or []))

    def submit(self) -> None:
        problems = self.recheck()
        question = self.tr("Submit the application for registration?")
        if problems:
            question = self.tr("The check finds %n problem(s); head office will reject the "
                               "application at registration unless they are fixed. Submit "
                               "anyway?", "", len(problems))
        answer = QMessageBox.question(self, self.windowTitle(), question)
        if answer == QMessageBox.StandardButton.Yes:
            who = current_actor(self.db)
            self._act(lambda s: svc.submit(s, self.uuid, who))

    def register(self) -> None:
        who = current_actor(self.db)
        def registered(problems: object) -> None:
            if isinstance(problems, list) and problems:
                QMessageBox.information(self, self.windowTitle(), self.tr(
                    "The application does not meet the formal requirements and was rejected "
                    "at registration:") + "\n\n" + "\n".join(f"• {p.text}" for p in problems))

        uuid, lang = self.uuid, self.lang
        self._act(lambda s: svc.register(s, uuid, who, lang=lang), registered)

    def reject_application(self) -> None:
        dialog = RejectDialog([p.text for p in self.recheck()], self)
        if dialog.exec():
            self._change(S.REJECTED, dialog.reasons())

    def record_points(self) -> None:
        dialog = ScoresDialog(self.db, self.template, self._existing_points, self)
        if dialog.exec() and dialog.evaluator_name():
            people = {name: uuid for uuid, name in gateway.read_now(self.db,
                                                                     lookups.consultants)}
            name = dialog.evaluator_name()
            who = svc.Actor(name, people.get(name))
            values = dialog.values()
            self._act(lambda s: svc.record_scores(s, self.uuid, who, values))

    def mark_evaluated(self) -> None:
        who = current_actor(self.db)
        self._act(lambda s: svc.mark_evaluated(s, self.uuid, who))

    # ------------------------------------------------------------------ the PDF
    def print_pdf(self) -> Path | None:
        """Check again, choose the file, save, and write the PDF off the GUI thread; it opens
        when written (watermarked while failing). Returns the file chosen."""
        self.recheck()
        lang = self.ui.printLanguage.currentData()
        cluster = str(self.base.fields.get("general", {}).get("cluster_name") or "application")
        name = re.sub(r'[\\/:*?"<>|]+', "_", cluster).strip() or "application"
        folder = Path(settings.get(settings.PDF_FOLDER))
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the application as PDF"), str(folder / f"{name} ({lang}).pdf"),
            self.tr("PDF document (*.pdf)"))
        if not path:
            return None
        target = Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf")
        from clusterdesk.reports.application import write_application_pdf
        from clusterdesk.services.report_data import application_print

        uuid = self.uuid

        def written(_result: object) -> None:
            settings.put(settings.PDF_FOLDER, str(target.parent))
            self.last_pdf = target
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

        def failed(exc: Exception) -> None:
            gateway.show_failure(self, exc if isinstance(exc, ClusterDeskError) else
                                 ClusterDeskError(self.tr(
                                     "The PDF could not be written to %1: %2").replace(
                                     "%1", str(target)).replace("%2", str(exc))))

        self.save(lambda: gateway.read(
            self, self.db, lambda s: write_application_pdf(
                application_print(s, uuid, lang), target, lang), written,
            failed))
        return target

    # ------------------------------------------------------------------ closing
    def reject(self) -> None:
        """Close; unsaved edits of a draft are offered for saving first."""
        if self.dirty and self.status is S.DRAFT:
            answer = QMessageBox.question(
                self, self.windowTitle(), self.tr("Save the changes to this application?"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
            if answer in (QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Yes):
                self.save(lambda: QDialog.reject(self))  # closes once stored
                return
            elif answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    def done(self, result: int) -> None:
        settings.save_geometry(type(self).__name__, self)
        super().done(result)


def _html(text: str) -> str:
    from html import escape

    return escape(text)


def _number_item(value: float | None) -> QTableWidgetItem:
    item = QTableWidgetItem("" if value is None else f"{value:g}")
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if value is None:
        item.setBackground(QBrush(QColor("#fff3cd")))
    return item
