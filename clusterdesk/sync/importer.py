"""Importing sync files: check everything, then apply in one transaction (all or nothing).

Two streamed passes over the file, on one connection and inside one transaction: the first
checks every record and reference (nothing written but TEMP tables), the second merges. Any
error, a cancel or a killed process leaves the database exactly as it was.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from clusterdesk.errors import ClusterDeskError
from clusterdesk.progress import Progress
from clusterdesk.store import changes
from clusterdesk.store.database import SCHEMA_VERSION, Database
from clusterdesk.store.field_stamps import max_ahead_ms
from clusterdesk.store.stamping import catch_up
from clusterdesk.store.sync_models import SyncLog, SyncPeer
from clusterdesk.sync import dialects
from clusterdesk.sync import format as fmt
from clusterdesk.sync.apply import Applier
from clusterdesk.sync.authenticity import authenticate, opened
from clusterdesk.sync.check import Checked, check_bundle, drop_temp
from clusterdesk.sync.export import SyncCancelledError, now_utc
from clusterdesk.sync.hold import HoldGate, release_due
from clusterdesk.sync.merge_rules import enforce_merges
from clusterdesk.sync.orphans import orphan_conflicts
from clusterdesk.sync.reader import Bundle, SyncFileError
from clusterdesk.sync.records import Record, RecordError, convert, decode
from clusterdesk.sync.redate import drop_withdrawn
from clusterdesk.sync.roles import Authority

BATCH = 2000
IMPORT_CACHE_KIB = -32768  # PRAGMA cache_size: negative = KiB (32 MiB)
ANALYZE_AFTER = 1000  # new rows after which the planner's statistics are refreshed


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
    held: int = 0                 # versions held back (clock ahead, proof unchecked), kept aside
    held_reason: str = ""
    held_unproven: int = 0        # of them: conflicts whose proof's device is not known here
    released: int = 0             # versions held earlier, applied now that they are in range
    withdrawn: int = 0            # versions held earlier, dropped: their maker re-dated them
    held_over: int = 0            # of ``refused``: not held, its device's held ones at the bound
    clock_behind: bool = False    # held for a clock ahead, but it is this computer's that is wrong
    refused_merges: list[str] = field(default_factory=list)  # merge records not applied
    refused: list[str] = field(default_factory=list)  # changes the sender's role may not make
    per_table: dict[str, dict[str, int]] = field(default_factory=dict)

    def __str__(self) -> str:
        name = Path(self.file).name
        if self.already_imported:
            when = f" on {self.first_imported_at[:16].replace('T', ' ')}" if (
                self.first_imported_at) else ""
            return f"{name} was already imported{when}; nothing changed."
        text = (f"{name} from {self.device_name or 'unknown device'}: {self.new} new, "
                f"{self.updated} updated, {self.unchanged} unchanged, {self.conflicts} "
                f"conflicts, {self.merged} merged duplicates.")
        if self.held_reason:
            text += " " + self.held_reason
        if self.withdrawn:
            text += (f" {self.withdrawn} versions held back earlier were dropped: the sending "
                     "computer dated them again after its clock was corrected.")
        if self.refused:
            text += (f" {len(self.refused)} changes were refused (the device that made them "
                     f"may not): {self.refused[0]}")
        if self.refused_merges:
            text += (f" {len(self.refused_merges)} merge records were not applied: "
                     f"{self.refused_merges[0]}")
        return text

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def known_bundle(conn: sa.Connection, bundle_id: str) -> dt.datetime | None:
    t = SyncLog.__table__
    return conn.execute(sa.select(t.c.at).where(t.c.bundle_id == bundle_id)).scalar()


def _own_export(conn: sa.Connection, bundle_id: str) -> bool:
    t = SyncLog.__table__
    return conn.execute(sa.select(t.c.bundle_id).where(
        t.c.bundle_id == bundle_id, t.c.direction == "export")).first() is not None


def refuse_own_device(db: Database, bundle: Bundle, known: dt.datetime | None) -> None:
    """A file claiming this device's id that this database did not write comes from a copy
    of it (or pretends to): applying it would merge two machines' edits as one's."""
    if bundle.manifest["device_id"] != db.device_id or known is not None:
        return
    raise SyncFileError("sync.own_device", file=bundle.label)


def summary_of(bundle: Bundle, path: Path) -> ImportSummary:
    """The summary of an import of ``bundle`` before anything was done."""
    m = bundle.manifest
    consultant = m.get("consultant")
    return ImportSummary(file=str(path), bundle_id=bundle.bundle_id,
                         device_id=m["device_id"], device_name=m["device_name"],
                         consultant=str(consultant.get("name", "")
                                        if isinstance(consultant, dict) else ""),
                         created_at=m["created_at"], records=bundle.total_records())


def write_error(db: Database, file: str, exc: Exception) -> Exception | None:
    """The sentence for an import's failed write (a broken database rule, a database that
    cannot be written), or None when ``exc`` is not one of those."""
    if isinstance(exc, dialects.integrity_errors()):
        return ClusterDeskError("sync.rule_broken", file=file,
                                detail=str(getattr(exc, "orig", exc)))
    if isinstance(exc, sa.exc.OperationalError) or (
            isinstance(exc, sa.exc.ProgrammingError | sa.exc.InternalError)
            and write_refused(exc)):
        return database_unwritable(db, exc)
    return None


def import_file(db: Database, path: Path | str, progress: Progress | None = None) -> ImportSummary:
    """Check then apply one sync file; a file imported before changes nothing."""
    path = Path(path)
    with opened(db, path) as bundle:
        summary = summary_of(bundle, path)
        with db.engine.connect() as conn:
            known = known_bundle(conn, bundle.bundle_id)
        refuse_own_device(db, bundle, known)
        if known is not None:
            summary.already_imported = True
            summary.first_imported_at = known.isoformat()
            if progress is not None:
                progress(1, 1)
            return summary
        authority = authenticate(db, bundle)
        total = 2 * summary.records
        done = 0

        def tick() -> None:
            nonlocal done
            done += 1
            if progress is not None and (done % 500 == 0) and not progress(done, total):
                raise SyncCancelledError("sync.import_cancelled")

        try:
            _run(db, path, bundle, summary, tick, authority)
        except ImportedMeanwhile as done_by_other:  # by another analyst, while we checked
            summary.already_imported = True
            summary.first_imported_at = done_by_other.at.isoformat()
    if progress is not None:
        progress(total, total)
    return summary


class ImportedMeanwhile(Exception):  # noqa: N818 - not an error: the file is in
    """Another import of the same file committed while this one was checking it."""

    def __init__(self, at: dt.datetime) -> None:
        super().__init__(at)
        self.at = at


def settle_import(conn: sa.Connection, db: Database, bundle_id: str) -> None:
    """Once the file is read and checked: wait for any other import into this database
    (PostgreSQL: see ``postgres_import``), then catch up with what it did — it may have
    imported this very file, and it moved the stored clock on."""
    dialects.serialize_imports(conn)
    known = known_bundle(conn, bundle_id)
    if known is not None:
        raise ImportedMeanwhile(known)
    catch_up(conn, db.clock, max_ahead_ms())  # a re-dating elsewhere takes this clock back


def _run(db: Database, path: Path, bundle: Bundle, summary: ImportSummary,
         tick: Callable[[], None], authority: Authority | None) -> None:
    """Both passes in one transaction; statistics refreshed after a large import."""
    with db.engine.connect() as conn, dialects.import_session(conn, IMPORT_CACHE_KIB):
        try:
            with conn.begin():
                before = live_rows(conn)
                checked = check_bundle(conn, bundle, tick, settle=lambda: settle_import(
                    conn, db, bundle.bundle_id))
                applier = Applier(conn, db, authority)
                applier.bundle_id = bundle.bundle_id
                gate = HoldGate(conn, bundle.bundle_id, db.clock.wall_ms(),
                                authority=authority, refuse=applier.refuse_record,
                                own_newest_ms=db.clock.last.millis,
                                own_ids=db.own_device_ids)
                apply_all(bundle, applier, gate, tick, checked=checked)
                gate.store()
                summary.withdrawn = drop_withdrawn(conn, bundle.manifest["device_id"],
                                                   bundle.manifest.get("withdrawn"))
                summary.released = release_due(conn, applier, gate.now_ms)
                enforce_merges(conn, applier)
                orphan_conflicts(conn, applier)
                applier.finish()
                c = applier.counts
                summary.new, summary.updated, summary.unchanged = c.new, c.updated, c.unchanged
                summary.conflicts, summary.merged = c.conflicts, c.merged
                summary.refused_merges = applier.refused_merges
                summary.refused = applier.refused
                summary.per_table = c.per_table
                summary.held, summary.held_unproven = gate.count, gate.unproven
                summary.held_over = gate.over
                summary.clock_behind = gate.count > gate.unproven and gate.behind
                summary.held_reason = gate.sentence(origin_name(gate, summary))
                log_import(conn, summary)
                changes.note(conn, set(c.per_table) | {"sync_conflicts", "org_merges"})
        except Exception as exc:
            explained = write_error(db, path.name, exc)
            if explained is None:
                raise
            raise explained from exc
        finally:
            drop_temp(conn)
            conn.commit()
    if summary.new >= ANALYZE_AFTER and summary.new >= before // 10:
        db.analyze()  # a first import, or one that grew the database a lot


def origin_name(gate: HoldGate, summary: ImportSummary) -> str:
    if not gate.devices or gate.devices == {summary.device_id}:
        return summary.device_name or "the sending computer"
    return "device " + ", ".join(sorted(d[:8] for d in gate.devices))


def live_rows(conn: sa.Connection) -> int:
    """Rows of the largest tables: how big the database was before the import."""
    tables = fmt.tables_by_name()
    return sum(conn.execute(sa.select(sa.func.count()).select_from(tables[n])).scalar() or 0
               for n in ("organizations", "consultations"))


def write_refused(exc: Exception) -> bool:
    """A server that refuses this user's writes (PostgreSQL: a read-only role or server)."""
    text = str(getattr(exc, "orig", exc)).lower()
    return "permission denied" in text or "read-only transaction" in text


def database_unwritable(db: Database, exc: Exception) -> ClusterDeskError:
    """One sentence for a database that cannot take the import (read-only, locked, full)."""
    text = str(getattr(exc, "orig", exc)).lower()
    if "readonly" in text or "read-only" in text or write_refused(exc):
        return ClusterDeskError("sync.db_readonly", path=db.location)
    if "locked" in text or "busy" in text:
        return ClusterDeskError("sync.db_locked", path=db.location)
    if "full" in text or "disk" in text:
        return ClusterDeskError("sync.db_full", path=db.location)
    why = f"the database refused the write ({getattr(exc, 'orig', exc)})"
    return ClusterDeskError(f"Cannot import into {db.location}: {why}; nothing was imported.")


def apply_all(bundle: Bundle, applier: Applier, gate: HoldGate,
               tick: Callable[[], None],
               on_line: Callable[[str, Any], None] | None = None,
               checked: Checked | None = None) -> None:
    """The apply pass: the records the check pass accepted (``checked``, for a small file),
    or its lines read again and converted without checking again.

    ``bundle.lines`` verifies the member's checksum again once it has been read: a file
    changed between the two passes is refused, and the transaction rolled back. Versions
    stamped too far ahead (and records that refer to them) are held, not applied.
    """
    limit = gate.limit_ms
    for name in bundle.tables():
        table = fmt.tables_by_name()[name]
        has_refs = any(synced for _c, _t, synced in fmt.references(table))
        proven = name == "sync_conflicts" and gate.authority is not None  # provers checked
        batch = []
        lines = checked[name] if checked is not None else _read_again(bundle, name, table)
        for obj, rec in lines:
            if on_line is not None:
                on_line(name, obj)
            tick()
            suspect = int(rec.hlc[:15]) > limit or bool(rec.seen) or (has_refs and gate.held) or (
                proven and rec.values.get("loser_proof") is not None)
            if suspect and gate.holds(table, rec, obj):
                continue
            batch.append(rec)
            if len(batch) >= BATCH:
                applier.apply(table, batch)
                batch = []
        applier.apply(table, batch)


def _read_again(bundle: Bundle, name: str, table: sa.Table) -> Iterator[tuple[Any, Record]]:
    """A member's lines read a second time, converted (checked again only if they differ)."""
    strict = bundle.manifest["schema_version"] == SCHEMA_VERSION
    member = fmt.member_name(name)
    for number, obj in bundle.lines(name):
        try:
            rec = convert(table, obj)
        except Exception:  # not the line that was checked: check it to say why
            try:
                rec = decode(table, obj, strict_fields=strict)
            except RecordError as exc:
                raise bundle.fail(f"{member} line {number}: the record {exc} (the file "
                                  "changed while it was imported)") from None
        yield obj, rec


def log_import(conn: sa.Connection, summary: ImportSummary) -> None:
    """The import log, and what is known of the sending device (never what was sent)."""
    now = now_utc()
    conn.execute(SyncLog.__table__.insert().values(
        bundle_id=summary.bundle_id, direction="import", file=summary.file,
        peer_device_id=summary.device_id, peer_device_name=summary.device_name, at=now,
        summary={k: v for k, v in summary.as_dict().items() if k != "per_table"}))
    offset = clock_offset_s(summary.created_at, now)
    t = SyncPeer.__table__
    conn.execute(dialects.upsert(conn, t, ["key"], ["name", "last_import_at", "clock_offset_s"], {
        "key": summary.device_id, "kind": "device", "name": summary.device_name, "sent": {},
        "last_import_at": now, "clock_offset_s": offset}))


def clock_offset_s(created_at: str, now: dt.datetime) -> float | None:
    """How far the sender's clock was ahead of ours when it wrote the file (seconds; a
    negative value also counts the time the file took to travel)."""
    try:
        made = dt.datetime.fromisoformat(created_at.removesuffix("Z"))
    except ValueError:
        return None
    return round((made.replace(tzinfo=None) - now).total_seconds(), 1)


def import_files(db: Database, paths: list[Path | str],
                 progress: Progress | None = None) -> list[ImportSummary]:
    """Import several files one after another (each one all or nothing)."""
    return [import_file(db, p, progress) for p in paths]
