"""The change history: every value a field had, who changed it, when, on which device.

``field_stamps`` (which travel) already say who last wrote each field and when; this table
keeps the *previous values* too, one row per changed field. It is **local**, not travelling:
it records what this database saw happen — the edits made here (through the ORM: the
``after_flush`` listener below, installed next to stamping) and the effect of every sync file
imported here (``record_import``, which the import calls for each version it applies). Kept
local because (1) a hostile or broken sync file could otherwise write "history" of changes
that never happened here, (2) sync files do not grow with every keystroke ever made, and
(3) the travelling part — the latest author and time of each field — is in ``field_stamps``.
The price: edits another laptop made and overwrote between two syncs are never seen here;
their last value arrives with its device and stamp.

A record's creation is one row with ``field`` = ``CREATED``; a deletion or restoration is
the pseudo-field ``deleted``. Values are stored as JSON (dates as ISO text, enums by value).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Mapping
from typing import Any

import sqlalchemy as sa
from sqlalchemy import JSON, DateTime, Index, Integer, String, event
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Mapped, Session, mapped_column

from clusterdesk.store.base import Base, Synced
from clusterdesk.store.models import LocalState
from clusterdesk.store.postgres import person_key, role_of

CREATED = "*created*"
EDIT, IMPORT = "edit", "import"
# Columns written by the stamping, derived ones and the search key: never "a change".
NOT_FIELDS = frozenset({"uuid", "device_id", "hlc", "field_stamps", "seq", "name_key"})
UNTRACKED_TABLES = frozenset({"sync_conflicts", "org_merges"})  # sync's own bookkeeping


class ChangeHistory(Base):
    """Local: one changed field of one record, with its value before and after."""

    __tablename__ = "change_history"
    __table_args__ = (Index("ix_change_history_record", "table_name", "record_uuid"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(64))
    record_uuid: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(64))
    before: Mapped[Any] = mapped_column(JSON, nullable=True)
    after: Mapped[Any] = mapped_column(JSON, nullable=True)
    hlc: Mapped[str] = mapped_column(String(22), default="")  # stamp of the change
    device_id: Mapped[str] = mapped_column(String(36), default="")  # where it was made
    actor: Mapped[str] = mapped_column(String(200), default="")  # who (person or db role)
    source: Mapped[str] = mapped_column(String(10), default=EDIT)  # edit / import
    bundle_id: Mapped[str] = mapped_column(String(36), default="")  # the sync file, if any
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)  # UTC, here


def jsonable(value: Any) -> Any:
    """A stored value as JSON can hold it."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    return value


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _actor(session: Session) -> str:
    """Who works here: the window's actor if it said, else this database's consultant — on a
    PostgreSQL database the person of this session's database role, or the role's name when
    none was chosen (each analyst is someone: ``postgres.person_key``)."""
    if session.info.get("actor"):
        return str(session.info["actor"])
    t = LocalState.__table__
    role = role_of(session)
    return str(session.connection().execute(sa.select(t.c.value).where(
        t.c.key == person_key("consultant_name", role))).scalar() or role or "")


def _edit_rows(session: Session) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    now = _now()
    for obj in list(session.new) + list(session.dirty):
        if not isinstance(obj, Synced) or obj.__tablename__ in UNTRACKED_TABLES:
            continue
        base = {"table_name": obj.__tablename__, "record_uuid": obj.uuid, "hlc": obj.hlc or "",
                "device_id": obj.device_id or "", "actor": "", "source": EDIT,
                "bundle_id": "", "recorded_at": now}
        if obj in session.new:
            rows.append({**base, "field": CREATED, "before": None, "after": None})
            continue
        state = sa_inspect(obj)
        for attr in state.mapper.column_attrs:
            name = attr.columns[0].name
            if name in NOT_FIELDS:
                continue
            hist = state.attrs[attr.key].history
            if not hist.has_changes():
                continue
            before = jsonable(hist.deleted[0]) if hist.deleted else None
            after = jsonable(hist.added[0]) if hist.added else None
            if before != after:
                rows.append({**base, "field": name, "before": before, "after": after})
    return rows


def _after_flush(session: Session, _context) -> None:  # noqa: ANN001
    """Write a row per changed field of every travelling record this flush wrote."""
    if session.info.get("db") is None or session.info.get("keep_stamps"):
        return
    rows = _edit_rows(session)
    if rows:
        actor = _actor(session)
        for row in rows:
            row["actor"] = actor
        session.connection().execute(ChangeHistory.__table__.insert(), rows)


def install(session_class: type[Session]) -> None:
    if not event.contains(session_class, "after_flush", _after_flush):
        event.listen(session_class, "after_flush", _after_flush)


def record_import(conn: sa.Connection, table: str, uuid: str, before: Mapping[str, Any] | None,
                  after: Mapping[str, Any], stamps: Mapping[str, tuple[str, str]],
                  bundle_id: str = "") -> int:
    """What a sync import applied to one record; returns the rows written.

    ``before``: the local values the import replaced (None: the record is new here);
    ``after``: the values now stored; ``stamps``: field -> (hlc, device id) of the change
    that wrote it (``field_stamps.expand`` of the merged record). Only fields whose value
    changed get a row; a new record gets its ``CREATED`` row with the record's own stamp.
    """
    rows = list(import_rows(table, uuid, before, after, stamps, bundle_id))
    if rows:
        conn.execute(ChangeHistory.__table__.insert(), rows)
    return len(rows)


def import_rows(table: str, uuid: str, before: Mapping[str, Any] | None,
                after: Mapping[str, Any], stamps: Mapping[str, tuple[str, str]],
                bundle_id: str = "") -> Iterable[dict[str, Any]]:
    """The rows ``record_import`` writes (for an import that batches its inserts)."""
    if table in UNTRACKED_TABLES:
        return
    now = _now()

    def row(field: str, old: Any, new: Any, stamp: tuple[str, str]) -> dict[str, Any]:
        return {"table_name": table, "record_uuid": uuid, "field": field, "before": old,
                "after": new, "hlc": stamp[0], "device_id": stamp[1], "actor": "",
                "source": IMPORT, "bundle_id": bundle_id, "recorded_at": now}

    if before is None:
        own = max(stamps.values(), default=("", ""))
        yield row(CREATED, None, None, own)
        return
    for name, value in after.items():
        if name in NOT_FIELDS:
            continue
        old, new = jsonable(before.get(name)), jsonable(value)
        if old != new:
            yield row(name, old, new, stamps.get(name, ("", "")))
