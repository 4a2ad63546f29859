"""Start-up: the window's frame appears at once where the window was left, and the main
window takes its place (the frame never stays behind)."""

import shutil

from gui_helpers import isolate_settings
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QMainWindow


def _frames() -> list:
    return [w for w in QApplication.topLevelWidgets()
            if w.objectName() == "startFrame" and w.isVisible()]


def test_the_frame_shows_where_the_window_was_and_leaves_when_it_opens(qapp, demo_db_file,
                                                                        tmp_path, monkeypatch):
    from clusterdesk.gui import app, settings

    isolate_settings(tmp_path)
    placed = QMainWindow()
    placed.setGeometry(QRect(20, 20, 700, 500))
    settings.save_geometry("MainWindow", placed)
    frame = app.show_frame()
    try:
        assert frame.isVisible() and frame.windowTitle() == "ClusterDesk"
        assert (frame.width(), frame.height()) == (700, 500)
    finally:
        frame.close()
    frame = app.show_frame()
    monkeypatch.setattr("clusterdesk.gui.first_run.ask_if_needed", lambda window: None)
    monkeypatch.setattr(app, "offer_draft", lambda window: None)
    mine = tmp_path / "demo.db"
    shutil.copy(demo_db_file, mine)  # opening a file may stamp it: never the shared one
    window = app.open_window(mine, frame)
    try:
        assert window is not None and window.isVisible()
        assert _frames() == []
    finally:
        frame.close()
        if window is not None:
            window.close()
            window.db.close()


def test_a_database_that_cannot_open_takes_the_frame_away_too(qapp, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from clusterdesk.gui import app

    isolate_settings(tmp_path)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: said.append(a[2]))
    (tmp_path / "not-a-database.db").write_bytes(b"no database here" * 100)
    frame = app.show_frame()
    assert app.open_window(tmp_path / "not-a-database.db", frame) is None
    assert said and _frames() == []
