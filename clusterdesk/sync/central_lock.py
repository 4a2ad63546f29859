"""The central file's lock: one syncer at a time, on this computer and across a shared folder.

``<file>.lock`` is held with the operating system's exclusive lock (never two holders, none
left behind by a killed process) and names its holder (host, process, time) for other
computers and for messages; a lock of a dead process or older than ``stale_after`` is taken
over.
"""

from __future__ import annotations

import contextlib
import datetime as dt

try:
    import fcntl
except ImportError:  # Windows: msvcrt below
    fcntl = None  # type: ignore[assignment]
import json
import os
import socket
import time
import uuid as _uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from clusterdesk.errors import ClusterDeskError

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


def _os_lock(fd: int) -> bool:
    """Try to take the operating system's exclusive lock on ``fd`` (released by the kernel
    when the process dies, so it never goes stale)."""
    if fcntl is not None:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        except OSError:
            return True  # the file system has no locks: the lock file's content decides
        return True
    try:  # Windows
        import msvcrt

        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    except OSError:
        return False
    return True


def _held_by_other(lock: Path, info: dict[str, Any], stale_after: float) -> bool:
    """Content of a lock file whose OS lock we hold: does it still name a live holder?
    (A ClusterDesk of another computer on a shared folder, or an older version.)"""
    if not info or info.get("token") is None and not info.get("host"):
        return False
    return not _is_stale(lock, info, stale_after) and not (
        info.get("host") == socket.gethostname() and info.get("pid") == os.getpid())


def _acquire(lock: Path, me: dict[str, Any], stale_after: float) -> int | None:
    """One attempt: the open, OS-locked lock file written with ``me``, or None if busy."""
    fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        if not _os_lock(fd):
            os.close(fd)
            return None
        try:
            same = os.fstat(fd).st_ino == os.stat(lock).st_ino
        except FileNotFoundError:
            same = False
        if not same:  # the previous holder removed the file after we opened it
            os.close(fd)
            return None
        if _held_by_other(lock, _read_lock(lock), stale_after):
            os.close(fd)
            return None
        data = json.dumps(me).encode("utf-8")
        os.ftruncate(fd, 0)
        os.pwrite(fd, data, 0)
        os.fsync(fd)
        return fd
    except BaseException:
        with contextlib.suppress(OSError):
            os.close(fd)
        raise


@contextlib.contextmanager
def central_lock(path: Path, *, timeout: float = 60.0,
                 stale_after: float = STALE_AFTER) -> Iterator[None]:
    """Hold ``<file>.lock``: an operating-system lock (never two holders, none left by a
    killed process) plus its content for other computers and for messages."""
    lock = lock_path(path)
    token = str(_uuid.uuid4())
    me = {"host": socket.gethostname(), "pid": os.getpid(), "token": token,
          "since": dt.datetime.now().isoformat(timespec="seconds")}
    deadline = time.monotonic() + timeout
    while True:
        try:
            fd = _acquire(lock, me, stale_after)
        except OSError as exc:
            raise ClusterDeskError(f"Cannot create the lock file {lock} ({exc.strerror}); is "
                                   "the folder writable?") from exc
        if fd is not None:
            break
        if time.monotonic() >= deadline:
            info = _read_lock(lock)
            who = (f"{info.get('host', 'another computer')} (process {info.get('pid', '?')})"
                   f" since {info.get('since', 'an unknown time')}")
            # the lock file is anyone's to write: half a character ("\ud800") would not show
            who = who.encode("utf-8", "replace").decode("utf-8")
            raise SyncLockedError(
                f"{path.name} is being synced by {who}; waited {timeout:g} s. Try again in "
                f"a moment (if that computer is no longer syncing, delete {lock}).") from None
        time.sleep(0.05)
    try:
        yield
    finally:
        try:
            if _read_lock(lock).get("token") == token:
                with contextlib.suppress(OSError):
                    lock.unlink()  # while still holding the OS lock
        finally:
            os.close(fd)
