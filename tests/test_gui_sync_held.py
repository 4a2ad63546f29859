"""The Sync view lists what it holds back — who sent it, what, why — and lets it go.

Before, the window only counted held records: a conflict "proven" by a made-up device or a
version stamped in 2999 stayed held for good, with no way to see or clear it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from test_gui_sync import _sync_page, _wait
from test_gui_sync_kept_back import _future_file

from clusterdesk.gui import i18n
from clusterdesk.sync.held_list import held_records


def _cells(page, row: int = 0) -> list[str]:  # noqa: ANN001
    model = page.held_model
    return [model.data(model.index(row, c), Qt.ItemDataRole.DisplayRole) or ""
            for c in range(model.columnCount())]


def test_held_records_are_listed_and_can_be_discarded(make_window, db, qtbot, tmp_path: Path,
                                                       monkeypatch) -> None:  # noqa: ANN001
    from clusterdesk.sync import import_file

    assert import_file(db, _future_file(tmp_path, db)).held == 1
    window = make_window(db)
    page = _sync_page(window)
    _wait(qtbot, page)
    tabs = page.ui.tabs
    assert tabs.tabText(tabs.indexOf(page.ui.heldTab)) == "&Held back (1)"
    log = page.log_model                        # the import log names the file that held it
    assert log.headerData(9, Qt.Orientation.Horizontal) == "Held back"
    assert log.data(log.index(0, 9), Qt.ItemDataRole.DisplayRole) == "1"
    cells = _cells(page)
    assert "Ферма 2999" in cells and "Organization" in cells
    assert "stamped too far ahead of this computer's clock" in cells
    assert not page.ui.discardHeldButton.isEnabled()          # nothing selected yet
    page.ui.heldView.selectRow(0)
    assert page.ui.discardHeldButton.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.No)
    page.ui.discardHeldButton.click()
    assert held_records(db)[0] == 1                            # "No" keeps it
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    page.ui.discardHeldButton.click()
    _wait(qtbot, page)
    assert held_records(db)[0] == 0
    assert "1 held record discarded." in page.ui.summaryLabel.text()
    qtbot.waitUntil(lambda: page.held_model.rowCount() == 0, timeout=5000)
    assert tabs.tabText(tabs.indexOf(page.ui.heldTab)) == "&Held back"


def test_the_held_list_speaks_kazakh(make_window, db, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    from clusterdesk.sync import import_file

    import_file(db, _future_file(tmp_path, db))
    window = make_window(db)
    i18n.install("kk")
    try:
        page = _sync_page(window)
        _wait(qtbot, page)
        why = _cells(page)[-1]
        assert why and "clock" not in why, why
        header = page.held_model.headerData(5, Qt.Orientation.Horizontal)
        assert header and header != "Why"
    finally:
        i18n.install("en")


def test_the_summary_names_records_refused_past_the_bound_and_records_dropped(
        make_window, db) -> None:  # noqa: ANN001
    from clusterdesk.sync import ImportSummary

    page = _sync_page(make_window(db))
    s = ImportSummary(file="f.cdsync", bundle_id="b", refused=["x"] * 3, held_over=2,
                      withdrawn=1)
    text = " ".join(page.kept_back(s))
    assert "1 change refused: the device that made it may not make it" in text, text
    assert "2 records refused: as many records of the device that made them" in text, text
    assert "1 record held earlier dropped: the computer that made it dated it again." in text
    i18n.install("ru")
    try:
        text = " ".join(page.kept_back(s))
        assert "2 записи отклонены" in text and "передатировал" in text, text
    finally:
        i18n.install("en")


def test_the_summary_blames_this_computers_clock_when_it_is_the_one_behind(
        make_window, db) -> None:  # noqa: ANN001
    from clusterdesk.sync import ImportSummary

    page = _sync_page(make_window(db))
    s = ImportSummary(file="f.cdsync", bundle_id="b", held=2, clock_behind=True)
    text = " ".join(page.kept_back(s))
    assert "2 records held back: this computer's clock is behind" in text, text
    assert "correct that computer's clock" not in text
