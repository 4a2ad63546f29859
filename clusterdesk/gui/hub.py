"""One notification per commit: the change-set of ``clusterdesk.store.changes``, on the GUI
thread. Views say which tables they show (:func:`watch`) and refresh themselves.

Nobody emits here by hand: every transaction that commits — through the gateway, the sync
services, another window or another ``Database`` object on the same file — is told once; so
is a commit of another process (another analyst, a CLI import: ``gui/change_watch.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal

from clusterdesk.gui.change_watch import follow
from clusterdesk.store import changes
from clusterdesk.store.changes import ChangeSet
from clusterdesk.store.database import Database


class ChangeHub(QObject):
    changed = Signal(object)  # a ChangeSet, after its transaction committed
    _arrived = Signal(object)  # from whichever thread committed

    def __init__(self) -> None:
        super().__init__()
        self._arrived.connect(self.changed.emit, Qt.ConnectionType.QueuedConnection)
        self._cancel = changes.subscribe(self._from_any_thread)

    def _from_any_thread(self, change_set: ChangeSet) -> None:
        try:
            self._arrived.emit(change_set)
        except RuntimeError:  # the application is gone (a commit at interpreter exit)
            self._cancel()


hub = ChangeHub()


def concerns(change_set: ChangeSet, db: Database) -> bool:
    """Whether the change-set is of ``db``'s file (or PostgreSQL database)."""
    if not change_set.database:
        return True
    if db.path is None:
        return change_set.database == db.location
    return Path(change_set.database) == Path(db.path)


class _Watcher(QObject):
    """Calls back while its owner lives (a child of the owner: it dies with it)."""

    def __init__(self, owner: QObject, db: Database, tables: Iterable[str] | None,
                 on_change: Callable[[ChangeSet], None]) -> None:
        super().__init__(owner)
        self.db = db
        self.tables = frozenset(tables) if tables is not None else None
        self.on_change = on_change
        hub.changed.connect(self.deliver)
        follow(self, db)  # other processes' commits too (another analyst, a CLI import)

    def deliver(self, change_set: ChangeSet) -> None:
        if not concerns(change_set, self.db):
            return
        if self.tables is None or change_set.touches(self.tables):
            self.on_change(change_set)


def watch(owner: QObject, db: Database, tables: Iterable[str] | None,
          on_change: Callable[[ChangeSet], None]) -> QObject:
    """Call ``on_change(change_set)`` on the GUI thread after each commit to ``db`` that
    touched any of ``tables`` (None: any table), as long as ``owner`` exists."""
    return _Watcher(owner, db, tables, on_change)
