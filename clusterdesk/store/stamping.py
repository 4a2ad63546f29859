"""Stamps every changed travelling record on flush: device id, clock stamps, arrival order.

This is the single place where the sync metadata is written for ORM changes, so no service or
dialog can forget it: the record's stamp, the stamp of each field (group) that changed (the
others keep theirs: see ``field_stamps``), the local arrival order ``seq`` and derived columns.
Physical deletion of a travelling record is refused: use a tombstone.
"""

from __future__ import annotations

import datetime as dt
import math
from itertools import chain
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session
from sqlalchemy.orm.base import NO_VALUE

from clusterdesk.domain.hlc import HybridClock, Stamp
from clusterdesk.domain.text import sort_key
from clusterdesk.errors import Reason, ValidationError
from clusterdesk.store import edit_proofs
from clusterdesk.store import field_stamps as fs
from clusterdesk.store.authored import Underiver
from clusterdesk.store.base import Synced
from clusterdesk.store.change_feed import note_seq
from clusterdesk.store.models import LocalState, Organization

# Columns the stamping itself writes: never "changed by the user".
META_COLUMNS = frozenset({"uuid", "device_id", "hlc", "field_stamps", "seq"})


def next_seq(conn: sa.Connection) -> int:
    """A new local arrival number for the rows this transaction writes (one per call)."""
    t = LocalState.__table__
    row = conn.execute(sa.update(t).where(t.c.key == "seq").values(
        value=sa.cast(sa.cast(t.c.value, sa.Integer) + 1, sa.Text)).returning(t.c.value)).first()
    if row is None:
        conn.execute(t.insert().values(key="seq", value="1"))
        return note_seq(conn, 1)
    return note_seq(conn, int(row[0]))  # the poll tells our rows from others'


EPOCH = "hlc_epoch"  # local_state: set when this device's future changes were re-dated


def catch_up(conn: sa.Connection, clock: HybridClock, max_ahead_ms: int | None = None) -> None:
    """Fold the stored clock into this session's before stamping (after ``next_seq``).

    Several sessions share one device: analysts on one PostgreSQL database, two windows on
    one file. ``next_seq`` holds the arrival-number row until the transaction ends, so every
    session that stamps reads here what the previous one stored and ticks past it: one
    device's stamps never repeat and never go backwards, whoever made them — except once
    another session re-dated the changes made under a wrong clock (a new ``hlc_epoch``):
    then this session's clock goes back to the stored one with it."""
    t = LocalState.__table__
    stored = dict(conn.execute(sa.select(t.c.key, t.c.value).where(
        t.c.key.in_(("hlc", EPOCH)))).all())
    try:
        last = Stamp.parse(stored["hlc"]) if stored.get("hlc") else None
    except ValueError:
        return  # unreadable: this session's clock stands (identity.load_clock rebuilt it)
    epoch = stored.get(EPOCH) or ""
    if epoch != clock.epoch:
        clock.rewind(last or Stamp(0, 0), epoch)
    elif last is not None:
        clock.observe(last, max_ahead_ms=max_ahead_ms)


def committed(state: Any, key: str) -> Any:
    """The value an attribute had in the database, whether or not stamping already ran."""
    history = state.attrs[key].history
    if history.deleted:
        return history.deleted[0]
    value = state.attrs[key].loaded_value
    return None if value is NO_VALUE else value


def changed_columns(obj: Synced) -> set[str]:
    """Names of the columns a user change touched (relationships count as their keys)."""
    state = sa_inspect(obj)
    mapper = state.mapper
    out: set[str] = set()
    for attr in mapper.column_attrs:
        if state.attrs[attr.key].history.has_changes():
            out.update(c.name for c in attr.columns)
    for rel in mapper.relationships:
        if rel.direction.name == "MANYTOONE" and state.attrs[rel.key].history.has_changes():
            out.update(c.name for c in rel.local_columns)
    return out - META_COLUMNS


def _field_names(obj: Synced) -> tuple[str, ...]:
    return tuple(c.name for c in obj.__table__.columns
                 if c.name not in META_COLUMNS and c.name != fs.DELETED)


def _restamp(obj: Synced, new: fs.Key, session: Session | None = None,
             own: tuple[str, ...] = ()) -> None:
    """Give the changed field groups the new stamp; the others keep the one they had."""
    state = sa_inspect(obj)
    old_hlc, old_device = committed(state, "hlc"), committed(state, "device_id")
    names = _field_names(obj)
    if not old_hlc:
        obj.field_stamps = None
        return
    stamps = fs.expand(committed(state, "field_stamps"), (old_hlc, old_device or ""), names)
    before = dict(stamps)
    changed = changed_columns(obj)
    for unit in fs.units(obj.__tablename__, names):
        if changed.intersection(unit):
            for name in unit:
                stamps[name] = new
    obj.field_stamps = fs.compress(stamps, new)
    if session is not None and any(k[1] not in own for k in before.values()):
        _note_replaced(session, obj, names, before, stamps, own)


def _note_replaced(session: Session, obj: Synced, names: tuple[str, ...],
                   before: dict[str, fs.Key], after: dict[str, fs.Key],
                   own: tuple[str, ...]) -> None:
    """This edit replaced field groups another device signed: their digests go into the
    proofs kept for them, so the proofs still verify where this record is relayed."""
    conn = session.connection()

    def written() -> dict[str, Any]:  # the values before this edit, merge effects put back
        state = sa_inspect(obj)
        columns = {c.name: a.key for a in state.mapper.column_attrs for c in a.columns}
        values = {n: committed(state, columns[n]) for n in names if n in columns}
        values[fs.DELETED] = bool(committed(state, columns.get(fs.DELETED, fs.DELETED)))
        underive = Underiver(conn, obj.__table__, names)
        if not underive.effects:
            return values
        top = fs.latest(before)
        line = underive({"uuid": obj.uuid, "hlc": top[0], "device": top[1],
                         "deleted": values[fs.DELETED],
                         "fields": {n: values.get(n) for n in names},
                         "stamps": fs.compress(before, top)})
        return {**line["fields"], fs.DELETED: line["deleted"]}

    edit_proofs.note_local_edit(conn, obj.__tablename__, obj.uuid, names, before, after,
                                written, own)


def _before_flush(session: Session, _context, _instances) -> None:  # noqa: ANN001
    doomed = [o for o in session.deleted if isinstance(o, Synced)]
    if doomed:
        raise RuntimeError(f"{type(doomed[0]).__name__} records are never deleted; "
                           "set the deletion marker (tombstone) instead")
    db = session.info.get("db")
    if db is None or session.info.get("keep_stamps"):
        return
    touched = []
    for obj in chain(session.new, session.dirty):
        if not isinstance(obj, Synced):
            continue
        if obj not in session.new and not session.is_modified(obj, include_collections=False):
            continue
        touched.append(obj)
    if not touched:
        return
    for obj in touched:
        _refuse_non_numbers(obj)
    seq = next_seq(session.connection())
    catch_up(session.connection(), db.clock)
    for obj in touched:
        stamp = str(db.clock.tick())
        if obj in session.new:
            obj.field_stamps = None
        else:
            _restamp(obj, (stamp, db.device_id), session, db.own_device_ids)
        obj.hlc = stamp
        obj.device_id = db.device_id
        obj.seq = seq
        if isinstance(obj, Organization):
            # a key for sorting: its first 300 characters sort it (a folded letter may
            # become two, and the column, like every sync, takes no more)
            obj.name_key = sort_key(obj.name or "")[:Organization.__table__.c.name_key.type.length]
    session.merge(LocalState(key="hlc", value=str(db.clock.last),
                             updated_at=dt.datetime.now(dt.UTC).replace(tzinfo=None)))


def _non_number(value: Any) -> float | None:
    """A NaN or an infinity in ``value`` (a column's value, JSON included), or None."""
    if isinstance(value, float):
        return None if math.isfinite(value) else value
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, list):
        return next((x for x in map(_non_number, value) if x is not None), None)
    return None


def _refuse_non_numbers(obj: Synced) -> None:
    """No save stores NaN or an infinity: no sync file can carry one (every receiver would
    refuse the whole file for it), and no total adds it up."""
    loaded = sa_inspect(obj).dict  # what is not loaded was not changed
    for attr in sa_inspect(obj).mapper.column_attrs:
        bad = _non_number(loaded.get(attr.key))
        if bad is not None:
            raise ValidationError(attr.key, Reason("number.not_storable", value=str(bad)))


def install(session_class: type[Session]) -> None:
    if not event.contains(session_class, "before_flush", _before_flush):
        event.listen(session_class, "before_flush", _before_flush)
