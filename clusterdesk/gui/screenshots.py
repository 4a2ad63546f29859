"""Screenshots of every main view and of the consultation form, from the real program.

Run under a virtual display (see README):
``xvfb-run -a python -m clusterdesk.gui.screenshots --db demo.db --out screenshots --lang ru``
"""

from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from clusterdesk.languages import LANGUAGES


def grab(widget: QWidget, path: Path) -> None:
    QApplication.processEvents()
    screen = widget.screen()
    pixmap = screen.grabWindow(0, widget.frameGeometry().x(), widget.frameGeometry().y(),
                               widget.frameGeometry().width(), widget.frameGeometry().height())
    if pixmap.isNull() or pixmap.width() < 10:
        pixmap = widget.grab()
    pixmap.save(str(path))
    print(path)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=Path("screenshots"))
    parser.add_argument("--lang", default="ru", choices=LANGUAGES)
    args = parser.parse_args()
    from clusterdesk.gui import gateway, i18n
    from clusterdesk.gui.app import create_app, setup_quiet_settings
    from clusterdesk.gui.main_window import PAGES, MainWindow
    from clusterdesk.store.database import open_database

    app = create_app()
    setup_quiet_settings(args.out)
    i18n.install(args.lang)
    args.out.mkdir(parents=True, exist_ok=True)
    window = MainWindow(open_database(args.db))
    free = app.primaryScreen().availableGeometry()  # a 1024×768 screen is shot as such
    window.resize(min(1280, free.width()), min(800, free.height()))
    window.show()
    for _ in range(20):
        app.processEvents()
    import time

    for row, (key, _label, _f) in enumerate(PAGES):
        window.ui.navigation.setCurrentRow(row)
        page = window.page(key)
        deadline = time.monotonic() + 30
        for _ in range(5):
            app.processEvents()
        while (getattr(page, "data", True) is None or gateway.busy()) and \
                time.monotonic() < deadline:
            app.processEvents()  # what a page shows arrives from a background read
            time.sleep(0.02)
        for _ in range(5):
            app.processEvents()
        view = getattr(page, "view", None)
        if view is not None and getattr(page, "model", None) is not None and \
                page.model.rowCount():
            view.selectRow(0)
        for _ in range(10):
            app.processEvents()
        grab(window, args.out / f"{args.lang}-{row:02d}-{key}.png")

    def shoot_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        for _ in range(10):
            app.processEvents()
        grab(dialog, args.out / f"{args.lang}-90-consultation-form.png")
        dialog.reject()

    def shoot_org() -> None:
        dialog = QApplication.activeModalWidget()
        for _ in range(10):
            app.processEvents()
        grab(dialog, args.out / f"{args.lang}-91-organization-form.png")
        dialog.reject()

    window.show_page("organizations")
    QTimer.singleShot(300, shoot_dialog)
    window.new_consultation()
    orgs = window.page("organizations")
    orgs.view.selectRow(0)
    QTimer.singleShot(300, shoot_org)
    window.edit_selected()
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
