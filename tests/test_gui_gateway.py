"""One way from the window to the database: only the gateway opens sessions, writes leave the
window responsive, every list follows what a commit touched, editors hear of changes made
elsewhere, a double-click opens one editor, the dashboard says it is loading."""

from __future__ import annotations

import re
import threading
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from clusterdesk.gui import gateway
from clusterdesk.gui.editors.initiative import InitiativeEditor
from clusterdesk.services import lists
from clusterdesk.store.database import open_database
from clusterdesk.store.models import Application, Initiative

GUI = Path(__file__).resolve().parents[1] / "clusterdesk" / "gui"
OPENS_A_SESSION = re.compile(r"\.session\(\)|\bSession\(|sessionmaker\(")


def test_only_the_gateway_opens_database_sessions():
    offenders = []
    for path in sorted(GUI.rglob("*.py")):
        if path.name == "gateway.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if OPENS_A_SESSION.search(line.split("#")[0]):
                offenders.append(f"{path.relative_to(GUI)}:{number}: {line.strip()}")
    assert offenders == [], "open sessions through clusterdesk.gui.gateway:\n" + \
        "\n".join(offenders)
    assert OPENS_A_SESSION.search("with db.session() as s:")  # the scan itself sees one


def test_a_list_reads_the_tables_of_its_joins():
    assert {"applications", "initiatives", "selection_rounds"} <= \
        lists.tables_read(lists.APPLICATIONS)
    assert {"diagnostics", "initiatives"} <= lists.tables_read(lists.LISTS["diagnostics"])
    assert "memberships" in lists.tables_read(lists.INITIATIVES)  # the member count


def _initiative_with_application(db) -> tuple[str, str]:  # noqa: ANN001
    with db.session() as s:
        ini = s.scalars(select(Initiative).join(
            Application, Application.initiative_uuid == Initiative.uuid)
            .where(~Initiative.deleted).limit(1)).one()
        return ini.uuid, ini.name


def _names_shown(page, column: str) -> set[str]:  # noqa: ANN001
    col = [c.key for c in page.spec.columns].index(column)
    return {page.model.index(r, col).data() for r in range(page.model.rowCount())}


def test_renaming_an_initiative_refreshes_applications_and_diagnostics(window, qtbot):
    uuid, old = _initiative_with_application(window.db)
    applications = window.page("applications")
    diagnostics = window.page("diagnostics")
    assert old in _names_shown(applications, "initiative")
    assert old in _names_shown(diagnostics, "initiative")
    new = "Переименованный кластер «Жаңа»"
    initiatives = window.show_page("initiatives")
    initiatives.view.selectRow(initiatives.model.row_of(uuid) or 0)
    initiatives.search.setText(old)
    qtbot.waitUntil(lambda: initiatives.model.rowCount() == 1)
    initiatives.view.selectRow(0)

    def rename() -> None:
        editor = QApplication.activeModalWidget()
        assert isinstance(editor, InitiativeEditor) and editor.uuid == uuid
        editor.ui.name.setText(new)
        qtbot.mouseClick(editor._save_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, rename)
    window.ui.actionEdit.trigger()  # returns when the editor closed, after its save
    qtbot.waitUntil(lambda: new in _names_shown(applications, "initiative"))
    qtbot.waitUntil(lambda: new in _names_shown(diagnostics, "initiative"))
    assert old not in _names_shown(applications, "initiative")
    assert old not in _names_shown(diagnostics, "initiative")


def test_an_editor_offers_to_reload_a_record_changed_elsewhere(window, qtbot, monkeypatch):
    uuid, old = _initiative_with_application(window.db)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a, **k: asked.append(
        text) or QMessageBox.StandardButton.Yes)
    editor = InitiativeEditor(window.db, uuid, window)
    qtbot.addWidget(editor)
    editor.show()
    assert editor.ui.name.text() == old

    other = open_database(window.db.path)  # another window, or an import, on the same file
    try:
        with other.session() as s:
            s.get(Initiative, uuid).name = "Изменено на другом компьютере"
    finally:
        other.close()
    qtbot.waitUntil(lambda: bool(asked))
    assert "changed elsewhere" in asked[0]
    assert editor.ui.name.text() == "Изменено на другом компьютере"  # reloaded as answered

    asked.clear()  # a change to another initiative does not disturb it
    with window.db.session() as s:
        s.scalars(select(Initiative).where(Initiative.uuid != uuid).limit(1)).one() \
            .description = "другое"
    qtbot.waitUntil(lambda: not gateway.busy())
    QApplication.processEvents()
    assert asked == []


def test_double_click_opens_one_editor_and_a_second_request_raises_it(window, qtbot,
                                                                      monkeypatch):
    page = window.show_page("initiatives")
    opened: list[InitiativeEditor] = []
    monkeypatch.setattr(InitiativeEditor, "exec", lambda self: opened.append(self) or 0)
    rect = page.view.visualRect(page.model.index(0, 0))
    # a double-click as the system sends it: press and release, then the double click
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert len(opened) == 1 and opened[0].uuid == page.model.uuid_at(0)

    monkeypatch.undo()
    uuid = page.model.uuid_at(0)
    seen: dict[str, int] = {}

    def again() -> None:
        window.open_record("initiatives", uuid)  # e.g. from a related list: no second one
        editors = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, InitiativeEditor) and w.isVisible()]
        seen["editors"] = len(editors)
        for editor in editors:
            editor.reject()

    QTimer.singleShot(0, again)
    window.open_record("initiatives", uuid)
    assert seen["editors"] == 1


def test_a_slow_write_leaves_the_window_responsive(window, qtbot, monkeypatch):
    from clusterdesk.gui.editors import base

    original = base.save_fields
    painted = threading.Event()
    seen: dict[str, bool] = {}

    def slow(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        # the write waits for the GUI thread to handle an event: if the write ran on the GUI
        # thread, nothing could handle it and the wait would run out
        QTimer.singleShot(0, window, painted.set)
        seen["gui_answered"] = painted.wait(20)
        return original(*args, **kwargs)

    monkeypatch.setattr(base, "save_fields", slow)
    uuid, _old = _initiative_with_application(window.db)
    editor = InitiativeEditor(window.db, uuid, window)
    qtbot.addWidget(editor)
    editor.show()
    editor.ui.description.setPlainText("Описание, сохранённое в фоне")
    qtbot.mouseClick(editor._save_button, Qt.MouseButton.LeftButton)
    assert editor.saving and not editor._save_button.isEnabled()  # no second save meanwhile
    qtbot.waitUntil(lambda: not editor.saving, timeout=30000)
    assert seen == {"gui_answered": True}
    with window.db.session() as s:
        assert s.get(Initiative, uuid).description == "Описание, сохранённое в фоне"


def test_the_dashboard_says_it_is_loading_while_it_computes(window, qtbot, monkeypatch):
    from clusterdesk.services import dashboard as figures

    release = threading.Event()
    original = figures.build

    def slow_build(session, *args):  # noqa: ANN001, ANN002, ANN202
        release.wait(20)
        return original(session, *args)

    page = window.show_page("dashboard")
    qtbot.waitUntil(lambda: not page.is_loading)
    monkeypatch.setattr(figures, "build", slow_build)
    page.refresh()
    assert page.loading.isVisible() and page.loading.text()
    release.set()
    qtbot.waitUntil(lambda: not page.loading.isVisible())
    assert page.tiles[1].value.text().isdigit()


def test_quitting_drains_the_work_in_progress(window, qtbot):
    started = threading.Event()
    finish = threading.Event()

    def long_read(_session):  # noqa: ANN001, ANN202
        started.set()
        finish.wait(20)
        return 1

    gateway.read(window, window.db, long_read, lambda _r: None)
    started.wait(10)
    assert gateway.busy()
    threading.Timer(0.05, finish.set).start()
    assert gateway.shutdown(30)  # returns only once nothing runs any more
