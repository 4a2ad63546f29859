"""The central file and its lock; an import killed mid-way leaves the database as before."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
import uuid as _uuid
from pathlib import Path

import pytest
import sqlalchemy as sa
from test_sync_support import add_org_with_consultation, dump, dump_all, fresh_db

from clusterdesk.cli.main import main
from clusterdesk.store.models import Organization
from clusterdesk.sync import SyncLockedError, export_changes, import_file, sync_central
from clusterdesk.sync.central import central_lock, lock_path


def test_central_file_converges_and_is_created(tmp_path: Path) -> None:
    central = tmp_path / "share" / "central.cdsync"
    central.parent.mkdir()
    dbs = [fresh_db(tmp_path / f"{i}.db") for i in range(3)]
    for i, db in enumerate(dbs):
        add_org_with_consultation(db, f"Предприятие {i}")
    first = sync_central(dbs[1], central)
    assert first.created and central.exists()
    for db in dbs[::-1] + dbs:
        sync_central(db, central)
    assert dump(dbs[0]) == dump(dbs[1]) == dump(dbs[2])
    with dbs[0].engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(Organization)).scalar() == 3
    assert not lock_path(central).exists()


def test_cli_sync_and_busy_lock_message(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    db_file = tmp_path / "a.db"
    add_org_with_consultation(fresh_db(db_file), "Строймаркет")
    central = tmp_path / "central.cdsync"
    assert main(["--db", str(db_file), "sync", str(central)]) == 0
    assert "Created" in capsys.readouterr().out
    lock = lock_path(central)
    lock.write_text(json.dumps({"host": "ho-laptop-7", "pid": 4242, "since": "2017-04-10T09:00"}))
    assert main(["--db", str(db_file), "sync", str(central), "--wait", "0.3"]) == 2
    err = capsys.readouterr().err
    assert "being synced by ho-laptop-7 (process 4242)" in err
    lock.unlink()
    assert main(["--db", str(db_file), "sync", str(central)]) == 0


def test_second_syncer_waits_for_the_first(tmp_path: Path) -> None:
    central = tmp_path / "c.cdsync"
    released = threading.Event()

    def hold() -> None:
        with central_lock(central):
            time.sleep(0.5)
            released.set()  # the last thing it does while holding the lock

    t = threading.Thread(target=hold)
    t.start()
    time.sleep(0.1)
    with pytest.raises(SyncLockedError):
        with central_lock(central, timeout=0.1):
            pass
    with central_lock(central, timeout=5):
        assert released.is_set()
    t.join()


def test_stale_lock_of_a_dead_process_is_taken_over(tmp_path: Path) -> None:
    central = tmp_path / "c.cdsync"
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    import socket

    lock_path(central).write_text(json.dumps({"host": socket.gethostname(), "pid": dead.pid}))
    with central_lock(central, timeout=0.5):
        assert json.loads(lock_path(central).read_text())["pid"] == os.getpid()
    old = lock_path(central)
    old.write_text("{}")
    os.utime(old, (time.time() - 7200, time.time() - 7200))
    with central_lock(central, timeout=0.5, stale_after=60):
        pass


_KILLABLE = """
import sys, time
from clusterdesk.store.database import open_database
from clusterdesk.sync import import_file
db = open_database(sys.argv[1])
def progress(done, total):
    if done > total * 0.8:
        print("applying", flush=True)
        time.sleep(60)
    return True
import_file(db, sys.argv[2], progress)
"""


def test_killed_import_leaves_database_as_before(tmp_path: Path) -> None:
    src = fresh_db(tmp_path / "src.db")
    t = Organization.__table__
    rows = [{"uuid": str(_uuid.uuid4()), "device_id": src.device_id,
             "hlc": str(src.clock.tick()), "deleted": False, "name": f"Ферма {i}",
             "name_key": "", "bin": ""} for i in range(6000)]
    with src.engine.begin() as conn:
        conn.execute(t.insert(), rows)
    path = tmp_path / "big.cdsync"
    export_changes(src, path, all_records=True)
    target = fresh_db(tmp_path / "dst.db")
    add_org_with_consultation(target, "Своя запись")
    before = dump_all(target)
    proc = subprocess.Popen([sys.executable, "-c", _KILLABLE, str(target.path), str(path)],
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "applying"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert dump_all(target) == before
    summary = import_file(target, path)
    assert summary.new == 6000
    with target.engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(t)).scalar() == 6001
