"""Tables of the file sync: conflicts and organization merges (travel), logs and lineage (local).

``sync_conflicts`` and ``org_merges`` are ``Synced``: a losing version kept on one machine, or a
merge of two organizations decided on one machine, must reach every other machine, so that
nothing is lost and every machine ends with the same data.

``sync_versions`` remembers, per record, which versions of other devices the current version
already includes (a small version vector). It lets an import tell "a newer edit made on top of
mine" apart from "a concurrent edit of the same record" (a conflict). The listener below fills
it on every local edit of a record last changed by another device; imports fill it too.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Boolean, DateTime, Float, Integer, String, event, select, text
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Mapped, Session, mapped_column
from sqlalchemy.orm.base import NO_VALUE

from clusterdesk.store.base import Base, Synced
from clusterdesk.store.dialect_sql import upsert
from clusterdesk.store.shapes import shape


class SyncConflict(Synced, Base):
    """A version of a record that lost against a concurrent one; kept so nothing is lost.

    Its uuid is derived from (table, record, losing stamp, losing device), so every machine
    that detects the same conflict writes the same record.
    """

    __tablename__ = "sync_conflicts"
    table_name: Mapped[str] = mapped_column(String(64))
    record_uuid: Mapped[str] = mapped_column(String(36), index=True)
    loser_hlc: Mapped[str] = mapped_column(String(22))
    loser_device_id: Mapped[str] = mapped_column(String(36))
    loser_deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    loser_fields: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict,
                                                         info=shape(("map", "any")))
    winner_hlc: Mapped[str] = mapped_column(String(22), default="")
    winner_device_id: Mapped[str] = mapped_column(String(36), default="")
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)
    resolution: Mapped[str] = mapped_column(String(20), default="")  # kept_current/kept_other
    # field: the same field (group) changed on both sides; deleted: deleted on one side while
    # edited on the other; orphan: a live record refers to one deleted elsewhere.
    kind: Mapped[str] = mapped_column(String(20), default="field", server_default="field")
    # The values the resolution replaced (so it can be undone), field -> JSON value.
    undo_fields: Mapped[dict[str, Any] | None] = mapped_column(
        JSON, default=None, info=shape(("nullable", ("map", "any"))))
    # The losing version's own proof (kind field): the signature of ``loser_device_id`` over
    # the losing group's digest (from ``loser_fields``) and the digests of the other groups
    # it wrote at that stamp (``others``); see ``sync.conflict_proofs``.
    # (SQL NULL when there is none, however the row was written: copies compare equal)
    loser_proof: Mapped[dict[str, Any] | None] = mapped_column(
        JSON(none_as_null=True), default=None,
        info=shape(("nullable", {"sig": "str", "others": ("map", "str")})))


class OrgMerge(Synced, Base):
    """Organization ``loser_uuid`` was merged into ``survivor_uuid`` (same BIN, or by hand).

    Plain strings, not foreign keys: references to organizations are re-pointed on merge,
    and these two must never be.
    """

    __tablename__ = "org_merges"
    loser_uuid: Mapped[str] = mapped_column(String(36), index=True)
    survivor_uuid: Mapped[str] = mapped_column(String(36))
    reason: Mapped[str] = mapped_column(String(20), default="bin")  # bin / manual
    bin: Mapped[str] = mapped_column(String(12), default="")


class SyncVersion(Base):
    """Local: versions of other devices already included in a record's current version."""

    __tablename__ = "sync_versions"
    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    seen: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)  # device id -> hlc


class SyncLog(Base):
    """Local: every sync file imported or exported, with its summary (the import log)."""

    __tablename__ = "sync_log"
    bundle_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    direction: Mapped[str] = mapped_column(String(10), index=True)  # import / export
    file: Mapped[str] = mapped_column(String(1000), default="")
    peer_device_id: Mapped[str] = mapped_column(String(36), default="")
    peer_device_name: Mapped[str] = mapped_column(String(200), default="")
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    summary: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class SyncPeer(Base):
    """Local: a recipient of exports, a device files came from, or a central file."""

    __tablename__ = "sync_peers"
    key: Mapped[str] = mapped_column(String(1000), primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))  # recipient / device / central
    name: Mapped[str] = mapped_column(String(1000), default="")
    sent: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)  # format 1; unused
    # Recipients: every row with ``seq`` above this was written here after the last export.
    sent_seq: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    # Devices: how far their clock was ahead of ours (seconds) when their last file came.
    clock_offset_s: Mapped[float | None] = mapped_column(Float)
    last_export_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    last_import_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class SyncHeld(Base):
    """Local: record versions held back at import (stamped too far in the future).

    Nothing in a file is lost: a version whose clock stamp is beyond the allowed offset is
    kept here, untouched, with the reason, instead of becoming the permanent winner.
    """

    __tablename__ = "sync_held"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    bundle_id: Mapped[str] = mapped_column(String(36), index=True)
    table_name: Mapped[str] = mapped_column(String(64))
    record_uuid: Mapped[str] = mapped_column(String(36))
    device_id: Mapped[str] = mapped_column(String(36))
    hlc: Mapped[str] = mapped_column(String(22))
    line: Mapped[dict[str, Any]] = mapped_column(JSON)
    reason: Mapped[str] = mapped_column(String(500), default="")
    at: Mapped[dt.datetime] = mapped_column(DateTime)


class SyncProof(Base):
    """Local: the signatures of edits other devices made (they travel inside the record
    lines; kept here to pass them on). One per record and stamp (``unit`` = ``key`` = the
    stamp); ``gone``: digests of field groups replaced since. See ``store.edit_proofs``."""

    __tablename__ = "sync_proofs"
    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    unit: Mapped[str] = mapped_column(String(300), primary_key=True)
    key: Mapped[str] = mapped_column(String(60))     # "<hlc> <device>" the proof is for
    sig: Mapped[str] = mapped_column(String(100))
    gone: Mapped[dict[str, str] | None] = mapped_column(JSON, nullable=True)


class SyncMergeEffect(Base):
    """Local: what enforcing a merge changed, so that undoing the merge can put it back.

    ``column_name`` empty: the loser was tombstoned by the merge; otherwise ``record_uuid``'s
    ``column_name`` pointed at the loser before it was re-pointed at the survivor.
    """

    __tablename__ = "sync_merge_effects"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    loser_uuid: Mapped[str] = mapped_column(String(36), index=True)
    table_name: Mapped[str] = mapped_column(String(64))
    record_uuid: Mapped[str] = mapped_column(String(36))
    column_name: Mapped[str] = mapped_column(String(64), default="")
    # what the merge replaced: {"key": stamp it had} for a re-point or tombstone; for a fold
    # (column_name "fold:<group>") {"key": stamp written, "was": stamp, "values": {...}}
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)


NOT_TRACKED = {SyncConflict.__tablename__, OrgMerge.__tablename__}


def merge_seen(*vectors: dict[str, str]) -> dict[str, str]:
    """Pointwise maximum of version vectors (device id -> hlc)."""
    out: dict[str, str] = {}
    for vv in vectors:
        for device, hlc in vv.items():
            if hlc > out.get(device, ""):
                out[device] = hlc
    return out


def _committed(state: Any, key: str) -> Any:
    """The value an attribute had in the database, whether or not stamping already ran."""
    history = state.attrs[key].history
    if history.deleted:
        return history.deleted[0]
    value = state.attrs[key].loaded_value
    return None if value is NO_VALUE else value


def _record_lineage(session: Session, _context, _instances) -> None:  # noqa: ANN001
    """Before a local edit replaces another device's version, remember that version."""
    db = session.info.get("db")
    if db is None or session.info.get("keep_stamps"):
        return
    found: dict[tuple[str, str], tuple[str, str]] = {}
    for obj in session.dirty:
        if not isinstance(obj, Synced) or obj.__tablename__ in NOT_TRACKED:
            continue
        if not session.is_modified(obj, include_collections=False):
            continue
        state = sa_inspect(obj)
        old_device, old_hlc = _committed(state, "device_id"), _committed(state, "hlc")
        if not old_device or not old_hlc:
            continue
        if old_device == db.device_id:
            continue  # the new local stamp supersedes this device's older one
        found[(obj.__tablename__, obj.uuid)] = (old_device, old_hlc)
    if not found:
        return
    table = SyncVersion.__table__
    for (name, uuid), (device, hlc) in found.items():
        old = session.execute(select(table.c.seen).where(
            table.c.table_name == name, table.c.uuid == uuid)).scalar()
        seen = merge_seen(old or {}, {device: hlc})
        stmt = upsert(session, table).values(table_name=name, uuid=uuid, seen=seen)
        session.execute(stmt.on_conflict_do_update(
            index_elements=["table_name", "uuid"], set_={"seen": seen}))


if not event.contains(Session, "before_flush", _record_lineage):
    event.listen(Session, "before_flush", _record_lineage)
