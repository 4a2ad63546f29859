"""The pages of the diagnostic wizard: the session (date, consultant, attendees), one page per
dimension of the form, and the summary with the result.

Each page is handed its ``DiagnosticWizard`` (``gui.diagnostic_wizard``), which keeps the
answers and saves them; a page only shows and edits them.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from clusterdesk.domain import scoring
from clusterdesk.domain.questionnaire import Dimension, tr
from clusterdesk.gui import formats, labels
from clusterdesk.gui.diagnostic_questions import QuestionBox
from clusterdesk.services import diagnostics


class SessionPage(QWizardPage):
    """Whom the diagnostic is about, when, who ran it and who was there."""

    def __init__(self, wizard: QWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setObjectName("sessionPage")
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.initiative = QComboBox(self)
        self.initiative.setObjectName("initiative")
        self.initiative.setEditable(True)
        self.initiative.setMinimumContentsLength(40)
        self.problem = QLabel(self)
        self.problem.setObjectName("initiativeProblem")
        self.problem.setStyleSheet("color: #B00020;")
        self.problem.hide()
        self.date = QDateEdit(self, calendarPopup=True, displayFormat="dd.MM.yyyy")
        self.date.setObjectName("date")
        self.consultant = QComboBox(self)
        self.consultant.setObjectName("consultant")
        self.attendees = QPlainTextEdit(self)
        self.attendees.setObjectName("attendees")
        self.attendees.setTabChangesFocus(True)
        self.attendees.setMaximumHeight(240)
        self.form_label = QLabel(self)
        self.form_label.setWordWrap(True)
        self.form_label.setStyleSheet("color: palette(mid);")
        self.labels = [QLabel(self) for _ in range(4)]
        for label, field in zip(self.labels, (self.initiative, self.date, self.consultant,
                                              self.attendees), strict=True):
            label.setBuddy(field)
        form.addRow(self.labels[0], self.initiative)
        form.addRow("", self.problem)
        form.addRow(self.labels[1], self.date)
        form.addRow(self.labels[2], self.consultant)
        form.addRow(self.labels[3], self.attendees)
        form.addRow("", self.form_label)
        for w in (self.date, self.consultant):
            w.setMaximumWidth(360)
        self.initiative.currentIndexChanged.connect(lambda _i: self.wiz.mark_dirty())
        self.initiative.editTextChanged.connect(lambda _t: self.problem.hide())
        self.date.dateChanged.connect(lambda _d: self.wiz.mark_dirty())
        self.consultant.currentIndexChanged.connect(lambda _i: self.wiz.mark_dirty())
        self.attendees.textChanged.connect(self.wiz.mark_dirty)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Diagnostic session"))
        self.setSubTitle(self.tr("Choose the cluster initiative and record who took part. "
                                 "Then answer the questions dimension by dimension."))
        for label, text in zip(self.labels, (self.tr("&Initiative:"), self.tr("&Date:"),
                                             self.tr("&Consultant:"),
                                             self.tr("&Attendees\n(one per line):")),
                               strict=True):
            label.setText(text)
        self.attendees.setPlaceholderText(self.tr("Name, position, organization"))

    def chosen_initiative(self) -> str | None:
        index = self.initiative.findText(self.initiative.currentText().strip(),
                                         Qt.MatchFlag.MatchFixedString)
        return self.initiative.itemData(index) if index >= 0 else None

    def validatePage(self) -> bool:
        if self.wiz.uuid is None and not self.chosen_initiative():
            self.problem.setText(self.tr("Choose an initiative from the list."))
            self.problem.show()
            self.initiative.setFocus()
            return False
        return self.wiz.save()


class DimensionPage(QWizardPage):
    """The questions of one dimension, scrolled; the dimension's running score below."""

    def __init__(self, wizard: QWizard, dimension: Dimension, number: int) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.dimension = dimension
        self.number = number
        self.setObjectName(f"dimension_{dimension.key}")
        lang = labels.language()
        body = QWidget()
        column = QVBoxLayout(body)
        column.setSpacing(10)
        self.boxes: list[QuestionBox] = []
        for j, q in enumerate(dimension.questions, start=1):
            box = QuestionBox(q, f"{number}.{j}", lang, body)
            box.changed.connect(wizard.answer_changed)
            column.addWidget(box)
            self.boxes.append(box)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll = scroll
        self.score = QLabel(self)
        self.score.setObjectName("dimensionScore")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.score)
        self.setTitle(tr(dimension.name, lang))

    def retranslate(self) -> None:
        count = len(self.wiz.form.dimensions)
        self.setSubTitle(self.tr("Dimension %1 of %2 · weight %3 · %n question(s)", "",
                                 len(self.dimension.questions))
                         .replace("%1", str(self.number)).replace("%2", str(count))
                         .replace("%3", formats.compact_number(self.dimension.weight)))

    def initializePage(self) -> None:
        for box in self.boxes:
            box.set_answer(self.wiz.answers.get(box.question.id))
        self.show_score(self.wiz.result)
        self.scroll.verticalScrollBar().setValue(0)

    def show_score(self, result: scoring.Result) -> None:
        d = result.dimensions[self.dimension.key]
        self.score.setText(self.tr("Score of this dimension: %1 of 100 · %2 of %3 answered")
                           .replace("%1", scoring.score_text(d.score))
                           .replace("%2", str(d.answered)).replace("%3", str(d.total)))

    def validatePage(self) -> bool:
        return self.wiz.save()


class SummaryPage(QWizardPage):
    """Scores per dimension, index, level or why it is withheld, advice, change since before."""

    def __init__(self, wizard: QWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setObjectName("summaryPage")
        self.headline = QLabel(self)
        self.headline.setObjectName("headline")
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.RichText)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("scores")
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in (1, 2, 3):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        self.details = QTextBrowser(self)
        self.details.setObjectName("details")
        self.details.setOpenLinks(False)
        self.next_steps = QPlainTextEdit(self)
        self.next_steps.setObjectName("nextSteps")
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("notes")
        for edit in (self.next_steps, self.notes):
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(90)
            edit.textChanged.connect(self.wiz.mark_dirty)
        self.next_label, self.notes_label = QLabel(self), QLabel(self)
        self.next_label.setBuddy(self.next_steps)
        self.notes_label.setBuddy(self.notes)
        top = QHBoxLayout()
        top.addWidget(self.table, 3)
        top.addWidget(self.details, 2)
        texts = QHBoxLayout()
        for label, edit in ((self.next_label, self.next_steps), (self.notes_label, self.notes)):
            box = QVBoxLayout()
            box.addWidget(label)
            box.addWidget(edit)
            texts.addLayout(box)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addLayout(top, 1)
        layout.addLayout(texts)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Summary"))
        self.setSubTitle(self.tr("Check the result, write the next steps, then Complete. "
                                 "A completed diagnostic is the one reports compare with."))
        self.next_label.setText(self.tr("N&ext steps agreed:"))
        self.notes_label.setText(self.tr("Consultant's n&otes:"))

    def initializePage(self) -> None:
        self.show_result()

    def show_result(self) -> None:
        wiz, form, lang = self.wiz, self.wiz.form, labels.language()
        result = wiz.result
        comparison = wiz.comparison()
        changes = comparison.changes if comparison else None
        change_head = self.tr("Change since\n%1").replace(
            "%1", formats.date_text(comparison.previous_date)) \
            if comparison and comparison.previous_date else self.tr("Change")
        self.table.setHorizontalHeaderLabels([self.tr("Dimension"), self.tr("Score"),
                                              self.tr("Answered"), change_head])
        self.table.setRowCount(len(form.dimensions))
        for row, dim in enumerate(form.dimensions):
            d = result.dimensions[dim.key]
            cells = [tr(dim.name, lang), scoring.score_text(d.score), f"{d.answered}/{d.total}",
                     scoring.change_text(changes.get(dim.key)) if changes else "—"]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, col, item)
        index = self.tr("Readiness index: %1 of 100").replace(
            "%1", scoring.score_text(result.index))
        answered = self.tr("%1 of %2 questions answered").replace(
            "%1", str(result.answered)).replace("%2", str(result.total))
        if result.level:
            level = form.level(result.level)
            verdict = self.tr("Level: %1").replace("%1", f"<b>{escape(tr(level.name, lang))}</b>")
            self.headline.setText(f"<span style='font-size:13pt'><b>{escape(index)}</b> · "
                                  f"{verdict}</span><br>{escape(tr(level.description, lang))}"
                                  f"<br><span style='color:gray'>{escape(answered)}</span>")
        else:
            self.headline.setText(
                f"<span style='font-size:13pt'><b>{escape(index)}</b> · "
                + escape(self.tr("No level assigned")) + "</span>"
                f"<br><span style='color:gray'>{escape(answered)}</span>")
        self.details.setHtml(self._details_html(result, changes, lang))

    def _details_html(self, result: scoring.Result, changes: dict | None, lang: str) -> str:
        form = self.wiz.form
        parts: list[str] = []
        if not result.level:
            parts.append("<h3>" + escape(self.tr("Why no level is assigned")) + "</h3><ul>")
            parts += [f"<li>{escape(r)}</li>" for r in
                      diagnostics.explain_withheld(form, result, lang)]
            parts.append("</ul>")
        weak = scoring.weaknesses(form, result)
        parts.append("<h3>" + escape(self.tr("Weakest dimensions and what to do")) + "</h3>")
        if not weak:
            parts.append("<p>" + escape(self.tr("No weak dimensions were found.")) + "</p>")
        for d, advice in weak:
            name = tr(form.dimension(d.key).name, lang)
            change = ""
            if changes and changes.get(d.key) is not None:
                change = " (" + self.tr("change %1").replace(
                    "%1", scoring.change_text(changes[d.key])) + ")"
            parts.append(f"<p><b>{escape(name)} — {scoring.score_text(d.score)}{change}</b><br>"
                         f"{escape(tr(advice, lang))}</p>")
        if changes is None:
            none = self.tr("There is no earlier complete diagnostic of this initiative to "
                           "compare with.")
            parts.append(f"<p style='color:gray'>{escape(none)}</p>")
        return "".join(parts)
