"""Stamps every changed travelling record on flush: device id, clock stamp, derived columns.

This is the single place where the sync metadata is written for ORM changes, so no service or
dialog can forget it. Physical deletion of a travelling record is refused: use a tombstone.
"""

from __future__ import annotations

import datetime as dt
from itertools import chain

from sqlalchemy import event
from sqlalchemy.orm import Session

from clusterdesk.domain.text import sort_key
from clusterdesk.store.base import Synced
from clusterdesk.store.models import LocalState, Organization


def _before_flush(session: Session, _context, _instances) -> None:  # noqa: ANN001
    doomed = [o for o in session.deleted if isinstance(o, Synced)]
    if doomed:
        raise RuntimeError(f"{type(doomed[0]).__name__} records are never deleted; "
                           "set the deletion marker (tombstone) instead")
    db = session.info.get("db")
    if db is None or session.info.get("keep_stamps"):
        return
    changed = False
    for obj in chain(session.new, session.dirty):
        if not isinstance(obj, Synced):
            continue
        if obj not in session.new and not session.is_modified(obj, include_collections=False):
            continue
        obj.hlc = str(db.clock.tick())
        obj.device_id = db.device_id
        if isinstance(obj, Organization):
            obj.name_key = sort_key(obj.name or "")
        changed = True
    if changed:
        session.merge(LocalState(key="hlc", value=str(db.clock.last),
                                 updated_at=dt.datetime.now(dt.UTC).replace(tzinfo=None)))


def install(session_class: type[Session]) -> None:
    if not event.contains(session_class, "before_flush", _before_flush):
        event.listen(session_class, "before_flush", _before_flush)
