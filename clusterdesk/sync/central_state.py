"""What this database remembers about a central container, and what a sync just read from it.

Per container (its id, not its path: a stick mounts under other letters) this database keeps
the last segment it appended and the local arrival number it was complete up to. That number
is trusted only while the container still lists that segment as this writer's newest: a
container replaced by an older copy, or a database copied to another laptop after another
sync, makes the next segment carry everything again instead of losing changes.

``Versions`` holds, for the segments imported in this sync, one hash per record version, so
the segment written back leaves out what the central file already holds (the rows an import
just wrote) — a sync costs what is new, not a relay of everything it received.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from clusterdesk.store.database import Database
from clusterdesk.store.models import LocalState
from clusterdesk.store.sync_models import SyncLog
from clusterdesk.sync import central_segments as cs
from clusterdesk.sync.authenticity import opened
from clusterdesk.sync.export import now_utc

COVERED = "covered"  # sync_log direction: a compacted segment skipped, everything in it known


@dataclass
class ContainerState:
    bundle: str | None = None   # the last segment this database appended (None: never)
    writer: str | None = None   # the device id it was appended under
    upto: int | None = None     # it held every local change up to this arrival number

    def trusted_upto(self, index: cs.Index | None) -> int | None:
        """The arrival number the container is known to hold this database's rows up to
        (None: nothing is known, every row is a candidate)."""
        if index is None or self.upto is None:
            return None
        if self.bundle is not None and index.heads.get(self.writer or "") != self.bundle:
            return None  # our last segment is not there any more
        return self.upto


def _key(container: str) -> str:
    return f"central:{container}"


def load_state(db: Database, container: str) -> ContainerState:
    t = LocalState.__table__
    with db.engine.connect() as conn:
        raw = conn.execute(sa.select(t.c.value).where(t.c.key == _key(container))).scalar()
    try:
        data = json.loads(raw) if raw else {}
        return ContainerState(data.get("bundle"), data.get("writer"), data.get("upto"))
    except (ValueError, AttributeError):
        return ContainerState()


def save_state(db: Database, container: str, state: ContainerState) -> None:
    t = LocalState.__table__
    value = json.dumps({"bundle": state.bundle, "writer": state.writer, "upto": state.upto})
    with db.engine.begin() as conn:
        done = conn.execute(t.update().where(t.c.key == _key(container)).values(
            value=value, updated_at=now_utc())).rowcount
        if not done:
            conn.execute(t.insert().values(key=_key(container), value=value,
                                           updated_at=now_utc()))


def known_bundles(db: Database, bundles: list[str]) -> set[str]:
    """Which of ``bundles`` this database imported, wrote, or skipped as covered."""
    t = SyncLog.__table__
    out: set[str] = set()
    with db.engine.connect() as conn:
        for i in range(0, len(bundles), 500):
            chunk = bundles[i:i + 500]
            out.update(conn.execute(sa.select(t.c.bundle_id).where(
                t.c.bundle_id.in_(chunk))).scalars())
    return out


def note(db: Database, bundle: str, direction: str, path: Path, seg: cs.Segment,
         n: int) -> None:
    """Log a segment (skipped as covered), or name the segment an import just logged."""
    t = SyncLog.__table__
    label = f"{path} (segment {n})"
    with db.engine.begin() as conn:
        if direction == COVERED:
            conn.execute(t.insert().values(
                bundle_id=bundle, direction=COVERED, file=label, peer_device_id=seg.device,
                peer_device_name="", at=now_utc(), summary={"records": seg.records}))
        else:
            conn.execute(t.update().where(t.c.bundle_id == bundle).values(file=label))


def _version(table: str, line: dict[str, Any]) -> int:
    """A record version's identity: table, stamp, device, deletion and field stamps (in the
    order written: one writer writes them in one order)."""
    stamps = line.get("stamps")
    if stamps:
        try:
            key: Any = tuple(sorted((k, tuple(v)) for k, v in stamps.items()))
        except (AttributeError, TypeError):
            key = json.dumps(stamps, sort_keys=True, separators=(",", ":"), default=repr)
    else:
        key = ()
    return hash((table, line.get("hlc"), line.get("device"), bool(line.get("deleted")), key))


class Versions:
    """Record versions the central file holds, from the segments read in this sync."""

    def __init__(self) -> None:
        self._by_uuid: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self._by_uuid)

    def add_file(self, db: Database, path: Path) -> None:
        with opened(db, path) as bundle:
            for table in bundle.tables():
                for _number, obj in bundle.lines(table):
                    self.add(table, obj)

    def add(self, table: str, obj: Any) -> None:
        """One record line of a segment read in this sync (the import's apply pass calls
        this for each line, so the segment is not read again)."""
        if isinstance(obj, dict) and isinstance(obj.get("uuid"), str):
            self._by_uuid[obj["uuid"]] = _version(table, obj)

    def holds(self, line: dict[str, Any]) -> bool:
        """Is this record line (as export writes it) a version the central file holds?"""
        got = self._by_uuid.get(line["uuid"])
        return got is not None and got == _version(line["table"], line)
