"""The Diagnostics page and the readiness wizard, driven through their widgets offscreen."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from gui_helpers import type_text
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QWizard

from clusterdesk.gui import formats
from clusterdesk.gui.diagnostic_wizard import DiagnosticWizard, DimensionPage
from clusterdesk.gui.diagnostics_page import BatchDialog, DiagnosticsPage
from clusterdesk.services import diagnostics as svc
from clusterdesk.store.diagnostic_models import Diagnostic, DiagnosticStatus

INITIATIVE = "Кластер сельхозмашиностроения Костанайской области"


@pytest.fixture
def opened(monkeypatch):
    """QDesktopServices.openUrl recorded instead of starting a viewer."""
    urls: list[Path] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        lambda url: urls.append(Path(url.toLocalFile())) or True)
    return urls


def _page(window) -> DiagnosticsPage:
    page = window.show_page("diagnostics")
    assert isinstance(page, DiagnosticsPage)
    return page


def _wizard(qtbot) -> DiagnosticWizard:
    found: list[DiagnosticWizard] = []

    def shown() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, DiagnosticWizard) and w.isVisible()]
        return len(found) == 1

    qtbot.waitUntil(shown)
    return found[0]


def _closed(wizard: QWizard) -> bool:
    """Closed, or already deleted (it deletes itself on close: a busy machine may process
    that before the test looks)."""
    return not shiboken6.isValid(wizard) or not wizard.isVisible()


def _click(qtbot, wizard: QWizard, which: QWizard.WizardButton) -> None:
    qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)


def _choose(qtbot, radio) -> None:
    """Click a radio button on its circle (a wide button only reacts on its indicator+text)."""
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(6, radio.height() // 2))


def _select(page: DiagnosticsPage, name: str) -> str:
    for row in range(page.model.rowCount()):
        if page.model.index(row, 0).data() == name:
            page.view.selectRow(row)
            return page.model.uuid_at(row)
    raise AssertionError(f"{name} is not listed")


def test_page_lists_the_demo_diagnostics_with_level_and_filters(window):
    page = _page(window)
    assert page.model.rowCount() == 29
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(page.model.columnCount())]
    assert headers[:4] == ["Initiative", "Region", "Sector", "Date"]
    levels = {page.model.index(r, 8).data() for r in range(29)}
    assert levels & {"Incubation", "Start-up", "Growth", "Maturity"}
    status = page._filters["status"]
    status.setCurrentIndex(status.findData("draft"))
    assert page.model.rowCount() == 0
    status.setCurrentIndex(0)
    region = page._filters["region"]
    region.setCurrentIndex(region.findData("39"))  # Kostanay: two initiatives
    assert page.model.rowCount() >= 2
    assert {page.model.index(r, 1).data() for r in range(page.model.rowCount())} == \
        {"Kostanay region"}
    assert not page.open_button.isEnabled()


def test_new_diagnostic_half_done_resumed_and_completed(window, qtbot):
    page = _page(window)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    wiz = _wizard(qtbot)
    session = wiz.session_page
    assert wiz.currentPage() is session
    _click(qtbot, wiz, QWizard.WizardButton.NextButton)  # no initiative chosen yet
    assert wiz.currentPage() is session and session.problem.isVisible()
    combo = session.initiative
    combo.setCurrentIndex(combo.findText(INITIATIVE))
    type_text(session.attendees, "Асель Нұрова, директор")
    _click(qtbot, wiz, QWizard.WizardButton.NextButton)
    first = wiz.currentPage()
    assert isinstance(first, DimensionPage) and first.dimension.key == "mass"
    qtbot.waitUntil(lambda: page.model.rowCount() == 30)  # the draft exists from page one

    boxes = {b.question.id: b for b in first.boxes}
    boxes["mass.members"].input.spin.setValue(18)
    _choose(qtbot, boxes["mass.education"].input.group.button(0))  # yes
    _choose(qtbot, boxes["mass.value_chain"].input.group.button(3))
    type_text(boxes["mass.value_chain"].evidence, "Договоры поставки <2017> & письма")
    _choose(qtbot, boxes["mass.territory"].input.group.button(1))  # no
    assert wiz.progress.text().startswith("4 of 40"), wiz.answers
    assert "3 of 4 points" in boxes["mass.value_chain"].points.text()
    qtbot.mouseClick(boxes["mass.territory"].clear_button, Qt.MouseButton.LeftButton)
    assert boxes["mass.territory"].input.value() is None
    assert wiz.progress.text().startswith("3 of 40")
    assert "of 100" in first.score.text() and "3 of 6 answered" in first.score.text()

    _click(qtbot, wiz, QWizard.WizardButton.CustomButton1)  # Save draft
    qtbot.waitUntil(lambda: not wiz.saving)  # stored off the GUI thread
    with window.db.session() as s:
        draft = s.get(Diagnostic, wiz.uuid)
        assert draft.status == DiagnosticStatus.DRAFT
        assert draft.answers["mass.members"]["value"] == 18
        assert draft.answers["mass.value_chain"]["evidence"] == \
            "Договоры поставки <2017> & письма"
        assert "mass.territory" not in draft.answers
        assert draft.attendees == ["Асель Нұрова, директор"]
    uuid = wiz.uuid
    _click(qtbot, wiz, QWizard.WizardButton.CancelButton)  # Close keeps it a draft
    qtbot.waitUntil(lambda: _closed(wiz))

    status = page._filters["status"]
    status.setCurrentIndex(status.findData("draft"))
    assert page.model.rowCount() == 1
    page.view.selectRow(0)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    wiz = _wizard(qtbot)
    assert wiz.uuid == uuid
    resumed = wiz.currentPage()  # where answers are missing
    assert isinstance(resumed, DimensionPage) and resumed.dimension.key == "mass"
    boxes = {b.question.id: b for b in resumed.boxes}
    assert boxes["mass.members"].input.spin.value() == 18
    assert boxes["mass.value_chain"].input.group.button(3).isChecked()
    assert boxes["mass.value_chain"].evidence.text() == "Договоры поставки <2017> & письма"
    assert boxes["mass.territory"].input.value() is None

    while wiz.currentPage() is not wiz.summary_page:
        _click(qtbot, wiz, QWizard.WizardButton.NextButton)
    summary = wiz.summary_page
    assert "No level assigned" in summary.headline.text()
    assert "a level needs at least 70%" in summary.details.toPlainText()
    assert summary.table.rowCount() == 8
    type_text(summary.next_steps, "Подписать соглашение")
    assert wiz.button(QWizard.WizardButton.FinishButton).text() == "Co&mplete"
    _click(qtbot, wiz, QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(lambda: _closed(wiz))
    with window.db.session() as s:
        done = s.get(Diagnostic, uuid)
        assert done.status == DiagnosticStatus.COMPLETE
        assert done.next_steps == "Подписать соглашение"
        assert done.scores["answered"] == 3
    status.setCurrentIndex(status.findData("complete"))
    assert page.model.rowCount() == 30


def test_summary_of_a_second_diagnostic_shows_level_and_change(window, qtbot):
    with window.db.session() as s:
        second = next(d for d in svc.list_diagnostics(s)
                      if svc.previous_diagnostic(s, d) is not None and d.scores["level"])
        name, prev_date = second.initiative.name, svc.previous_diagnostic(s, second).date
        uuid = second.uuid
    window.open_record("diagnostics", uuid)
    wiz = _wizard(qtbot)
    assert wiz.currentPage() is wiz.summary_page  # a complete one opens on its summary
    summary = wiz.summary_page
    assert "Level: <b>" in summary.headline.text()
    change = summary.table.horizontalHeaderItem(3).text()
    assert change == f"Change since\n{formats.date_text(prev_date)}"  # the window's one format
    assert any(summary.table.item(r, 3).text() != "—" for r in range(8))
    assert name in wiz.windowTitle()
    _click(qtbot, wiz, QWizard.WizardButton.CancelButton)


def test_report_saved_as_pdf_and_opened(window, qtbot, tmp_path, monkeypatch, opened):
    from pypdf import PdfReader

    page = _page(window)
    uuid = _select(page, INITIATIVE)
    asked: list[str] = []

    def save_name(_parent, _title, suggested, _filter):
        asked.append(suggested)
        return str(tmp_path / "out" / f"report-{len(asked)}"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    (tmp_path / "out").mkdir()
    qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)
    pdf = tmp_path / "out" / "report-1.pdf"
    qtbot.waitUntil(lambda: opened == [pdf], timeout=10000)  # written off the GUI thread
    assert pdf.exists()
    assert asked[0].endswith(".pdf") and "Kostanay" in asked[0]
    text = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert INITIATIVE in text and "READINESS DIAGNOSTIC REPORT" in text

    page.language_actions["kk"].trigger()  # another language from the button's menu
    kk = tmp_path / "out" / "report-2.pdf"
    qtbot.waitUntil(lambda: opened[-1] == kk, timeout=10000)
    text = "".join(p.extract_text() for p in PdfReader(kk).pages)
    assert INITIATIVE in text and "Дайындық диагностикасы туралы есеп".upper() in text
    assert uuid


def test_batch_reports_of_a_region_off_the_gui_thread(window, qtbot, tmp_path, monkeypatch,
                                                      opened):
    page = _page(window)

    def choose_region(dialog: BatchDialog) -> int:
        dialog.ui.regionRadio.setChecked(True)
        dialog.ui.region.setCurrentIndex(dialog.ui.region.findData("39"))
        assert "2 complete diagnostics" in dialog.ui.countLabel.text()
        return 1

    monkeypatch.setattr(BatchDialog, "exec", choose_region)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a: str(tmp_path))
    qtbot.mouseClick(page.batch_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: opened == [tmp_path], timeout=20000)
    files = sorted(p.name for p in tmp_path.glob("*.pdf"))
    assert len(files) == 2 and all(f.startswith("Kostanay_region_") for f in files)
    message = window.statusBar().currentMessage()
    assert "2 reports written" in message and "Cancelled" not in message


def test_initiative_editor_lists_its_diagnostics(window):
    from clusterdesk.gui.editors.initiative import InitiativeEditor

    with window.db.session() as s:
        d = svc.list_diagnostics(s)[0]
        ini = d.initiative_uuid
        count = len(svc.diagnostics_of(s, ini))
    editor = InitiativeEditor(window.db, ini, window)
    assert editor.ui.diagnosticsView.model().rowCount() == count
    editor.reject()
