"""Backups of the database file: a rolling daily copy, one on request, and restoring one.

Copies go to ``backups/`` next to the database (the data folder), named after the database
and the moment: ``clusterdesk-20261201-143000.db``. They are made through SQLite's online
backup, so a copy taken while the program writes is still consistent. Restoring never touches
the current file: the chosen backup is copied to a new file beside it, which the window then
opens (the current one stays as it was, a copy by construction).
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

from clusterdesk.errors import DatabaseError
from clusterdesk.store.database import copy_file, inspect_file

KEEP_DAYS = 14  # daily backups kept by default (Settings changes it)
KEEP_RANGE = (1, 365)  # what Settings offers
_STAMP = re.compile(r"-(\d{8})-(\d{6})\.db$")


def folder(db_path: Path) -> Path:
    return db_path.parent / "backups"


def backup_now(db_path: Path, now: dt.datetime | None = None) -> Path:
    """A backup of ``db_path`` taken now; returns its path."""
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = folder(db_path) / f"{db_path.stem}-{stamp}.db"
    copy_file(db_path, target)
    return target


def taken_at(path: Path) -> dt.datetime | None:
    m = _STAMP.search(path.name)
    return dt.datetime.strptime(m.group(1) + m.group(2), "%Y%m%d%H%M%S") if m else None


def backups(db_path: Path) -> list[Path]:
    """The backups of ``db_path``, newest first."""
    found = [p for p in folder(db_path).glob(f"{db_path.stem}-*.db") if taken_at(p)]
    return sorted(found, key=lambda p: taken_at(p) or dt.datetime.min, reverse=True)


def rolling(db_path: Path, keep: int = KEEP_DAYS,
            now: dt.datetime | None = None) -> Path | None:
    """Once a day: a backup if none was taken today, and only the backups of the ``keep``
    most recent days that have one are kept (days the computer was off do not count, so a
    month away never empties the folder; the newest always stays). Returns the new backup,
    if one was taken."""
    now = now or dt.datetime.now()
    existing = backups(db_path)
    made = None
    if not existing or (taken_at(existing[0]) or dt.datetime.min).date() < now.date():
        made = backup_now(db_path, now)
        existing.insert(0, made)
    days = sorted({when.date() for p in existing if (when := taken_at(p))}, reverse=True)
    kept = set(days[:max(keep, 1)])
    for old in existing[1:]:
        when = taken_at(old)
        if when is not None and when.date() not in kept:
            old.unlink(missing_ok=True)
    return made


def restore(backup: Path, db_path: Path, now: dt.datetime | None = None) -> Path:
    """Copy ``backup`` to a new file next to ``db_path`` and return it (the window opens it).

    The backup is checked first (a ClusterDesk database this program can open); the current
    database is left untouched.
    """
    inspect_file(backup)  # raises DatabaseError for a foreign, damaged or newer file
    if not backup.is_file():
        raise DatabaseError("db.damaged", path=backup, detail="not a file")
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = db_path.with_name(f"{db_path.stem}-restored-{stamp}{db_path.suffix}")
    shutil.copyfile(backup, target.with_name(target.name + ".part"))
    target.with_name(target.name + ".part").replace(target)
    return target
