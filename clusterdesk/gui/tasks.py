"""Long work off the GUI thread, with a progress dialog that can cancel it.

A task is a plain function ``fn(progress)`` from the service layer, where
``progress(done, total) -> bool`` returns False once the user pressed Cancel. The worker never
touches widgets: it reports through signals that Qt delivers on the GUI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[Callable[[int, int], bool]], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _Signals()
        self.cancelled = threading.Event()

    def _progress(self, done: int, total: int) -> bool:
        self.signals.progress.emit(done, total)
        return not self.cancelled.is_set()

    def run(self) -> None:
        try:
            result = self.fn(self._progress)
        except Exception as exc:  # noqa: BLE001 - reported on the GUI thread
            log.exception("background task failed")
            self._emit(self.signals.failed, exc)
        else:
            self._emit(self.signals.finished, result)

    @staticmethod
    def _emit(signal, value: object) -> None:  # noqa: ANN001
        try:
            signal.emit(value)
        except RuntimeError:  # the application quit while the task ran: nobody to tell
            log.debug("result of a background task dropped at exit")


def wait_for_background(timeout_s: float = 10.0) -> None:
    """Let running background reads finish (tests and shutdown)."""
    QThreadPool.globalInstance().waitForDone(int(timeout_s * 1000))


def run_with_progress(parent: QWidget | None, title: str, fn, on_done: Callable[[Any], None],
                      on_error: Callable[[Exception], None]) -> _Runnable:  # noqa: ANN001
    """Start ``fn`` in the thread pool; a modal progress dialog shows it and can cancel it."""
    dialog = QProgressDialog(title, QProgressDialog.tr("Cancel"), 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    task = _Runnable(fn)

    def progress(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))

    def finish(result: object) -> None:
        dialog.close()
        on_done(result)

    def fail(exc: object) -> None:
        dialog.close()
        on_error(exc)  # type: ignore[arg-type]

    dialog.canceled.connect(task.cancelled.set)
    task.signals.progress.connect(progress)
    task.signals.finished.connect(finish)
    task.signals.failed.connect(fail)
    QThreadPool.globalInstance().start(task)
    return task


_running: set[_Runnable] = set()


def run_in_background(owner: QObject, fn: Callable[[], Any], on_done: Callable[[Any], None],
                      on_error: Callable[[Exception], None] | None = None) -> None:
    """A read off the GUI thread (no dialog): the window paints while it runs.

    The result goes to ``on_done`` on the GUI thread, unless ``owner`` (the widget that
    asked) was deleted meanwhile — a closed window gets no late answers.
    """
    task = _Runnable(lambda _progress: fn())
    _running.add(task)

    def finish(result: object) -> None:
        _running.discard(task)
        if shiboken6.isValid(owner):
            on_done(result)

    def fail(exc: object) -> None:
        _running.discard(task)
        if on_error is not None and shiboken6.isValid(owner):
            on_error(exc)  # type: ignore[arg-type]

    task.setAutoDelete(False)
    task.signals.finished.connect(finish)
    task.signals.failed.connect(fail)
    QThreadPool.globalInstance().start(task)
