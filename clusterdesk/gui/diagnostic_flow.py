"""How a diagnostic ends and is corrected: Finish confirms, the new diagnostic is selected
and its report offered for printing; a completed one opens read-only, and "Reopen for
correction" turns it back into a draft — a change of status the record's History shows.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
    QWizard,
)

from clusterdesk.gui import gateway, labels
from clusterdesk.services import diagnostics

_INPUTS = (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit)
REOPEN = QWizard.WizardButton.CustomButton2


def confirm_finish(wizard: QWizard) -> bool:
    """Ask before completing: the scores are fixed and the diagnostic becomes read-only."""
    answer = QMessageBox.question(
        wizard, wizard.windowTitle(), QCoreApplication.translate(
            "DiagnosticWizard", "Complete this diagnostic? Its scores are fixed and it opens "
            "read-only afterwards (it can be reopened for correction; that is recorded)."),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes)
    return answer not in (QMessageBox.StandardButton.No, QMessageBox.StandardButton.Cancel)


def _inputs(wizard: QWizard) -> list[QWidget]:
    out = []
    for page_id in wizard.pageIds():
        for w in wizard.page(page_id).findChildren(QWidget):
            if isinstance(w, _INPUTS) and w.objectName() != "qt_spinbox_lineedit":
                out.append(w)
    return out


def set_read_only(wizard: QWizard, read_only: bool) -> None:
    """A completed diagnostic is looked at, not changed: every answer and note is locked,
    pages can still be turned; "Reopen for correction" unlocks them."""
    for w in _inputs(wizard):
        if isinstance(w, (QLineEdit, QPlainTextEdit)):
            w.setReadOnly(read_only)
        else:
            w.setEnabled(not read_only)
    if read_only:
        wizard.setOption(QWizard.WizardOption.HaveCustomButton2, True)
        wizard.setButtonText(REOPEN, QCoreApplication.translate(
            "DiagnosticWizard", "&Reopen for correction"))
        wizard.button(REOPEN).setToolTip(QCoreApplication.translate(
            "DiagnosticWizard", "Make the diagnostic a draft again to correct it; the change "
            "is kept in its History"))
    else:
        wizard.setOption(QWizard.WizardOption.HaveCustomButton2, False)
    wizard.button(QWizard.WizardButton.FinishButton).setEnabled(not read_only)
    wizard.button(QWizard.WizardButton.CustomButton1).setEnabled(not read_only)


def reopen(wizard) -> None:  # noqa: ANN001 - the DiagnosticWizard
    """Ask, then turn the completed diagnostic back into a draft (off the GUI thread)."""
    answer = QMessageBox.question(
        wizard, wizard.windowTitle(), QCoreApplication.translate(
            "DiagnosticWizard", "Reopen this completed diagnostic for correction? It becomes "
            "a draft until it is completed again; the change is recorded in its History."),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    if answer != QMessageBox.StandardButton.Yes:
        return
    uuid = wizard.uuid

    def done(_result: object) -> None:
        wizard.complete = False
        set_read_only(wizard, False)
        wizard.retranslate()

    gateway.write(wizard, wizard.db, lambda s: diagnostics.reopen_diagnostic(s, uuid), done,
                  lambda exc: gateway.show_failure(wizard, exc, wizard.windowTitle()),
                  origin=wizard)


class PrintOffer(QWidget):
    """A bar above the diagnostics list after one was completed: print its report now?
    (not a question box: the user may as well go on working)."""

    def __init__(self, page) -> None:  # noqa: ANN001 - the DiagnosticsPage
        super().__init__(page)
        self.setObjectName("printOffer")
        self.page = page
        self.uuid = ""
        self.text = QLabel(self)
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("printReport")
        self.print_button.clicked.connect(self._print)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.text, 1)
        row.addWidget(self.print_button)
        row.addWidget(self.close_button)
        page.layout().insertWidget(0, self)
        self.hide()

    def offer(self, uuid: str) -> None:
        self.uuid = uuid
        self.text.setText(QCoreApplication.translate(
            "DiagnosticWizard", "The diagnostic is complete and selected below."))
        self.print_button.setText(QCoreApplication.translate(
            "DiagnosticWizard", "&Print its report"))
        self.close_button.setText(QCoreApplication.translate("DiagnosticWizard", "Later"))
        self.show()
        self.print_button.setFocus()

    def _print(self) -> None:
        if self.page.selected_uuid() == self.uuid:
            self.page.save_report(labels.language())
        self.hide()


def after_completed(page, uuid: str) -> None:  # noqa: ANN001 - the DiagnosticsPage
    """Select the diagnostic just completed in the list and offer to print its report."""

    def select() -> None:
        page.model.uuid_at(0)  # the first rows, read again after the refresh
        row = page.model.row_of(uuid)
        if row is not None:
            page.view.selectRow(row)
            page.view.scrollTo(page.model.index(row, 0))
        offer = page.findChild(PrintOffer) or PrintOffer(page)
        offer.offer(uuid)

    QTimer.singleShot(0, page, select)  # once the list has refreshed from the commit
