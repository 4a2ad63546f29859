"""ClusterDesk benchmarks: what users feel, measured side by side with the targets.

    python benchmarks/run.py            # the large dataset (built once into benchmarks/cache)
    python benchmarks/run.py --tiny     # a small dataset: checks the command still works

Prints a table (median, min, max, target, ratio to a reference where one is measured) and
writes the same to benchmarks/results/latest.json (or --out).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
if __package__ in (None, ""):  # run as a file (python benchmarks/run.py): find the package
    sys.path.insert(0, str(HERE.parent))

from benchmarks import (  # noqa: E402 - a broken part fails
    postgres_sync_bench,
    startup_bench,
    sync_bench,
)
from benchmarks.common import Result, build_dataset, timed  # noqa: E402

# ---- measurements ---------------------------------------------------------------------------

STARTUP = (("painted", "cold start to first painted window", "≤ 0.5 s"),
           ("usable", "cold start to main window usable", ""),
           ("filled", "cold start to first page filled (dashboard)", "≤ 1.0 s"))


def bench_startup(db_path: Path, repeat: int) -> list[Result]:
    """From starting a fresh process to the first painted frame, to the main window in use,
    and to its first page filled (each read off the probe's stdout the moment it reports;
    closing the program afterwards is not counted)."""
    runs: dict[str, list[float]] = {key: [] for key, _name, _target in STARTUP}
    settings = Path(tempfile.mkdtemp())
    for _ in range(repeat):
        t = time.perf_counter()
        child = subprocess.Popen([sys.executable, str(HERE / "startup_probe.py"), str(db_path),
                                  str(settings)], stdout=subprocess.PIPE,
                                 stderr=subprocess.DEVNULL, text=True)
        for key, _name, _target in STARTUP:
            line = child.stdout.readline()
            assert line.startswith(key), f"the window did not report {key!r}: {line!r}"
            runs[key].append(time.perf_counter() - t)
        child.wait(timeout=120)
    return [Result(name, "s", runs[key], target) for key, name, target in STARTUP]


def bench_lists(db_path: Path, repeat: int) -> list[Result]:
    from clusterdesk.gui.app import create_app, setup_quiet_settings
    from clusterdesk.gui.main_window import MainWindow
    from clusterdesk.gui.table_model import RecordTableModel
    from clusterdesk.services import lists
    from clusterdesk.store.database import open_database

    app = create_app()
    setup_quiet_settings(Path(tempfile.mkdtemp()))
    db = open_database(db_path)
    results = []
    for name in ("trips", "organizations", "consultations", "initiatives", "applications",
                 "diagnostics"):
        spec = lists.LISTS.get(name)
        if spec is None:
            continue

        def open_list(spec=spec) -> None:
            model = RecordTableModel(db, spec)
            for row in range(min(model.rowCount(), 40)):
                model.index(row, 0).data()

        results.append(Result(f"open list: {name}", "s", timed(open_list, repeat), "≤ 0.3 s"))
    window = MainWindow(db)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    from clusterdesk.gui import gateway

    # the dashboard's figures are computed off the GUI thread for seconds after the window
    # opens: keystrokes are measured once that is done, not competing with it
    gateway.wait(300)
    app.processEvents()
    for key, terms in SEARCH_TERMS.items():
        page = window.show_page(key)
        app.processEvents()
        results.append(bench_search(app, page, key, terms, repeat))
    page = window.show_page("consultations")

    def scroll_end() -> None:
        page.model.refresh()
        page.view.scrollToBottom()
        app.processEvents()
        page.view.scrollToTop()
        app.processEvents()

    results.append(Result("scroll to the end: consultations", "s", timed(scroll_end, repeat),
                          "≤ 0.3 s"))
    window.close()
    db.close()
    return results


# Typed letter by letter (every keystroke from the second letter on is measured): as typed,
# Kazakh letters on a Russian keyboard, Latin, inside words; word starts with 2 letters.
SEARCH_TERMS = {
    "organizations": ["Береке", "ТОО Алт", "Құ", "курылыс", "Shugyla", "диирмен", "ебель"],
    "consultations": ["экспо", "соглашение", "Шымк", "Қайн", "курылыс", "shugyla", "кспорт",
                      "мебель"],
}


def keystrokes(term: str) -> list[str]:
    return [term[:n] for n in range(2, len(term) + 1)]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def bench_search(app, page, key: str, terms: list[str], repeat: int) -> Result:  # noqa: ANN001
    """One keystroke in the window's search box: the model reset, the capped count, the first
    page of rows, the 40 visible rows formatted and painted. One run types every term letter
    by letter; its figure is the 95th percentile of those keystrokes."""
    per_run, every = [], []
    for _ in range(repeat):
        times = []
        for term in terms:
            for typed in keystrokes(term):
                t = time.perf_counter()
                page.model.set_search(typed)
                for row in range(min(page.model.rowCount(), 40)):
                    page.model.index(row, 0).data()
                app.processEvents()
                times.append(time.perf_counter() - t)
        page.model.set_search("")
        app.processEvents()
        per_run.append(percentile(times, 0.95))
        every += times
    slowest = max(range(len(every)), key=every.__getitem__) % (len(every) // repeat)
    typed = [k for term in terms for k in keystrokes(term)]
    return Result(f"search keystroke, 95th pct: {key}", "s", per_run, "≤ 0.05 s",
                  extra={"terms": terms, "keystrokes_per_run": len(typed),
                         "median_keystroke_s": percentile(every, 0.5),
                         "max_keystroke_s": max(every), "slowest": typed[slowest]})


def bench_reports(db_path: Path, repeat: int, batch: int) -> list[Result]:
    """One report, then the batch on every core; with each, the CPU seconds spent (this
    process and the batch's workers) and the load, since a busy machine stretches the wall."""
    import resource

    from sqlalchemy import select

    from clusterdesk.reports.batch import chunk_size, workers_for
    from clusterdesk.reports.diagnostic import render_batch, write_report
    from clusterdesk.services.report_data import diagnostic_report, diagnostic_reports
    from clusterdesk.store.database import open_database
    from clusterdesk.store.diagnostic_models import Diagnostic

    def cpu() -> float:
        own, workers = (resource.getrusage(who) for who in (resource.RUSAGE_SELF,
                                                            resource.RUSAGE_CHILDREN))
        return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime

    db = open_database(db_path)
    with db.session() as s:
        uuids = list(s.scalars(select(Diagnostic.uuid).order_by(Diagnostic.date).limit(batch)))
    out = Path(tempfile.mkdtemp())

    def one() -> None:
        with db.session() as s:
            write_report(diagnostic_report(s, uuids[0]), "kk", out / "one.pdf")

    one()  # fonts and modules loaded once, as in a running program
    load, before = os.getloadavg()[0], cpu()
    runs = timed(one, repeat)
    results = [Result("one diagnostic report PDF", "s", runs, "≤ 0.2 s",
                      extra={"cpu_s": (cpu() - before) / repeat, "load_1min": load})]
    load, before = os.getloadavg()[0], cpu()
    runs = timed(lambda: render_batch(diagnostic_reports(db, uuids), len(uuids), out / "batch",
                                      "ru"), 1)
    workers = workers_for(len(uuids))
    results.append(Result(f"batch of {len(uuids)} diagnostic reports", "s", runs, "≤ 12 s",
                          extra={"reports": len(uuids), "workers": workers,
                                 "chunk": chunk_size(len(uuids), workers),
                                 "cpu_s": cpu() - before, "load_1min": load}))
    shutil.rmtree(out, ignore_errors=True)
    db.close()
    return results


def bench_sync(db_path: Path, repeat: int, parts: set[str]) -> list[Result]:
    """Export/import against plain sqlite3 and JSON lines; central sync of 20 devices; with
    part ``postgres`` (asked for by name: a full run has its own step) every PostgreSQL row."""
    results = []
    if not parts or parts - {"postgres"}:
        results += sync_bench.run(db_path, repeat, parts - {"postgres"})
    if "postgres" in parts:
        results += postgres_sync_bench.measure_postgres(db_path, repeat)
    return results


def bench_postgres(db_path: Path, repeat: int) -> list[Result]:
    """The same dataset on PostgreSQL (``postgres_sync_bench``): its import vs plain COPY,
    the six lists and the search keystrokes on what it imported, two imports at once, the
    1M-record file vs COPY — each beside a plain-driver reference. Without PostgreSQL the
    rows are left out (a line says why)."""
    return postgres_sync_bench.measure_postgres(db_path, repeat)


TARGETS = {  # name prefix -> (limit, compare) for the pass/fail column
    "cold start to first painted": (0.5, "le"), "cold start to first page": (1.0, "le"),
    "first dashboard after first import": (2.0, "le"),
    "open list": (0.3, "le"), "search keystroke": (0.05, "le"),
    "scroll to the end": (0.3, "le"), "one diagnostic": (0.2, "le"), "batch of": (12.0, "le"),
}


def judge(r: Result) -> None:
    for prefix, (limit, how) in TARGETS.items():
        if r.name.startswith(prefix) and how == "le":
            r.ok = r.median <= limit
    if r.ok is None and "ok" in r.extra:
        r.ok = bool(r.extra.pop("ok"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tiny", action="store_true", help="small dataset (smoke test)")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--cache", type=Path, default=HERE / "cache")
    parser.add_argument("--out", type=Path, default=HERE / "results" / "latest.json")
    parser.add_argument("--only", default="",
                        help="comma list: startup,lists,reports,sync,postgres")
    parser.add_argument("--sync-parts", default="",
                        help="comma list of sync measurements: large,million,central,protected,"
                             "protected-million,postgres")
    args = parser.parse_args()
    size = "tiny" if args.tiny else "large"
    db_path = build_dataset(size, args.cache)
    work = Path(tempfile.mkdtemp()) / "bench.db"
    shutil.copy(db_path, work)
    only = set(filter(None, args.only.split(",")))
    results: list[Result] = []
    steps = [("startup", lambda: bench_startup(work, args.repeat)
              + startup_bench.first_dashboard(db_path, args.repeat)),
             ("lists", lambda: bench_lists(work, args.repeat)),
             ("reports", lambda: bench_reports(work, args.repeat, 264 if size == "large" else 12)),
             ("sync", lambda: bench_sync(work, max(1, args.repeat // 2),
                                         set(filter(None, args.sync_parts.split(","))))),
             ("postgres", lambda: bench_postgres(work, args.repeat))]
    for name, step in steps:
        if not only or name in only:
            print(f"· {name} …", flush=True)
            results.extend(step())
    for r in results:
        judge(r)
    print_table(results)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({
        "dataset": size, "machine": machine(), "when": time.strftime("%Y-%m-%d %H:%M"),
        "results": [r.row() for r in results]}, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"written to {args.out}")
    return 0


def machine() -> dict:
    return {"python": platform.python_version(), "system": platform.platform(),
            "cpus": os.cpu_count(), "processor": platform.processor() or platform.machine()}


def beside_twins(results: list[Result]) -> list[Result]:
    """Each PostgreSQL row (named ``… [PostgreSQL]``) right after its SQLite twin."""
    twins = {r.name.removesuffix(postgres_sync_bench.SUFFIX): r for r in results
             if r.name.endswith(postgres_sync_bench.SUFFIX)}
    names = {r.name for r in results}
    out = []
    for r in results:
        if r.name.endswith(postgres_sync_bench.SUFFIX) and r.name.removesuffix(
                postgres_sync_bench.SUFFIX) in names:
            continue  # placed beside its twin
        out.append(r)
        if r.name in twins:
            out.append(twins[r.name])
    return out


def print_table(results: list[Result]) -> None:
    results = beside_twins(results)
    print(f"\n{'measurement':48} {'median':>10} {'min':>10} {'max':>10} {'target':>12} "
          f"{'ref':>10} {'ratio':>6}  ok")
    for r in results:
        ref = f"{r.reference:10.3g}" if r.reference else " " * 10
        ratio = f"{r.median / r.reference:6.2f}" if r.reference else " " * 6
        mark = {True: "yes", False: "NO", None: ""}[r.ok]
        print(f"{r.name[:48]:48} {r.median:10.4g} {min(r.runs):10.4g} {max(r.runs):10.4g} "
              f"{r.target:>12} {ref} {ratio}  {mark}   [{r.unit}]")


if __name__ == "__main__":
    raise SystemExit(main())
