"""The readiness diagnostic wizard, built from the form data: the session (date, consultant,
attendees), one page per dimension, and the summary.

Answers are kept in memory while the consultant works and saved through the diagnostics
service, one transaction per action: leaving a page, Save draft, Close, Complete. Nothing
typed is lost on Close: it stays a draft to resume later. Running scores come from the pure
scoring functions, so the side panel and the summary show what the report will print. The
pages are in ``gui.diagnostic_pages``.
"""

from __future__ import annotations

import datetime as dt
import math
from html import escape
from typing import Any

from PySide6.QtCore import QDate, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from clusterdesk.domain import scoring
from clusterdesk.domain.questionnaire import Form, latest_form, tr
from clusterdesk.gui import device_role, diagnostic_flow, gateway, labels, settings
from clusterdesk.gui.diagnostic_pages import DimensionPage, SessionPage, SummaryPage
from clusterdesk.gui.editors.kept_values import select_data
from clusterdesk.gui.pickers import fill_combo
from clusterdesk.services import diagnostic_list, diagnostics, lookups
from clusterdesk.store.database import Database
from clusterdesk.store.models import Consultant

# ---- the wizard -------------------------------------------------------------------------------

class DiagnosticWizard(QWizard):
    """A new diagnostic (``uuid=None``) or an existing one to resume, review or complete."""

    completed = Signal(str)  # the uuid of the diagnostic just completed

    def __init__(self, db: Database, uuid: str | None = None, parent: QWidget | None = None,
                 initiative_uuid: str | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.uuid = uuid
        self.setObjectName("DiagnosticWizard")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setOption(QWizard.WizardOption.NoDefaultButton, True)
        self._dirty = False
        self._loading = True
        self.pending: set[str] = set()
        self.complete = False
        self.saving = False
        self._then: list = []  # what waits for the save in flight (closing, a next save)
        self._again = self._complete_next = False
        self._kept_consultant: str | None = None  # stored, not on the list: left as it is
        self._autosave = QTimer(self, singleShot=True, interval=1500)  # a crash loses no answer
        self._autosave.timeout.connect(self._autosave_now)

        def read(s):  # noqa: ANN001, ANN202 - the form's choices and one diagnostic
            return (diagnostic_list.initiative_choices(s), lookups.consultants(s),
                    diagnostic_list.wizard_state(s, uuid) if uuid else None)

        choices, consultants, state = gateway.read_now(db, read)
        self.form: Form = state.form if state else latest_form("readiness")
        self.answers: dict[str, dict[str, Any]] = dict(state.answers) if state else {}
        self.result = scoring.score(self.form, self.answers)
        self._comparison: diagnostic_list.Comparison | None = None

        self.session_page = SessionPage(self)
        fill_combo(self.session_page.initiative, choices)
        fill_combo(self.session_page.consultant, consultants, empty="—")
        self.addPage(self.session_page)
        self.dimension_pages = [DimensionPage(self, d, i)
                                for i, d in enumerate(self.form.dimensions, start=1)]
        for page in self.dimension_pages:
            self.addPage(page)
        self.summary_page = SummaryPage(self)
        self.addPage(self.summary_page)
        self._build_side()
        self._fill(state, initiative_uuid)
        self.retranslate()
        QShortcut(QKeySequence("Ctrl+PgDown"), self, self.next)
        QShortcut(QKeySequence("Ctrl+PgUp"), self, self.back)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_draft)
        self.customButtonClicked.connect(
            lambda w: w == QWizard.WizardButton.CustomButton1.value and self.save_draft())
        self.currentIdChanged.connect(self._page_changed)
        self.resize(1180, 760)
        settings.restore_geometry("DiagnosticWizard", self)
        self._loading = False
        self.restart()
        if state is not None:
            self.go_to(self._resume_page(state))
        self.customButtonClicked.connect(self._custom_button)
        if self.complete or not device_role.edits(db):  # looked at; reopening is explicit
            diagnostic_flow.set_read_only(self, True)
            self.setOption(QWizard.WizardOption.HaveCustomButton2, device_role.edits(db))

    def _custom_button(self, which: int) -> None:
        if which == QWizard.WizardButton.CustomButton2.value:
            diagnostic_flow.reopen(self)

    # ---- building ----
    def _build_side(self) -> None:
        side = QWidget(self)
        side.setObjectName("scorePanel")
        side.setMinimumWidth(250)
        side.setMaximumWidth(300)
        col = QVBoxLayout(side)
        self.progress_title = QLabel(side)
        self.progress = QProgressBar(side)
        self.progress.setObjectName("progress")
        self.progress.setMaximum(len(self.form.questions))
        self.dims_title = QLabel(side)
        self.dim_list = QTableWidget(len(self.form.dimensions), 2, side)
        self.dim_list.setObjectName("dimensionList")
        self.dim_list.setWordWrap(True)
        self.dim_list.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.dim_list.setShowGrid(False)
        self.dim_list.horizontalHeader().hide()
        self.dim_list.verticalHeader().hide()
        self.dim_list.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.dim_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.dim_list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.dim_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.dim_list.setToolTip(self.tr("Click a dimension to go to its questions"))
        head = self.dim_list.horizontalHeader()
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.dim_list.cellClicked.connect(lambda row, _c: self.go_to(self.pageIds()[1 + row]))
        self.index_label = QLabel(side)
        self.index_label.setObjectName("index")
        self.index_label.setWordWrap(True)
        self.index_label.setTextFormat(Qt.TextFormat.RichText)
        for w in (self.progress_title, self.dims_title):
            w.setStyleSheet("font-weight: bold;")
        col.addWidget(self.progress_title)
        col.addWidget(self.progress)
        col.addSpacing(8)
        col.addWidget(self.dims_title)
        col.addWidget(self.dim_list, 1)
        col.addWidget(self.index_label)
        self.setSideWidget(side)

    def _fill(self, state: diagnostic_list.WizardState | None,
              initiative_uuid: str | None) -> None:
        p = self.session_page
        if state is None:
            p.initiative.setCurrentIndex(p.initiative.findData(initiative_uuid)
                                         if initiative_uuid else -1)
            if not initiative_uuid:
                p.initiative.setEditText("")
            p.date.setDate(QDate.currentDate())
            p.consultant.setCurrentIndex(max(p.consultant.findData(
                settings.consultant(self.db) or None), 0))
            return
        self.complete = state.complete
        p.initiative.clear()
        p.initiative.addItem(state.initiative_name, state.initiative_uuid)
        p.initiative.setEnabled(False)
        p.date.setDate(QDate(state.date))
        kept, text = state.consultant_uuid, None
        if kept and p.consultant.findData(kept) < 0:  # deleted since (or not here yet): kept
            name = gateway.read_now(self.db, lambda s: getattr(s.get(Consultant, kept), "name",
                                                               None))
            self._kept_consultant = kept
            text = self.tr("%1 (not on the list)").replace("%1", name or kept)
        select_data(p.consultant, kept, text)
        p.attendees.setPlainText("\n".join(state.attendees))
        self.summary_page.next_steps.setPlainText(state.next_steps)
        self.summary_page.notes.setPlainText(state.notes)

    def _resume_page(self, state: diagnostic_list.WizardState) -> int:
        """A complete diagnostic opens on its summary; a draft where answers are missing."""
        ids = self.pageIds()
        if state.complete or not state.answers:
            return ids[-1] if state.complete else ids[0]
        for page_id, page in zip(ids[1:-1], self.dimension_pages, strict=True):
            if any(self.result.points.get(q.id) is None for q in page.dimension.questions):
                return page_id
        return ids[-1]

    def retranslate(self) -> None:
        lang = labels.language()
        title = tr(self.form.title, lang)
        name = self.session_page.initiative.currentText()
        self.setWindowTitle(f"{title} — {name}" if self.uuid and name else title)
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("&Save draft"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Close"))
        self.setButtonText(QWizard.WizardButton.FinishButton,
                           self.tr("Save") if self.complete else self.tr("Co&mplete"))
        self.button(QWizard.WizardButton.CustomButton1).setToolTip(
            self.tr("Save the answers so far (Ctrl+S); the diagnostic stays a draft"))
        self.button(QWizard.WizardButton.CancelButton).setToolTip(
            self.tr("Close the wizard; what was entered is kept as a draft"))
        self.progress_title.setText(self.tr("Progress"))
        self.dims_title.setText(self.tr("Scores (0–100)"))
        self.session_page.form_label.setText(self.tr("Form: %1, version %2").replace(
            "%1", title).replace("%2", str(self.form.version)))
        for page in self.dimension_pages:
            page.retranslate()
        self.show_scores()

    # ---- answering ----
    def mark_dirty(self) -> None:
        if not self._loading:
            self._dirty = True

    def answer_changed(self, qid: str) -> None:
        page = self.currentPage()
        box = next((b for b in getattr(page, "boxes", []) if b.question.id == qid), None)
        if box is None:
            return
        self.answers[qid] = box.answer()
        self.pending.add(qid)
        self.result = scoring.score(self.form, self.answers)
        self.show_scores()
        if isinstance(page, DimensionPage):
            page.show_score(self.result)
        self._autosave.start()

    def _autosave_now(self) -> None:
        """Answers are stored in the diagnostic (a draft) a moment after they are given."""
        if self.uuid is not None and not self.complete and self.pending:
            self.save()

    def show_scores(self) -> None:
        r, lang = self.result, labels.language()
        self.progress.setValue(r.answered)
        self.progress.setFormat(self.tr("%1 of %2 answered").replace(
            "%1", str(r.answered)).replace("%2", str(r.total)))
        for row, dim in enumerate(self.form.dimensions):
            name = QTableWidgetItem(tr(dim.name, lang))
            score = QTableWidgetItem(scoring.score_text(r.dimensions[dim.key].score))
            score.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.dim_list.setItem(row, 0, name)
            self.dim_list.setItem(row, 1, score)
        level = tr(self.form.level(r.level).name, lang) if r.level else \
            self.tr("withheld")
        needed = math.ceil(self.form.min_answered_share * r.total)
        if r.answered < needed:  # an index of 6 answers out of 40 means nothing yet
            self.index_label.setText(self.tr(
                "Readiness index and level: shown once %1% of the questions are answered "
                "(%2 of %3 so far; %4 more to answer)").replace(
                "%1", str(round(self.form.min_answered_share * 100))).replace(
                "%2", str(r.answered)).replace("%3", str(r.total)).replace(
                "%4", str(needed - r.answered)))
            return
        self.index_label.setText(
            self.tr("Readiness index: %1").replace("%1", f"<b>{scoring.score_text(r.index)}</b>")
            + "<br>" + self.tr("Level: %1").replace("%1", f"<b>{escape(level)}</b>"))

    def _page_changed(self, page_id: int) -> None:
        if self.pending:  # Back does not validate the page left: save its answers here
            self.save()
        ids = self.pageIds()
        row = ids.index(page_id) - 1 if page_id in ids else -1
        if 0 <= row < len(self.dimension_pages):
            self.dim_list.selectRow(row)
        else:
            self.dim_list.clearSelection()

    def go_to(self, page_id: int) -> None:
        """Move to a page through the pages between (each one saved as it is left)."""
        ids = self.pageIds()
        while self.currentId() != page_id:
            before = self.currentId()
            if ids.index(page_id) > ids.index(before):
                self.next()
            else:
                self.back()
            if self.currentId() == before:
                break

    # ---- saving ----
    def comparison(self) -> diagnostic_list.Comparison | None:
        if self.uuid is None:
            return None
        uuid = self.uuid
        return gateway.read_now(self.db, lambda s: diagnostic_list.comparison(s, uuid))

    def _writer(self, complete: bool):  # noqa: ANN202
        """What is on screen now, as the write that stores it (read on the GUI thread)."""
        p, sp = self.session_page, self.summary_page
        uuid, initiative = self.uuid, p.chosen_initiative() or ""
        consultant = p.consultant.currentData() or ""
        consultant = None if consultant == self._kept_consultant else consultant  # unchanged
        date: dt.date = p.date.date().toPython()
        answers = {q: self.answers.get(q, {"value": None}) for q in self.pending}
        attendees = p.attendees.toPlainText().splitlines()
        notes, next_steps = sp.notes.toPlainText(), sp.next_steps.toPlainText()

        def write(session):  # noqa: ANN001, ANN202
            diag_uuid = uuid
            if diag_uuid is None:
                diag = diagnostics.start_diagnostic(session, initiative,
                                                    consultant_uuid=consultant or None, date=date)
                session.flush()
                diag_uuid = diag.uuid
            result = diagnostics.save_diagnostic(
                session, diag_uuid, answers=answers, attendees=attendees, date=date,
                consultant_uuid=consultant, notes=notes, next_steps=next_steps)
            if complete:
                result = diagnostics.complete_diagnostic(session, diag_uuid)
            return diag_uuid, result

        return write

    def save(self, complete: bool = False, then=None) -> bool:  # noqa: ANN001
        """Store what changed in one transaction off the GUI thread; ``then()`` once stored.
        Returns at once (True: the page may be left); a refusal is shown when it comes."""
        if then is not None:
            self._then.append(then)
        if self.saving:  # one save at a time: the first one creates the record
            self._again = True
            self._complete_next = self._complete_next or complete
            return True
        if not (self._dirty or self.pending or complete) or \
                (self.uuid is None and not self.session_page.chosen_initiative()):
            self._run_then()
            return True
        flight, write = set(self.pending), self._writer(complete)
        self.pending.clear()
        self._dirty = False
        self.saving = True

        def done(stored: object) -> None:
            self.saving = False
            self.uuid, self.result = stored  # type: ignore[misc]
            if complete:
                self.complete = True
            self.retranslate()
            if self._again:
                again_complete = self._complete_next
                self._again = self._complete_next = False
                self.save(complete=again_complete)
            else:
                self._run_then()

        def failed(exc: Exception) -> None:
            self.saving = False
            self._again = False
            self._then.clear()  # the wizard stays open on a refusal
            self.pending |= flight
            self._dirty = True
            gateway.show_failure(self, exc, self.windowTitle())

        gateway.write(self, self.db, write, done, failed, origin=self)
        return True

    def _run_then(self) -> None:
        waiting, self._then = self._then, []
        for fn in waiting:
            fn()

    def save_draft(self) -> None:
        if self.uuid is None and not self.session_page.chosen_initiative():
            self.session_page.validatePage()
            return
        self._dirty = True
        self.save()

    def accept(self) -> None:
        if self.complete:  # read-only: nothing to store
            QWizard.accept(self)
            return
        if not diagnostic_flow.confirm_finish(self):
            return

        def closed() -> None:
            QWizard.accept(self)
            self.completed.emit(self.uuid or "")

        self.save(complete=True, then=closed)  # closes once stored

    def reject(self) -> None:
        self.save(then=lambda: QWizard.reject(self))

    def done(self, result: int) -> None:
        settings.save_geometry("DiagnosticWizard", self)
        super().done(result)

    def changeEvent(self, event) -> None:  # noqa: ANN001
        if event.type() == QEvent.Type.LanguageChange:
            self.session_page.retranslate()
            self.summary_page.retranslate()
            self.retranslate()
        super().changeEvent(event)
