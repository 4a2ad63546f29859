"""Importing sync files: check everything, then apply in one transaction (all or nothing).

Two streamed passes over the file, on one connection and inside one transaction: the first
checks every record and reference (nothing written but TEMP tables), the second merges. Any
error, a cancel or a killed process leaves the database exactly as it was.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from clusterdesk.errors import ClusterDeskError
from clusterdesk.store.database import SCHEMA_VERSION, Database
from clusterdesk.store.sync_models import SyncLog, SyncPeer, merge_seen
from clusterdesk.sync import format as fmt
from clusterdesk.sync.apply import Applier
from clusterdesk.sync.check import check_bundle, drop_temp
from clusterdesk.sync.export import SyncCancelledError, now_utc
from clusterdesk.sync.merges import enforce_merges
from clusterdesk.sync.reader import Bundle
from clusterdesk.sync.records import RecordError, convert, decode

Progress = Callable[[int, int], bool] | None
BATCH = 2000
IMPORT_CACHE_KIB = -32768  # PRAGMA cache_size: negative = KiB (32 MiB)


@dataclass
class ImportSummary:
    """What an import did; also what the import log keeps."""

    file: str
    bundle_id: str
    device_id: str = ""
    device_name: str = ""
    consultant: str = ""
    created_at: str = ""
    records: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    merged: int = 0
    already_imported: bool = False
    first_imported_at: str = ""
    per_table: dict[str, dict[str, int]] = field(default_factory=dict)

    def __str__(self) -> str:
        name = Path(self.file).name
        if self.already_imported:
            when = f" on {self.first_imported_at[:16].replace('T', ' ')}" if (
                self.first_imported_at) else ""
            return f"{name} was already imported{when}; nothing changed."
        return (f"{name} from {self.device_name or 'unknown device'}: {self.new} new, "
                f"{self.updated} updated, {self.unchanged} unchanged, {self.conflicts} "
                f"conflicts, {self.merged} merged duplicates.")

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _known_bundle(conn: sa.Connection, bundle_id: str) -> dt.datetime | None:
    t = SyncLog.__table__
    return conn.execute(sa.select(t.c.at).where(t.c.bundle_id == bundle_id)).scalar()


def import_file(db: Database, path: Path | str, progress: Progress = None) -> ImportSummary:
    """Check then apply one sync file; a file imported before changes nothing."""
    path = Path(path)
    with Bundle(path) as bundle:
        m = bundle.manifest
        summary = ImportSummary(file=str(path), bundle_id=bundle.bundle_id,
                                device_id=m["device_id"], device_name=m["device_name"],
                                consultant=str((m.get("consultant") or {}).get("name", "")
                                               if isinstance(m.get("consultant"), dict) else ""),
                                created_at=m["created_at"], records=bundle.total_records())
        with db.engine.connect() as conn:
            known = _known_bundle(conn, bundle.bundle_id)
        if known is not None:
            summary.already_imported = True
            summary.first_imported_at = known.isoformat()
            if progress is not None:
                progress(1, 1)
            return summary
        total = 2 * summary.records
        done = 0

        def tick() -> None:
            nonlocal done
            done += 1
            if progress is not None and (done % 500 == 0) and not progress(done, total):
                raise SyncCancelledError("Import cancelled; the database was not changed.")

        with db.engine.connect() as conn:
            raw = conn.connection.driver_connection
            cache = raw.execute("PRAGMA main.cache_size").fetchone()[0]
            # A fixed, larger page cache while the import writes its indexes (random uuids):
            # memory stays bounded whatever the file size; restored afterwards.
            raw.execute(f"PRAGMA main.cache_size = {IMPORT_CACHE_KIB}")
            try:
                with conn.begin():
                    check_bundle(conn, bundle, tick)
                    applier = Applier(conn, db)
                    _apply_all(bundle, applier, tick)
                    enforce_merges(conn)
                    applier.finish()
                    c = applier.counts
                    summary.new, summary.updated, summary.unchanged = c.new, c.updated, c.unchanged
                    summary.conflicts, summary.merged = c.conflicts, c.merged
                    summary.per_table = c.per_table
                    _log(conn, summary, applier.sent_by_origin)
            except (sa.exc.IntegrityError, sqlite3.IntegrityError) as exc:
                raise ClusterDeskError(
                    f"{path.name}: a record breaks a rule of the database "
                    f"({getattr(exc, 'orig', exc)}); nothing was imported.") from exc
            finally:
                drop_temp(conn)
                conn.commit()
                raw.execute(f"PRAGMA main.cache_size = {int(cache)}")
    if progress is not None:
        progress(total, total)
    return summary


def _apply_all(bundle: Bundle, applier: Applier, tick: Callable[[], None]) -> None:
    """The apply pass: the lines the check pass accepted, converted without checking again.

    ``bundle.lines`` verifies the member's checksum again once it has been read: a file
    changed between the two passes is refused, and the transaction rolled back.
    """
    strict = bundle.manifest["schema_version"] == SCHEMA_VERSION
    for name in bundle.tables():
        table = fmt.tables_by_name()[name]
        member = fmt.member_name(name)
        batch = []
        for number, obj in bundle.lines(name):
            try:
                rec = convert(table, obj)
            except Exception:  # not the line that was checked: check it to say why
                try:
                    rec = decode(table, obj, strict_fields=strict)
                except RecordError as exc:
                    raise bundle.fail(f"{member} line {number}: the record {exc} (the file "
                                      "changed while it was imported)") from None
            batch.append(rec)
            tick()
            if len(batch) >= BATCH:
                applier.apply(table, batch)
                batch = []
        applier.apply(table, batch)


def _log(conn: sa.Connection, summary: ImportSummary, sent_by_origin: dict[str, str]) -> None:
    now = now_utc()
    conn.execute(SyncLog.__table__.insert().values(
        bundle_id=summary.bundle_id, direction="import", file=summary.file,
        peer_device_id=summary.device_id, peer_device_name=summary.device_name, at=now,
        summary={k: v for k, v in summary.as_dict().items() if k != "per_table"}))
    # The sender holds everything it sent: no need to send those versions back to it.
    t = SyncPeer.__table__
    old = conn.execute(sa.select(t.c.sent).where(t.c.key == summary.device_id)).scalar()
    stmt = sqlite_insert(t).values(key=summary.device_id, kind="device",
                                   name=summary.device_name,
                                   sent=merge_seen(old or {}, sent_by_origin),
                                   last_import_at=now)
    conn.execute(stmt.on_conflict_do_update(index_elements=["key"], set_={
        "name": stmt.excluded.name, "sent": stmt.excluded.sent,
        "last_import_at": stmt.excluded.last_import_at}))


def import_files(db: Database, paths: list[Path | str],
                 progress: Progress = None) -> list[ImportSummary]:
    """Import several files one after another (each one all or nothing)."""
    return [import_file(db, p, progress) for p in paths]
