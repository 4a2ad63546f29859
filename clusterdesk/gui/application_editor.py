"""The application editor: sections built from the template, participants, attachments, the
compliance panel that points at what to fix, the workflow by status, and the PDF.

Three parts: this module (loading, the status, history and scores, the check, closing),
``gui.application_form`` (widgets built from the template) and ``gui.application_actions``
(editing, saving, the workflow, the PDF).

The frame (tabs, panel, buttons) is ``forms/application_editor.ui``; the sections and the
attachments checklist are built from the template's data, so a new template needs no code.
The check runs on what is on screen (not only on what is saved) a moment after each edit.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QTableWidgetItem,
    QWidget,
)

from clusterdesk.domain import compliance, ranking
from clusterdesk.domain.compliance import AttachmentSnap, Problem
from clusterdesk.domain.enums import ApplicationStatus
from clusterdesk.gui import device_role, formats, gateway, labels, settings
from clusterdesk.gui.application_actions import ApplicationActions
from clusterdesk.gui.application_form import ApplicationForm, text_of
from clusterdesk.gui.application_participants import ParticipantsModel, column_of
from clusterdesk.gui.editors.kept_values import select_data
from clusterdesk.gui.form_drafts import DraftKeeper
from clusterdesk.gui.forms.ui_application_editor import Ui_ApplicationEditor
from clusterdesk.gui.hub import watch
from clusterdesk.services import applications as svc
from clusterdesk.services.concurrent_edit import application_version, draft_values
from clusterdesk.store.changes import ChangeSet
from clusterdesk.store.database import Database
from clusterdesk.sync import trust

S = ApplicationStatus
RECHECK_MS = 400
# Which column of the Participants table a rule's problem points at.
PROBLEM_COLUMN = {"valid_unique_bins": "bin", "signed_agreement_each": "agreement_signed",
                  "participants_in_region": "region_code", "coordinator_present": "coordinator"}


class ApplicationEditor(ApplicationForm, ApplicationActions, QDialog):
    """One application: its form, the check beside it, the workflow by status."""

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
        self.draft = DraftKeeper(self, db, f"ApplicationEditor/{uuid}", self.draft_state,
                                 self.put_back, lambda: self.dirty and self.status is S.DRAFT)

    @property
    def dirty(self) -> bool:
        return self._dirty

    @dirty.setter
    def dirty(self, value: bool) -> None:
        """Unsaved edits; once stored (or reloaded) the crash-safe draft goes too."""
        self._dirty = value
        if not value and getattr(self, "draft", None) is not None:
            self.draft.drop()

    def _changed_elsewhere(self, change_set: ChangeSet) -> None:
        """Another window or an import changed this application: show it (asking first when
        there are unsaved edits here)."""
        if change_set.origin is self or self.busy or \
                not change_set.may_touch("applications", self.uuid):
            return
        uuid = self.uuid  # one record by its key: was it this one that changed?
        if gateway.read_now(self.db, lambda s: svc.get_application(s, uuid).hlc) == \
                self.version.hlc:
            return
        if self.dirty and QMessageBox.question(
                self, self.windowTitle(), self.tr(
                    "This application was changed elsewhere (by an import or in another "
                    "window). Reload it? Your unsaved changes here would be lost."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No) \
                != QMessageBox.StandardButton.Yes:
            return
        self._load()

    def merge_label(self, key: str) -> str:
        """A field of the merge dialog as the form names it (``concurrent_edit.draft_values``)."""
        part, _, rest = key.partition(".")
        if part == "fields":
            sid, _, fid = rest.partition(".")
            for section in self.template.sections:
                for f in section.fields:
                    if section.id == sid and f.id == fid:
                        return f"{section.title[self.lang]}: {f.label[self.lang]}"
        if part == "attachments":
            return self.template.attachment(rest).title[self.lang]
        return self.tr("Participants")

    # ------------------------------------------------------------------ loading
    def _load(self) -> None:
        """Values, status, history and points from the database (after open or a change)."""
        def read(s):  # noqa: ANN001, ANN202 - one application with its history and points
            app = svc.get_application(s, self.uuid)
            events = [(e.at, e.from_status, e.to_status, e.who_name, list(e.reasons or []))
                      for e in svc.history(s, self.uuid)]
            scores = [(x.evaluator, x.criterion_id, x.points) for x in svc.scores_of(s, self.uuid)]
            return (app.status, svc.snapshot(s, app), events, scores, app.total, app.rank,
                    application_version(app))

        (self.status, self.base, events, scores, total, rank,
         self.version) = gateway.read_now(self.db, read)
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
        # the form as filled from ``version``: a save merges what differs from it
        self.base_form = draft_values(self.current_fields(), self.current_participants(),
                                      self.current_attachments())
        self.recheck()

    def _set_value(self, widget: QWidget, value: Any) -> None:
        if isinstance(widget, QComboBox):  # a choice the template does not offer is kept
            select_data(widget, value or "", self.tr("%1 (not in the list)").replace(
                "%1", str(value)))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(text_of(value))
        elif isinstance(widget, QLineEdit):
            widget.setText(text_of(value))
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
        edits = device_role.edits(self.db)  # an analyst's window changes nothing
        for w in (ui.addParticipant, ui.removeParticipant, ui.refreshParticipants,
                  self.save_button):
            w.setEnabled(draft and edits)
        ui.submit.setVisible(draft and edits)
        decides = trust.decides(self.db)  # head office's decisions only on its devices
        ui.register.setVisible(decides and st is S.SUBMITTED)
        ui.returnToDraft.setVisible(edits and st is S.SUBMITTED)
        ui.reject.setVisible(decides and st in (S.SUBMITTED, S.REGISTERED))
        ui.recordPoints.setEnabled(decides and st in (S.REGISTERED, S.EVALUATED))
        ui.markEvaluated.setEnabled(decides and st is S.REGISTERED)
        ui.recordPoints.setVisible(decides)  # a consultant's window offers no evaluation
        ui.markEvaluated.setVisible(decides)

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
            for col, text in enumerate((formats.datetime_text(at), change, who,
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
                .replace("%1", formats.compact_number(value)) \
                .replace("%2", formats.compact_number(self.template.max_total))
            if rank:
                text += " · " + self.tr("place %1 in the round").replace("%1", str(rank))
        else:
            text = self.tr("No points recorded yet.")
        self.ui.totalLabel.setText(text)

    # ------------------------------------------------------------------ the check
    def _edited(self, *_args: object) -> None:
        if getattr(self, "_loading", False):
            return
        if self.status is S.DRAFT:
            self.dirty = True
            self.edits += 1
            if getattr(self, "draft", None) is not None:
                self.draft.changed()  # kept as a crash-safe draft a moment later
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
        self.draft.drop()  # discarded on purpose (or nothing to keep)
        super().reject()

    def done(self, result: int) -> None:
        settings.save_geometry(type(self).__name__, self)
        super().done(result)


def _html(text: str) -> str:
    from html import escape

    return escape(text)


def _number_item(value: float | None) -> QTableWidgetItem:
    item = QTableWidgetItem(formats.compact_number(value))
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if value is None:
        item.setBackground(QBrush(QColor("#fff3cd")))
    return item
