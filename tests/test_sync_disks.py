"""Sync on real disks and real processes: read-only folders and databases, killed writers,
several machines syncing one central file at once with a stale lock present."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from test_sync_support import add_org_with_consultation, dump, fresh_db

from clusterdesk.errors import ClusterDeskError
from clusterdesk.store.database import open_database
from clusterdesk.sync import export_changes, import_file, sync_central, unexported_count
from clusterdesk.sync.central import lock_path

ROOT_CAN_WRITE_ANYWHERE = os.geteuid() == 0 if hasattr(os, "geteuid") else False


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


@pytest.mark.skipif(ROOT_CAN_WRITE_ANYWHERE, reason="root ignores folder permissions")
def test_export_to_a_read_only_folder_is_one_sentence(tmp_path: Path) -> None:
    db = fresh_db(tmp_path / "a.db")
    add_org_with_consultation(db, "Ферма")
    stick = tmp_path / "stick"
    stick.mkdir()
    stick.chmod(0o555)
    try:
        with pytest.raises(ClusterDeskError, match="read-only"):
            export_changes(db, stick / "out.cdsync")
    finally:
        stick.chmod(0o755)
    assert unexported_count(db) == 2 and _leftovers(stick) == []


@pytest.mark.parametrize(("code", "expect"), [
    ("ENOSPC", "not enough free space"), ("EROFS", "read-only"), ("EACCES", "read-only")])
def test_a_failed_write_leaves_nothing_and_sends_nothing(tmp_path: Path, monkeypatch,  # noqa: ANN001
                                                         code, expect) -> None:  # noqa: ANN001
    """A full stick, a stick mounted read-only, a folder one may not write (also as root)."""
    import errno

    from clusterdesk import atomic

    db = fresh_db(tmp_path / "a.db")
    add_org_with_consultation(db, "Ферма")

    def fail(_tmp, _path):  # noqa: ANN001, ANN202
        raise OSError(getattr(errno, code), code)

    monkeypatch.setattr(atomic, "commit", fail)
    with pytest.raises(ClusterDeskError, match=expect):
        export_changes(db, tmp_path / "out.cdsync")
    assert not (tmp_path / "out.cdsync").exists() and _leftovers(tmp_path) == []
    assert unexported_count(db) == 2


def test_import_into_a_read_only_database_is_one_sentence(tmp_path: Path) -> None:
    src, dst = fresh_db(tmp_path / "a.db"), fresh_db(tmp_path / "b.db")
    add_org_with_consultation(src, "Ферма")
    path = tmp_path / "f.cdsync"
    export_changes(src, path)
    before = dump(dst)
    with dst.engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA query_only = 1")  # the connection pool keeps it
    try:
        with pytest.raises(ClusterDeskError, match="Cannot import|nothing was imported"):
            import_file(dst, path)
    finally:
        dst.engine.dispose()
    assert dump(dst) == before


_EXPORT = textwrap.dedent("""
    import sys, time
    from clusterdesk.store.database import open_database
    from clusterdesk.sync import export_changes
    import clusterdesk.sync.export as ex
    db = open_database(sys.argv[1])
    real = ex.record_line
    def slow(table, row):
        time.sleep(0.01)
        return real(table, row)
    ex.record_line = slow
    print("ready", flush=True)
    export_changes(db, sys.argv[2])
""")


def test_a_killed_export_leaves_no_file_and_the_next_one_cleans_up(tmp_path: Path) -> None:
    db = fresh_db(tmp_path / "a.db")
    for i in range(40):
        add_org_with_consultation(db, f"Ферма {i}")
    db.close()
    target = tmp_path / "stick" / "out.cdsync"
    target.parent.mkdir()
    proc = subprocess.Popen([sys.executable, "-c", _EXPORT, str(db.path), str(target)],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "ready"
    deadline = time.monotonic() + 20
    while not _leftovers(target.parent) and time.monotonic() < deadline:
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert not target.exists()
    again = fresh_db(tmp_path / "b.db")
    add_org_with_consultation(again, "Другая")
    export_changes(again, target)
    assert target.exists() and _leftovers(target.parent) == []


_SYNC = textwrap.dedent("""
    import sys, datetime as dt
    from clusterdesk.store.database import open_database
    from clusterdesk.store.models import Consultation, Organization
    from clusterdesk.sync import sync_central, unexported_count
    db = open_database(sys.argv[1])
    with db.session() as s:
        org = Organization(name="Ферма " + sys.argv[3], region_code="39")
        s.add(org)
        s.flush()
        s.add(Consultation(date=dt.date(2016, 7, 12), organization_uuid=org.uuid,
                           notes="visit " + sys.argv[3]))
    sync_central(db, sys.argv[2], timeout=120)
    print(unexported_count(db), flush=True)
""")


def test_several_machines_sync_one_central_file_at_once_with_a_stale_lock(
        tmp_path: Path) -> None:
    central = tmp_path / "share" / "central.cdsync"
    central.parent.mkdir()
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    lock_path(central).write_text(json.dumps({"host": socket.gethostname(), "pid": dead.pid,
                                              "since": "2017-04-10T09:00"}))
    dbs = [fresh_db(tmp_path / f"dev{i}.db") for i in range(4)]
    for db in dbs:
        db.close()
    procs = [subprocess.Popen([sys.executable, "-c", _SYNC, str(db.path), str(central), str(i)],
                              stdout=subprocess.PIPE, text=True) for i, db in enumerate(dbs)]
    outs = [p.communicate(timeout=180)[0].strip() for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0, 0]
    assert outs == ["0", "0", "0", "0"]  # each counts its consultation as sent...
    reader = fresh_db(tmp_path / "reader.db")
    import_file(reader, central)
    with reader.engine.connect() as conn:
        notes = sorted(conn.exec_driver_sql("SELECT notes FROM consultations").scalars())
    assert notes == [f"visit {i}" for i in range(4)]  # ...and it is in the central file
    assert not lock_path(central).exists() and _leftovers(central.parent) == []


def test_sync_from_a_second_machine_with_a_fresh_lock_waits_then_says_who(
        tmp_path: Path) -> None:
    central = tmp_path / "central.cdsync"
    lock_path(central).write_text(json.dumps({"host": "ho-laptop-7", "pid": 4242,
                                              "since": "2017-04-10T09:00"}))
    db = fresh_db(tmp_path / "a.db")
    with pytest.raises(ClusterDeskError, match="ho-laptop-7"):
        sync_central(db, central, timeout=0.3)
    assert not central.exists()


_FIRST_IMPORT = textwrap.dedent("""
    import sys, time
    import clusterdesk.sync.apply as ap
    real = ap.Applier.apply
    def slow(self, table, batch):
        print("applying", flush=True)
        time.sleep(30)
        return real(self, table, batch)
    ap.Applier.apply = slow
    from clusterdesk.cli.main import main
    sys.exit(main(["--db", sys.argv[1], "import", sys.argv[2]]))
""")


def test_a_killed_first_import_leaves_no_new_database(tmp_path: Path) -> None:
    src = fresh_db(tmp_path / "src.db")
    add_org_with_consultation(src, "Ферма")
    path = tmp_path / "f.cdsync"
    export_changes(src, path)
    target = tmp_path / "ho" / "head-office.db"
    target.parent.mkdir()
    proc = subprocess.Popen([sys.executable, "-c", _FIRST_IMPORT, str(target), str(path)],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "applying"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert not target.exists()
    from clusterdesk.cli.main import main

    assert main(["--db", str(target), "import", str(path)]) == 0
    assert target.exists() and sorted(p.name for p in target.parent.iterdir()) == [target.name]
    again = open_database(target)
    with again.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM organizations").scalar() == 1
    assert again.copied_from_device is None  # it is the same device where it now lives
    again.close()
