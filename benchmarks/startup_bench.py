"""The first dashboard after a first import: head office (or a new laptop) imports a large
sync file into a new database with ``clusterdesk import``, then opens the dashboard.

    python benchmarks/startup_bench.py DATASET.db [REPEAT]   # prints the rows

The large dataset is exported whole to a sync file (``clusterdesk export --all``, from a
copy), imported once into a new database by the command line exactly as a user would, and
that database is kept aside as the import left it. Each run starts from a fresh copy of it
and measures, in a fresh process, what the window's first page waits for: opening the
database and ``services.dashboard.build`` without a filter (the dashboard's figures, which
the window computes off its GUI thread). The planner statistics are whatever the import left
(it runs ANALYZE after a first import); that is the point of the row.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
if __package__ in (None, ""):
    sys.path.insert(0, str(HERE.parent))

from benchmarks.common import Result  # noqa: E402

NAME = "first dashboard after first import, large file"
TARGET = "≤ 2 s"


def _cli(*args: str) -> None:
    out = subprocess.run([sys.executable, "-m", "clusterdesk", *args], capture_output=True,
                         text=True)
    if out.returncode != 0:
        raise RuntimeError(f"clusterdesk {args[2]} failed:\n{out.stderr[-3000:]}")


def child_dashboard(db_path: str) -> dict:
    """In a fresh process: open the database and build the dashboard, timed."""
    t0 = time.perf_counter()
    from clusterdesk.services import dashboard
    from clusterdesk.store.database import open_database

    t = time.perf_counter()
    db = open_database(db_path)
    opened = time.perf_counter() - t
    t = time.perf_counter()
    with db.session() as s:
        data = dashboard.build(s)
    seconds = time.perf_counter() - t
    db.engine.dispose()  # not close(): PRAGMA optimize would change the next run's start
    return {"seconds": seconds, "open_s": opened, "imports_s": t - t0 - opened - seconds,
            "consultations": data.stats["consultations"]}


def first_dashboard(dataset: Path, repeat: int) -> list[Result]:
    work = Path(tempfile.mkdtemp(prefix="cd-first-dashboard-"))
    try:
        source = work / "source.db"
        shutil.copy(dataset, source)
        sync_file = work / "all.cdsync"
        _cli("--db", str(source), "export", "--all", str(sync_file))
        source.unlink()
        imported = work / "imported.db"
        t = time.perf_counter()
        _cli("--db", str(imported), "import", str(sync_file))
        import_s = time.perf_counter() - t
        sync_file.unlink()
        runs, opens = [], []
        for _ in range(repeat):
            fresh = work / "first.db"
            for p in work.glob("first.db*"):
                p.unlink()
            shutil.copy(imported, fresh)
            out = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--child",
                                  str(fresh)], capture_output=True, text=True)
            if out.returncode != 0:
                raise RuntimeError(f"first dashboard failed:\n{out.stderr[-3000:]}")
            row = json.loads(out.stdout.strip().splitlines()[-1])
            runs.append(row["seconds"])
            opens.append(row["open_s"])
        return [Result(NAME, "s", runs, TARGET, extra={
            "import_s": round(import_s, 1), "open_database_s": opens,
            "consultations": row["consultations"], "load": os.getloadavg()[0]})]
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> int:
    if sys.argv[1] == "--child":
        print(json.dumps(child_dashboard(sys.argv[2])))
        return 0
    for r in first_dashboard(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 3):
        print(r.name, [round(x, 3) for x in r.runs], r.target, r.extra)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
