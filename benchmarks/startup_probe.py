"""Child process of the start-up benchmark: starts the window as ``gui.app.run_gui`` does
(the frame first, then the fonts, the language, the modules, the database and the main
window, through ``gui.app.open_window``) offscreen, and prints the time from interpreter start
to the first painted frame ("painted"), to the main window shown and answering ("usable"),
and to its first page filled ("filled": the dashboard's figures, computed off the GUI thread,
painted).

Two things ``run_gui`` does are left out, as on a computer already in use: the question of a
new computer (who works here?) and the offer of an unsaved draft; so is the log file.
"""

import os
import sys
import time

T0 = time.perf_counter()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    from pathlib import Path

    from PySide6.QtCore import QEvent, QObject, QTimer

    from clusterdesk.gui import app as gui_app

    app = gui_app.create_app(fonts=False)
    gui_app.setup_quiet_settings(Path(sys.argv[2]))

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):  # noqa: ANN001, ANN201
            if event.type() == QEvent.Type.Paint:
                print(f"painted {time.perf_counter() - T0:.4f}", flush=True)
                app.removeEventFilter(self)
            return False

    probe = FirstPaint()
    app.installEventFilter(probe)
    frame = gui_app.show_frame()
    gui_app.load_fonts(app)
    from clusterdesk.gui import first_run, i18n, settings

    i18n.install(settings.get(settings.LANGUAGE))
    first_run.ask_if_needed = lambda window: None
    gui_app.offer_draft = lambda window: None
    window = gui_app.open_window(sys.argv[1], frame)
    app.processEvents()  # painted, navigation and menus answer
    print(f"usable {time.perf_counter() - T0:.4f}", flush=True)
    first = window.page("dashboard")

    def filled() -> None:
        if first.is_loading:
            QTimer.singleShot(2, filled)
            return
        app.processEvents()  # the figures painted
        print(f"filled {time.perf_counter() - T0:.4f}", flush=True)
        QTimer.singleShot(0, app.quit)

    QTimer.singleShot(0, filled)
    app.exec()


if __name__ == "__main__":
    main()
