"""The Diagnostics page: the list of readiness diagnostics, the wizard to run or resume one,
and the printed reports (one, or a batch for a trip or a region off the GUI thread)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QToolButton,
    QWidget,
)

from clusterdesk.gui import device_role, formats, gateway, i18n, labels, settings
from clusterdesk.gui.forms.ui_diagnostic_batch_dialog import Ui_DiagnosticBatchDialog
from clusterdesk.gui.list_page import ListPage
from clusterdesk.gui.pickers import fill_combo
from clusterdesk.services import diagnostic_list, diagnostics, lists, lookups
from clusterdesk.store.database import Database

FILTERS = ["region", "sector", "status"]
_HEADERS = [QT_TRANSLATE_NOOP("Column", "Form version")]  # the list's header not shared


def open_wizard(db: Database, uuid: str | None, parent: QWidget | None = None,
                initiative_uuid: str | None = None):  # noqa: ANN201
    """Open the wizard (window-modal, not blocking) on a diagnostic, or on a new one."""
    from PySide6.QtWidgets import QApplication

    from clusterdesk.gui.diagnostic_wizard import DiagnosticWizard

    # from inside a modal editor (an initiative's diagnostics) the wizard must sit on top of it
    parent = QApplication.activeModalWidget() or parent
    wizard = DiagnosticWizard(db, uuid, parent, initiative_uuid=initiative_uuid)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.open()
    return wizard


def open_pdf(path: Path) -> None:
    """Show a written PDF (or folder) with the system's viewer."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class BatchDialog(QDialog):
    """Which initiatives (trip, region, all), which language, one file or one each."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.ui = Ui_DiagnosticBatchDialog()
        self.ui.setupUi(self)
        ui = self.ui
        trips = [(t.uuid, f"{formats.date_text(t.start_date)} {t.title}")
                 for t in gateway.read_now(db, lookups.trips)]
        fill_combo(ui.trip, trips, settings.get(settings.CURRENT_TRIP) or None)
        fill_combo(ui.region, labels.current_regions(),
                   settings.get(settings.DEFAULT_REGION) or None)
        fill_combo(ui.language, list(i18n.LANGUAGES.items()), labels.language())
        if not trips:
            ui.regionRadio.setChecked(True)
            ui.tripRadio.setEnabled(False)
        for w in (ui.tripRadio, ui.regionRadio, ui.allRadio, ui.every):
            w.toggled.connect(self._update)
        for combo in (ui.trip, ui.region):
            combo.currentIndexChanged.connect(self._update)
        self._update()

    def scope(self) -> dict[str, str | None]:
        ui = self.ui
        if ui.tripRadio.isChecked():
            return {"trip": ui.trip.currentData(), "region": None}
        if ui.regionRadio.isChecked():
            return {"trip": None, "region": diagnostic_list.region_kato(ui.region.currentData())}
        return {"trip": None, "region": None}

    def scope_name(self) -> str:
        ui = self.ui
        if ui.tripRadio.isChecked():
            return ui.trip.currentText()
        if ui.regionRadio.isChecked():
            return ui.region.currentText()
        return self.tr("all")

    def diagnostic_uuids(self) -> list[str]:
        scope, latest = self.scope(), not self.ui.every.isChecked()
        return gateway.read_now(self.db, lambda s: [  # one per initiative: hundreds at most
            d.uuid for d in diagnostics.list_diagnostics(s, **scope, latest_only=latest)])

    def language(self) -> str:
        return self.ui.language.currentData()

    def one_file(self) -> bool:
        return self.ui.oneFile.isChecked()

    def _update(self) -> None:
        ui = self.ui
        ui.trip.setEnabled(ui.tripRadio.isChecked())
        ui.region.setEnabled(ui.regionRadio.isChecked())
        count = len(self.diagnostic_uuids())
        ui.countLabel.setText(self.tr("%n complete diagnostic(s) will be printed.", "", count))
        ui.buttonBox.button(ui.buttonBox.StandardButton.Ok).setEnabled(count > 0)


class DiagnosticsPage(ListPage):
    """The diagnostics list with the actions that belong to it."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, lists.LISTS["diagnostics"], FILTERS, parent)
        self.setObjectName("diagnosticsPage")
        self.task = None
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newDiagnostic")
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("openDiagnostic")
        self.report_button = QToolButton(self)
        self.report_button.setObjectName("saveReport")
        self.report_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.report_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.report_menu = QMenu(self.report_button)
        self.language_actions: dict[str, QAction] = {}
        for code, name in i18n.LANGUAGES.items():
            action = self.report_menu.addAction(name)
            action.triggered.connect(lambda _c=False, lang=code: self.save_report(lang))
            self.language_actions[code] = action
        self.report_button.setMenu(self.report_menu)
        self.report_button.clicked.connect(lambda: self.save_report(labels.language()))
        self.batch_button = QPushButton(self)
        self.batch_button.setObjectName("batchReports")
        row = QHBoxLayout()
        for b in (self.new_button, self.open_button, self.report_button, self.batch_button):
            row.addWidget(b)
        row.addStretch(1)
        self.layout().insertLayout(1, row)
        self.new_button.clicked.connect(lambda: self.new_diagnostic())
        self.open_button.clicked.connect(self.open_selected)
        self.batch_button.clicked.connect(self.batch_reports)
        self.open_requested.connect(self.open_diagnostic)
        self.selection_changed.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.retranslate()
        self._update_buttons()

    # ---- actions ----
    def new_diagnostic(self, initiative_uuid: str | None = None):  # noqa: ANN201
        from clusterdesk.gui.diagnostic_flow import after_completed

        wizard = open_wizard(self.db, None, self.window(), initiative_uuid)
        wizard.completed.connect(lambda uuid: after_completed(self, uuid))  # select, print?
        return wizard

    def open_diagnostic(self, uuid: str):  # noqa: ANN201
        return open_wizard(self.db, uuid, self.window())

    def open_selected(self):  # noqa: ANN201
        uuid = self.selected_uuid()
        return self.open_diagnostic(uuid) if uuid else None

    def save_report(self, lang: str) -> Path | None:
        """Ask where (in the PDF folder), write the report in ``lang`` off the GUI thread,
        open it when written. Returns the file chosen."""
        from clusterdesk.reports.diagnostic import file_name, write_report
        from clusterdesk.services.report_data import diagnostic_report

        uuid = self.selected_uuid()
        if not uuid:
            return None
        try:
            name = file_name(gateway.read_now(self.db, lambda s: diagnostic_report(s, uuid)),
                             lang)
        except Exception as exc:  # noqa: BLE001 - e.g. a form version not installed
            gateway.show_failure(self, exc)
            return None
        folder = Path(settings.get(settings.PDF_FOLDER))
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save diagnostic report (%1)").replace("%1", i18n.LANGUAGES[lang]),
            str(folder / name), self.tr("PDF documents (*.pdf)"))
        if not chosen:
            return None
        path = Path(chosen) if Path(chosen).suffix.lower() == ".pdf" else Path(chosen + ".pdf")
        def written(_result: object) -> None:
            self._status(self.tr("Report saved to %1").replace("%1", str(path)))
            open_pdf(path)

        self._status(self.tr("Writing the report…"))
        gateway.read(self, self.db,
                     lambda s: write_report(diagnostic_report(s, uuid), lang, path), written)
        return path

    def batch_reports(self) -> None:
        from clusterdesk.reports.diagnostic import render_batch, safe_name
        from clusterdesk.services.report_data import diagnostic_reports

        dialog = BatchDialog(self.db, self)
        if not dialog.exec():
            return
        uuids, lang, one_file = dialog.diagnostic_uuids(), dialog.language(), dialog.one_file()
        folder = settings.get(settings.PDF_FOLDER)
        if one_file:
            name = f"{safe_name(dialog.scope_name(), 60)}_{lang}.pdf"
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save all reports in one PDF"), str(Path(folder) / name),
                self.tr("PDF documents (*.pdf)"))
            if chosen and Path(chosen).suffix.lower() != ".pdf":
                chosen += ".pdf"
        else:
            chosen = QFileDialog.getExistingDirectory(
                self, self.tr("Folder for the reports"), folder)
        if not chosen or not uuids:
            return
        target = Path(chosen)

        def done(written: object) -> None:
            files = list(written or [])  # type: ignore[call-overload]
            cancelled = self.task is not None and self.task.cancelled.is_set()
            message = self.tr("%n report(s) written to %1", "", len(files) if not one_file
                              else len(uuids) * bool(files)).replace("%1", str(target))
            if cancelled:
                message = self.tr("Cancelled.") + " " + message
            self._status(message)
            if files:
                open_pdf(target)

        self.task = gateway.job(
            self, self.tr("Writing diagnostic reports…"),
            lambda progress: render_batch(diagnostic_reports(self.db, uuids), len(uuids), target,
                                          lang, one_file=one_file, progress=progress),
            done, writes=False)

    # ---- look ----
    def _size_columns(self) -> None:
        widths = {"initiative": 300, "region": 140, "sector": 140, "date": 90,
                  "consultant": 170, "form_version": 105, "status": 90, "index": 60}
        for i, c in enumerate(self.spec.columns):
            self.view.setColumnWidth(i, widths.get(c.key, 120))

    def _status(self, text: str) -> None:
        bar = getattr(self.window(), "statusBar", None)
        if bar is not None:
            bar().showMessage(text, 10000)

    def _update_buttons(self) -> None:
        if not hasattr(self, "open_button"):
            return
        has = self.selected_uuid() is not None
        self.new_button.setEnabled(device_role.edits(self.db))  # an analyst only reads
        self.open_button.setEnabled(has)
        self.report_button.setEnabled(has)

    def retranslate(self) -> None:
        super().retranslate()
        if not hasattr(self, "batch_button"):
            return
        self.search.setPlaceholderText(self.tr("Search by initiative name…"))
        self.new_button.setText(self.tr("&New diagnostic…"))
        self.new_button.setToolTip(self.tr("Run a readiness diagnostic of an initiative"))
        self.open_button.setText(self.tr("&Open / resume"))
        self.open_button.setToolTip(self.tr("Open the selected diagnostic in the wizard "
                                            "(Enter)"))
        self.report_button.setText(self.tr("&Report (PDF)"))
        self.report_button.setToolTip(self.tr(
            "Save the selected diagnostic's report in the window's language and open it; "
            "the arrow chooses another language"))
        self.batch_button.setText(self.tr("&Batch reports…"))
        self.batch_button.setToolTip(self.tr("Reports of all initiatives of a trip or a "
                                             "region, one file each or one PDF"))


def make_page(window) -> DiagnosticsPage:  # noqa: ANN001 - the main window
    page = DiagnosticsPage(window.db, window)
    if hasattr(window, "_update_actions"):
        page.selection_changed.connect(window._update_actions)
    return page


def open_from_window(window, uuid: str | None):  # noqa: ANN001, ANN201
    return open_wizard(window.db, uuid, window)
