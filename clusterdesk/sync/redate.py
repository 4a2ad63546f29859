"""Changes made while this computer's clock was far ahead, dated again once it is right.

A laptop whose clock read 2999 (or a year too far) stamps its edits accordingly. Every other
computer holds them back (``hold``) until that date, and the laptop's own clock, which never
goes backwards, keeps stamping after them even once its date is corrected: nothing it sends
would arrive before then. Re-dating gives this device's own versions stamped beyond the bound
new stamps from the corrected clock, as one local change (a new arrival number, so the next
file carries them, signed afresh at export), and takes the clock back with them for every
session of the database (``stamping.EPOCH``). It also notes the span of stamps it withdrew:
each file this device writes names it (``withdrawn`` in the manifest) while its clock is
before that span, and a receiver drops the versions it holds back from this device in it
(``drop_withdrawn``): the re-dated ones supersede them.

Only the user can say the clock is right now: a clock reset to the past would make every
recent change look "ahead". So ``redate`` is told today's date and refuses when the
computer's differs, and refuses a date before the programme began.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid as uuidlib
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from clusterdesk.domain.hlc import HybridClock, Stamp
from clusterdesk.errors import ClusterDeskError
from clusterdesk.store import changes
from clusterdesk.store import field_stamps as fs
from clusterdesk.store.database import Database
from clusterdesk.store.dialect_sql import upsert
from clusterdesk.store.models import LocalState
from clusterdesk.store.stamping import EPOCH, META_COLUMNS, next_seq
from clusterdesk.store.sync_models import SyncHeld
from clusterdesk.sync import format as fmt
from clusterdesk.sync.clock_check import EARLIEST_PLAUSIBLE
from clusterdesk.sync.hold import stamp_time
from clusterdesk.sync.reader import MAX_SPANS

WITHDRAWN = "withdrawn"  # local_state and manifest: [[lowest, highest stamp], ...]


@dataclass(frozen=True)
class FutureChanges:
    """This device's own versions stamped beyond the bound of this computer's clock."""

    count: int
    newest: str  # the furthest stamp
    # Other devices' versions stored here stamped as far ahead: they were within the bound
    # when imported, so it is this computer's clock that went back, and no re-dating helps.
    foreign_newest: str = ""


@dataclass
class RedateSummary:
    count: int = 0
    newest: str = ""
    per_table: dict[str, int] = field(default_factory=dict)


def _limit_text(db: Database) -> str:
    return f"{db.clock.wall_ms() + fs.max_ahead_ms():015d}-999999"


def _names(table: sa.Table) -> tuple[str, ...]:
    return tuple(c.name for c in table.columns
                 if c.name not in META_COLUMNS and c.name != fs.DELETED)


def _rows(conn: sa.Connection, table: sa.Table, limit: str) -> list[Any]:
    t = table
    return conn.execute(sa.select(t.c.uuid, t.c.hlc, t.c.device_id, t.c.field_stamps)
                        .where(t.c.hlc > limit)).all()


def _split(row: Any, names: tuple[str, ...], own: tuple[str, ...], limit: str
           ) -> tuple[dict[str, fs.Key], set[fs.Key], str]:
    """A row's field stamps, those of this device beyond the bound, and the furthest stamp
    of another device beyond it ('' when none)."""
    stamps = fs.expand(row.field_stamps, (row.hlc, row.device_id), names)
    far = [k for k in stamps.values() if k[0] > limit]
    return (stamps, {k for k in far if k[1] in own},
            max((k[0] for k in far if k[1] not in own), default=""))


def future_own_changes(db: Database) -> FutureChanges | None:
    """None unless some of this device's changes are stamped too far ahead of its clock."""
    with db.engine.connect() as conn:
        return future_changes(conn, db)


def future_changes(conn: sa.Connection, db: Database) -> FutureChanges | None:
    """``future_own_changes`` on a connection already open (the Sync view's status read)."""
    limit = _limit_text(db)
    count, newest, foreign = 0, "", ""
    for table in fmt.table_order():
        names = _names(table)
        for row in _rows(conn, table, limit):
            _stamps, keys, theirs = _split(row, names, db.own_device_ids, limit)
            foreign = max(foreign, theirs)
            if keys:
                count += 1
                newest = max(newest, *(k[0] for k in keys))
    return FutureChanges(count, newest, foreign) if count else None


def _wall_date(db: Database) -> dt.date:
    return dt.datetime.fromtimestamp(db.clock.wall_ms() / 1000, dt.UTC).date()


def _check_today(db: Database, today: dt.date) -> None:
    wall = _wall_date(db)
    if wall < EARLIEST_PLAUSIBLE.date():
        raise ClusterDeskError("sync.redate_clock_early", today=wall.isoformat())
    if abs((wall - today).days) > 1:  # time zones: the user's date may be a day off UTC's
        raise ClusterDeskError("sync.redate_wrong_today", given=today.isoformat(),
                               today=wall.isoformat())


def _base(conn: sa.Connection, limit: str) -> Stamp:
    """The newest stamp this database holds within the bound: where the clock goes back to."""
    best = ""
    for table in fmt.table_order():
        value = conn.execute(sa.select(sa.func.max(table.c.hlc))
                             .where(table.c.hlc <= limit)).scalar()
        best = max(best, value or "")
    return Stamp.parse(best) if best else Stamp(0, 0)


def spans(conn: sa.Connection) -> list[list[str]]:
    """The spans of stamps this device withdrew by re-dating (stored, newest last)."""
    value = conn.execute(sa.select(LocalState.__table__.c.value).where(
        LocalState.__table__.c.key == WITHDRAWN)).scalar()
    try:
        data = json.loads(value) if value else []
    except ValueError:
        return []
    return [s for s in data if isinstance(s, list) and len(s) == 2]


def manifest_part(conn: sa.Connection, wall_ms: int) -> dict[str, Any]:
    """``withdrawn`` for a file's manifest: the spans this clock has not reached yet (once
    it has, new stamps of this device fall in them and must not be dropped)."""
    now = f"{wall_ms:015d}-000000"
    live = [s for s in spans(conn) if s[0] > now]
    return {WITHDRAWN: live} if live else {}


def redate(db: Database, today: dt.date) -> RedateSummary:
    """Re-stamp this device's changes stamped beyond the bound (one transaction)."""
    _check_today(db, today)
    limit = _limit_text(db)
    own = db.own_device_ids
    summary = RedateSummary()
    lowest = ""
    foreign = ""
    with db.engine.begin() as conn:  # a refusal below rolls everything back
        seq = next_seq(conn)
        clock = HybridClock(_base(conn, limit), now_ms=db.clock.wall_ms)
        updates: dict[sa.Table, list[dict[str, Any]]] = {}
        for table in fmt.table_order():
            names = _names(table)
            for row in _rows(conn, table, limit):
                stamps, keys, theirs = _split(row, names, own, limit)
                foreign = max(foreign, theirs)
                if not keys:
                    continue
                new = (str(clock.tick()), db.device_id)
                stamps = {n: new if k in keys else k for n, k in stamps.items()}
                top = max(stamps.values())
                updates.setdefault(table, []).append({
                    "u": row.uuid, "hlc": top[0], "device_id": top[1],
                    "field_stamps": fs.compress(stamps, top), "seq": seq})
                summary.newest = max(summary.newest, *(k[0] for k in keys))
                low = min(k[0] for k in keys)
                lowest = min(lowest, low) if lowest else low
        if foreign:
            raise ClusterDeskError("sync.redate_clock_behind", newest=stamp_time(foreign),
                                   today=_wall_date(db).isoformat())
        if not updates:
            return summary
        for table, rows in updates.items():
            conn.execute(sa.update(table).where(table.c.uuid == sa.bindparam("u")).values(
                hlc=sa.bindparam("hlc"), device_id=sa.bindparam("device_id"),
                field_stamps=sa.bindparam("field_stamps"), seq=sa.bindparam("seq")), rows)
            summary.per_table[table.name] = len(rows)
            summary.count += len(rows)
        kept = [s for s in spans(conn) if s[0] > limit][-(MAX_SPANS - 1):]
        epoch = str(uuidlib.uuid4())
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        stmt = upsert(conn, LocalState.__table__)
        conn.execute(stmt.on_conflict_do_update(index_elements=["key"], set_={
            "value": stmt.excluded.value, "updated_at": stmt.excluded.updated_at}), [
            {"key": key, "value": value, "updated_at": now} for key, value in (
                ("hlc", str(clock.last)), (EPOCH, epoch),
                (WITHDRAWN, json.dumps([*kept, [lowest, summary.newest]])))])
        changes.note(conn, {t.name for t in updates})
    db.clock.rewind(clock.last, epoch)
    return summary


def drop_withdrawn(conn: sa.Connection, device_id: str, value: Any) -> int:
    """Forget the versions held back from ``device_id`` that it withdrew by re-dating them
    (``value``: the spans its own file names, already checked)."""
    if not value:
        return 0
    t = SyncHeld.__table__
    dropped = 0
    for low, high in value:
        dropped += conn.execute(t.delete().where(
            t.c.device_id == device_id, t.c.hlc >= low, t.c.hlc <= high)).rowcount or 0
    return dropped
