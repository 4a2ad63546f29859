"""Child process of the start-up benchmark: opens the real main window offscreen and prints
the time from interpreter start to the first painted frame."""

import os
import sys
import time

T0 = time.perf_counter()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    from pathlib import Path

    from PySide6.QtCore import QEvent, QObject, QTimer

    from clusterdesk.gui.app import create_app, setup_quiet_settings
    from clusterdesk.gui.main_window import MainWindow
    from clusterdesk.store.database import open_database

    app = create_app()
    setup_quiet_settings(Path(sys.argv[2]))
    window = MainWindow(open_database(sys.argv[1]))

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):  # noqa: ANN001, ANN201
            if event.type() == QEvent.Type.Paint:
                print(f"painted {time.perf_counter() - T0:.4f}", flush=True)
                QTimer.singleShot(0, app.quit)
                app.removeEventFilter(self)
            return False

    probe = FirstPaint()
    app.installEventFilter(probe)
    window.show()
    app.exec()


if __name__ == "__main__":
    main()
