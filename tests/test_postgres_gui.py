"""The window on head office's PostgreSQL database: lists, the database setting, recent list."""

from __future__ import annotations

import json

from gui_helpers import type_text

from clusterdesk.gui import settings
from clusterdesk.gui.dialogs import SettingsDialog
from clusterdesk.gui.list_page import ListPage


def _page(window, key) -> ListPage:  # noqa: ANN001
    page = window.show_page(key)
    assert isinstance(page, ListPage)
    return page


def test_the_window_shows_the_demo_from_the_server(pg_demo_db, make_window, qtbot):
    window = make_window(pg_demo_db)
    for key, rows in {"trips": 15, "initiatives": 23, "applications": 21}.items():
        assert _page(window, key).model.rowCount() == rows, key
    page = _page(window, "organizations")
    total = page.model.rowCount()
    assert total >= 264
    type_text(page.search, "КУРЫЛЫС")  # Құрылыс typed on a Russian keyboard, in capitals
    qtbot.waitUntil(lambda: 0 < page.model.rowCount() < total)
    names = [page.model.index(r, 0).data() for r in range(page.model.rowCount())]
    assert all("Құрылыс" in n for n in names), names
    assert pg_demo_db.engine.url.database in window.windowTitle()
    assert "postgresql://" in window.db_label.text()
    # no file to copy: the server's backups (pg_dump)
    backup = window.findChild(type(window.ui.actionQuit), "actionBackUpNow")
    assert not backup.isEnabled() and "pg_dump" in backup.toolTip()


def test_settings_take_a_server_url_and_remember_it_without_password(pg_url, demo_db,
                                                                    make_window):
    window = make_window(demo_db)
    dialog = SettingsDialog(window.db, window)
    typed = pg_url.replace("postgres@", "postgres:s3cret@", 1)
    dialog.ui.databasePath.setText(typed)
    assert dialog.apply()["database"] == typed  # opened as typed (this session only)
    from clusterdesk.gui.app import open_window

    opened = open_window(typed)
    assert opened is not None
    try:
        assert "s3cret" not in settings.get(settings.DATABASE)
        assert settings.get(settings.DATABASE).startswith("postgresql://postgres@")
        recent = json.loads(settings.get(settings.RECENT_FILES))
        assert recent and all("s3cret" not in r for r in recent)
        assert "s3cret" not in opened.db_label.text()
    finally:
        opened.close()
        opened.db.close()
