"""Two-way sync with one central file on a shared folder or a USB stick.

Import what is new in the file, then write this database's whole merged state back over it
(atomically). A lock file next to it (``<file>.lock``, naming host, process and time) keeps two
machines from syncing it at the same moment: the second waits, then gets a clear message.
A lock left by a crashed process on this computer, or older than ``stale_after``, is taken over.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import socket
import time
import uuid as _uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from clusterdesk.errors import ClusterDeskError
from clusterdesk.store.database import Database
from clusterdesk.sync import format as fmt
from clusterdesk.sync.export import (
    ExportSummary,
    Progress,
    log_bundle,
    record_sent,
    write_bundle,
)
from clusterdesk.sync.importer import ImportSummary, import_file

STALE_AFTER = 30 * 60  # seconds; a sync of a very large file may take minutes, not half an hour


class SyncLockedError(ClusterDeskError):
    """Another machine is syncing the central file right now."""


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def _read_lock(lock: Path) -> dict[str, Any]:
    try:
        info = json.loads(lock.read_text(encoding="utf-8"))
        return info if isinstance(info, dict) else {}
    except (OSError, ValueError):
        return {}


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def _is_stale(lock: Path, info: dict[str, Any], stale_after: float) -> bool:
    try:
        age = time.time() - lock.stat().st_mtime
    except OSError:
        return False
    if age > stale_after:
        return True
    pid = info.get("pid")
    return (info.get("host") == socket.gethostname() and isinstance(pid, int)
            and pid != os.getpid() and not _pid_alive(pid))


@contextlib.contextmanager
def central_lock(path: Path, *, timeout: float = 60.0,
                 stale_after: float = STALE_AFTER) -> Iterator[None]:
    lock = lock_path(path)
    token = str(_uuid.uuid4())
    me = {"host": socket.gethostname(), "pid": os.getpid(), "token": token,
          "since": dt.datetime.now().isoformat(timespec="seconds")}
    deadline = time.monotonic() + timeout
    while True:
        try:
            fd = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            info = _read_lock(lock)
            if _is_stale(lock, info, stale_after):
                aside = lock.with_name(f"{lock.name}.stale-{token[:8]}")
                with contextlib.suppress(OSError):
                    os.replace(lock, aside)
                    os.unlink(aside)
                continue
            if time.monotonic() >= deadline:
                who = (f"{info.get('host', 'another computer')} (process {info.get('pid', '?')})"
                       f" since {info.get('since', 'an unknown time')}")
                raise SyncLockedError(
                    f"{path.name} is being synced by {who}; waited {timeout:g} s. Try again in "
                    f"a moment (if that computer is no longer syncing, delete {lock}).") from None
            time.sleep(0.1)
            continue
        except OSError as exc:
            raise ClusterDeskError(f"Cannot create the lock file {lock} ({exc.strerror}); is "
                                   "the folder writable?") from exc
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(me, fh)
            fh.flush()
            os.fsync(fh.fileno())
        break
    try:
        yield
    finally:
        if _read_lock(lock).get("token") == token:
            with contextlib.suppress(OSError):
                lock.unlink()


@dataclass
class CentralSummary:
    path: Path
    created: bool
    imported: ImportSummary | None
    exported: ExportSummary

    def __str__(self) -> str:
        first = f"Created {self.path}." if self.created else str(self.imported)
        return f"{first} Wrote back {self.exported.total} records to {self.path.name}."


def sync_central(db: Database, path: Path | str, *, timeout: float = 60.0,
                 stale_after: float = STALE_AFTER, recipient: str = fmt.HEAD_OFFICE,
                 progress: Progress = None) -> CentralSummary:
    """Import what is new in the central file, then write everything back to it.

    The central file reaches head office, so what it now holds counts as sent to
    ``recipient`` (the unexported-changes count drops to zero).
    """
    path = Path(path).expanduser().absolute()
    if not path.parent.is_dir():
        raise ClusterDeskError(f"Cannot sync with {path}: the folder {path.parent} does not "
                               "exist (is the stick or the shared folder connected?).")
    with central_lock(path, timeout=timeout, stale_after=stale_after):
        created = not path.exists()
        imported = None if created else import_file(db, path, progress)
        bundle_id, counts, sent_now = write_bundle(db, path, all_records=True,
                                                   recipient=recipient, progress=progress)
    log_bundle(db, bundle_id, "export", path, {"records": sum(counts.values()),
                                               "counts": counts, "scope": "central"})
    record_sent(db, recipient, "recipient", recipient, sent_now)
    record_sent(db, f"central:{path}", "central", str(path), sent_now)
    exported = ExportSummary(path=path, bundle_id=bundle_id, counts=counts, all_records=True)
    return CentralSummary(path=path, created=created, imported=imported, exported=exported)
