"""Two-way sync with one central file on a shared folder or a USB stick.

The central file is a container of segments (``central_segments``): each sync imports the
segments it has not seen yet, then appends one segment with this database's changes — never
the whole database — so a sync costs what changed, not the size of the programme. Now and
then a sync compacts the container into one segment holding everything (amortised: only
after the segments together outgrow the compacted state, or the device list changed). An
old single-file central file is imported whole and migrated on the first sync. A lock file
next to it keeps two machines from syncing it at the same moment (``central_lock``).
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from clusterdesk.errors import ClusterDeskError
from clusterdesk.progress import Progress
from clusterdesk.store.database import Database
from clusterdesk.sync import central_segments as cs
from clusterdesk.sync import format as fmt
from clusterdesk.sync import trust
from clusterdesk.sync.central_import import import_segments
from clusterdesk.sync.central_lock import STALE_AFTER, SyncLockedError, central_lock, lock_path
from clusterdesk.sync.central_state import (
    COVERED,
    ContainerState,
    Versions,
    known_bundles,
    load_state,
    note,
    save_state,
)
from clusterdesk.sync.export import ExportSummary, log_bundle, now_utc, record_sent, write_bundle
from clusterdesk.sync.importer import ImportSummary, import_file

__all__ = ["CentralSummary", "SyncLockedError", "central_lock", "import_central", "lock_path",
           "sync_central"]

MAX_SEGMENTS = 256            # compact when the container lists this many segments
COMPACT_MIN_RECORDS = 2_000   # ...or when its changes outgrow the compacted state (and this)


@dataclass
class CentralSummary:
    path: Path
    created: bool
    imported: ImportSummary | None
    exported: ExportSummary
    segments_read: int = 0
    refused: list[str] = field(default_factory=list)  # segments not imported, and why
    compacted: bool = False

    def __str__(self) -> str:
        first = f"Created {self.path}." if self.created else (
            "Nothing new in the central file." if self.imported is None
            or self.imported.already_imported else str(self.imported))
        text = f"{first} Wrote back {self.exported.total} records to {self.path.name}."
        if self.compacted:
            text += " The central file was compacted."
        for why in self.refused:
            text += " " + why
        return text


@contextlib.contextmanager
def _scratch() -> Iterator[Path]:
    """A private folder on this computer (never on the stick) for segments in transit."""
    folder = Path(tempfile.mkdtemp(prefix="clusterdesk-central-"))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _combined(path: Path, parts: list[ImportSummary]) -> ImportSummary | None:
    """One summary for the segments imported (what the Sync view shows)."""
    if not parts:
        return None
    out = ImportSummary(file=str(path), bundle_id=parts[-1].bundle_id)
    names = []
    for p in parts:
        for key in ("records", "new", "updated", "unchanged", "conflicts", "merged", "held",
                    "held_unproven", "released", "withdrawn", "held_over"):
            setattr(out, key, getattr(out, key) + getattr(p, key))
        out.refused += p.refused
        out.refused_merges += p.refused_merges
        out.held_reason = out.held_reason or p.held_reason
        out.clock_behind = out.clock_behind or p.clock_behind
        for table, counts in p.per_table.items():
            mine = out.per_table.setdefault(table, {})
            for k, v in counts.items():
                mine[k] = mine.get(k, 0) + v
        if p.device_name and p.device_name not in names:
            names.append(p.device_name)
    out.device_name = ", ".join(names)
    out.already_imported = all(p.already_imported for p in parts)
    return out


@dataclass
class _Reading:
    """What importing the container's new segments found."""

    index: cs.Index | None = None
    imported: list[ImportSummary] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    refused_bundles: set[str] = field(default_factory=set)
    unreadable: bool = False        # a segment not encrypted for this computer
    old_bundle: str | None = None   # an old single-file central file, imported whole
    read: int = 0


def _read(db: Database, path: Path, folder: Path, versions: Versions | None,
          progress: Progress | None) -> _Reading:
    r = _Reading()
    if not path.exists():
        return r
    if not cs.is_container(path):  # the single-file format of earlier versions
        summary = import_file(db, path, progress)
        r.imported.append(summary)
        r.old_bundle = summary.bundle_id
        return r
    r.index = cs.read_index(path)
    segs = r.index.segments
    known = known_bundles(db, [s.bundle for s in segs] + [c for s in segs for c in s.covers])
    parts: list[tuple[tuple[int, cs.Segment], Path]] = []
    for n, seg in enumerate(segs, 1):
        if seg.bundle in known:
            continue
        if seg.kind == "base" and seg.covers and all(c in known for c in seg.covers):
            note(db, seg.bundle, COVERED, path, seg, n)  # everything in it is here already
            known.add(seg.bundle)
            continue
        part = folder / f"{path.stem}-segment-{n}{fmt.SUFFIX}"
        try:
            cs.copy_segment(path, seg, part)
        except cs.CentralFileError as exc:
            _refuse(r, path, n, seg, exc)
            continue
        parts.append(((n, seg), part))
    # every new segment in one transaction: checked and applied in order, committed once
    for outcome in import_segments(db, parts, progress,
                                   versions.add if versions is not None else None):
        n, seg = outcome.key
        if outcome.summary is None:
            _refuse(r, path, n, seg, outcome.error)
            continue
        r.read += 1
        r.imported.append(outcome.summary)
        note(db, seg.bundle, "import", path, seg, n)
    for _key, part in parts:
        part.unlink(missing_ok=True)
    return r


def _refuse(r: _Reading, path: Path, n: int, seg: cs.Segment, exc: Exception | None) -> None:
    """A segment not imported: named with the reason, tried again at the next sync."""
    r.read += 1
    r.refused.append(f"Segment {n} of {path.name} (from device {seg.device[:8]}, "
                     f"{seg.created_at[:16].replace('T', ' ')}) was not imported: {exc}")
    r.refused_bundles.add(seg.bundle)
    r.unreadable |= getattr(exc, "code", "") == "sync.not_for_us"


def _programme(db: Database) -> tuple[int, bool]:
    """(the device list's number, 0 without a programme; is this head office?)"""
    prog = trust.load(db)
    if prog is None:
        return 0, False
    return prog.serial, prog.head_office.device_id == db.device_id


def _compaction_due(r: _Reading, serial: int, head_office: bool) -> bool:
    """Rewrite the container as one compacted segment? Only when this computer read every
    segment, and the segments outgrew the compacted state, are too many, or were encrypted
    for an older device list (so a new member can read everything, a revoked one no more).
    Head office reads every segment of its programme: what it cannot read is dropped."""
    if r.index is None:
        return r.old_bundle is not None
    if r.unreadable and not head_office:
        return False
    index = r.index
    return (len(index.segments) >= MAX_SEGMENTS
            or index.delta_records > max(index.base_records, COMPACT_MIN_RECORDS)
            or any(s.serial < serial for s in index.segments))


def _segment(db: Database, bundle: str, counts: dict[str, int], kind: str, serial: int,
             covers: list[str] | None = None) -> cs.Segment:
    return cs.Segment(bundle=bundle, device=db.device_id, offset=0, length=0, sha256="",
                      records=sum(counts.values()), kind=kind, covers=covers or [],
                      serial=serial, created_at=now_utc().isoformat(timespec="seconds"))


def sync_central(db: Database, path: Path | str, *, timeout: float = 60.0,
                 stale_after: float = STALE_AFTER, recipient: str = fmt.HEAD_OFFICE,
                 progress: Progress | None = None) -> CentralSummary:
    """Import what is new in the central file, then append this database's changes to it.

    The central file reaches head office, so what it now holds counts as sent to
    ``recipient`` (the unexported-changes count drops to zero).
    """
    path = Path(path).expanduser().absolute()
    if not path.parent.is_dir():
        raise ClusterDeskError("sync.central_no_folder", path=path, folder=path.parent)
    with central_lock(path, timeout=timeout, stale_after=stale_after), _scratch() as folder:
        versions = Versions()
        r = _read(db, path, folder, versions, progress)
        container = r.index.container if r.index else cs.new_container_id()
        state = load_state(db, container)
        serial, head_office = _programme(db)
        compacted = _compaction_due(r, serial, head_office)
        written: list[tuple[Path, cs.Segment]] = []
        counts: dict[str, int] = {}
        upto = None
        if r.old_bundle is None:  # (a migrated file gets one base holding everything)
            delta = folder / f"out{fmt.SUFFIX}"
            bundle, counts, upto = write_bundle(
                db, delta, all_records=False, recipient=recipient, progress=progress,
                everyone=True, after=state.trusted_upto(r.index),
                exclude=versions.holds if len(versions) else None, references=False)
            olds = r.index.segments if r.index else []
            if sum(counts.values()) or r.index is None or (
                    serial and all(s.serial < serial for s in olds)):  # a newer device list
                kind = "delta" if r.index else "base"
                written.append((delta, _segment(db, bundle, counts, kind, serial)))
        if compacted:
            index, base, upto = _compact(db, path, folder, r, container, written, serial, upto)
            written.insert(0, base)
        elif r.index is None:  # a new central file: this database's rows are its base
            index = cs.write_new(path, container, written, {})
        elif written:
            index = cs.append(path, r.index, written[0][0], written[0][1])
        else:
            index = r.index
        if written and cs.read_index(path).heads.get(db.device_id) != index.heads.get(
                db.device_id):
            raise ClusterDeskError(f"{path.name} was replaced by another program while this "
                                   "computer synced it; sync again.")
        for _payload, seg in written:
            log_bundle(db, seg.bundle, "export", path, {
                "records": seg.records, "scope": "central", "segment": seg.kind})
        mine = index.heads.get(db.device_id) if written else state.bundle
        save_state(db, container, ContainerState(
            bundle=mine, writer=db.device_id if written else state.writer, upto=upto))
        record_sent(db, recipient, "recipient", recipient, upto)
        record_sent(db, f"central:{path}", "central", str(path), upto)
    ours = [seg for _p, seg in written if seg.kind == "delta" or not compacted]
    exported = ExportSummary(path=path, bundle_id=ours[-1].bundle if ours else "",
                             counts=counts if ours else {}, all_records=False)
    created = r.index is None and r.old_bundle is None
    return CentralSummary(path=path, created=created,
                          imported=None if created else _combined(path, r.imported) or (
                              _nothing_new(path, r.index)), exported=exported,
                          segments_read=r.read, refused=r.refused, compacted=compacted)


def _compact(db: Database, path: Path, folder: Path, r: _Reading, container: str,
             written: list[tuple[Path, cs.Segment]], serial: int, upto: int | None
             ) -> tuple[cs.Index, tuple[Path, cs.Segment], int]:
    """The whole merged state as one base segment (covering every segment it replaces),
    followed by this sync's own changes for machines that already had the rest. A migrated
    single file gets a base that covers nothing: every machine reads it once."""
    old = r.index.segments if r.index else []
    covers = [s.bundle for s in old if s.bundle not in r.refused_bundles]
    base_path = folder / f"base{fmt.SUFFIX}"
    bundle, counts, base_upto = write_bundle(db, base_path, all_records=True,
                                                   recipient=fmt.HEAD_OFFICE, everyone=True)
    base = (base_path, _segment(db, bundle, counts, "base", serial, covers))
    heads = {dev: b for dev, b in (r.index.heads if r.index else {}).items()
             if b not in r.refused_bundles}
    generation = r.index.generation if r.index else 0
    index = cs.write_new(path, container, [base, *written], heads, generation)
    return index, base, base_upto if upto is None else upto


def import_central(db: Database, path: Path | str, progress: Progress | None = None, *,
                   timeout: float = 60.0) -> ImportSummary:
    """Import what is new in a central file without writing to it (a read-only copy, or
    ``clusterdesk import`` of the central file); any other sync file is imported as usual."""
    if not cs.is_container(Path(path)):
        return import_file(db, path, progress)
    path = Path(path).expanduser().absolute()
    with central_lock(path, timeout=timeout), _scratch() as folder:
        r = _read(db, path, folder, None, progress)
    if r.refused:
        raise ClusterDeskError(" ".join(r.refused))
    return _combined(path, r.imported) or _nothing_new(path, r.index)


def _nothing_new(path: Path, index: cs.Index | None) -> ImportSummary:
    """The summary of a sync that found only segments this database had already."""
    last = index.segments[-1] if index and index.segments else None
    return ImportSummary(file=str(path), bundle_id=last.bundle if last else "",
                         already_imported=True,
                         first_imported_at=last.created_at if last else "")
