"""Sync import into PostgreSQL beside a plain psycopg ``COPY`` of the same rows; two at once.

Called by ``benchmarks.run`` (sync part ``postgres``) as ``measure_postgres(db_path)``:

* the benchmark database exported to a ``.cdsync`` file and imported into an empty, migrated
  PostgreSQL database (records/s, and the peak RSS of the importing process: a fresh
  subprocess) against the same rows read from the SQLite file and written with plain
  ``COPY … FROM STDIN`` into another empty database of the same schema, in one transaction
  (indexes, constraints and search columns in place, as for the import);
* two analysts importing two different files into one database at the same moment (threads,
  one connection each) against the same two files imported one after the other: seconds,
  and both must succeed with every record applied;
* on the database the first import filled: opening the six lists and a search keystroke
  (``postgres_list_bench``), each beside the same SQL sent by plain psycopg;
* the 1M-record file of ``sync_bench.million_dataset`` imported vs plain ``COPY``.

The server is ``CLUSTERDESK_TEST_PG`` when set, else a throwaway one started with
``.ci/pg-server`` (stopped afterwards). Without PostgreSQL installed the rows are left out
and a line printed says why.
The same file runs as the child process: ``python postgres_sync_bench.py import|copy ...``.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
if __package__ in (None, ""):  # the child process runs this file: find the package
    sys.path.insert(0, str(HERE.parent))

from benchmarks.common import Result  # noqa: E402

ENV = "CLUSTERDESK_TEST_PG"
SUFFIX = " [PostgreSQL]"  # a row measured on SQLite too, on PostgreSQL (``run.beside_twins``)
PAIR_ORGS = {"large": 20_000, "tiny": 500}  # organizations per file of the concurrent pair


# ---- the server and its databases ----------------------------------------------------------

@contextlib.contextmanager
def server() -> Iterator[str | None]:
    """The URL of a PostgreSQL server's ``postgres`` database (None: no PostgreSQL here)."""
    if os.environ.get(ENV):
        yield os.environ[ENV]
        return
    script = HERE.parent / ".ci" / "pg-server"
    folder = tempfile.mkdtemp(prefix="cd-bench-pg-")
    out = subprocess.run(["bash", str(script), "start", folder, "5439"], capture_output=True,
                         text=True)
    if out.returncode != 0:
        print(f"  (no PostgreSQL server: {out.stderr.strip()[-300:]})", flush=True)
        shutil.rmtree(folder, ignore_errors=True)
        yield None
        return
    exports = dict(line.removeprefix("export ").split("=", 1) for line in out.stdout.splitlines()
                   if line.startswith("export "))
    try:
        yield exports[ENV].strip("'")
    finally:
        subprocess.run(["bash", str(script), "stop", folder], capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)


def _admin(url: str):  # noqa: ANN202
    """A connection to the server's maintenance database (to create and drop others)."""
    import psycopg
    from sqlalchemy.engine import make_url

    u = make_url(url)
    q = {k: v for k, v in u.query.items() if isinstance(v, str)}
    return psycopg.connect(dbname="postgres", user=u.username or None,
                           host=u.host or q.get("host"), port=u.port or q.get("port"),
                           password=u.password or None, autocommit=True)


def new_database(url: str) -> str:
    """A new, empty, migrated database on the server; its URL."""
    from sqlalchemy.engine import make_url

    from clusterdesk.store.database import open_database

    name = f"cdbench_{uuid.uuid4().hex[:12]}"
    with _admin(url) as con:
        con.execute(f'CREATE DATABASE "{name}"')
    target = make_url(url).set(database=name).render_as_string(hide_password=False)
    open_database(target).close()
    return target


def drop_database(url: str) -> None:
    from sqlalchemy.engine import make_url

    name = make_url(url).database
    with _admin(url) as con:
        con.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# ---- the children (fresh processes) ----------------------------------------------------------

def _peak_rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


def child_import(sync_file: str, url: str) -> dict:
    from clusterdesk.store.database import open_database
    from clusterdesk.sync import import_file

    db = open_database(url)
    t = time.perf_counter()
    summary = import_file(db, sync_file)
    seconds = time.perf_counter() - t
    db.close()
    assert summary.new == summary.records, summary
    return {"seconds": seconds, "records": summary.records, "rss_mb": _peak_rss_mb()}


def child_copy(source: str, url: str) -> dict:
    """The same rows, plain psycopg: ``COPY`` per table from the SQLite file, one
    transaction (SQLite's stored text, 0/1 and JSON text are valid COPY input as they are).
    Organizations and consultations carry their folded search text, folded here as the
    import folds it (otherwise the server's trigger folds it, far slower: migration 0013)."""
    import psycopg

    from clusterdesk.store.pg_folded import PG_FOLDED, PG_FOLDED_SOURCES, pg_folded
    from clusterdesk.store.postgres import engine_url
    from clusterdesk.sync import format as fmt

    src = sqlite3.connect(source)
    dsn = engine_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    records = 0
    t = time.perf_counter()
    with psycopg.connect(dsn) as dst, dst.cursor() as cur:
        for table in fmt.table_order():
            names = [c.name for c in table.columns if c.computed is None]
            cols = ", ".join(f'"{n}"' for n in names)
            folded = table.name if table.name in PG_FOLDED_SOURCES else None
            into = cols + (f', "{PG_FOLDED}"' if folded else "")
            with cur.copy(f'COPY "{table.name}" ({into}) FROM STDIN') as copy:
                for row in src.execute(f'SELECT {cols} FROM "{table.name}"'):
                    if folded:
                        row = (*row, pg_folded(folded, dict(zip(names, row, strict=True))))
                    copy.write_row(row)
                    records += 1
        dst.commit()
    seconds = time.perf_counter() - t
    src.close()
    return {"seconds": seconds, "records": records, "rss_mb": _peak_rss_mb()}


def _child(*args: str) -> dict:
    out = subprocess.run([sys.executable, str(Path(__file__).resolve()), *args],
                         capture_output=True, text=True)
    if out.returncode != 0:
        raise RuntimeError(f"postgres_sync_bench child {args[0]} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


# ---- measurements ----------------------------------------------------------------------------

def _export(db_path: Path, target: Path) -> int:
    from clusterdesk.store.database import open_database
    from clusterdesk.sync import export_changes

    copy = target.with_suffix(".db")
    shutil.copy(db_path, copy)
    db = open_database(copy)
    try:
        return export_changes(db, target, all_records=True).total
    finally:
        db.close()
        for p in copy.parent.glob(copy.name + "*"):
            p.unlink()


def measure_import(url: str, db_path: Path, work: Path, then=None) -> list[Result]:  # noqa: ANN001
    """The file of every record of ``db_path`` imported vs plain COPY; ``then(url)`` runs on
    the imported database before it is dropped (its rows are then the SQLite rows)."""
    sync_file = work / "pg-import.cdsync"
    _export(db_path, sync_file)
    ours_db, ref_db = new_database(url), new_database(url)
    more: list[Result] = []
    try:
        ref = _child("copy", str(db_path), ref_db)
        drop_database(ref_db)
        ours = _child("import", str(sync_file), ours_db)
        sync_file.unlink()
        if then is not None:
            more = then(ours_db)
    finally:
        drop_database(ours_db)
        drop_database(ref_db)
        sync_file.unlink(missing_ok=True)
    n = ours["records"]
    ratio = (n / ours["seconds"]) / (ref["records"] / ref["seconds"])
    return [
        Result(f"PostgreSQL import into empty db ({n:,} rec)", "rec/s", [n / ours["seconds"]],
               "≥ 0.5 × COPY", reference=ref["records"] / ref["seconds"],
               extra={"ok": ratio >= 0.5, "records": n, "copy_records": ref["records"],
                      "seconds": round(ours["seconds"], 1),
                      "copy_seconds": round(ref["seconds"], 1)}),
        Result(f"PostgreSQL import peak RSS ({n:,} rec)", "MB", [ours["rss_mb"]], "≤ 250 MB",
               extra={"ok": ours["rss_mb"] <= 250, "copy_process_mb": ref["rss_mb"]}),
    ] + more


def measure_lists(url: str, repeat: int) -> list[Result]:
    """List opening and search keystrokes on PostgreSQL (``postgres_list_bench``, a fresh
    process), after ``ANALYZE`` as ``clusterdesk import`` leaves the database."""
    from clusterdesk.store.database import open_database

    db = open_database(url)
    db.analyze()
    db.close()
    out = subprocess.run([sys.executable, str(HERE / "postgres_list_bench.py"), url,
                          str(repeat)], capture_output=True, text=True)
    if out.returncode != 0:
        raise RuntimeError(f"postgres_list_bench failed:\n{out.stderr[-3000:]}")
    return [Result(**row) for row in json.loads(out.stdout.strip().splitlines()[-1])]


def _laptop_file(folder: Path, name: str, orgs: int) -> Path:
    """A consultant's file: ``orgs`` new organizations with a consultation each."""
    import datetime as dt

    from clusterdesk.store.database import open_database
    from clusterdesk.store.models import Consultation, Organization
    from clusterdesk.sync import export_changes

    db = open_database(folder / f"{name}.db")
    try:
        with db.session() as s:
            batch = [Organization(name=f"{name} {i}", region_code="39") for i in range(orgs)]
            s.add_all(batch)
            s.flush()
            s.add_all([Consultation(date=dt.date(2017, 5, 2), organization_uuid=o.uuid,
                                    notes=f"визит {i}") for i, o in enumerate(batch)])
        export_changes(db, folder / f"{name}.cdsync")
    finally:
        db.close()
    return folder / f"{name}.cdsync"


def measure_concurrent(url: str, work: Path, size: str) -> list[Result]:
    from clusterdesk.store.database import open_database
    from clusterdesk.sync import import_file

    files = [_laptop_file(work, name, PAIR_ORGS[size]) for name in ("aigerim", "bolat")]
    together, apart = new_database(url), new_database(url)
    try:
        dbs = [open_database(together) for _ in files]
        start = threading.Barrier(len(files))
        done: list = [None] * len(files)

        def run(i: int) -> None:
            start.wait()
            try:
                done[i] = import_file(dbs[i], files[i])
            except Exception as exc:  # noqa: BLE001 - reported below
                done[i] = exc

        threads = [threading.Thread(target=run, args=(i,)) for i in range(len(files))]
        t = time.perf_counter()
        for th in threads:
            th.start()
        for th in threads:
            th.join()
        at_once = time.perf_counter() - t
        for db in dbs:
            db.close()
        one = open_database(apart)
        t = time.perf_counter()
        for f in files:
            import_file(one, f)
        sequential = time.perf_counter() - t
        one.close()
    finally:
        drop_database(together)
        drop_database(apart)
    ok = all(getattr(s, "new", 0) == getattr(s, "records", -1) for s in done)
    n = sum(getattr(s, "records", 0) for s in done)
    return [Result(f"PostgreSQL: two imports at once (2 files, {n:,} rec)", "s", [at_once],
                   "both applied", reference=sequential,
                   extra={"ok": ok, "sequential_s": round(sequential, 2),
                          "errors": [str(s) for s in done if isinstance(s, Exception)]})]


def _size(db_path: Path) -> str:
    from clusterdesk.sync import format as fmt

    con = sqlite3.connect(db_path)
    try:
        n = sum(con.execute(f'SELECT count(*) FROM "{t.name}"').fetchone()[0]
                for t in fmt.table_order())
    finally:
        con.close()
    return "tiny" if n < 100_000 else "large"


def measure_postgres(db_path: Path, repeat: int = 3,
                     parts: frozenset[str] = frozenset({"lists", "concurrent", "million"}),
                     ) -> list[Result]:
    """Every PostgreSQL row for the benchmark database ``db_path`` (none when this machine
    has no PostgreSQL: a line says why): the import of its records vs COPY, then on the
    database so filled the lists and keystrokes (part ``lists``); two imports at once
    (``concurrent``); the 1M-record file vs COPY (``million``)."""
    with server() as url:
        if url is None:
            return []
        folder = Path(tempfile.mkdtemp(prefix="cd-pg-bench-"))
        size = _size(db_path)
        try:
            then = (lambda db: measure_lists(db, repeat)) if "lists" in parts else None
            results = measure_import(url, db_path, folder, then)
            if "concurrent" in parts:
                results += measure_concurrent(url, folder, size)
            if "million" in parts:
                from benchmarks.sync_bench import million_dataset

                results += measure_import(url, million_dataset(size), folder)
            return results
        finally:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    mode, *rest = sys.argv[1:]
    print(json.dumps({"import": child_import, "copy": child_copy}[mode](*rest)))
