"""Selection applications on the command line: the ranking and the PDF (the formal check is
``clusterdesk check application``, in ``clusterdesk.cli.checks``)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from clusterdesk.languages import LANGUAGES
from clusterdesk.store.database import open_database


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ranking", help="a selection round's applications, ranked by points")
    p.add_argument("round", metavar="ROUND", help="the round's id or name, e.g. 2017")
    p.add_argument("--json", action="store_true", help="as a JSON list")
    p.set_defaults(handler=cmd_ranking)


def register_report_kind(report_sub: argparse._SubParsersAction) -> None:
    """Adds ``report application`` (called by clusterdesk.cli.report)."""
    p = report_sub.add_parser(
        "application", help="a selection application as a PDF",
        description="The application in its template's structure; marked as a draft on "
                    "every page while it does not meet the formal requirements.")
    p.add_argument("id", metavar="ID", help="the application's id")
    p.add_argument("--lang", choices=LANGUAGES, default="ru", help="language of the document")
    p.add_argument("--pdfa", action="store_true",
                   help="write it as PDF/A-2b for the archive (needs Ghostscript)")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf",
                   help="the PDF to write; - writes it to standard output")
    p.set_defaults(handler=cmd_report_application)


def cmd_ranking(args: argparse.Namespace) -> int:
    from clusterdesk.services import applications as svc

    db = open_database(args.db, create=False)
    try:
        with db.session() as s:
            rows = svc.round_ranking(s, args.round)
    finally:
        db.close()
    if args.json:
        out = [{"uuid": r.uuid, "initiative": r.initiative, "initiative_uuid": r.initiative_uuid,
                "status": r.status, "total": r.total, "rank": r.rank, "selected": r.selected,
                "tie": r.tie, "evaluators": r.evaluators, "problems": r.problems}
               for r in rows]
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    for r in rows:
        place = f"{r.rank:>3}" if r.rank else "  -"
        total = f"{r.total:6.2f}" if r.total is not None else "     -"
        mark = "*" if r.selected else ("=" if r.tie else " ")
        print(f"{place} {total} {mark} {r.status:<13} {r.initiative}")
        for reason in r.problems:
            print(f"{'':>13}  · {reason}")
    return 0


def cmd_report_application(args: argparse.Namespace) -> int:
    """``report application ID --lang L -o FILE``: the application's PDF (watermarked if it
    fails the formal check; the problems are listed on stderr)."""
    from clusterdesk.cli import stdio
    from clusterdesk.errors import ClusterDeskError
    from clusterdesk.reports.application import write_application_pdf, write_application_pdfa
    from clusterdesk.services.report_data import application_print

    if Path(args.output).is_dir():
        raise ClusterDeskError(f"{args.output} is a folder; give a file name such as "
                               "application.pdf.")
    write = write_application_pdfa if args.pdfa else write_application_pdf
    db = open_database(args.db, create=False)
    try:
        with db.session() as s, stdio.output_file(args.output, ".pdf") as target:
            problems = write(application_print(s, args.id, args.lang), target, args.lang)
    finally:
        db.close()
    kind = "PDF/A-2b" if args.pdfa else "PDF"
    stdio.info(f"Application ({kind}) written to {args.output}",
               to_stderr=stdio.is_stdio(args.output))
    if problems:
        print(f"Marked as a draft: {len(problems)} formal problem(s); see "
              f"'clusterdesk check application {args.id}'.", file=sys.stderr)
    return 0
