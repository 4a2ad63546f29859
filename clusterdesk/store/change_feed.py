"""Changes committed by *other processes* (another window's program, an analyst on the same
server, a CLI import), turned into the same ``ChangeSet`` as this process's own commits.

``store/changes.py`` hears every commit made in this process; a commit made elsewhere reaches
the window through here, so that every list refreshes when another analyst's change lands:

* **PostgreSQL** — every commit that wrote rows sends ``NOTIFY clusterdesk_changes`` with the
  tables (and, when few, the records) it wrote, inside its transaction: delivered when it
  commits, never when it rolls back. :class:`PgListener` keeps one connection that LISTENs,
  in a thread, and publishes what other processes announced.
* **SQLite** — there is no notification between processes, but ``PRAGMA data_version`` on a
  connection of our own changes whenever another connection committed, and costs a few
  microseconds: :class:`SqlitePoll` asks it on each tick (the window's timer) and only then
  finds which tables moved (each travelling table's highest ``seq`` and ``hlc``, from their
  indexes; other tables by ``max(rowid)``). A transaction of this process records the
  arrival numbers (``seq``) it took (:func:`note_seq`, from ``stamping.next_seq``), so rows
  this process wrote are not announced a second time.

No Qt here: ``gui/change_watch.py`` runs the poll and the listener for each open database.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
import uuid
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, event

from clusterdesk.store import changes
from clusterdesk.store.base import Base, synced_tables
from clusterdesk.store.changes import QUIET_TABLES, ChangeSet

log = logging.getLogger(__name__)

CHANNEL = "clusterdesk_changes"
PROCESS = uuid.uuid4().hex  # this process: its own notifications were published in-process
EXTERNAL = "another process"  # ``origin`` of a change-set made elsewhere (never an editor)
MAX_PAYLOAD = 7000  # NOTIFY allows 8000 bytes
MAX_NAMED = 50  # records named in a notification; beyond, the tables are "partial"
_SEQS = "clusterdesk.change_feed.seqs"
_own_seqs: dict[str, set[int]] = {}  # database file -> arrival numbers this process committed
_lock = threading.Lock()


def note_seq(conn: Connection, seq: int) -> int:
    """The transaction on ``conn`` took arrival number ``seq`` (kept if it commits)."""
    conn.info.setdefault(_SEQS, []).append(seq)
    return seq


def own_seqs(path: str) -> set[int]:
    with _lock:
        return set(_own_seqs.get(path, ()))


def _database(conn: Connection) -> str:
    return str(Path(conn.engine.url.database or "").expanduser().resolve())


def _before_commit(conn: Connection) -> None:
    """Just before the database commits: remember our arrival numbers (SQLite), announce
    what was written (PostgreSQL)."""
    seqs = conn.info.pop(_SEQS, None)
    if conn.dialect.name == "sqlite":
        if seqs:
            with _lock:
                _own_seqs.setdefault(_database(conn), set()).update(seqs)
        return
    if conn.dialect.name == "postgresql":
        pending = changes.pending(conn)
        if pending is not None and pending.tables:
            _notify(conn, pending)


def _notify(conn: Connection, pending: ChangeSet) -> None:
    records = {t: sorted(u) for t, u in pending.records.items() if t not in pending.partial}
    named = sum(len(u) for u in records.values())
    payload = {"p": PROCESS, "t": sorted(pending.tables)}
    if named <= MAX_NAMED:
        payload["r"] = records
    text = json.dumps(payload, separators=(",", ":"))
    if len(text) > MAX_PAYLOAD:
        text = json.dumps({"p": PROCESS, "t": sorted(pending.tables)}, separators=(",", ":"))
    try:
        cursor = conn.connection.dbapi_connection.cursor()
        cursor.execute("SELECT pg_notify(%s, %s)", (CHANNEL, text))
        cursor.close()
    except Exception:  # noqa: BLE001 - a lost notification must not undo a commit
        log.warning("could not announce a commit to other analysts", exc_info=True)


def _on_rollback(conn: Connection) -> None:
    conn.info.pop(_SEQS, None)


def install() -> None:
    """Hook into every engine (idempotent); runs before ``changes`` drops what it collected."""
    for name, fn in (("commit", _before_commit), ("rollback", _on_rollback)):
        if not event.contains(Engine, name, fn):
            event.listen(Engine, name, fn, insert=True)


def parse(payload: str, database: str) -> ChangeSet | None:
    """A notification as a change-set; None when it is this process's own (or not ours)."""
    try:
        data = json.loads(payload)
        tables = frozenset(str(t) for t in data["t"])
        if data.get("p") == PROCESS:
            return None
        named = {str(t): frozenset(str(u) for u in uuids)
                 for t, uuids in (data.get("r") or {}).items()}
    except (ValueError, KeyError, TypeError, AttributeError):
        log.warning("not a ClusterDesk notification: %.200s", payload)
        return None
    partial = frozenset(t for t in tables if t not in named) if "r" in data else tables
    return ChangeSet(database, tables, named, partial, EXTERNAL)


class PgListener:
    """LISTENs on its own connection in a thread; publishes other processes' commits."""

    def __init__(self, engine: Engine, database: str) -> None:
        self.database = database
        self._stop = threading.Event()
        raw = engine.raw_connection()
        conn = self._conn = raw.driver_connection
        raw.detach()  # ours for good: never handed back to the pool
        conn.rollback()
        conn.autocommit = True
        conn.execute(f"LISTEN {CHANNEL}")
        self._thread = threading.Thread(target=self._run, name="clusterdesk-listen",
                                        daemon=True)
        self._thread.start()

    def _run(self) -> None:
        conn = self._conn
        while not self._stop.is_set():
            try:
                for note in conn.notifies(timeout=0.5):
                    change_set = parse(note.payload, self.database)
                    if change_set is not None:
                        changes.publish(change_set)
            except Exception:  # noqa: BLE001 - the server went away: say so, stop listening
                if not self._stop.is_set():
                    log.warning("stopped listening for other analysts' changes", exc_info=True)
                return

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        try:
            self._conn.close()
        except Exception:  # noqa: BLE001 - closing a broken connection
            log.debug("closing the listening connection failed", exc_info=True)


class SqlitePoll:
    """``poll()`` -> the change-set of what other processes committed since the last poll."""

    def __init__(self, path: str, tables: Iterable[str] | None = None) -> None:
        self.path = path
        self._con = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._con.execute("PRAGMA busy_timeout = 2000")
        synced = {t.__tablename__ for t in synced_tables()}
        names = set(tables) if tables is not None else set(Base.metadata.tables)
        names &= {n for (n,) in self._con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        names -= QUIET_TABLES
        self._synced = sorted(names & synced)
        self._other = sorted(names - synced)
        self._version = self._data_version()
        self._marks = self._read_marks()

    def _data_version(self) -> int:
        return int(self._con.execute("PRAGMA data_version").fetchone()[0])

    def _read_marks(self) -> dict[str, tuple[Any, ...]]:
        parts = [f"SELECT '{t}', (SELECT max(seq) FROM {t}), (SELECT max(hlc) FROM {t})"
                 for t in self._synced]
        parts += [f"SELECT '{t}', (SELECT max(rowid) FROM {t}), NULL" for t in self._other]
        if not parts:
            return {}
        rows = self._con.execute(" UNION ALL ".join(parts)).fetchall()
        return {name: (seq or 0, hlc or "") for name, seq, hlc in rows}

    def _foreign(self, table: str, old: tuple[Any, ...], own: set[int]) -> bool:
        """Whether rows of ``table`` past the old marks were written by another process."""
        # no DISTINCT: it would walk the seq index instead of searching the hlc one
        for sql, arg in ((f"SELECT seq FROM {table} WHERE seq > ? LIMIT 256", old[0]),
                         (f"SELECT seq FROM {table} WHERE hlc > ? LIMIT 256", old[1])):
            if any(seq not in own for (seq,) in self._con.execute(sql, (arg,))):
                return True
        return False

    def poll(self) -> ChangeSet | None:
        try:
            version = self._data_version()
            if version == self._version:
                return None
            self._version = version
            marks = self._read_marks()
        except sqlite3.Error:  # busy or gone for a moment: ask again on the next tick
            log.debug("polling %s for changes failed", self.path, exc_info=True)
            return None
        old, self._marks = self._marks, marks
        moved = [t for t, mark in marks.items() if mark != old.get(t)]
        if not moved:
            return None
        own = own_seqs(self.path)
        foreign = {t for t in moved if t in self._synced and self._foreign(t, old[t], own)}
        if foreign:  # other tables moved with them (sync bookkeeping): theirs too
            foreign.update(t for t in moved if t in self._other)
        if not foreign:
            return None
        tables = frozenset(foreign)
        return ChangeSet(self.path, tables, {}, tables, EXTERNAL)

    def close(self) -> None:
        self._con.close()


install()
