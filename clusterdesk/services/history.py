"""A record's history for the window and the CLI: every change seen here, each field's latest
author and time, and the sync conflicts the record had.

Three sources, one answer to "who changed this field, when, on which device":
``change_history`` (previous values, local — see ``store/history.py``), the record's own
``field_stamps`` (which travel: the last change of each field, also for changes made before
the history existed) and ``sync_conflicts`` (versions that lost a merge, and how it ended).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from clusterdesk.domain.hlc import Stamp
from clusterdesk.store import field_stamps as fs
from clusterdesk.store.base import Base, Synced
from clusterdesk.store.history import CREATED, NOT_FIELDS, ChangeHistory
from clusterdesk.store.models import LocalState
from clusterdesk.store.sync_models import SyncConflict, SyncPeer


@dataclass(frozen=True)
class Change:
    when: dt.datetime | None  # when the change was made (its clock stamp), UTC
    device_id: str
    device: str  # the device's name where known
    actor: str
    field: str  # a column name, ``CREATED`` or ``deleted``
    before: Any
    after: Any
    source: str  # edit (here) / import (arrived in a sync file)


@dataclass(frozen=True)
class FieldStamp:
    field: str
    when: dt.datetime | None
    device_id: str
    device: str
    actor: str = ""  # who, where this database recorded that change (on a server: the analyst)


@dataclass(frozen=True)
class Conflict:
    when: dt.datetime | None
    device: str  # the device whose version lost
    fields: dict[str, Any]  # the values that lost
    resolution: str  # "" while open; kept_current / kept_other


@dataclass(frozen=True)
class History:
    table: str
    uuid: str
    changes: list[Change]  # newest first
    fields: list[FieldStamp]  # every field's latest change
    conflicts: list[Conflict]


def stamp_time(hlc: str) -> dt.datetime | None:
    try:
        return dt.datetime.fromtimestamp(Stamp.parse(hlc).millis / 1000, dt.UTC)
    except (ValueError, TypeError):
        return None


def device_names(session: Session) -> dict[str, str]:
    """Device id -> name: this database's own device and every device files came from."""
    names = {key: name for key, name in session.execute(
        select(SyncPeer.key, SyncPeer.name).where(SyncPeer.kind == "device")) if name}
    own = dict(session.execute(select(LocalState.key, LocalState.value).where(
        LocalState.key.in_(("device_id", "device_name")))).all())
    if own.get("device_id"):
        names[own["device_id"]] = own.get("device_name") or own["device_id"]
    return names


def model_of(table: str) -> type[Synced]:
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        if issubclass(cls, Synced) and cls.__tablename__ == table:
            return cls
    raise KeyError(table)


def find_record(session: Session, uuid: str) -> tuple[str, Synced] | None:
    """The travelling record with this uuid, whatever its table (for ``history UUID``)."""
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        if issubclass(cls, Synced):
            obj = session.get(cls, uuid)
            if obj is not None:
                return cls.__tablename__, obj
    return None


def record_history(session: Session, table: str, uuid: str) -> History:
    names = device_names(session)
    rows = session.scalars(select(ChangeHistory).where(
        ChangeHistory.table_name == table, ChangeHistory.record_uuid == uuid)
        .order_by(ChangeHistory.hlc.desc(), ChangeHistory.id.desc()))
    rows = list(rows)
    changes = [Change(stamp_time(r.hlc) or r.recorded_at.replace(tzinfo=dt.UTC), r.device_id,
                      names.get(r.device_id, r.device_id), r.actor, r.field, r.before,
                      r.after, r.source) for r in rows]
    # who made each stamped change: several analysts of one server share its device id
    actors = {(r.hlc, r.device_id, r.field): r.actor for r in reversed(rows) if r.actor}
    obj = session.get(model_of(table), uuid)
    fields: list[FieldStamp] = []
    if obj is not None and obj.hlc:
        columns = tuple(c.name for c in obj.__table__.columns
                        if c.name not in NOT_FIELDS and c.name != fs.DELETED)
        stamps = fs.expand(obj.field_stamps, (obj.hlc, obj.device_id or ""), columns)
        fields = [FieldStamp(name, stamp_time(hlc), device, names.get(device, device),
                             actors.get((hlc, device, name))
                             or actors.get((hlc, device, CREATED), ""))
                  for name, (hlc, device) in sorted(stamps.items(), key=lambda i: i[1],
                                                    reverse=True)]
    conflicts = [Conflict(stamp_time(c.loser_hlc), names.get(c.loser_device_id,
                                                             c.loser_device_id),
                          dict(c.loser_fields or {}), c.resolution if c.resolved else "")
                 for c in session.scalars(select(SyncConflict).where(
                     SyncConflict.table_name == table, SyncConflict.record_uuid == uuid,
                     ~SyncConflict.deleted))]
    return History(table, uuid, changes, fields, conflicts)


def as_json(history: History) -> dict[str, Any]:
    """The history as plain data (for ``clusterdesk history UUID --json``)."""
    def when(value: dt.datetime | None) -> str | None:
        return value.isoformat() if value else None

    return {
        "table": history.table, "uuid": history.uuid,
        "changes": [{"when": when(c.when), "device": c.device, "device_id": c.device_id,
                     "actor": c.actor, "field": "" if c.field == CREATED else c.field,
                     "created": c.field == CREATED, "before": c.before, "after": c.after,
                     "source": c.source} for c in history.changes],
        "fields": [{"field": f.field, "when": when(f.when), "device": f.device,
                    "device_id": f.device_id, "actor": f.actor} for f in history.fields],
        "conflicts": [{"when": when(c.when), "device": c.device, "fields": c.fields,
                       "resolution": c.resolution} for c in history.conflicts],
    }
