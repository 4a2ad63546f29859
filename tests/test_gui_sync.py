"""The Sync view driven through its widgets: export, import with progress, re-import,
a conflict resolved with one click, files dropped on the window, the close warning."""

from __future__ import annotations

import datetime as dt
import types

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog

from clusterdesk import sync
from clusterdesk.gui import gateway, settings
from clusterdesk.gui.main_window import MainWindow
from clusterdesk.gui.sync_page import SyncPage, default_file_name
from clusterdesk.store.models import Organization
from clusterdesk.sync import status as sync_status_module

WAIT = 30000


@pytest.fixture(autouse=True)
def _answer_close(make_window, monkeypatch):
    """Questions (e.g. the close warning) are answered Close unless a test says otherwise."""
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Close)


def _sync_page(window: MainWindow) -> SyncPage:
    page = window.show_page("sync")
    assert isinstance(page, SyncPage)
    gateway.wait(WAIT / 1000)  # the page reads its status off-thread
    QApplication.processEvents()
    return page


def _save_as(monkeypatch, path) -> None:  # noqa: ANN001
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def _open(monkeypatch, *paths) -> None:  # noqa: ANN001
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *a, **k: ([str(p) for p in paths], ""))


def _wait(qtbot, page: SyncPage) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not page.busy and not page.writing, timeout=WAIT)
    qtbot.waitUntil(lambda: not gateway.busy(), timeout=WAIT)
    qtbot.waitUntil(lambda: not page.loading, timeout=WAIT)


def _live_orgs(window: MainWindow) -> int:
    return window.page("organizations").model.rowCount()


def test_export_import_and_reimport_through_the_page(make_window, demo_db, db, qtbot,
                                                     tmp_path, monkeypatch):
    office = make_window(demo_db)
    page = _sync_page(office)
    assert "not been exported yet" in page.ui.statusLabel.text()
    qtbot.waitUntil(lambda: office.pending_label.text().startswith("2"))  # 2023 changes
    exported = tmp_path / "laptop.cdsync"
    _save_as(monkeypatch, tmp_path / "laptop")  # the suffix is added
    qtbot.mouseClick(page.ui.exportChangesButton, Qt.MouseButton.LeftButton)
    _wait(qtbot, page)
    assert exported.exists()
    assert "written to" in page.ui.summaryLabel.text()
    assert "Every change made on this computer has been exported" in page.ui.statusLabel.text()
    qtbot.waitUntil(lambda: office.pending_label.text() == "0 changes not exported")
    assert "Head office — last export:" in page.ui.peersLabel.text()

    fresh = make_window(db)
    assert _live_orgs(fresh) == 0
    page_b = _sync_page(fresh)
    _open(monkeypatch, exported)
    qtbot.mouseClick(page_b.ui.importButton, Qt.MouseButton.LeftButton)
    assert page_b.busy and not page_b.ui.importButton.isEnabled()
    _wait(qtbot, page_b)
    dialogs = page_b.findChildren(QProgressDialog)
    assert dialogs and dialogs[-1].maximum() == 1000  # progress was reported to the dialog
    assert _live_orgs(fresh) == _live_orgs(office) >= 264, page_b.ui.summaryLabel.text()
    summary = page_b.ui.summaryLabel.text()
    assert summary.startswith("laptop.cdsync from") and "new: " in summary
    assert page_b.log_model.rowCount() == 1
    assert page_b.log_model.index(0, 1).data() == "laptop.cdsync"
    assert int(page_b.log_model.index(0, 4).data()) > 264  # "New" column
    assert "last file imported" in page_b.ui.peersLabel.text()

    qtbot.mouseClick(page_b.ui.importButton, Qt.MouseButton.LeftButton)
    _wait(qtbot, page_b)
    assert "was already imported" in page_b.ui.summaryLabel.text()
    assert "nothing changed" in page_b.ui.summaryLabel.text()
    assert page_b.log_model.rowCount() == 1


def test_cancelled_import_leaves_the_database_unchanged(make_window, demo_db, db, qtbot,
                                                        tmp_path, monkeypatch):
    path = tmp_path / "all.cdsync"
    sync.export_changes(demo_db, path, all_records=True)
    window = make_window(db)
    page = _sync_page(window)
    # The user presses Cancel while the records are being checked.
    monkeypatch.setattr(gateway.Task, "progress", lambda self, done, total: done == 0)
    page.import_files([path])
    _wait(qtbot, page)
    assert "cancelled" in page.ui.summaryLabel.text()
    assert _live_orgs(window) == 0
    assert page.log_model.rowCount() == 0


def _edit_phone(database, uuid: str, phone: str) -> None:  # noqa: ANN001
    with database.session() as s:
        s.get(Organization, uuid).phone = phone


def test_conflict_shown_side_by_side_and_resolved_with_one_click(make_window, demo_db, db,
                                                                 qtbot, tmp_path):
    first = tmp_path / "first.cdsync"
    sync.export_changes(demo_db, first, all_records=True)
    sync.import_file(db, first)
    with demo_db.session() as s:
        uuid, name = s.query(Organization.uuid, Organization.name).filter(
            ~Organization.deleted).order_by(Organization.name).first()
    _edit_phone(demo_db, uuid, "+7 701 111 11 11")   # here
    _edit_phone(db, uuid, "+7 702 222 22 22")        # on the other laptop, later: it wins
    back = tmp_path / "back.cdsync"
    sync.export_changes(db, back)

    window = make_window(demo_db)
    page = _sync_page(window)
    page.import_files([back])
    _wait(qtbot, page)
    assert "conflicts: 1" in page.ui.summaryLabel.text()
    assert "(1)" in page.ui.tabs.tabText(page.ui.tabs.indexOf(page.ui.conflictsTab))
    assert page.conflicts_model.rowCount() == 1
    assert page.conflicts_model.index(0, 0).data() == "Organization"
    assert page.conflicts_model.index(0, 1).data() == name
    fields = page.fields_model
    assert fields.index(0, 0).data() == "Phone"  # what differs comes first, highlighted
    assert fields.index(0, 1).data() == "+7 702 222 22 22"   # this (current) version
    assert fields.index(0, 2).data() == "+7 701 111 11 11"   # the other (lost) version
    assert fields.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert fields.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert "(this computer)" in page.ui.conflictTitle.text()

    qtbot.mouseClick(page.ui.keepOtherButton, Qt.MouseButton.LeftButton)
    _wait(qtbot, page)
    assert page.conflicts_model.rowCount() == 0
    assert sync.open_conflict_count(demo_db) == 0
    with demo_db.session() as s:
        assert s.get(Organization, uuid).phone == "+7 701 111 11 11"
    assert "No open conflicts" in page.ui.conflictTitle.text()
    assert not page.ui.keepOtherButton.isEnabled()


def test_files_dropped_on_the_window_are_imported(make_window, demo_db, db, qtbot, tmp_path):
    path = tmp_path / "dropped.cdsync"
    sync.export_changes(demo_db, path, all_records=True)
    window = make_window(db)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)), QUrl.fromLocalFile(str(tmp_path / "a.txt"))])
    event = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    page = window.page("sync")
    assert window.current_key() == "sync"
    _wait(qtbot, page)
    assert page.ui.summaryLabel.text().startswith("dropped.cdsync from")
    assert _live_orgs(window) >= 264


def test_a_bad_file_is_refused_with_a_clear_message(make_window, db, qtbot, tmp_path):
    bad = tmp_path / "broken.cdsync"
    bad.write_bytes(b"this is not a zip")
    window = make_window(db)
    page = _sync_page(window)
    page.import_files([bad])
    _wait(qtbot, page)
    assert window.warnings and "broken.cdsync" in window.warnings[-1]
    assert window.warnings[-1] in page.ui.summaryLabel.text()
    assert page.log_model.rowCount() == 0


def test_duplicates_merged_into_the_chosen_survivor(make_window, demo_db, qtbot, monkeypatch):
    window = make_window(demo_db)
    page = _sync_page(window)
    page.ui.tabs.setCurrentWidget(page.ui.duplicatesTab)
    qtbot.waitUntil(page.ui.duplicatesView.isEnabled)
    before = page.duplicates_model.rowCount()
    assert before >= 1
    page.ui.duplicatesView.selectRow(0)
    pair = page.selected_duplicate()
    monkeypatch.setattr(SyncPage, "ask_survivor", lambda self, c: c.uuid_a)
    orgs = _live_orgs(window)
    qtbot.mouseClick(page.ui.mergeButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.duplicates_model.rowCount() == before - 1)
    assert _live_orgs(window) == orgs - 1
    assert f"«{pair.name_b}» was merged into «{pair.name_a}»" in page.ui.summaryLabel.text()


def test_central_file_path_is_remembered_and_synced(make_window, demo_db, qtbot, tmp_path,
                                                    monkeypatch):
    window = make_window(demo_db)
    page = _sync_page(window)
    central = tmp_path / "shared" / "central.cdsync"
    central.parent.mkdir()
    _save_as(monkeypatch, central)
    qtbot.mouseClick(page.ui.syncCentralButton, Qt.MouseButton.LeftButton)  # asks once
    _wait(qtbot, page)
    assert central.exists()
    assert settings.get(settings.CENTRAL_SYNC_FILE) == str(central)
    assert page.ui.centralPath.text() == str(central)
    assert "Created the central file" in page.ui.summaryLabel.text()
    qtbot.waitUntil(lambda: window.pending_label.text() == "0 changes not exported")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: pytest.fail("asked"))
    qtbot.mouseClick(page.ui.syncCentralButton, Qt.MouseButton.LeftButton)
    _wait(qtbot, page)
    assert "written back to" in page.ui.summaryLabel.text()
    assert "Central file central.cdsync — last sync:" in page.ui.peersLabel.text()


def _clock_two_days_ahead(monkeypatch) -> None:  # noqa: ANN001
    class Later(dt.datetime):
        @classmethod
        def now(cls, tz=None):  # noqa: ANN001, ANN206
            return dt.datetime.now(tz) + dt.timedelta(days=2)

    monkeypatch.setattr(sync_status_module, "dt", types.SimpleNamespace(
        datetime=Later, UTC=dt.UTC, timedelta=dt.timedelta))


def test_close_warns_about_changes_not_exported_for_a_day(make_window, demo_db, monkeypatch):
    window = make_window(demo_db)
    asked: list[str] = []

    def question(_parent, _title, text, *a, **k):  # noqa: ANN001, ANN202
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", question)
    assert window.close()  # fresh changes: no question
    assert asked == []
    window.show()
    _clock_two_days_ahead(monkeypatch)
    page = _sync_page(window)
    page.refresh()
    assert "(2 days ago)" in page.ui.statusLabel.text()
    assert not window.close()  # the user pressed Cancel: the window stays open
    assert window.isVisible()
    assert asked and "have not been exported for more than a day" in asked[0]
    assert str(sync.unexported_count(demo_db)) in asked[0]
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Close)
    assert window.close()


def test_default_file_name_is_safe_and_dated():
    assert default_file_name("Ноутбук Айгерим/2", dt.date(2017, 4, 12)) == \
        "Ноутбук-Айгерим-2-2017-04-12.cdsync"
    assert default_file_name("", dt.date(2017, 4, 12)) == "clusterdesk-2017-04-12.cdsync"


def test_a_conflict_whose_losing_values_are_signed_says_so(qapp) -> None:  # noqa: ANN001
    """The analyst sees which losing values carry their author's signature."""
    from clusterdesk.gui.sync_tables import ConflictsModel
    from clusterdesk.sync.conflicts import ConflictView, FieldDiff

    def view(signed: bool) -> ConflictView:
        return ConflictView(uuid="c", table="consultations", record_uuid="r", label="Visit",
                            current_hlc="001796287955674-000000", current_device_id="here",
                            current_deleted=False, other_hlc="001796287955674-000000",
                            other_device_id="them", other_deleted=False,
                            fields=[FieldDiff("notes", "a", "b")], resolved=False,
                            resolution="", signed=signed)

    model = ConflictsModel()
    model.load([view(True), view(False)], {"here": "Bolat", "them": "Aigerim"}.get)
    assert model.index(0, 4).data() == "Aigerim, signed by it"
    assert model.index(1, 4).data() == "Aigerim"
