"""Exporting from the window: the proposed name is in the interface language, Russian CSV
uses ";" and every field goes to Excel as typed cells."""

from __future__ import annotations

import csv

import openpyxl
from PySide6.QtWidgets import QFileDialog

from clusterdesk.gui import i18n


def _save_as(monkeypatch, target, seen):
    def fake(_parent, _title, proposed, filters):
        seen.update(proposed=proposed, filters=filters)
        return str(target), ""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)


def test_russian_export_proposes_a_russian_name_and_semicolons(window, qtbot, tmp_path,
                                                               monkeypatch):
    i18n.install("ru")
    try:
        seen: dict = {}
        target = tmp_path / "orgs.csv"
        _save_as(monkeypatch, target, seen)
        page = window.show_page("organizations")
        page.search.setText("Палата")
        qtbot.waitUntil(lambda: page.model.rowCount() == 16)
        window.ui.actionExportCsv.trigger()
        qtbot.waitUntil(target.exists, timeout=5000)
    finally:
        i18n.install("en")
    assert "Организации" in seen["proposed"] and seen["proposed"].endswith(".csv")
    assert seen["filters"].split(";;")[0].endswith("(*.csv)") and "точк" in seen["filters"]
    rows = list(csv.reader(target.read_text("utf-8-sig").splitlines(), delimiter=";"))
    assert len(rows) == 17
    assert "Адрес" in rows[0] and "ОКЭД" in rows[0]  # every field, headers in Russian


def test_excel_export_of_consultations_has_date_cells_and_every_field(window, qtbot, tmp_path,
                                                                      monkeypatch):
    target = tmp_path / "cons.xlsx"
    _save_as(monkeypatch, target, {})
    window.show_page("consultations")
    window.ui.actionExportXlsx.trigger()
    qtbot.waitUntil(target.exists, timeout=20000)
    book = openpyxl.load_workbook(target, read_only=True)
    assert book.sheetnames == ["Consultations"]
    ws = book.active
    header = next(ws.iter_rows(min_row=1, max_row=1, values_only=True))
    assert "Notes" in header and "Next step due" in header and "BIN" in header
    first = next(ws.iter_rows(min_row=2, max_row=2))
    assert first[0].is_date


def test_the_programme_goes_to_one_workbook_with_a_sheet_per_list(window, qtbot, tmp_path,
                                                                  monkeypatch):
    target = tmp_path / "programme.xlsx"
    _save_as(monkeypatch, target, {})
    window.workbook_action.trigger()
    qtbot.waitUntil(target.exists, timeout=30000)
    book = openpyxl.load_workbook(target, read_only=True)
    assert book.sheetnames == ["Organizations", "Consultations", "Cluster members"]
    members = book["Cluster members"]
    header = next(members.iter_rows(min_row=1, max_row=1, values_only=True))
    assert header[:3] == ("Organization", "Initiative", "Role") and "BIN" in header
    assert next(members.iter_rows(min_row=2, max_row=2))[3].is_date  # joined: a date cell
