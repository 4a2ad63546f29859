"""Every open database is followed for commits made by other processes, while anything in
the window watches it (``hub.watch`` calls :func:`follow`).

What another process committed arrives as an ordinary ``ChangeSet`` (origin
``change_feed.EXTERNAL``) through ``store.changes.publish``, so lists, the dashboard and open
editors react to it exactly as to a commit made here:

* SQLite: a timer asks ``PRAGMA data_version`` every :data:`POLL_MS` on the GUI thread (a few
  microseconds when nothing changed; docs/architecture.md has the measurements);
* PostgreSQL: a thread LISTENs for the NOTIFY every commit sends (``store/change_feed.py``).
"""

from __future__ import annotations

import logging
import sys
from functools import partial

import shiboken6
from PySide6.QtCore import QObject, QTimer

from clusterdesk.store import changes
from clusterdesk.store.change_feed import PgListener, SqlitePoll
from clusterdesk.store.database import Database

log = logging.getLogger(__name__)
POLL_MS = 500  # SQLite: how often another process's commit is looked for


class _Follower(QObject):
    """Follows one database for as long as something watches it."""

    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db  # kept alive (and its id unique) while followed
        self.watchers = 0
        self.poll: SqlitePoll | None = None
        self.listener: PgListener | None = None
        try:
            if db.path is None:
                self.listener = PgListener(db.engine, db.location)
            else:
                self.poll = SqlitePoll(str(db.path))
                self.timer = QTimer(self, interval=POLL_MS)
                self.timer.timeout.connect(self.tick)
                self.timer.start()
        except Exception:  # noqa: BLE001 - the window works on without other processes' news
            log.warning("cannot follow %s for other processes' changes", db.location,
                        exc_info=True)

    def tick(self) -> None:
        change_set = self.poll.poll() if self.poll is not None else None
        if change_set is not None:
            changes.publish(change_set)

    def close(self) -> None:
        if self.poll is not None:
            if shiboken6.isValid(self.timer):
                self.timer.stop()
            self.poll.close()
        if self.listener is not None:
            self.listener.close()


_followers: dict[int, _Follower] = {}


def follow(watcher: QObject, db: Database) -> None:
    """Follow ``db`` for other processes' commits at least as long as ``watcher`` lives."""
    follower = _followers.get(id(db))
    if follower is None:
        follower = _followers[id(db)] = _Follower(db)
    follower.watchers += 1
    watcher.destroyed.connect(partial(_release, id(db)))


def _release(key: int, *_args: object) -> None:
    if sys.is_finalizing():  # at exit: Qt's objects may be gone already; the OS closes all
        return
    follower = _followers.get(key)
    if follower is None:
        return
    follower.watchers -= 1
    if follower.watchers <= 0:
        del _followers[key]
        if not shiboken6.isValid(follower):  # Qt deleted it already (the window is closing)
            return
        try:
            follower.close()
        except RuntimeError:  # a timer Qt deleted under it while the window closes
            log.debug("follower of %s closed late", key, exc_info=True)
        follower.deleteLater()


def poll_now() -> None:
    """Look for other processes' SQLite commits at once (tests; switching back to a page)."""
    for follower in list(_followers.values()):
        follower.tick()
