"""What the status bar and the Sync view show: unexported changes, peers, the import log."""

from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from clusterdesk.domain.hlc import Stamp
from clusterdesk.store.database import Database
from clusterdesk.store.sync_models import SyncHeld, SyncLog, SyncPeer
from clusterdesk.sync import format as fmt
from clusterdesk.sync.clock_check import EARLIEST_PLAUSIBLE
from clusterdesk.sync.export import peer_sent_seq, pending_clause
from clusterdesk.sync.redate import FutureChanges, future_changes


@dataclass(frozen=True)
class PeerStatus:
    key: str                    # a recipient name, a device id, or "central:<path>"
    kind: str                   # recipient / device / central
    name: str
    last_export_at: dt.datetime | None   # UTC
    last_import_at: dt.datetime | None   # UTC
    clock_offset_s: float | None = None  # devices: how far ahead their clock was (last file)

    @property
    def last_sync_at(self) -> dt.datetime | None:
        times = [t for t in (self.last_export_at, self.last_import_at) if t]
        return max(times) if times else None


@dataclass(frozen=True)
class SyncStatus:
    unexported: int
    oldest_unexported_at: dt.datetime | None  # UTC, from the change's clock stamp
    peers: list[PeerStatus]
    held: int = 0  # record versions held back at import (clock ahead, proof unchecked)
    ahead: FutureChanges | None = None  # own changes stamped too far ahead (``redate``)
    clock_early: dt.datetime | None = None  # this computer's clock, when before the programme

    @property
    def oldest_unexported_age(self) -> dt.timedelta | None:
        if self.oldest_unexported_at is None:
            return None
        return dt.datetime.now(dt.UTC).replace(tzinfo=None) - self.oldest_unexported_at

    def warn_on_close(self, older_than: dt.timedelta = dt.timedelta(days=1)) -> bool:
        age = self.oldest_unexported_age
        return age is not None and age > older_than


def _pending(conn: sa.Connection, db: Database, recipient: str) -> tuple[int, str]:
    sent = peer_sent_seq(conn, recipient)
    count, oldest = 0, ""
    for table in fmt.table_order():
        where = sa.and_(pending_clause(table, sent), table.c.device_id.in_(db.own_device_ids))
        n, low = conn.execute(sa.select(sa.func.count(), sa.func.min(table.c.hlc))
                              .where(where)).one()
        count += n or 0
        if low and (not oldest or low < oldest):
            oldest = low
    return count, oldest


def unexported_count(db: Database, recipient: str = fmt.HEAD_OFFICE) -> int:
    """This machine's own changes not yet sent to ``recipient`` (by export or central sync)."""
    with db.engine.connect() as conn:
        return _pending(conn, db, recipient)[0]


def peers(db: Database) -> list[PeerStatus]:
    t = SyncPeer.__table__
    with db.engine.connect() as conn:
        rows = conn.execute(sa.select(t).order_by(t.c.kind, t.c.name)).mappings().all()
    return [PeerStatus(r["key"], r["kind"], r["name"], r["last_export_at"], r["last_import_at"],
                       r["clock_offset_s"]) for r in rows]


def sync_status(db: Database, recipient: str = fmt.HEAD_OFFICE) -> SyncStatus:
    with db.engine.connect() as conn:
        count, oldest = _pending(conn, db, recipient)
        held = conn.execute(sa.select(sa.func.count()).select_from(SyncHeld.__table__)).scalar()
        ahead = future_changes(conn, db)
    when = None
    if oldest:
        with contextlib.suppress(OverflowError, ValueError, OSError):
            when = dt.datetime.fromtimestamp(Stamp.parse(oldest).millis / 1000,
                                             dt.UTC).replace(tzinfo=None)
    return SyncStatus(unexported=count, oldest_unexported_at=when, peers=peers(db),
                      held=held or 0, ahead=ahead, clock_early=_early(db))


def _early(db: Database) -> dt.datetime | None:
    """The computer's clock, when it reads a date before the programme began (reset)."""
    now = dt.datetime.fromtimestamp(db.clock.wall_ms() / 1000, dt.UTC).replace(tzinfo=None)
    return now if now < EARLIEST_PLAUSIBLE else None


def sync_log(db: Database, direction: str | None = "import",
             limit: int = 200) -> list[dict[str, Any]]:
    """The import log (or exports, or both with ``direction=None``), newest first."""
    t = SyncLog.__table__
    q = sa.select(t).order_by(t.c.at.desc()).limit(limit)
    if direction:
        q = q.where(t.c.direction == direction)
    with db.engine.connect() as conn:
        return [dict(r) for r in conn.execute(q).mappings()]

