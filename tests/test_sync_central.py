"""The central file (segments appended, compacted now and then) and its lock; a sync or an import
killed mid-way leaves the file and the database as before."""

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
from clusterdesk.errors import ClusterDeskError
from clusterdesk.store.database import open_database
from clusterdesk.store.models import Organization
from clusterdesk.sync import (
    SyncLockedError,
    export_changes,
    import_file,
    sync_central,
    trust,
    unexported_count,
)
from clusterdesk.sync import central as central_mod
from clusterdesk.sync import central_segments as cs
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


# ---- the central file as segments ------------------------------------------------------------

def _notes(db) -> list[str]:  # noqa: ANN001
    with db.engine.connect() as conn:
        return sorted(conn.exec_driver_sql("SELECT notes FROM consultations").scalars())


def test_a_sync_appends_only_its_changes_and_leaves_the_file_before_it_untouched(
        tmp_path: Path) -> None:
    central = tmp_path / "central.cdsync"
    a, b = fresh_db(tmp_path / "a.db"), fresh_db(tmp_path / "b.db")
    for i in range(30):
        add_org_with_consultation(a, f"Ферма {i}", notes=f"visit {i}")
    assert sync_central(a, central).exported.total == 60
    assert sync_central(b, central).imported.new == 60
    before = central.read_bytes()
    add_org_with_consultation(b, "Новая ферма", notes="one more")
    summary = sync_central(b, central)
    assert summary.exported.total == 2          # its two new records, not the 62 it holds
    after = central.read_bytes()
    assert after.startswith(before)            # appended after, nothing rewritten
    assert len(cs.read_index(central).segments) == 2
    assert sync_central(a, central).imported.new == 2
    assert _notes(a) == _notes(b) and "one more" in _notes(a)
    assert sync_central(a, central).exported.total == 0  # what it received is not sent back


def _killing_commit(monkeypatch: pytest.MonkeyPatch) -> None:
    """The append dies after the segment and half an index are on disk, before the footer."""
    real = cs._write_frame

    def frame(out, tag, src):  # noqa: ANN001, ANN202
        if tag == cs.INDEX_TAG:
            out.write(cs.FRAME.pack(tag, len(src)) + src[: len(src) // 2])
            out.flush()
            raise OSError(5, "the stick was pulled out")
        return real(out, tag, src)

    monkeypatch.setattr(cs, "_write_frame", frame)


def test_a_sync_that_dies_mid_write_leaves_the_previous_file_readable(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    central = tmp_path / "central.cdsync"
    a, b = fresh_db(tmp_path / "a.db"), fresh_db(tmp_path / "b.db")
    add_org_with_consultation(a, "Первая", notes="first")
    sync_central(a, central)
    add_org_with_consultation(b, "Вторая", notes="second")
    with monkeypatch.context() as m:
        _killing_commit(m)
        with pytest.raises(ClusterDeskError):
            sync_central(b, central)
    assert central.stat().st_size > cs.read_index(central).end  # the unfinished tail is there
    reader = fresh_db(tmp_path / "reader.db")
    import_file(reader, central)
    assert _notes(reader) == ["first"]         # ...and the previous state reads as before
    assert unexported_count(b) > 0             # b's change is not counted as sent
    sync_central(b, central)                   # the next sync cuts the tail and appends
    sync_central(a, central)
    assert _notes(a) == _notes(b) == ["first", "second"]
    assert not lock_path(central).exists()


_KILLED_SYNC = """
import os, signal, sys
from clusterdesk.store.database import open_database
from clusterdesk.store.models import Organization
from clusterdesk.sync import central_segments as cs, sync_central
real = cs._write_frame
def frame(out, tag, src):
    if tag == cs.INDEX_TAG:
        out.write(cs.FRAME.pack(tag, len(src)) + src[:7])
        out.flush()
        os.kill(os.getpid(), signal.SIGKILL)
    return real(out, tag, src)
cs._write_frame = frame
db = open_database(sys.argv[1])
with db.session() as s:
    s.add(Organization(name="Убитая синхронизация", region_code="39"))
sync_central(db, sys.argv[2])
"""


def test_a_killed_sync_leaves_the_previous_file_and_the_next_sync_works(
        tmp_path: Path) -> None:
    central = tmp_path / "central.cdsync"
    a = fresh_db(tmp_path / "a.db")
    add_org_with_consultation(a, "Первая", notes="first")
    sync_central(a, central)
    b = fresh_db(tmp_path / "b.db")
    b.close()
    proc = subprocess.run([sys.executable, "-c", _KILLED_SYNC, str(b.path), str(central)])
    assert proc.returncode == -signal.SIGKILL
    reader = fresh_db(tmp_path / "reader.db")
    import_file(reader, central)
    assert _notes(reader) == ["first"]
    b = open_database(b.path)
    sync_central(b, central)
    sync_central(a, central)
    with a.engine.connect() as conn:
        names = set(conn.exec_driver_sql("SELECT name FROM organizations").scalars())
    assert "Убитая синхронизация" in names


def test_an_old_single_file_central_file_is_migrated_on_the_first_sync(tmp_path: Path) -> None:
    central = tmp_path / "central.cdsync"
    old, new = fresh_db(tmp_path / "old.db"), fresh_db(tmp_path / "new.db")
    add_org_with_consultation(old, "Старая", notes="from the old format")
    export_changes(old, central, all_records=True)  # what earlier versions left on the stick
    assert not cs.is_container(central)
    add_org_with_consultation(new, "Новая", notes="after the upgrade")
    sync_central(new, central)
    assert cs.is_container(central)
    sync_central(old, central)
    assert _notes(old) == _notes(new) == ["after the upgrade", "from the old format"]


def test_compaction_keeps_everything_and_machines_up_to_date_skip_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    central = tmp_path / "central.cdsync"
    dbs = [fresh_db(tmp_path / f"{i}.db") for i in range(3)]
    for i, db in enumerate(dbs):
        add_org_with_consultation(db, f"Ферма {i}", notes=f"visit {i}")
        sync_central(db, central)
    for db in dbs:
        sync_central(db, central)
    monkeypatch.setattr(central_mod, "MAX_SEGMENTS", 3)
    add_org_with_consultation(dbs[0], "Ещё одна", notes="before compaction")
    assert sync_central(dbs[0], central).compacted
    index = cs.read_index(central)
    assert [s.kind for s in index.segments] == ["base", "delta"]
    up_to_date = sync_central(dbs[1], central)
    assert up_to_date.imported.records == 2     # only the delta: the base was known
    late = fresh_db(tmp_path / "late.db")
    sync_central(late, central)
    for db in [*dbs, late]:
        sync_central(db, central)
    assert len({repr(dump(db)) for db in [*dbs, late]}) == 1
    assert "before compaction" in _notes(late)


def _programme_of(tmp_path: Path) -> tuple:
    ho = fresh_db(tmp_path / "ho.db")
    trust.create(ho, "Кластеры 2017")
    members = []
    for name in ("aigerim", "bolat"):
        db = fresh_db(tmp_path / f"{name}.db")
        trust.accept(db, trust.load(ho).document(), "programme.json",
                     fingerprint=trust.load(ho).head_office.fingerprint)
        card = json.loads(json.dumps(trust.device_card(db)))
        trust.enrol(ho, card, "consultant", card["fingerprint"])
        members.append(db)
    for db in members:
        trust.accept(db, trust.load(ho).document(), "programme.json")
    return ho, *members


def test_segments_are_signed_and_encrypted_and_a_tampered_one_is_refused_alone(
        tmp_path: Path) -> None:
    ho, a, b = _programme_of(tmp_path)
    central = tmp_path / "central.cdsync"
    add_org_with_consultation(a, "ТОО «Қостанай Нан»", notes="secret visit")
    sync_central(ho, central)
    sync_central(a, central)
    assert b"secret visit" not in central.read_bytes()  # every segment encrypted
    add_org_with_consultation(b, "Бекон", notes="from bolat")
    sync_central(b, central)
    seg = cs.read_index(central).segments[-1]
    data = bytearray(central.read_bytes())
    data[seg.offset + seg.length // 2] ^= 0xFF        # someone edits bolat's segment
    central.write_bytes(bytes(data))
    summary = sync_central(ho, central)
    assert len(summary.refused) == 1 and "does not match its checksum" in summary.refused[0]
    assert "secret visit" in _notes(ho) and "from bolat" not in _notes(ho)


def test_a_segment_from_a_foreign_device_is_refused_and_revocations_travel(
        tmp_path: Path) -> None:
    ho, a, b = _programme_of(tmp_path)
    central = tmp_path / "central.cdsync"
    sync_central(ho, central)
    sync_central(a, central)
    stranger = fresh_db(tmp_path / "stranger.db")      # not in the programme at all
    add_org_with_consultation(stranger, "Чужая", notes="not ours")
    sync_central(stranger, central)                  # it reads nothing, but appends
    summary = sync_central(a, central)
    assert len(summary.refused) == 1 and "is not signed" in summary.refused[0]
    assert "not ours" not in _notes(a)
    trust.revoke(ho, b.device_id)
    sync_central(ho, central)                        # the new device list travels
    sync_central(a, central)
    assert trust.load(a).devices[b.device_id].revoked
    add_org_with_consultation(b, "После отзыва", notes="revoked")
    sync_central(b, central)
    summary = sync_central(a, central)
    assert any("has revoked" in why for why in summary.refused), summary.refused
    assert "revoked" not in _notes(a)


def test_a_central_file_replaced_by_an_older_copy_gets_the_lost_changes_again(
        tmp_path: Path) -> None:
    central = tmp_path / "central.cdsync"
    a, b = fresh_db(tmp_path / "a.db"), fresh_db(tmp_path / "b.db")
    add_org_with_consultation(a, "Первая", notes="first")
    sync_central(a, central)
    sync_central(b, central)
    backup = central.read_bytes()
    add_org_with_consultation(a, "Вторая", notes="lost with the newer file")
    sync_central(a, central)
    central.write_bytes(backup)                 # someone copies yesterday's file back
    again = sync_central(a, central)
    assert again.exported.total >= 2            # its last segment is gone: sent again
    sync_central(b, central)
    assert "lost with the newer file" in _notes(b)
