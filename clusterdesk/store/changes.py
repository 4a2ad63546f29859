"""What each committed transaction touched, computed where rows are written, told once.

Nobody declares by hand which table a dialog changed: while a transaction runs, this module
collects

* the table of every INSERT, UPDATE, DELETE or REPLACE statement that goes through
  SQLAlchemy (ORM flushes and Core alike, read from the statement as it is executed);
* the uuid of every record the ORM flushes (``session.new``, ``dirty``, ``deleted``);
* whatever a bulk path declares with :func:`note` — needed only where rows are written
  behind SQLAlchemy's back (the raw ``sqlite3`` connection), or to name the records.

When the transaction commits, one :class:`ChangeSet` goes to every subscriber; when it rolls
back, what was collected is dropped. No Qt here: the window subscribes through
``clusterdesk.gui.hub``, which hands the change-set to the GUI thread.

How a bulk path declares what it wrote (one line, inside its transaction)::

    from clusterdesk.store import changes

    with db.engine.begin() as conn:        # or: with db.session() as s
        raw = conn.connection.driver_connection
        raw.executemany("INSERT INTO organizations ...", rows)
        changes.note(conn, {"organizations"})                 # records unknown: "some rows"
        changes.note(conn, {"consultations"}, uuids=new_ids)  # or name them, where cheap

``note`` takes a Session or a Connection; inside a Session pass the session (a connection
that belongs to a session is recognised too). A change-set's ``records`` names the uuids
collected per table; a table in ``partial`` also had rows changed that are not named there.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, Engine, event
from sqlalchemy.orm import Session
from sqlalchemy.pool import Pool

log = logging.getLogger(__name__)

# Bookkeeping tables whose writes change nothing a user sees.
# (change_history is written with the record it describes: watch the record)
QUIET_TABLES = frozenset({"local_state", "alembic_version", "change_history",
                          "consultations_search_text",  # derived from consultations (0012)
                          "organizations_search_text"})  # and from organizations (0014)
_KEY = "clusterdesk.changes"
_SESSION_KEY = "clusterdesk.changes.session"
_COMMITTED = "clusterdesk.changes.committed"
_DML = re.compile(r"^\s*(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|REPLACE\s+INTO|UPDATE(?:\s+OR\s+\w+)?"
                  r"|DELETE\s+FROM)\s+[\"`\[]?(\w+)", re.IGNORECASE)


@dataclass(frozen=True)
class ChangeSet:
    """The tables (and, where known, the records) one committed transaction changed."""

    database: str  # the database file, resolved, or server URL ("" when unknown)
    tables: frozenset[str]
    records: dict[str, frozenset[str]] = field(default_factory=dict)
    partial: frozenset[str] = frozenset()  # tables with changed rows not named in ``records``
    origin: object = None  # what the writer tagged its session with (``session.info``)

    def touches(self, tables: Iterable[str]) -> bool:
        """Whether any of ``tables`` changed."""
        return not self.tables.isdisjoint(tables)

    def may_touch(self, table: str, uuid: str) -> bool:
        """Whether the record ``uuid`` of ``table`` changed or may have (bulk writes)."""
        return table in self.tables and (table in self.partial
                                         or uuid in self.records.get(table, ()))


class _Pending:
    """What a transaction has written so far (kept on its DBAPI connection)."""

    def __init__(self) -> None:
        self.tables: set[str] = set()
        self.records: dict[str, set[str]] = {}
        self.partial: set[str] = set()
        self.flushing = 0
        self.database = ""
        self.origin: object = None

    def add_table(self, table: str) -> None:
        if table in QUIET_TABLES or table.startswith("sqlite_") or "_fts" in table:
            return
        self.tables.add(table)
        if not self.flushing:
            self.partial.add(table)

    def freeze(self) -> ChangeSet | None:
        if not self.tables:
            return None
        return ChangeSet(self.database, frozenset(self.tables),
                         {t: frozenset(u) for t, u in self.records.items() if t in self.tables},
                         frozenset(self.partial), self.origin)


Subscriber = Callable[[ChangeSet], None]
_subscribers: list[Subscriber] = []
_lock = threading.Lock()


def subscribe(fn: Subscriber) -> Callable[[], None]:
    """Call ``fn(change_set)`` after every commit (on the committing thread); returns the
    function that ends the subscription."""
    with _lock:
        _subscribers.append(fn)

    def cancel() -> None:
        with _lock:
            if fn in _subscribers:
                _subscribers.remove(fn)

    return cancel


def publish(change_set: ChangeSet) -> None:
    """Tell every subscriber (also for changes made outside SQLAlchemy, e.g. a restore)."""
    with _lock:
        targets = list(_subscribers)
    for fn in targets:
        try:
            fn(change_set)
        except Exception:  # noqa: BLE001 - a listener must not undo a committed write
            log.exception("change listener failed")


def note(target: Session | Connection, tables: Iterable[str],
         uuids: Iterable[str] | None = None) -> None:
    """Declare that this transaction wrote ``tables`` (and, if given, the records ``uuids``,
    all of the one table named). Published with the commit, dropped on rollback."""
    pending = _pending_of(target)
    tables = [t for t in tables if t not in QUIET_TABLES]
    for table in tables:
        pending.add_table(table)
    if uuids is not None and len(tables) == 1:
        pending.records.setdefault(tables[0], set()).update(uuids)
        pending.partial.discard(tables[0])  # the caller named what its statements wrote
    else:
        pending.partial.update(tables)


def pending(conn: Connection) -> ChangeSet | None:
    """What the transaction on ``conn`` has written so far, as its commit will announce it
    (for a hook running just before the commit: ``store/change_feed.py``)."""
    found = conn.info.get(_SESSION_KEY) or conn.info.get(_KEY)
    return found.freeze() if found is not None else None


def _database_of(bind: Engine | Connection | None) -> str:
    url = getattr(getattr(bind, "engine", bind), "url", None)
    name = getattr(url, "database", None)
    if name and url.get_backend_name() == "postgresql":
        from clusterdesk.store.postgres import display_url

        return display_url(url)
    if not name or name == ":memory:":
        return ""
    return str(Path(name).expanduser().resolve())


def _pending_of(target: Session | Connection) -> _Pending:
    if isinstance(target, Session):
        pending = target.info.get(_KEY)
        if pending is None:
            return _pending_of(target.connection())  # starts the transaction if needed
        return pending
    owner = target.info.get(_SESSION_KEY)
    if owner is not None:
        return owner
    pending = target.info.get(_KEY)
    if pending is None:
        pending = target.info[_KEY] = _Pending()
        pending.database = _database_of(target)
    return pending


# ---- the hooks ------------------------------------------------------------------------------

def _after_begin(session: Session, _transaction, connection: Connection) -> None:  # noqa: ANN001
    pending = session.info.get(_KEY)
    if pending is None:
        pending = session.info[_KEY] = _Pending()
        db = session.info.get("db")
        pending.database = db.location if db is not None else _database_of(connection)
    connection.info[_SESSION_KEY] = pending  # statements on it belong to the session


def _before_flush(session: Session, _context, _instances) -> None:  # noqa: ANN001
    _pending_of(session).flushing += 1


def _after_flush(session: Session, _context) -> None:  # noqa: ANN001
    pending = _pending_of(session)
    pending.flushing = max(pending.flushing - 1, 0)
    pending.origin = session.info.get("origin", pending.origin)
    for obj in (*session.new, *session.dirty, *session.deleted):
        table = getattr(obj, "__tablename__", None)
        uuid = getattr(obj, "uuid", None)
        if table is None or table in QUIET_TABLES:
            continue
        if obj in session.dirty and not session.is_modified(obj, include_collections=False):
            continue
        pending.tables.add(table)
        if isinstance(uuid, str):
            pending.records.setdefault(table, set()).add(uuid)
        else:
            pending.partial.add(table)


def _end_session(session: Session, publish_it: bool) -> None:
    pending = session.info.pop(_KEY, None)
    if publish_it and pending is not None:
        change_set = pending.freeze()
        if change_set is not None:
            publish(change_set)


def _after_commit(session: Session) -> None:
    _end_session(session, True)


def _after_rollback(session: Session) -> None:
    _end_session(session, False)


def _on_begin(conn: Connection) -> None:
    _publish_committed(conn.info)  # the previous transaction's commit has completed
    conn.info.pop(_SESSION_KEY, None)  # nothing of an earlier transaction is carried over
    conn.info.pop(_KEY, None)


def _before_cursor_execute(conn: Connection, _cursor, statement: str, _params, _context,
                           _executemany) -> None:  # noqa: ANN001
    match = _DML.match(statement)
    if match:
        _pending_of(conn).add_table(match.group(1).lower())


def _on_commit(conn: Connection) -> None:
    """Fired just *before* the database commits: the change-set is kept until the commit is
    done (next transaction on this connection, or the connection's return to the pool), so
    that nobody reads the database to refresh before the new rows are there."""
    if conn.info.pop(_SESSION_KEY, None) is not None:
        conn.info.pop(_KEY, None)
        return  # a session's transaction: published by its after_commit
    pending = conn.info.pop(_KEY, None)
    change_set = pending.freeze() if pending is not None else None
    if change_set is not None:
        conn.info.setdefault(_COMMITTED, []).append(change_set)


def _publish_committed(info: dict) -> None:
    for change_set in info.pop(_COMMITTED, []):
        publish(change_set)


def _on_checkin(_dbapi_connection, record) -> None:  # noqa: ANN001
    _publish_committed(record.info)


def _on_rollback(conn: Connection) -> None:
    conn.info.pop(_SESSION_KEY, None)
    conn.info.pop(_KEY, None)


def install(session_class: type[Session] = Session) -> None:
    """Hook the collection into every session and engine (idempotent)."""
    hooks = [(session_class, "after_begin", _after_begin),
             (session_class, "before_flush", _before_flush),
             (session_class, "after_flush", _after_flush),
             (session_class, "after_commit", _after_commit),
             (session_class, "after_rollback", _after_rollback),
             (Engine, "begin", _on_begin),
             (Engine, "before_cursor_execute", _before_cursor_execute),
             (Engine, "commit", _on_commit),
             (Engine, "rollback", _on_rollback),
             (Pool, "checkin", _on_checkin)]
    for target, name, fn in hooks:
        if not event.contains(target, name, fn):
            event.listen(target, name, fn)
