"""The one way ClusterDesk writes a file: whole, or not at all.

Written under a temporary name in the target folder, flushed and fsynced, renamed over the
final name, and the folder fsynced, so a pulled USB stick, a full disk or a killed process
never leaves a half file under the final name. The file's mode follows the user's umask (an
exported list or a PDF is readable like any document). Temporary names carry the host and
process id, so the next write to the same name removes what a killed writer left behind.
Failures become one sentence: a read-only folder, a full stick, a missing folder.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import socket
import time
import uuid as _uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from clusterdesk.errors import ClusterDeskError

LEFTOVER_AGE_S = 24 * 3600  # another computer's temporary file is removed after a day
# Databases open in this process (real path -> how many times): no write may replace one,
# nor its journal (``clusterdesk export x.db`` given the database's own name by mistake).
_OPEN_DATABASES: dict[str, int] = {}
_JOURNALS = ("", "-wal", "-shm", "-journal")


def protect(path: Path) -> None:
    """``path`` is a database in use: no file is written in its place until ``release``."""
    key = os.path.realpath(path)
    _OPEN_DATABASES[key] = _OPEN_DATABASES.get(key, 0) + 1


def release(path: Path) -> None:
    key = os.path.realpath(path)
    if _OPEN_DATABASES.get(key, 0) <= 1:
        _OPEN_DATABASES.pop(key, None)
    else:
        _OPEN_DATABASES[key] -= 1


def refuse_database(path: Path) -> None:
    """Refuse, before anything is written, a target that is an open database or its
    journal."""
    target = os.path.realpath(path)
    for journal in _JOURNALS:
        if journal and not target.endswith(journal):
            continue
        if target[:len(target) - len(journal)] in _OPEN_DATABASES:
            raise ClusterDeskError("file.is_database", path=path)


def _host() -> str:
    return re.sub(r"[^A-Za-z0-9-]", "-", socket.gethostname() or "host")[:40]


def temp_name(path: Path, tag: str | None = None) -> Path:
    refuse_database(path)
    tag = (tag or _uuid.uuid4().hex)[:8]
    return path.with_name(f".{path.name}.{_host()}.{os.getpid()}.{tag}.tmp")


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def clean_leftovers(path: Path) -> int:
    """Remove temporary files of ``path`` left by writers that no longer run."""
    removed = 0
    prefix = f".{path.name}."
    try:
        entries = list(path.parent.iterdir())
    except OSError:
        return 0
    for entry in entries:
        name = entry.name
        for journal in ("-wal", "-shm", "-journal"):  # a temporary database's own files
            name = name.removesuffix(journal)
        if not (name.startswith(prefix) and name.endswith(".tmp")):
            continue
        parts = name[len(prefix):-4].split(".")
        try:
            age = time.time() - entry.stat().st_mtime
        except OSError:
            continue
        mine = len(parts) == 3 and parts[0] == _host() and parts[1].isdigit()
        dead = mine and int(parts[1]) != os.getpid() and not _pid_alive(int(parts[1]))
        if dead or age > LEFTOVER_AGE_S or (len(parts) == 1 and age > 600):
            with contextlib.suppress(OSError):
                entry.unlink()
                removed += 1
    return removed


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # Windows cannot open folders; the rename is durable there
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def commit(tmp: Path, path: Path) -> None:
    """Make ``tmp`` durable, then put it in place of ``path`` in one step."""
    with tmp.open("rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    _fsync_dir(path.parent)


def discard(tmp: Path) -> None:
    with contextlib.suppress(OSError):
        tmp.unlink()


def write_error(path: Path, exc: OSError) -> ClusterDeskError:
    """One sentence for a write that failed; nothing was left behind."""
    code = exc.errno
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ClusterDeskError("file.readonly", path=path, folder=path.parent)
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1), errno.EFBIG):
        return ClusterDeskError("file.full", path=path, folder=path.parent)
    if code == errno.ENOENT:
        return ClusterDeskError("file.no_folder", path=path, folder=path.parent)
    why = exc.strerror or str(exc)
    return ClusterDeskError(f"Cannot write {path}: {why}; nothing was written.")


def create_temp(path: Path) -> Path:
    """A new, empty temporary file next to ``path`` (mode from the umask)."""
    tmp = temp_name(path)  # refuses an open database's name
    fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666)
    os.close(fd)
    return tmp


@contextmanager
def atomic_path(path: Path | str) -> Iterator[Path]:
    """A temporary path to write with a library; moved into place when the block succeeds."""
    path = Path(path)
    if not path.parent.is_dir():
        raise write_error(path, FileNotFoundError(errno.ENOENT, "no such folder"))
    clean_leftovers(path)
    try:
        tmp = create_temp(path)
    except OSError as exc:
        raise write_error(path, exc) from exc
    try:
        yield tmp
        commit(tmp, path)
    except OSError as exc:
        discard(tmp)
        raise write_error(path, exc) from exc
    except BaseException:
        discard(tmp)
        raise


@contextmanager
def atomic_write(path: Path | str, mode: str = "wb", **kwargs) -> Iterator[IO]:  # noqa: ANN003
    """An open file whose contents replace ``path`` only if the block succeeds."""
    with atomic_path(path) as tmp, open(tmp, mode, **kwargs) as fh:  # noqa: PTH123
        yield fh
        fh.flush()
