"""Central-file sync benchmark: devices copied from head office each sync their changes
through one central file, then head office syncs and must hold every change (current, or kept
as a conflict); and one device's sync of 1,000 changes against central files of about 20k
and 415k records, whose times should differ by less than 2× (the cost follows the changes,
not the file). Called by ``benchmarks.sync_bench``.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import time
import uuid as _uuid
from pathlib import Path

from benchmarks.common import Result, cache_dir, cached_demo

DEVICES = {"large": (20, 1_000), "tiny": (4, 100)}  # devices, changes per device
ONE_DEVICE = {"large": (20_000, 1_000), "tiny": (4_000, 100)}  # small file's records, changes
ALL_DEVICES_LIMIT_S = 10.0

# ---- central file: 20 devices ----------------------------------------------------------------

def base_dataset() -> Path:
    """The demo programme alone: what every device starts from (a copy of head office)."""
    from clusterdesk.store.database import SCHEMA_VERSION

    return cached_demo(cache_dir() / f"sync-base-schema{SCHEMA_VERSION}.db",
                       "the demo programme")


def device_copy(base: Path, target: Path, name: str) -> None:
    """A copy of head office's database that is a different device (its own id)."""
    shutil.copy(base, target)
    con = sqlite3.connect(target)
    con.execute("UPDATE local_state SET value = ? WHERE key = 'device_id'", (str(_uuid.uuid4()),))
    con.execute("UPDATE local_state SET value = ? WHERE key = 'device_name'", (name,))
    con.commit()
    con.close()


def make_changes(db, n: int, seed: int) -> list[tuple[str, str, bool]]:  # noqa: ANN001
    """n changes through the ORM, as a user makes them: 60 % new consultations, 40 % edits
    of existing organizations and consultations. Returns (table, uuid, created)."""
    import datetime as dt

    from sqlalchemy import select

    from clusterdesk.store.models import Consultation, Organization

    rng = random.Random(seed)
    out: list[tuple[str, str, bool]] = []
    with db.session() as s:
        orgs = list(s.scalars(select(Organization.uuid).where(Organization.deleted.is_(False))))
        cons = list(s.scalars(select(Consultation.uuid).where(Consultation.deleted.is_(False))))
        edit_orgs = rng.sample(orgs, min(len(orgs), n // 5))
        edit_cons = rng.sample(cons, min(len(cons), n * 2 // 5 - len(edit_orgs)))
        for uuid in edit_orgs:
            org = s.get(Organization, uuid)
            org.phone = f"+7 701 {rng.randrange(10**7):07d}"
            out.append(("organizations", uuid, False))
        for uuid in edit_cons:
            s.get(Consultation, uuid).notes += f" Повторный звонок {seed}-{rng.random():.6f}."
            out.append(("consultations", uuid, False))
        for i in range(n - len(out)):
            c = Consultation(uuid=str(_uuid.uuid4()), date=dt.date(2017, 6, 1 + i % 28),
                             organization_uuid=rng.choice(orgs),
                             topics="Сбыт и логистика", notes=f"Запись устройства {seed}, № {i}")
            s.add(c)
            out.append(("consultations", c.uuid, True))
    return out


def measure_central(work: Path, size: str) -> list:
    from sqlalchemy import text

    from clusterdesk.store.database import open_database
    from clusterdesk.sync import sync_central

    devices, per_device = DEVICES[size]
    base = base_dataset()
    central = work / "central" / "programme.cdsync"
    central.parent.mkdir(parents=True, exist_ok=True)
    head = work / "head-office.db"
    shutil.copy(base, head)
    changes: list[tuple[str, str, str, str]] = []  # table, uuid, hlc, device
    times = []
    for k in range(devices):
        path = work / f"device-{k + 1:02d}.db"
        device_copy(base, path, f"laptop-{k + 1:02d}")
        db = open_database(path)
        made = make_changes(db, per_device, seed=k + 1)
        with db.engine.connect() as conn:
            for table, uuid, _created in made:
                hlc = conn.execute(text(f'SELECT hlc FROM "{table}" WHERE uuid = :u'),
                                   {"u": uuid}).scalar()
                changes.append((table, uuid, hlc, db.device_id))
        db.close()
    t_all = time.perf_counter()
    for k in range(devices):
        db = open_database(work / f"device-{k + 1:02d}.db")
        t = time.perf_counter()
        sync_central(db, central)
        times.append(time.perf_counter() - t)
        db.close()
    total = time.perf_counter() - t_all
    db = open_database(head)
    t = time.perf_counter()
    summary = sync_central(db, central)
    head_time = time.perf_counter() - t
    current, kept = 0, 0
    with db.engine.connect() as conn:
        for table, uuid, hlc, device in changes:
            row = conn.execute(text(f'SELECT hlc, device_id FROM "{table}" WHERE uuid = :u'),
                               {"u": uuid}).first()
            if row is not None and tuple(row) == (hlc, device):
                current += 1
                continue
            found = conn.execute(text(
                "SELECT 1 FROM sync_conflicts WHERE record_uuid = :u AND loser_hlc = :h "
                "AND loser_device_id = :d"), {"u": uuid, "h": hlc, "d": device}).first()
            assert found, f"change lost at head office: {table} {uuid} {hlc} from {device}"
            kept += 1
    db.close()
    assert current + kept == devices * per_device
    label = f"{devices} devices × {per_device:,} changes"
    extra = {"devices": devices, "changes_per_device": per_device, "changes_current": current,
             "changes_kept_as_conflicts": kept, "file_records": summary.exported.total,
             "head_office_sync_s": round(head_time, 3)}
    return [
        Result(f"central sync, {label}: all devices", "s", [total],
               f"≤ {ALL_DEVICES_LIMIT_S:g} s" if size == "large" else "every change kept",
               extra={**extra, "ok": total <= ALL_DEVICES_LIMIT_S or size != "large"}),
        Result("central sync: one device", "s", times, "", extra={"devices": devices}),
        Result("central sync: head office after them", "s", [head_time], "",
               extra={"records": summary.exported.total}),
    ]


# ---- one device against a small and a large central file -------------------------------------

def sized_dataset(records: int) -> Path:
    """The demo programme grown to about ``records`` records (4 per extra organization)."""
    from clusterdesk.store.database import SCHEMA_VERSION
    from clusterdesk.sync import format as fmt

    con = sqlite3.connect(base_dataset())
    have = sum(con.execute(f'SELECT count(*) FROM "{t.name}"').fetchone()[0]
               for t in fmt.table_order())
    con.close()
    return cached_demo(cache_dir() / f"sync-{records}-schema{SCHEMA_VERSION}.db",
                       f"a {records:,}-record dataset",
                       extra_organizations=max(0, (records - have) // 4))


def one_device_sync(work: Path, source: Path, changes: int) -> dict:
    """Head office (a copy of ``source``) creates the central file; a laptop copied from it
    makes ``changes`` changes and syncs: seconds, records in the file, bytes it appended."""
    from clusterdesk.store.database import open_database
    from clusterdesk.sync import sync_central

    folder = work / f"one-{source.stem}"
    folder.mkdir(parents=True, exist_ok=True)
    central, head = folder / "programme.cdsync", folder / "head-office.db"
    shutil.copy(source, head)
    db = open_database(head)
    records = sync_central(db, central).exported.total
    db.close()
    device = folder / "laptop.db"
    device_copy(head, device, "laptop")
    db = open_database(device)
    make_changes(db, changes, seed=99)
    before = central.stat().st_size
    t = time.perf_counter()
    summary = sync_central(db, central)
    seconds = time.perf_counter() - t
    db.close()
    appended = central.stat().st_size - before
    shutil.rmtree(folder, ignore_errors=True)
    return {"seconds": seconds, "records": records, "appended_kb": round(appended / 1024, 1),
            "written": summary.exported.total}


def measure_one_device(work: Path, size: str, large_db: Path) -> list:
    small_records, changes = ONE_DEVICE[size]
    small = one_device_sync(work, sized_dataset(small_records), changes)
    large = one_device_sync(work, large_db, changes)
    ratio = large["seconds"] / small["seconds"]
    rows = []
    for m, ok in ((small, True), (large, ratio <= 2.0)):
        rows.append(Result(
            f"central sync: one device, {changes:,} changes, {m['records']:,}-rec file", "s",
            [m["seconds"]], "≤ 2 × small file" if m is large else "",
            reference=small["seconds"] if m is large else None,
            extra={"ok": ok, "file_records": m["records"], "appended_kb": m["appended_kb"],
                   "records_written": m["written"]}))
    return rows
