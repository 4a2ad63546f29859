"""What every benchmark shares: the result row, timing, and the cached demo datasets.

Datasets are the deterministic demo programme scaled up, built once into ``benchmarks/cache``
(named by schema version, so a new migration builds new ones).
"""

from __future__ import annotations

import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

SIZES = {  # organizations, initiatives, applications (consultations: 3 per organization)
    "large": (100_000, 2_000, 500),
    "tiny": (1_500, 40, 10),
}


@dataclass
class Result:
    name: str
    unit: str
    runs: list[float]
    target: str = ""
    ok: bool | None = None
    reference: float | None = None   # the plain-sqlite3 / JSON-lines figure, same unit
    extra: dict = field(default_factory=dict)

    @property
    def median(self) -> float:
        return statistics.median(self.runs)

    def row(self) -> dict:
        d = asdict(self)
        d.update(median=self.median, min=min(self.runs), max=max(self.runs))
        if self.reference:
            d["ratio"] = self.median / self.reference
        return d


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def cached_demo(path: Path, label: str, **extra: int) -> Path:
    """A demo database (``demo.generate(**extra)``) built once into ``path``, then reused.

    It is built under a temporary name and renamed when complete, so an interrupted build
    is never taken for a finished one; an OS lock beside it makes a second benchmark started
    meanwhile wait for the first build instead of building (and renaming) the same file.
    """
    import fcntl

    from clusterdesk.services import demo
    from clusterdesk.store.database import open_database

    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.with_suffix(".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if path.exists():  # built by the benchmark we waited for
            return path
        tmp = path.with_suffix(".building")
        for p in path.parent.glob(f"{tmp.name}*"):
            p.unlink()
        print(f"building {label} into {path} (once) …", flush=True)
        db = open_database(tmp)
        demo.generate(db, **extra)
        db.close()
        con = sqlite3.connect(tmp)  # nothing left in a -wal beside the renamed file
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.execute("PRAGMA journal_mode=DELETE")
        con.close()
        tmp.rename(path)
    return path


def build_dataset(size: str, cache: Path) -> Path:
    """The deterministic demo programme scaled up to SIZES[size]."""
    from clusterdesk.store.database import SCHEMA_VERSION

    orgs, initiatives, applications = SIZES[size]
    return cached_demo(cache / f"{size}-schema{SCHEMA_VERSION}.db", f"the {size} dataset",
                       extra_organizations=orgs - 343, extra_initiatives=initiatives - 23,
                       extra_applications=applications - 21)


def cache_dir() -> Path:
    """The dataset cache: ``--cache DIR`` of the command line, else ``benchmarks/cache``."""
    argv = sys.argv
    if "--cache" in argv and argv.index("--cache") + 1 < len(argv):
        return Path(argv[argv.index("--cache") + 1])
    return Path(__file__).resolve().parent / "cache"


def median(values: list[float]) -> float:
    return statistics.median(values)
