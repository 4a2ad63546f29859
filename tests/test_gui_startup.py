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


def test_the_first_page_shows_the_figures_read_while_the_window_was_made(
        qapp, qtbot, demo_db_file, tmp_path, monkeypatch):
    """The dashboard's figures are read from before the main window exists; the page shows
    that read's figures, and does not read them a second time."""
    from clusterdesk.gui import app
    from clusterdesk.services import dashboard

    isolate_settings(tmp_path)
    monkeypatch.setattr("clusterdesk.gui.first_run.ask_if_needed", lambda window: None)
    monkeypatch.setattr(app, "offer_draft", lambda window: None)
    builds: list[object] = []
    real = dashboard.build

    def counted(*args, **kwargs):  # noqa: ANN202
        builds.append(args[2] if len(args) > 2 else kwargs.get("flt"))
        return real(*args, **kwargs)

    monkeypatch.setattr(dashboard, "build", counted)
    started: list[object] = []
    early_read = app.read_first_page
    monkeypatch.setattr(app, "read_first_page",
                        lambda db: started.append(builds.copy()) or early_read(db))
    mine = tmp_path / "demo.db"
    shutil.copy(demo_db_file, mine)
    window = app.open_window(mine)
    try:
        page = window.page("dashboard")
        qtbot.waitUntil(lambda: not page.is_loading, timeout=20000)
        assert started == [[]], "the read did not start before the window was made"
        assert len(builds) == 1, "the first page read its figures again"
        assert page.data is not None and page.data.stats["consultations"] > 0
        assert "…" not in [t.value.text() for t in page.tiles], "the tiles were not filled"
    finally:
        window.close()
        window.db.close()


def test_an_early_read_for_another_filter_is_not_taken(qapp, qtbot, demo_db):
    """A page whose filter differs from the early read's starts its own; an early read is
    taken once; a failed one reaches the taker's failure."""
    from clusterdesk.gui import gateway
    from clusterdesk.services import dashboard

    early = gateway.read_early(demo_db, dashboard.Filter(), lambda s: 41)
    got: list[object] = []
    assert not early.take(None, dashboard.Filter(region="35"), got.append)
    assert early.take(None, dashboard.Filter(), got.append)
    qtbot.waitUntil(lambda: got == [41], timeout=10000)
    assert not early.take(None, dashboard.Filter(), got.append), "taken twice"

    def broken(_s):  # noqa: ANN001, ANN202
        raise ValueError("no figures")

    failed = gateway.read_early(demo_db, "key", broken)
    qtbot.waitUntil(lambda: failed._outcome is not None, timeout=10000)
    errors: list[Exception] = []
    assert failed.take(None, "key", got.append, errors.append)  # settled before it was taken
    assert [str(e) for e in errors] == ["no figures"] and got == [41]
