"""``clusterdesk report KIND ...``: printed documents as PDF files.

``report`` has one sub-command per kind of document. This module adds the diagnostic reports;
other features add theirs by defining ``register_report_kind(report_sub)`` in a module listed
in ``REPORT_KIND_MODULES`` (a module without that function is skipped).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

from clusterdesk.cli import stdio
from clusterdesk.errors import ClusterDeskError
from clusterdesk.languages import LANGUAGES

# Modules with a ``register_report_kind(report_sub)`` function adding ``report <kind>``.
REPORT_KIND_MODULES = [
    "clusterdesk.cli.applications",
    "clusterdesk.cli.monitoring",
]


def register(sub: argparse._SubParsersAction) -> None:
    report = sub.add_parser("report", help="print documents (PDF)",
                            description="Print documents as PDF files.")
    report_sub = report.add_subparsers(dest="report_kind", metavar="KIND", required=True)
    register_diagnostic_reports(report_sub)
    for name in REPORT_KIND_MODULES:
        hook = getattr(importlib.import_module(name), "register_report_kind", None)
        if hook is not None:
            hook(report_sub)


def register_diagnostic_reports(report_sub: argparse._SubParsersAction) -> None:
    p = report_sub.add_parser(
        "diagnostic", help="one readiness diagnostic as a PDF",
        description="The printed readiness diagnostic of a cluster initiative.")
    p.add_argument("id", metavar="ID",
                   help="the diagnostic's id, or latest:<initiative id> for the latest one")
    p.add_argument("--lang", choices=LANGUAGES, default="ru", help="language of the report")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf",
                   help="the PDF to write; - writes it to standard output")
    p.set_defaults(handler=cmd_diagnostic)

    p = report_sub.add_parser(
        "diagnostics", help="the diagnostics of all initiatives, a region or a trip",
        description="One PDF per initiative (its latest complete diagnostic) in a folder, "
                    "named <region>_<initiative>_<date>.pdf; or one combined PDF.")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--all", action="store_true", help="every initiative")
    which.add_argument("--region", metavar="KATO",
                       help="today's region by KATO code, e.g. 390000000 (Kostanay region); "
                            "records of historical regions count under today's")
    which.add_argument("--trip", metavar="UUID",
                       help="the initiatives in the regions that trip visited")
    p.add_argument("--lang", choices=LANGUAGES, default="ru", help="language of the reports")
    p.add_argument("--every", action="store_true",
                   help="every complete diagnostic, not only the latest of each initiative")
    p.add_argument("--one-file", action="store_true",
                   help="write one combined PDF to OUTPUT (- for standard output) instead of "
                        "a folder of files")
    p.add_argument("--json", action="store_true",
                   help="the summary (files written, diagnostics) as JSON")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FOLDER")
    p.set_defaults(handler=cmd_diagnostics)


def cmd_diagnostic(args: argparse.Namespace) -> int:
    from clusterdesk.reports.diagnostic import write_report
    from clusterdesk.services.diagnostics import resolve_diagnostic
    from clusterdesk.services.report_data import diagnostic_report
    from clusterdesk.store.database import open_database

    if args.output.is_dir():
        raise ClusterDeskError(f"{args.output} is a folder; give a file name such as "
                               "report.pdf.")
    db = open_database(args.db, create=False)
    try:
        with db.session() as s, stdio.output_file(args.output, ".pdf") as target:
            diag = resolve_diagnostic(s, args.id)
            write_report(diagnostic_report(s, diag.uuid), args.lang, target)
    finally:
        db.close()
    stdio.info(f"Diagnostic report written to {args.output}", to_stderr=stdio.is_stdio(
        args.output))
    return 0


def cmd_diagnostics(args: argparse.Namespace) -> int:
    from clusterdesk.reports.diagnostic import render_batch
    from clusterdesk.services.diagnostics import list_diagnostics
    from clusterdesk.services.report_data import diagnostic_reports
    from clusterdesk.store.database import open_database

    if not args.one_file:
        stdio.refuse_stdio(args.output, "a folder of reports (add --one-file for one PDF)")
    if not args.one_file and args.output.exists() and not args.output.is_dir():
        raise ClusterDeskError(f"{args.output} is a file; give a folder for the reports "
                               "(or add --one-file).")
    if args.one_file and args.output.is_dir():
        raise ClusterDeskError(f"{args.output} is a folder; with --one-file give a file name.")
    db = open_database(args.db, create=False)
    try:
        with db.session() as s:
            uuids = [d.uuid for d in list_diagnostics(
                s, region=args.region, trip=args.trip, latest_only=not args.every)]
        if not uuids:
            raise ClusterDeskError("No complete diagnostics match; nothing was written.")
        tty = sys.stderr.isatty()

        def progress(done: int, total: int) -> bool:
            if tty:
                print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)
            return True

        with stdio.output_file(args.output, ".pdf") as target:
            written = render_batch(diagnostic_reports(db, uuids), len(uuids),
                                   target if args.one_file else args.output,
                                   args.lang, one_file=args.one_file, progress=progress)
        if tty:
            print(file=sys.stderr)
    finally:
        db.close()
    to_stdout = stdio.is_stdio(args.output)
    files = [str(args.output)] if args.one_file else [str(w) for w in written]
    if args.json:
        import json

        summary = {"diagnostics": len(uuids), "reports": len(uuids) if args.one_file else
                   len(written), "files": files, "one_file": args.one_file,
                   "lang": args.lang, "diagnostic_uuids": uuids}
        print(json.dumps(summary, ensure_ascii=False, indent=None if to_stdout else 2),
              file=sys.stderr if to_stdout else sys.stdout)
    elif args.one_file:
        stdio.info(f"{len(uuids)} diagnostic reports written to {args.output}",
                   to_stderr=to_stdout)
    else:
        print(f"{len(written)} diagnostic reports written to {args.output}")
    return 0
