"""The lazy table model, tested without a view: counts, pages, sorting, late exact counts."""

from __future__ import annotations

from PySide6.QtCore import Qt

from clusterdesk.gui import table_model
from clusterdesk.gui.table_model import RecordTableModel
from clusterdesk.services import lists


def test_rows_are_fetched_page_by_page(qapp, demo_db):
    model = RecordTableModel(demo_db, lists.CONSULTATIONS)
    assert model.rowCount() > 500
    assert model._pages == {}  # nothing read before a row is asked for
    last = model.rowCount() - 1
    assert model.index(last, 0).data()  # the end, read from the other side
    assert list(model._pages) == [last // table_model.PAGE]


def test_sorting_by_a_column_reorders_rows(qapp, demo_db):
    model = RecordTableModel(demo_db, lists.ORGANIZATIONS)
    model.sort(0, Qt.SortOrder.AscendingOrder)
    first = model.index(0, 0).data()
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.index(0, 0).data() != first
    assert model.index(model.rowCount() - 1, 0).data() == first


def test_a_long_search_result_is_completed_by_a_background_count(qapp, qtbot, demo_db,
                                                                 monkeypatch):
    monkeypatch.setattr(table_model, "QUICK_COUNT", 50)
    model = RecordTableModel(demo_db, lists.CONSULTATIONS)
    model.set_search("кластер")  # in most consultations' topics
    assert model.rowCount() == 50 and not model.exact
    qtbot.waitUntil(lambda: model.exact, timeout=5000)
    with demo_db.session() as s:
        assert model.rowCount() == lists.count(s, lists.CONSULTATIONS, model.query) > 50
    assert model.index(model.rowCount() - 1, 0).data()
