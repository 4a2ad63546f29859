"""Lists and search keystrokes on PostgreSQL, each beside the same SQL sent by plain psycopg.

Run by ``benchmarks.postgres_sync_bench`` on the database its import of the benchmark
dataset filled (so the rows are the SQLite rows'), in a fresh process:
``python postgres_list_bench.py URL REPEAT`` prints one JSON object of results.

* ``open list: NAME [PostgreSQL]``: a list's table model opened and its first 40 rows
  formatted, as ``benchmarks.run.bench_lists`` does on SQLite;
* ``search keystroke, 95th pct: NAME [PostgreSQL]``: the same ``SEARCH_TERMS`` typed letter
  by letter into the list's model shown in a table view (recount, first page, 40 rows
  formatted and painted); the figure is the 95th percentile of a run's keystrokes.

The reference of each is the SQL that ClusterDesk sent for it (recorded with SQLAlchemy's
``before_cursor_execute``) sent again through a plain psycopg connection and fetched: the
server's own share of the time, so the ratio is what the program adds on top.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
if __package__ in (None, ""):  # run as a child process: find the package
    sys.path.insert(0, str(HERE.parent))

LISTS = ("trips", "organizations", "consultations", "initiatives", "applications",
         "diagnostics")


class Recorder:
    """The SQL an engine sends while ``run`` runs, and the same SQL sent by plain psycopg."""

    def __init__(self, engine, dsn: str) -> None:  # noqa: ANN001
        import psycopg

        self.engine = engine
        self.plain = psycopg.connect(dsn, autocommit=True)
        self.statements: list[tuple[str, object]] = []

    def _seen(self, _conn, _cursor, statement, parameters, _context, _many) -> None:  # noqa: ANN001
        self.statements.append((statement, parameters))

    def run(self, fn: Callable[[], object]) -> tuple[float, list[tuple[str, object]]]:
        from sqlalchemy import event

        self.statements = []
        event.listen(self.engine, "before_cursor_execute", self._seen)
        try:
            t = time.perf_counter()
            fn()
            seconds = time.perf_counter() - t
        finally:
            event.remove(self.engine, "before_cursor_execute", self._seen)
        return seconds, self.statements

    def replay(self, statements: list[tuple[str, object]]) -> float:
        t = time.perf_counter()
        with self.plain.cursor() as cur:
            for sql, params in statements:
                cur.execute(sql, params or None)
                if cur.description is not None:
                    cur.fetchall()
        return time.perf_counter() - t


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def measure(url: str, repeat: int) -> list[dict]:
    from PySide6.QtWidgets import QTableView

    from benchmarks.postgres_sync_bench import SUFFIX
    from benchmarks.run import SEARCH_TERMS, keystrokes
    from clusterdesk.gui.app import create_app, setup_quiet_settings
    from clusterdesk.gui.table_model import RecordTableModel
    from clusterdesk.services import lists
    from clusterdesk.store.database import open_database
    from clusterdesk.store.postgres import engine_url

    app = create_app()
    setup_quiet_settings(Path(tempfile.mkdtemp()))
    db = open_database(url)
    dsn = engine_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    rec = Recorder(db.engine, dsn)
    out = []
    for name in LISTS:
        spec = lists.LISTS.get(name)
        if spec is None:
            continue

        def open_list(spec=spec) -> None:
            model = RecordTableModel(db, spec)
            for row in range(min(model.rowCount(), 40)):
                model.index(row, 0).data()

        runs, refs = [], []
        for _ in range(repeat):
            seconds, sql = rec.run(open_list)
            runs.append(seconds)
            refs.append(rec.replay(sql))
        out.append({"name": f"open list: {name}{SUFFIX}", "unit": "s", "runs": runs,
                    "target": "≤ 0.3 s", "reference": sorted(refs)[len(refs) // 2],
                    "extra": {"reference": "the same SQL through plain psycopg"}})
    for key, terms in SEARCH_TERMS.items():
        model = RecordTableModel(db, lists.LISTS[key])
        view = QTableView()
        view.setModel(model)
        view.resize(1280, 800)
        view.show()
        app.processEvents()
        per_run, ref_runs, every, typed_all = [], [], [], []
        for _ in range(repeat):
            times, refs = [], []
            for term in terms:
                for typed in keystrokes(term):
                    def keystroke(typed=typed, model=model) -> None:
                        model.set_search(typed)
                        for row in range(min(model.rowCount(), 40)):
                            model.index(row, 0).data()
                        app.processEvents()

                    seconds, sql = rec.run(keystroke)
                    times.append(seconds)
                    refs.append(rec.replay(sql))
                    typed_all.append(typed)
            model.set_search("")
            app.processEvents()
            per_run.append(_percentile(times, 0.95))
            ref_runs.append(_percentile(refs, 0.95))
            every += times
        slowest = max(range(len(every)), key=every.__getitem__)
        out.append({"name": f"search keystroke, 95th pct: {key}{SUFFIX}", "unit": "s",
                    "runs": per_run, "target": "≤ 0.05 s",
                    "reference": sorted(ref_runs)[len(ref_runs) // 2],
                    "extra": {"terms": terms, "keystrokes_per_run": len(every) // repeat,
                              "median_keystroke_s": _percentile(every, 0.5),
                              "max_keystroke_s": max(every), "slowest": typed_all[slowest],
                              "reference": "the same SQL through plain psycopg (95th pct)"}})
        view.close()
    rec.plain.close()
    db.close()
    return out


if __name__ == "__main__":
    print(json.dumps(measure(sys.argv[1], int(sys.argv[2]))))
