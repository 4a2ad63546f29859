"""The database: checking it is ours, migrating it safely, and handing out sessions.

An SQLite file (a consultant's laptop) or a PostgreSQL database (head office: a
``postgresql://`` URL, see ``store/postgres.py``). A database that is not ClusterDesk's, is
damaged, or was written by a newer ClusterDesk is refused with a clear message and never
touched. Before any migration of a file a backup copy is made (on a server: pg_dump's job).
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from clusterdesk import atomic
from clusterdesk.domain.text import holds_words, search_fold
from clusterdesk.errors import DatabaseError
from clusterdesk.store import (  # noqa: F401 (schema: tables)
    changes,
    history,
    identity,
    postgres,
    schema,
    stamping,
    text_limits,
)
from clusterdesk.store.models import LocalState
from clusterdesk.store.schema_version import KNOWN_REVISIONS, SCHEMA_VERSION

log = logging.getLogger(__name__)

APPLICATION_ID = 0x436C4473  # "ClDs": marks an SQLite file as a ClusterDesk database
SQLITE_HEADER = b"SQLite format 3\x00"


def inspect_file(path: Path) -> int:
    """The schema version of the ClusterDesk database at ``path``; 0 when it is new or empty.

    Raises DatabaseError (and leaves the file alone) when it cannot be used.
    """
    if not path.exists():
        return 0
    if path.is_dir():
        raise DatabaseError("db.folder", path=path)
    size = path.stat().st_size
    if size == 0:
        return 0
    with path.open("rb") as fh:
        header = fh.read(16)
    if header != SQLITE_HEADER:
        raise DatabaseError("db.not_sqlite", path=path)
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
            version = con.execute("PRAGMA user_version").fetchone()[0]
            revision = _alembic_revision(con)
            tables = con.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            # Reading the schema catches a damaged header or catalogue without scanning the
            # whole file (quick_check would read every page: seconds on a large database).
            con.execute("SELECT sql FROM sqlite_master").fetchall()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError("db.damaged", path=path, detail=exc) from exc
    if app_id != APPLICATION_ID:
        if tables == 0:
            return 0
        raise DatabaseError("db.foreign", path=path)
    if version > SCHEMA_VERSION or (revision is not None and revision not in KNOWN_REVISIONS):
        raise DatabaseError("db.newer", path=path, found=revision or version,
                            known=SCHEMA_VERSION)
    return version


def _alembic_revision(con: sqlite3.Connection) -> str | None:
    """The revision Alembic recorded, or None before the first migration ran."""
    if not con.execute("SELECT 1 FROM sqlite_master WHERE name = 'alembic_version'").fetchone():
        return None
    row = con.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def copy_file(source: Path, target: Path) -> None:
    """A consistent copy through SQLite (WAL content included), written under a temporary
    name and renamed: an interrupted copy never looks like a backup."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    tmp.replace(target)


def backup(path: Path, version: int) -> Path:
    """Copy the database (consistently, through SQLite) next to it before changing it."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.backup-schema{version}-{stamp}{path.suffix}")
    copy_file(path, target)
    log.info("backup of %s written to %s", path, target)
    return target


MMAP_SIZE = 1 << 30  # bytes of the file read through memory mapping (SQLite's own limit: 2 GB)


def mmap_size(path: Path | str) -> int:
    """How much of the database file SQLite reads through a memory map.

    A list's page looks up thousands of rows by rowid (the hits of a search, sorted): through
    the map each lookup skips a read call and a copy, about twice as fast on the large
    dataset. A read error in a mapped file arrives as a signal that ends the program, so a
    database that is not on the disk of the user's home folder — a USB stick that can be
    pulled out, a network share — is read the ordinary way and fails with a message.
    """
    try:
        here = Path(path).resolve().parent
        return MMAP_SIZE if here.stat().st_dev == Path.home().stat().st_dev else 0
    except (OSError, RuntimeError):  # no home folder, or the folder is not there yet
        return 0


@contextmanager
def unmapped(raw: Any) -> Iterator[None]:
    """A SQLite connection without its memory map for one bulk job (an import, ANALYZE).

    Pages read through the map count as the process's own memory, so a job that reads the
    whole file would show the file's size (up to the map's 1 GB) as memory used; read the
    ordinary way, it stays within the page cache."""
    mapped = raw.execute("PRAGMA main.mmap_size").fetchall()[0][0]
    if mapped:
        raw.execute("PRAGMA main.mmap_size = 0").fetchall()
    try:
        yield
    finally:
        if mapped:
            raw.execute(f"PRAGMA main.mmap_size = {int(mapped)}").fetchall()


def make_engine(path: Path | str) -> Engine:
    """An engine with real transactions, WAL journal and enforced foreign keys."""
    engine = create_engine(f"sqlite:///{path}")
    mapped = mmap_size(path)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # noqa: ANN001
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves (pysqlite quirk)
        cur = dbapi_connection.cursor()
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = NORMAL")
        cur.execute("PRAGMA busy_timeout = 5000")
        if mapped:
            cur.execute(f"PRAGMA mmap_size = {int(mapped)}")
        cur.close()
        # SQLite's lower()/LIKE leave Cyrillic case alone; small lists search through this.
        dbapi_connection.create_function("casefold", 1, _casefold, deterministic=True)
        dbapi_connection.create_function("search_fold", 1, _search_fold, deterministic=True)
        # a consultation's stored search text tested as the indexes match (migration 0012)
        dbapi_connection.create_function("search_holds", 2, holds_words, deterministic=True)

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:  # noqa: ANN001
        conn.exec_driver_sql("BEGIN")

    return engine


def _casefold(value: str | None) -> str | None:
    return value.casefold() if isinstance(value, str) else value


def _search_fold(value: str | None) -> str | None:
    return search_fold(value) if isinstance(value, str) else value


class Database:
    """An open ClusterDesk database: engine, sessions, this device's identity and clock.

    ``location`` names it for people and for change-sets: the file's full path, or the
    server URL without its password. ``path`` is the SQLite file (None on PostgreSQL);
    ``dialect`` is ``"sqlite"`` or ``"postgresql"``.
    """

    def __init__(self, path: Path | None, engine: Engine, location: str | None = None,
                 home: str | None = None) -> None:
        self.path = path
        self.engine = engine
        self.dialect: str = engine.dialect.name
        self.location: str = location or str(path)
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        with self._sessions.begin() as s:
            state = identity.load_identity(s, path if home is None else home)
            self.clock = identity.load_clock(s, state.get("hlc"))
            self.clock.epoch = state.get("hlc_epoch", "")
        self.device_id: str = state["device_id"]
        self.device_name: str = state["device_name"]
        # Set when this file was copied from another device's database (see identity).
        self.copied_from_device: str | None = state.get("copied_from_device")
        # This device's own ids: the current one and those of the databases it was copied
        # from (their changes are this database's own history too).
        self.own_device_ids: tuple[str, ...] = (self.device_id, *filter(
            None, state.get("former_device_ids", "").split(",")))
        # PostgreSQL: the database role this session works as (each analyst their own: who
        # made a change, see ``postgres.person_key``) and whether it may save at all.
        self.role: str | None = None
        self.read_only = False
        self._protected = path  # no export, report or list is written in its place
        if path is not None:
            atomic.protect(path)

    @property
    def is_server(self) -> bool:
        """True on PostgreSQL (several analysts, backups by pg_dump, no file)."""
        return self.dialect == "postgresql"

    @property
    def name(self) -> str:
        """A short name for the window title: the file name or the database name."""
        return self.path.name if self.path is not None else (self.engine.url.database or "")

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any error."""
        with self._sessions.begin() as s:
            s.info["db"] = self
            yield s

    def analyze(self) -> None:
        """Refresh the query planner's statistics (after bulk writes: demo, large imports).

        Without them SQLite may prefer the index on ``deleted`` and sort 300,000 rows to
        show the first 200; with them it walks the sort column's index.
        """
        if self.is_server:
            postgres.analyze(self.engine)
            return
        with self.engine.connect() as conn, unmapped(conn.connection.driver_connection), \
                conn.begin():
            # a full pass: sampled statistics (analysis_limit) misjudge ``deleted`` as selective
            conn.exec_driver_sql("ANALYZE")

    def close(self) -> None:
        if self.is_server:
            self.engine.dispose()
            return
        if self._protected is not None:
            atomic.release(self._protected)
            self._protected = None
        try:
            with self.engine.begin() as conn:
                conn.exec_driver_sql("PRAGMA optimize")
        except Exception:  # noqa: BLE001 - closing must not fail over statistics
            log.debug("PRAGMA optimize failed", exc_info=True)
        self.engine.dispose()

    def set_device_name(self, name: str) -> None:
        with self.session() as s:
            s.merge(LocalState(key="device_name", value=name))
        self.device_name = name

    def set_consultant(self, uuid: str, name: str) -> None:
        """Who works on this machine (named in the sync files it sends)."""
        with self.session() as s:  # on a server: this analyst's (database role's) person
            s.merge(LocalState(key=postgres.person_key("consultant_uuid", self.role), value=uuid))
            s.merge(LocalState(key=postgres.person_key("consultant_name", self.role), value=name))


stamping.install(Session)
changes.install(Session)  # every commit tells what it touched
history.install(Session)  # the previous value of every field changed here (History)
text_limits.install(Session)  # no text longer than its column (a sync refuses it)


def open_database(path: Path | str, *, create: bool = True) -> Database:
    """Open (creating or migrating as needed) the database at ``path``: a file, or a
    PostgreSQL database named by a ``postgresql://`` URL."""
    if postgres.is_url(path):
        return _open_server(str(path), create=create)
    path = Path(path).expanduser().resolve()
    version = inspect_file(path)
    if version == 0 and not create:
        raise DatabaseError("db.missing", path=path)
    if version == 0:
        path.parent.mkdir(parents=True, exist_ok=True)
    elif version < SCHEMA_VERSION:
        backup(path, version)
    engine = make_engine(path)
    _migrate(engine, version)
    db = Database(path, engine)
    with engine.connect() as conn:
        has_stats = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").first()
    if not has_stats:
        db.analyze()
    return db


def _migrate(engine: Engine, version: int) -> None:
    if version < SCHEMA_VERSION:
        from clusterdesk.store.migrate import upgrade  # Alembic is loaded only when needed

        upgrade(engine)
    from clusterdesk.store.refdata import ensure_reference_data

    ensure_reference_data(engine)


def _open_server(url: str, *, create: bool) -> Database:
    location = postgres.display_url(url)
    engine = postgres.make_engine(url)
    try:
        version = postgres.inspect_database(engine, location)
        if version == 0 and not create:
            raise DatabaseError("db.missing", path=location)
        if 0 < version < SCHEMA_VERSION:
            postgres.note_backup(location, version)
        _migrate(engine, version)
        db = Database(None, engine, location=location, home=postgres.home(engine))
        db.role, db.read_only = postgres.session_role(engine), not postgres.may_write(engine)
    except BaseException:
        engine.dispose()
        raise
    if postgres.needs_statistics(engine):
        db.analyze()
    return db
