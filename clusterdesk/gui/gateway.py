"""The one way from the window to the database: every read and write of the GUI goes here.

Modelled on Anki's ``CollectionOp`` / ``QueryOp``. A widget hands over a plain function of
the service layer and two callbacks; the function runs off the GUI thread, the callbacks run
on the GUI thread, and a failure is shown one way (:func:`show_failure`) unless the caller
takes it::

    gateway.write(self, db, lambda s: editing.rename(s, uuid, name),
                  success=lambda _r: self.accept())

* :func:`write` — ``op(session)`` in ONE transaction (``db.session()``) on the single writer
  thread, so writes never wait for each other inside SQLite. What the transaction touched is
  announced afterwards by ``clusterdesk.store.changes`` as one change-set (see ``hub.py``):
  the caller announces nothing.
* :func:`read` — ``op(session)`` on a reader thread; the window keeps painting.
  :func:`read_early` starts one before its widget exists (the first page, at start).
* :func:`job` — a long ``op(progress)`` (import, export, batch PDFs) with a progress dialog
  and Cancel; ``progress(done, total)`` returns False once Cancel was pressed.
* :func:`call` — a service function that opens its own sessions (``fn()``), off the thread.
* :func:`read_now` — a read on the GUI thread, ONLY for reads bounded by an index and
  measured fast. The list model's count and pages of 200 rows stay synchronous: opening the
  largest list (300,000 consultations) costs 4-23 ms and jumping to its end 49 ms
  (docs/performance.md, "open list" and "scroll to the end"); a search is counted up to 2,000
  rows at once and completed by :func:`read`. So are one record by its uuid (to fill a form),
  the organization names completed as one types (FTS, 20 at most), and a form's short lookup
  lists (trips, rounds, consultants: tens of rows). Making these asynchronous would make every
  scroll and form flicker for no gain. Everything else — every write, PDF, merge, conflict,
  the dashboard and the sync status — goes through a thread.

The only GUI module that opens a session is this one (``tests/test_gui_gateway.py`` checks).
At exit :func:`shutdown` cancels long jobs, interrupts running reads and waits for the rest.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget
from sqlalchemy.orm import Session

from clusterdesk.errors import ValidationError
from clusterdesk.gui.errors import show_error
from clusterdesk.gui.reasons import error_text
from clusterdesk.progress import Progress  # the one progress/cancel type (jobs take it)
from clusterdesk.store.database import Database

log = logging.getLogger(__name__)
T = TypeVar("T")
Success = Callable[[Any], None] | None
Failure = Callable[[Exception], None] | None


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    """One operation in a worker thread. It never touches widgets: it reports by signals."""

    def __init__(self, fn: Callable[[Task], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # kept in ``_running`` until its answer was delivered
        self.fn = fn
        self.signals = _Signals()
        self.cancelled = threading.Event()
        self.interrupt: Callable[[], None] | None = None  # stops a running SQLite statement

    def progress(self, done: int, total: int) -> bool:
        """The ``Progress`` handed to a job: reports, and says whether to go on."""
        self._emit(self.signals.progress, done, total)
        return not self.cancelled.is_set()

    def cancel(self) -> None:
        self.cancelled.set()

    def run(self) -> None:
        try:
            result = self.fn(self)
        except Exception as exc:  # noqa: BLE001 - reported on the GUI thread
            if not self.cancelled.is_set():
                log.info("database operation failed", exc_info=exc)
            self._emit(self.signals.failed, exc)
        else:
            self._emit(self.signals.finished, result)

    @staticmethod
    def _emit(signal, *values: object) -> None:  # noqa: ANN001
        try:
            signal.emit(*values)
        except RuntimeError:  # the application quit while the task ran: nobody to tell
            log.debug("answer of a background operation dropped at exit")


_running: set[Task] = set()
_pools: dict[str, QThreadPool] = {}


def _pool(kind: str) -> QThreadPool:
    """``writer``: one thread, writes in order; ``reader``: two threads for reads."""
    pool = _pools.get(kind)
    if pool is None:
        pool = _pools[kind] = QThreadPool()
        pool.setMaxThreadCount(1 if kind == "writer" else 2)
        pool.setExpiryTimeout(5000)
    return pool


def show_failure(parent: QWidget | None, exc: BaseException, title: str = "") -> None:
    """How the window shows every failed operation: a refused value as the reason, an
    expected failure as its sentence, anything else with the log file (see errors.py)."""
    if parent is not None and not shiboken6.isValid(parent):
        parent = None
    if isinstance(exc, ValidationError):
        QMessageBox.warning(parent, title or (parent.windowTitle() if parent else ""),
                            error_text(exc))
    else:
        show_error(parent, exc, title)


def _start(parent: QObject | None, kind: str, fn: Callable[[Task], Any], success: Success,
           failure: Failure, on_cancel: Callable[[], None] | None = None) -> Task:
    task = Task(fn)
    _running.add(task)

    def alive() -> bool:
        return parent is None or shiboken6.isValid(parent)

    def finished(result: object) -> None:
        _running.discard(task)
        if success is not None and alive():
            success(result)

    def failed(exc: object) -> None:
        _running.discard(task)
        if not alive():
            return
        if task.cancelled.is_set():
            if on_cancel is not None:
                on_cancel()
        elif failure is not None:
            failure(exc)  # type: ignore[arg-type]
        else:
            show_failure(parent if isinstance(parent, QWidget) else None, exc)  # type: ignore[arg-type]

    task.signals.finished.connect(finished, Qt.ConnectionType.QueuedConnection)
    task.signals.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
    _pool(kind).start(task)
    return task


def write(parent: QObject | None, db: Database, op: Callable[[Session], T],
          success: Success = None, failure: Failure = None, *, origin: object = None) -> Task:
    """Run ``op(session)`` in one transaction off the GUI thread; ``origin`` tags the
    change-set, so that the writer can tell its own change from another's."""
    def run(_task: Task) -> T:
        with db.session() as s:
            if origin is not None:
                s.info["origin"] = origin
            return op(s)

    return _start(parent, "writer", run, success, failure)


def read(parent: QObject | None, db: Database, op: Callable[[Session], T], success: Success,
         failure: Failure = None) -> Task:
    """Run ``op(session)`` off the GUI thread; ``success(result)`` gets what it returned."""
    def run(task: Task) -> T:
        with db.session() as s:
            raw = s.connection().connection.driver_connection
            task.interrupt = getattr(raw, "interrupt", None)
            try:
                return op(s)
            finally:
                task.interrupt = None

    return _start(parent, "reader", run, success, failure)


class Early:
    """A read started before the widget that shows it exists, which takes it over.

    At start the first page's figures are read while the rest of the window is still being
    imported and built (SQLite works off the GIL, so both go at once on two cores): the page,
    once made, asks for the read it would start itself (``key``) and gets this one's result
    instead — at once if it is done, else when it is. A page asking for another ``key`` (a
    filter already changed), or asking twice, starts its own read.
    """

    def __init__(self, key: object) -> None:
        self.key = key
        self._outcome: tuple[bool, object] | None = None  # (succeeded, result or exception)
        self._taker: tuple[QObject | None, Success, Failure] | None = None
        self._taken = False

    def _settle(self, succeeded: bool, value: object) -> None:  # on the GUI thread
        self._outcome = (succeeded, value)
        self._deliver()

    def _deliver(self) -> None:
        if self._outcome is None or self._taker is None:
            return
        (parent, success, failure), (succeeded, value) = self._taker, self._outcome
        self._taker = None
        if parent is not None and not shiboken6.isValid(parent):
            return
        if succeeded:
            if success is not None:
                success(value)
        elif failure is not None:
            failure(value)  # type: ignore[arg-type]
        else:
            show_failure(parent if isinstance(parent, QWidget) else None, value)  # type: ignore[arg-type]

    def take(self, parent: QObject | None, key: object, success: Success,
             failure: Failure = None) -> bool:
        """Deliver this read's result to ``success`` (or its failure) if it is the read asked
        for and nobody took it yet; False: the caller starts its own."""
        if self._taken or key != self.key:
            return False
        self._taken = True
        self._taker = (parent, success, failure)
        self._deliver()
        return True


def read_early(db: Database, key: object, op: Callable[[Session], T]) -> Early:
    """Start ``op(session)`` as :func:`read` does, for a widget not made yet (see Early)."""
    early = Early(key)
    read(None, db, op, lambda result: early._settle(True, result),
         lambda exc: early._settle(False, exc))
    return early


def call(parent: QObject | None, fn: Callable[[], T], success: Success = None,
         failure: Failure = None, *, writes: bool = True) -> Task:
    """Run a service function that opens its own sessions (it takes the Database)."""
    return _start(parent, "writer" if writes else "reader", lambda _task: fn(), success,
                  failure)


def job(parent: QWidget | None, title: str, op: Callable[[Progress], T], success: Success = None,
        failure: Failure = None, *, on_cancel: Callable[[], None] | None = None,
        writes: bool = True) -> Task:
    """A long ``op(progress)`` with a window-modal progress dialog that can cancel it.

    A failure after Cancel was pressed is the cancellation, not an error: ``on_cancel`` is
    called (if given) and nothing is shown.
    """
    dialog = QProgressDialog(title, QCoreApplication.translate("Gateway", "Cancel"), 0, 0,
                             parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def close() -> None:  # closing a progress dialog emits canceled: not a Cancel press
        with contextlib.suppress(RuntimeError, TypeError):
            dialog.canceled.disconnect()
        dialog.close()

    def done(result: object) -> None:
        close()
        if success is not None:
            success(result)

    def fail(exc: Exception) -> None:
        close()
        (failure or (lambda e: show_failure(parent, e)))(exc)

    def cancelled() -> None:
        close()
        if on_cancel is not None:
            on_cancel()

    task = _start(parent, "writer" if writes else "reader", lambda t: op(t.progress), done, fail,
                  cancelled)

    def progress(done_: int, total: int) -> None:
        if shiboken6.isValid(dialog):
            dialog.setMaximum(max(total, 1))
            dialog.setValue(min(done_, max(total, 1)))

    dialog.canceled.connect(task.cancel)
    task.signals.progress.connect(progress, Qt.ConnectionType.QueuedConnection)
    return task


def read_now(db: Database, op: Callable[[Session], T]) -> T:
    """A read on the GUI thread, only for the reads measured fast (see the module's text)."""
    with db.session() as s:
        return op(s)


def busy() -> bool:
    """Whether any operation is still running or waiting."""
    return bool(_running)


def wait(timeout_s: float = 10.0) -> bool:
    """Let every running and queued operation finish (tests, switching databases)."""
    ms = int(timeout_s * 1000)
    return all(pool.waitForDone(ms) for pool in list(_pools.values()))


def shutdown(timeout_s: float = 10.0) -> bool:
    """At exit: drop what has not started, cancel long jobs, interrupt reads, wait for the
    write in progress (a transaction is never cut in half). True when nothing is left."""
    for pool in _pools.values():
        pool.clear()
    for task in list(_running):
        task.cancel()
        if task.interrupt is not None:
            try:
                task.interrupt()
            except Exception:  # noqa: BLE001 - the read may just have ended
                log.debug("interrupting a read failed", exc_info=True)
    return wait(timeout_s)
