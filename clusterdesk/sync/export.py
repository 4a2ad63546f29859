"""Writing sync files: what has not been sent to a recipient yet (or everything), atomically.

The file is written under a temporary name in the target folder, flushed and fsynced, then
renamed over the final name: a stick pulled out mid-write never leaves a half file there.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import socket
import uuid as _uuid
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from clusterdesk import __version__
from clusterdesk import atomic as tempfiles
from clusterdesk.errors import ClusterDeskError
from clusterdesk.progress import Progress
from clusterdesk.store.database import SCHEMA_VERSION, Database
from clusterdesk.store.models import LocalState
from clusterdesk.store.sync_models import SyncLog, SyncPeer
from clusterdesk.sync import format as fmt
from clusterdesk.sync import proofs
from clusterdesk.sync.clock_check import clock_warning
from clusterdesk.sync.export_rows import encode_line, record_line, rows, rows_not_held
from clusterdesk.sync.protection import protection
from clusterdesk.sync.redate import manifest_part


class SyncCancelledError(ClusterDeskError):
    """The user pressed Cancel; nothing was written or changed."""


@dataclass
class ExportSummary:
    path: Path
    bundle_id: str
    counts: dict[str, int] = field(default_factory=dict)
    all_records: bool = False
    warnings: list[str] = field(default_factory=list)  # e.g. this computer's clock is wrong

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def __str__(self) -> str:
        what = "all records" if self.all_records else "changes"
        text = f"{self.total} records ({what}) written to {self.path}"
        return " ".join([text + ".", *self.warnings]) if self.warnings else text


def now_utc() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


written_inode: dict[str, int] = {}  # bundle id -> inode of the file written (this process)


def pending_clause(table: sa.Table, sent_seq: int | None) -> sa.ColumnElement[bool]:
    """Rows written here after the last export to a recipient — whoever made them and in
    whatever order they arrived (relayed versions included)."""
    return sa.true() if sent_seq is None else table.c.seq > sent_seq


def peer_sent_seq(conn: sa.Connection, key: str) -> int | None:
    """The recipient's watermark (None: it was never sent anything)."""
    t = SyncPeer.__table__
    row = conn.execute(sa.select(t.c.sent_seq).where(t.c.key == key,
                                                     t.c.kind != "device")).first()
    return int(row[0]) if row else None


def current_seq(conn: sa.Connection) -> int:
    return int(_local_value(conn, "seq") or 0)


def _local_value(conn: sa.Connection, key: str) -> str | None:
    t = LocalState.__table__
    return conn.execute(sa.select(t.c.value).where(t.c.key == key)).scalar()


_FLUSH_AT = 256 << 10
ZLIB_LEVEL = 3  # members deflated at this level (the benchmark's reference uses the same)


class _Writer:
    """Streams one table's records into a zip member, hashing and counting as it goes.
    (Deflating on a helper thread was measured slower on a loaded two-core machine.)"""

    def __init__(self, zf: zipfile.ZipFile, table: sa.Table) -> None:
        self.name = fmt.member_name(table.name)
        self.digest = hashlib.sha256()
        self.count = 0
        self.size = 0
        self._buffer: list[str] = []
        self._buffered = 0
        info = zipfile.ZipInfo(self.name, date_time=(1980, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED  # (a bare ZipInfo would be stored as is)
        self._out = zf.open(info, "w", force_zip64=True)
        self._zf = zf

    def write(self, line: dict[str, Any]) -> None:
        text = encode_line(line)
        self._buffer.append(text)
        self._buffered += len(text)
        self.count += 1
        if self._buffered >= _FLUSH_AT:
            self._flush()

    def _flush(self) -> None:
        if self._buffer:
            self._buffer.append("")
            data = "\n".join(self._buffer).encode("utf-8")
            self.digest.update(data)
            self._out.write(data)
            self.size += len(data)
            self._buffer.clear()
            self._buffered = 0

    def close(self) -> None:
        self._flush()
        self._out.close()


def _candidates(conn: sa.Connection, table: sa.Table, where: sa.ColumnElement[bool],
                exclude: Callable[[dict[str, Any]], bool] | None, att: proofs.Attester
                ) -> Iterator[tuple[Any, bool]]:
    """The rows to write, each with whether ``exclude`` must still be asked of its line."""
    if exclude is None:
        return ((row, False) for row in rows(conn, table, where))
    return rows_not_held(conn, table, where, exclude, att.as_stored)


def write_bundle(db: Database, path: Path, *, all_records: bool, recipient: str,
                 progress: Progress | None = None, everyone: bool = False,
                 after: int | None | str = "recipient",
                 exclude: Callable[[dict[str, Any]], bool] | None = None,
                 references: bool = True) -> tuple[str, dict[str, int], int]:
    """Write the sync file; returns (bundle id, counts per table, the local arrival number
    it is complete up to). Nothing is left under any name if it fails or is killed. In a
    programme the file is signed, and encrypted to head office (``everyone``: to every
    member, for the central file).

    A central-file segment passes ``after`` (rows written after that arrival number; None:
    every row), ``exclude`` (a record line the central file already holds is left out) and
    ``references=False`` (referenced records are in the central file already)."""
    path = Path(path)
    if path.is_dir():
        raise ClusterDeskError("sync.write_folder", path=path)
    if not path.parent.is_dir():
        raise ClusterDeskError("file.no_folder", path=path, folder=path.parent)
    bundle_id = str(_uuid.uuid4())
    tempfiles.clean_leftovers(path)
    tmp = tempfiles.temp_name(path, bundle_id)
    guard = protection(db, everyone=everyone)
    plain = guard.plain_path(tmp)
    try:
        with db.engine.connect() as conn, conn.begin():
            upto = current_seq(conn)  # same snapshot as the rows written below
            sent = None if all_records else (
                peer_sent_seq(conn, recipient) if after == "recipient" else after)
            completing = not all_records and references  # add the records referred to
            tables = fmt.table_order()
            wheres = {t.name: (sa.true() if all_records else pending_clause(t, sent))
                      for t in tables}
            total = sum(conn.execute(sa.select(sa.func.count()).select_from(t)
                                     .where(wheres[t.name])).scalar() or 0 for t in tables)
            done = 0
            members: dict[str, dict[str, Any]] = {}
            counts: dict[str, int] = {}
            needed: dict[str, set[str]] = {}    # referenced records the file must also carry
            written: dict[str, set[str]] = {}   # uuids written, for referenced tables only
            targets = {target for t in tables for _, target, synced in fmt.references(t)
                       if synced}
            with zipfile.ZipFile(plain, "w", zipfile.ZIP_DEFLATED,
                                 compresslevel=ZLIB_LEVEL) as zf:
                for table in reversed(tables):  # children first: they say what parents to add
                    w = _Writer(zf, table)
                    try:
                        keep = written.setdefault(table.name, set()) if (
                            completing and table.name in targets) else None
                        refs = [(c, tg) for c, tg, synced in fmt.references(table) if synced]
                        # as authored (not as merged here), signed, others' proofs passed on
                        att = proofs.Attester(conn, table, guard.keys, db.own_device_ids)
                        for row, ask in _candidates(conn, table, wheres[table.name],
                                                    exclude, att):
                            line = att.prepare(record_line(table, row))
                            if ask and exclude is not None and exclude(line):
                                continue
                            for ready in att.feed(line):
                                w.write(ready)
                            if keep is not None:
                                keep.add(line["uuid"])
                            if completing:
                                for col, target in refs:
                                    ref = line["fields"].get(col)
                                    if ref:
                                        needed.setdefault(target, set()).add(ref)
                            done += 1
                            if done % 500 == 0 and _cancelled(progress, done, total):
                                raise SyncCancelledError("sync.export_cancelled")
                        missing = sorted(needed.get(table.name, set()) - (keep or set()))
                        for i in range(0, len(missing), 500):
                            chunk = missing[i:i + 500]
                            for row in rows(conn, table, table.c.uuid.in_(chunk)):
                                line = att.prepare(record_line(table, row))
                                for ready in att.feed(line):
                                    w.write(ready)
                                for col, target in refs:
                                    ref = line["fields"].get(col)
                                    if ref:
                                        needed.setdefault(target, set()).add(ref)
                        for ready in att.flush():
                            w.write(ready)
                    finally:
                        w.close()
                    counts[table.name] = w.count
                    members[w.name] = {"sha256": w.digest.hexdigest(), "size": w.size,
                                       "records": w.count}
                manifest = {
                    "format": fmt.FORMAT_NAME,
                    "format_version": fmt.FORMAT_VERSION,
                    "app_version": __version__,
                    "schema_version": SCHEMA_VERSION,
                    "form_versions": fmt.form_versions(),
                    "device_id": db.device_id,
                    "device_name": db.device_name,
                    "host": socket.gethostname(),
                    "consultant": {"uuid": _local_value(conn, "consultant_uuid") or "",
                                   "name": _local_value(conn, "consultant_name") or ""},
                    "created_at": now_utc().isoformat(timespec="seconds") + "Z",
                    "bundle_id": bundle_id,
                    "scope": "all" if all_records else "changes",
                    "recipient": "" if all_records else recipient,
                    "tables": [t.name for t in tables],
                    "counts": counts,
                    "members": members,
                    **manifest_part(conn, db.clock.wall_ms()),
                    **guard.manifest_part(),
                }
                data = json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8")
                zf.writestr(zipfile.ZipInfo(fmt.MANIFEST, date_time=(1980, 1, 1, 0, 0, 0)),
                            data, compress_type=zipfile.ZIP_DEFLATED)
                guard.sign(zf, data)
        guard.seal(plain, tmp)
        written_inode[bundle_id] = os.stat(tmp).st_ino  # the central sync checks it after
        tempfiles.commit(tmp, path)
    except OSError as exc:
        tempfiles.discard(tmp)
        guard.discard(plain, tmp)
        raise tempfiles.write_error(path, exc) from exc
    except BaseException:
        tempfiles.discard(tmp)
        guard.discard(plain, tmp)
        raise
    if progress is not None:
        progress(total, total)
    return bundle_id, counts, upto


def _cancelled(progress: Progress | None, done: int, total: int) -> bool:
    return progress is not None and not progress(done, total)


def record_sent(db: Database, recipient: str, kind: str, name: str, upto: int) -> None:
    """Remember that ``recipient`` now has everything written here up to ``upto`` — called
    only once the file is complete and durable under its final name."""
    t = SyncPeer.__table__
    with db.engine.begin() as conn:
        old = conn.execute(sa.select(t.c.sent_seq).where(t.c.key == recipient)).first()
        if old is None:
            conn.execute(t.insert().values(key=recipient, kind=kind, name=name, sent={},
                                           sent_seq=upto, last_export_at=now_utc()))
        else:
            conn.execute(t.update().where(t.c.key == recipient).values(
                sent_seq=max(int(old[0] or 0), upto), last_export_at=now_utc()))


def log_bundle(db: Database, bundle_id: str, direction: str, path: Path,
               summary: dict[str, Any], device_id: str = "", device_name: str = "") -> None:
    t = SyncLog.__table__
    with db.engine.begin() as conn:
        conn.execute(t.insert().values(bundle_id=bundle_id, direction=direction,
                                       file=str(path), peer_device_id=device_id,
                                       peer_device_name=device_name, at=now_utc(),
                                       summary=summary))


def export_changes(db: Database, path: Path | str, *, all_records: bool = False,
                   recipient: str = fmt.HEAD_OFFICE, progress: Progress | None = None,
                   mark_sent: bool = True) -> ExportSummary:
    """Write the changes not yet sent to ``recipient`` (or every record) to ``path``.

    ``mark_sent=False`` (a copy sent to stdout) leaves them counted as not yet sent."""
    path = Path(path)
    bundle_id, counts, upto = write_bundle(db, path, all_records=all_records,
                                           recipient=recipient, progress=progress)
    if mark_sent:
        record_sent(db, recipient, "recipient", recipient, upto)
    log_bundle(db, bundle_id, "export", path,
               {"records": sum(counts.values()), "counts": counts, "recipient": recipient,
                "scope": "all" if all_records else "changes"})
    warning = clock_warning(db)
    return ExportSummary(path=path, bundle_id=bundle_id, counts=counts, all_records=all_records,
                         warnings=[warning] if warning else [])
