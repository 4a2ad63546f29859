"""Central-file sync benchmark: devices copied from head office each sync their changes
through one central file, then head office syncs and must hold every change (current, or kept
as a conflict). Called by ``benchmarks.sync_bench``.
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
        Result(f"central sync, {label}: all devices", "s", [total], "every change kept",
               extra={**extra, "ok": True}),
        Result("central sync: one device", "s", times, "", extra={"devices": devices}),
        Result("central sync: head office after them", "s", [head_time], "",
               extra={"records": summary.exported.total}),
    ]
