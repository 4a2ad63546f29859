"""This installation's identity in the sync: its device id, and the clock it stamps with.

A device id must belong to one database on one computer: two machines writing under one id
would make their concurrent edits look like one machine's successive ones, and a conflict would
vanish. So the id is bound to where the file lives (the computer's id and the file's path):
a database copied to another computer or folder, or restored from a backup on a new laptop,
becomes a new device the first time it is opened there (its records keep their history).
A stored clock stamp that cannot be read never stops a database from opening: the clock is
rebuilt from the newest readable stamp of its records.
"""

from __future__ import annotations

import hashlib
import logging
import socket
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session

from clusterdesk.domain.hlc import HybridClock, Stamp
from clusterdesk.store.base import new_uuid, synced_tables
from clusterdesk.store.field_stamps import max_ahead_ms
from clusterdesk.store.models import LocalState

log = logging.getLogger(__name__)

_MACHINE_ID_FILES = ("/etc/machine-id", "/var/lib/dbus/machine-id")


def machine_id() -> str:
    for name in _MACHINE_ID_FILES:
        try:
            text = Path(name).read_text(encoding="ascii").strip()
        except (OSError, UnicodeDecodeError):
            continue
        if text:
            return text
    import uuid

    return f"node-{uuid.getnode():012x}"


def fingerprint(path: Path | str) -> str:
    """Where this database lives: the computer and the file's full path (a PostgreSQL
    database passes its own, ``postgresql:…``: the server's, whichever computer opens it)."""
    if isinstance(path, str) and path.startswith("postgresql:"):
        return path
    text = "\n".join((machine_id(), socket.gethostname(), str(Path(path).resolve())))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def load_identity(s: Session, path: Path | str) -> dict[str, str]:
    """The device id and name (a new id for a first open or a copied file), as local state."""
    state = {row.key: row.value for row in s.scalars(sa.select(LocalState))}
    here = fingerprint(path)
    if "device_id" not in state:
        state["device_id"] = new_uuid()
        state["device_name"] = socket.gethostname() or "device"
    elif state.get("device_home") not in (None, here):
        old = state["device_id"]
        state["device_id"] = new_uuid()
        state["copied_from_device"] = old
        # The copy still holds the changes made under the old id: they count as its own
        # (e.g. "not yet sent") — but new changes carry the new id.
        state["former_device_ids"] = ",".join(
            filter(None, [*state.get("former_device_ids", "").split(","), old]))
        log.warning("%s is a copy of the database of device %s; it is now device %s",
                    path, old, state["device_id"])
    state["device_home"] = here
    for key in ("device_id", "device_name", "device_home", "copied_from_device",
                "former_device_ids"):
        if key in state:
            s.merge(LocalState(key=key, value=state[key]))
    return state


def load_clock(s: Session, stored: str | None) -> HybridClock:
    """The clock, from its stored stamp or, if that is unreadable, from the records."""
    clock = HybridClock()
    try:
        return HybridClock(Stamp.parse(stored)) if stored else clock
    except ValueError:
        log.warning("the stored clock stamp %r is unreadable; rebuilding it", stored)
    limit = clock.wall_ms() + max_ahead_ms()
    best = Stamp(0, 0)
    for cls in synced_tables():
        t = cls.__table__
        for (text,) in s.execute(sa.select(t.c.hlc).order_by(t.c.hlc.desc()).limit(50)):
            try:
                stamp = Stamp.parse(text)
            except ValueError:
                continue
            if stamp.millis <= limit and stamp > best:
                best = stamp
                break
    return HybridClock(best)


def rehome(db, path: Path) -> None:  # noqa: ANN001
    """This database will live at ``path`` (built elsewhere and moved there): it stays the
    same device there."""
    from clusterdesk.store.models import LocalState as State

    with db.session() as s:
        s.merge(State(key="device_home", value=fingerprint(path)))
