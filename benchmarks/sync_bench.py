"""Sync benchmarks: export and import side by side with plain sqlite3, and a central file.

Called by ``benchmarks.run`` as ``run(db_path, repeat)``; returns ``Result`` rows:

* export of the whole database to a ``.cdsync`` file against the same rows dumped as JSON
  lines with plain ``sqlite3`` + ``json`` (one file per table, same fields) and deflated at
  the same zlib level as the sync file's members, records/s;
* import of that file into an empty database against the same rows inserted with plain
  ``sqlite3.executemany`` in one transaction into a fresh database of the same schema
  (indexes, FTS triggers), records/s, plus the peak RSS of the importing process (each import
  runs in a fresh subprocess: VmHWM);
* the same two for a file of about 1,000,000 records (a dataset built once into the cache);
* a central-file sync: 20 device databases with 1,000 changes each sync once with one file,
  then head office syncs and must hold every change (current, or kept as a conflict).

The same file runs as the child process: ``python sync_bench.py import|reference ...``.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
if __package__ in (None, ""):  # the child process runs this file: find the package
    sys.path.insert(0, str(HERE.parent))

from benchmarks.central_bench import (  # noqa: E402
    base_dataset,
    measure_central,
    measure_one_device,
)
from benchmarks.common import Result, cache_dir, cached_demo, median  # noqa: E402

MILLION = {"large": 1_000_000, "tiny": 8_000}     # records in the "1M" file
RSS_LIMIT_MB = 250.0


# ---- helpers -----------------------------------------------------------------------------

def _record_count(db_path: Path) -> int:
    from clusterdesk.sync import format as fmt

    con = sqlite3.connect(db_path)
    try:
        return sum(con.execute(f'SELECT count(*) FROM "{t.name}"').fetchone()[0]
                   for t in fmt.table_order())
    finally:
        con.close()


def _child(*args: str) -> dict:
    """Run this file as a fresh process; it prints one JSON line with what it measured."""
    out = subprocess.run([sys.executable, str(Path(__file__).resolve()), *args],
                         capture_output=True, text=True)
    if out.returncode != 0:
        raise RuntimeError(f"sync_bench child {args[0]} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def _peak_rss_mb() -> float:
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _fresh_db(path: Path) -> None:
    from clusterdesk.store.database import open_database

    for p in path.parent.glob(path.name + "*"):
        p.unlink()
    open_database(path).close()


# ---- the children (fresh processes) --------------------------------------------------------

def child_import(sync_file: str, target: str) -> dict:
    from clusterdesk.store.database import open_database
    from clusterdesk.sync import import_file

    _fresh_db(Path(target))
    db = open_database(target)
    t = time.perf_counter()
    summary = import_file(db, sync_file)
    seconds = time.perf_counter() - t
    db.engine.dispose()
    assert summary.new == summary.records, summary
    return {"seconds": seconds, "records": summary.records, "rss_mb": _peak_rss_mb()}


def child_reference(source: str, target: str) -> dict:
    """The same rows, plain sqlite3: executemany in one transaction into the same schema.

    The insert triggers of the search indexes (and of the stored search text that feeds two
    of them, 0012) are dropped for the executemany; each is rebuilt once before the commit,
    then the triggers come back, all in the same transaction: the same final database, by
    the fastest plain path. With the triggers left in place FTS5 flushes its index at every
    statement and executemany becomes many times slower (> 5 min for the 415k-record set),
    which would make the reference meaninglessly easy to beat.
    """
    from clusterdesk.store.fts import INDEXES, rebuild_statements
    from clusterdesk.sync import format as fmt

    _fresh_db(Path(target))
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target, isolation_level=None)
    dst.execute("PRAGMA foreign_keys = ON")
    dst.execute("PRAGMA synchronous = NORMAL")
    t = time.perf_counter()
    records = 0
    dst.execute("BEGIN")
    kept = {f"{name}_ai" for names in INDEXES.values() for name in names}  # index + text
    triggers = [(n, q) for n, q in dst.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'") if n in kept]
    for name, _sql in triggers:
        dst.execute(f'DROP TRIGGER "{name}"')
    for table in fmt.table_order():
        cols = ", ".join(f'"{c.name}"' for c in table.columns)
        marks = ", ".join("?" * len(table.columns))
        cur = dst.executemany(f'INSERT INTO "{table.name}" ({cols}) VALUES ({marks})',
                              src.execute(f'SELECT {cols} FROM "{table.name}"'))
        records += cur.rowcount
    for name, sql in triggers:
        for rebuild in rebuild_statements(name.removesuffix("_ai")):
            dst.execute(rebuild)
        dst.execute(sql)
    dst.execute("COMMIT")
    seconds = time.perf_counter() - t
    src.close()
    dst.close()
    return {"seconds": seconds, "records": records, "rss_mb": _peak_rss_mb()}


# ---- export ----------------------------------------------------------------------------------

def reference_dump(db_path: Path, folder: Path) -> int:
    """The same rows as JSON lines, plain Python: sqlite3 + json, one file per table,
    deflated at the zlib level the sync file's members use (raw deflate, as in a zip)."""
    import zlib

    from clusterdesk.sync import format as fmt
    from clusterdesk.sync.export import ZLIB_LEVEL

    folder.mkdir(parents=True, exist_ok=True)
    con = sqlite3.connect(db_path)
    records = 0
    for table in fmt.table_order():
        names = [c.name for c in fmt.field_columns(table)]
        cols = ", ".join(f'"{n}"' for n in ["uuid", "hlc", "device_id", "deleted", *names])
        deflate = zlib.compressobj(ZLIB_LEVEL, zlib.DEFLATED, -15)
        with open(folder / f"{table.name}.jsonl.deflate", "wb") as out:
            lines = []
            for row in con.execute(f'SELECT {cols} FROM "{table.name}"'):
                lines.append(json.dumps(
                    {"table": table.name, "uuid": row[0], "hlc": row[1], "device": row[2],
                     "deleted": bool(row[3]), "fields": dict(zip(names, row[4:], strict=True))},
                    ensure_ascii=False, separators=(",", ":")))
                records += 1
                if len(lines) >= 2000:
                    out.write(deflate.compress(("\n".join(lines) + "\n").encode("utf-8")))
                    lines.clear()
            if lines:
                out.write(deflate.compress(("\n".join(lines) + "\n").encode("utf-8")))
            out.write(deflate.flush())
    con.close()
    return records


def measure_export(db_path: Path, work: Path, repeat: int, label: str) -> tuple[list, Path]:
    from clusterdesk.store.database import open_database
    from clusterdesk.sync import export_changes

    ours, ref, size = [], [], 0
    keep = work / f"{label}.cdsync"
    db = open_database(db_path)
    try:
        for i in range(repeat):
            t = time.perf_counter()
            n_ref = reference_dump(db_path, work / "jsonl")
            ref.append(n_ref / (time.perf_counter() - t))
            shutil.rmtree(work / "jsonl")
            path = work / f"export-{i}.cdsync"
            t = time.perf_counter()
            summary = export_changes(db, path, all_records=True)
            ours.append(summary.total / (time.perf_counter() - t))
            assert summary.total == n_ref, (summary.total, n_ref)
            size = path.stat().st_size
            os.replace(path, keep)
    finally:
        db.close()
    ratio = median(ours) / median(ref)
    result = Result(f"export to sync file ({summary.total:,} rec)", "rec/s", ours,
                    "≥ 0.75 × ref", reference=median(ref),
                    extra={"ok": ratio >= 0.75, "records": summary.total,
                           "file_mb": round(size / 2**20, 1)})
    return [result], keep


# ---- import ----------------------------------------------------------------------------------

def measure_import(source_db: Path, sync_file: Path, work: Path, repeat: int) -> list:
    ours, ref, rss, ref_rss, records = [], [], [], [], 0
    for _ in range(repeat):
        r = _child("reference", str(source_db), str(work / "ref.db"))
        ref.append(r["records"] / r["seconds"])
        ref_rss.append(r["rss_mb"])
        m = _child("import", str(sync_file), str(work / "imported.db"))
        ours.append(m["records"] / m["seconds"])
        rss.append(m["rss_mb"])
        records = m["records"]
        assert r["records"] == records, (r["records"], records)
    for p in work.glob("*.db*"):
        p.unlink()
    ratio = median(ours) / median(ref)
    return [
        Result(f"import into empty db ({records:,} rec)", "rec/s", ours, "≥ 0.75 × ref",
               reference=median(ref), extra={"ok": ratio >= 0.75, "records": records}),
        Result(f"import peak RSS ({records:,} rec)", "MB", rss, f"≤ {RSS_LIMIT_MB:g} MB",
               extra={"ok": max(rss) <= RSS_LIMIT_MB, "reference_process_mb": max(ref_rss)}),
    ]


def million_dataset(size: str) -> Path:
    """A dataset of about MILLION[size] records (4 per extra organization), built once."""
    from clusterdesk.store.database import SCHEMA_VERSION

    target = MILLION[size]
    extra = max(0, (target - _record_count(base_dataset())) // 4)
    return cached_demo(cache_dir() / f"sync-{target}-schema{SCHEMA_VERSION}.db",
                       f"a {target:,}-record dataset", extra_organizations=extra)


# ---- entry point -----------------------------------------------------------------------------

def run(db_path: Path, repeat: int, parts: set[str] | frozenset[str] = frozenset()) -> list:
    """The sync measurements on the benchmark database ``db_path``: ``parts`` of large,
    million, central, protected (all when empty), protected-million (only when asked)."""
    size = "tiny" if _record_count(db_path) < 100_000 else "large"
    if size == "tiny":
        repeat = 1  # the smoke test only checks that everything still runs
    work = Path(tempfile.mkdtemp(prefix="cd-sync-bench-"))
    results = []
    try:
        if not parts or "large" in parts:
            exported, sync_file = measure_export(db_path, work, repeat, "large")
            results += exported
            results += measure_import(db_path, sync_file, work, repeat)
            sync_file.unlink()
        if not parts or "million" in parts:
            big = million_dataset(size)
            src = work / "million.db"
            shutil.copy(big, src)
            once = 1 if size == "large" else repeat  # about 5 minutes per round at 1M
            exported, sync_file = measure_export(src, work, once, "million")
            results += exported
            results += measure_import(src, sync_file, work, once)
            sync_file.unlink()
        if not parts or "central" in parts:
            results += measure_central(work, size)
            results += measure_one_device(work, size, db_path)
        if not parts or "protected" in parts:
            results += measure_protection(db_path, work)
        if "protected-million" in parts:  # the 1M-record file, signed and encrypted
            results += measure_protection(million_dataset(size), work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return results


# ---- signed and encrypted files (a programme) ----------------------------------------------

def child_protected(source: str, folder: str) -> dict:
    """Head office (a copy of ``source``) exports everything signed and encrypted to an
    enrolled consultant, who imports it: seconds for each, and the same plain for reference."""
    import os

    os.environ["XDG_DATA_HOME"] = str(Path(folder) / "xdg")  # keys of this measurement only
    from clusterdesk.store.database import open_database
    from clusterdesk.sync import export_changes, import_file, trust

    work = Path(folder)
    ho_path, plain_dst, safe_dst = work / "ho.db", work / "plain.db", work / "safe.db"
    shutil.copy(source, ho_path)
    for p in (plain_dst, safe_dst):
        _fresh_db(p)
    ho, plain_db, safe_db = (open_database(p) for p in (ho_path, plain_dst, safe_dst))
    out: dict = {}
    t = time.perf_counter()
    export_changes(ho, work / "plain.cdsync", all_records=True)
    out["export_plain"] = time.perf_counter() - t
    t = time.perf_counter()
    out["records"] = import_file(plain_db, work / "plain.cdsync").records
    out["import_plain"] = time.perf_counter() - t
    trust.create(ho, "bench")
    trust.accept(safe_db, trust.load(ho).document(), "p", trust.load(ho).head_office.fingerprint)
    card = trust.device_card(safe_db)
    trust.enrol(ho, card, "consultant", card["fingerprint"])
    trust.accept(safe_db, trust.load(ho).document(), "p")
    t = time.perf_counter()
    export_changes(ho, work / "safe.cdsync", all_records=True)
    out["export_protected"] = time.perf_counter() - t
    t = time.perf_counter()
    summary = import_file(safe_db, work / "safe.cdsync")
    out["import_protected"] = time.perf_counter() - t
    assert not summary.refused, summary.refused[:3]
    for db in (ho, plain_db, safe_db):
        db.engine.dispose()
    return out


def measure_protection(db_path: Path, work: Path) -> list:
    folder = work / f"protected-{db_path.stem}"
    folder.mkdir()
    m = _child("protected", str(db_path), str(folder))
    shutil.rmtree(folder, ignore_errors=True)
    n = m["records"]
    return [
        Result(f"export signed + encrypted ({n:,} rec)", "s", [m["export_protected"]],
               "cost reported", reference=m["export_plain"],
               extra={"ok": True, "plain_s": m["export_plain"]}),
        Result(f"import verified + decrypted ({n:,} rec)", "s", [m["import_protected"]],
               "cost reported", reference=m["import_plain"],
               extra={"ok": True, "plain_s": m["import_plain"]}),
    ]


if __name__ == "__main__":
    mode, *rest = sys.argv[1:]
    fn = {"import": child_import, "reference": child_reference,
          "protected": child_protected}[mode]
    print(json.dumps(fn(*rest)))
