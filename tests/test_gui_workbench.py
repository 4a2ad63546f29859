"""The main window driven through its widgets, offscreen, on the demo programme."""

from __future__ import annotations

import datetime as dt

from gui_helpers import type_text
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from clusterdesk.gui import drafts, i18n
from clusterdesk.gui.app import offer_draft
from clusterdesk.gui.editors.consultation import DRAFT, ConsultationEditor
from clusterdesk.gui.editors.organization import OrganizationEditor
from clusterdesk.gui.list_page import ListPage
from clusterdesk.gui.main_window import MainWindow


def _page(window, key) -> ListPage:
    page = window.show_page(key)
    assert isinstance(page, ListPage)
    return page


def test_every_list_opens_with_the_demo_counts(window):
    expected = {"trips": 15, "initiatives": 23, "applications": 21}
    for key, rows in expected.items():
        assert _page(window, key).model.rowCount() == rows, key
    orgs = _page(window, "organizations").model.rowCount()
    assert orgs >= 264
    assert _page(window, "consultations").model.rowCount() > 264
    assert "demo.db" in window.windowTitle()
    assert str(window.db.path) in window.db_label.text()


def test_search_narrows_the_list_regardless_of_case(window, qtbot):
    page = _page(window, "organizations")
    total = page.model.rowCount()
    type_text(page.search, "ПАЛАТА")
    qtbot.waitUntil(lambda: page.model.rowCount() < total)
    assert page.model.rowCount() == 16  # one chamber "Атамекен" per region of 2016
    names = [page.model.index(r, 0).data() for r in range(page.model.rowCount())]
    assert all("Палата" in n for n in names)


def test_filter_by_region_and_sort_by_column(window):
    page = _page(window, "initiatives")
    combo = page._filters["region"]
    combo.setCurrentIndex(combo.findData("39"))
    assert page.model.rowCount() == 2  # flour and agricultural machinery, Kostanay
    page.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    first = page.model.index(0, 0).data()
    page.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert page.model.index(0, 0).data() != first


def _fill_new_consultation(editor: ConsultationEditor, qtbot, org_text: str) -> None:
    type_text(editor.ui.organization, org_text)
    popup = editor.ui.organization.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    type_text(editor.ui.topics, "Правила отбора; соглашение <участников> & жолдама")
    type_text(editor.ui.outcome, "Подтвердили готовность участвовать")


def test_create_edit_delete_and_undo_a_consultation(window, qtbot):
    page = _page(window, "consultations")
    before = page.model.rowCount()
    seen = {}

    def fill_and_save():
        editor = QApplication.activeModalWidget()
        assert isinstance(editor, ConsultationEditor)
        assert editor.ui.date.date().toPython() == dt.date.today()
        _fill_new_consultation(editor, qtbot, "Палата предпринимателей Костан")
        seen["org"] = editor.ui.organization.text()
        qtbot.mouseClick(editor._save_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill_and_save)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.model.rowCount() == before + 1
    assert "Костанайской" in seen["org"]

    page.search.setText("ЖОЛДАМА участников")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.view.selectRow(0)

    def edit():
        editor = QApplication.activeModalWidget()
        editor.ui.outcome.clear()
        type_text(editor.ui.outcome, "Подпишут соглашение до 1 июня")
        qtbot.mouseClick(editor._save_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, edit)
    window.ui.actionEdit.trigger()
    outcome_col = [c.key for c in page.spec.columns].index("outcome")
    assert page.model.index(0, outcome_col).data() == "Подпишут соглашение до 1 июня"

    page.view.selectRow(0)
    window.ui.actionDelete.trigger()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)  # written off the GUI thread
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.index(0, outcome_col).data() == "Подпишут соглашение до 1 июня"


def test_bad_bin_is_explained_next_to_the_field_and_blocks_saving(window, qtbot):
    editor = OrganizationEditor(window.db, None, window)
    qtbot.addWidget(editor)
    editor.show()
    type_text(editor.ui.name, "ТОО «Әлем & <Құрылыс>»")
    type_text(editor.ui.bin, "090840000005")
    assert editor.ui.binError.isVisible()
    assert "check digit is 5, expected 4" in editor.ui.binError.text()
    assert not editor._save_button.isEnabled()
    editor.ui.bin.clear()
    type_text(editor.ui.bin, "090840000004")
    assert not editor.ui.binError.isVisible()
    assert editor._save_button.isEnabled()


def test_duplicate_bin_points_to_the_existing_organization(window, qtbot):
    from sqlalchemy import select

    from clusterdesk.store.models import Organization

    with window.db.session() as s:
        existing = s.scalars(select(Organization).where(Organization.bin != "").limit(1)).one()
    editor = OrganizationEditor(window.db, None, window)
    qtbot.addWidget(editor)
    editor.show()
    type_text(editor.ui.bin, existing.bin)
    assert existing.name in editor.ui.binError.text()


def test_switching_to_kazakh_changes_visible_labels(window, qtbot):
    nav = window.ui.navigation
    english = [nav.item(i).text() for i in range(nav.count())]
    i18n.install("kk")
    qtbot.waitUntil(lambda: nav.item(2).text() != english[2])
    kazakh = [nav.item(i).text() for i in range(nav.count())]
    assert kazakh[2] == "Ұйымдар"
    assert window.ui.menuFile.title() != "&File"
    page = _page(window, "organizations")
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Атауы"
    i18n.install("ru")
    qtbot.waitUntil(lambda: nav.item(2).text() == "Организации")


def test_unfinished_consultation_is_offered_back_after_reopening(window, qtbot, monkeypatch):
    editor = ConsultationEditor(window.db, None, window)
    qtbot.addWidget(editor)
    editor.show()
    type_text(editor.ui.notes, "Директор просит прислать правила отбора")
    qtbot.waitUntil(lambda: drafts.load(DRAFT, str(window.db.path)) is not None, timeout=3000)
    editor.hide()  # the lid closes; the program is killed without saving
    window.close()

    again = MainWindow(window.db)
    qtbot.addWidget(again)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Open)
    restored = {}

    def look():
        dialog = QApplication.activeModalWidget()
        restored["notes"] = dialog.ui.notes.toPlainText()
        dialog.reject()

    QTimer.singleShot(0, look)
    offer_draft(again)
    assert restored["notes"] == "Директор просит прислать правила отбора"
    assert drafts.load(DRAFT, str(window.db.path)) is None  # cancelled: the draft is gone


def test_export_list_to_csv_keeps_cyrillic_for_excel(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "orgs.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page = _page(window, "organizations")
    page.search.setText("Палата")
    qtbot.waitUntil(lambda: page.model.rowCount() == 16)
    window.ui.actionExportCsv.trigger()
    qtbot.waitUntil(target.exists, timeout=5000)
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 byte-order mark
    lines = data.decode("utf-8-sig").splitlines()
    assert len(lines) == 17 and "Палата предпринимателей" in lines[1]


def test_next_consultation_prefills_the_trip_and_consultant(window, qtbot):
    from clusterdesk.gui import settings
    from clusterdesk.services import lookups

    with window.db.session() as s:
        trip = lookups.trips(s)[0]
        me = lookups.consultants(s)[0][0]
    settings.put(settings.CONSULTANT, me)
    first = ConsultationEditor(window.db, None, window)
    qtbot.addWidget(first)
    first.ui.trip.setCurrentIndex(first.ui.trip.findData(trip.uuid))
    first.picker.set(None)
    type_text(first.ui.organization, "Палата предпринимателей Актюб")
    popup = first.ui.organization.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    first.save()
    qtbot.waitUntil(lambda: first.result() == QDialog.DialogCode.Accepted)
    second = ConsultationEditor(window.db, None, window)
    qtbot.addWidget(second)
    assert second.ui.trip.currentData() == trip.uuid
    assert second._consultants() == [me]


def test_export_filtered_list_to_excel(window, qtbot, tmp_path, monkeypatch):
    import zipfile

    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "initiatives.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page = _page(window, "initiatives")
    combo = page._filters["sector"]
    combo.setCurrentIndex(combo.findData("tourism"))
    window.ui.actionExportXlsx.trigger()
    qtbot.waitUntil(target.exists, timeout=5000)
    with zipfile.ZipFile(target) as book:
        sheet = book.read("xl/worksheets/sheet1.xml").decode("utf-8")
        shared = book.read("xl/sharedStrings.xml").decode("utf-8") \
            if "xl/sharedStrings.xml" in book.namelist() else sheet
    assert sheet.count("<row ") == 7  # header + the 6 tourism initiatives
    assert "Туристский кластер Алматинской области" in shared
    assert "Food industry" not in shared
