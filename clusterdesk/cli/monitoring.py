"""``clusterdesk report cluster|programme``: the monitoring reports at a date, as PDF.

Also the ``DATE`` argument type shared with ``stats --on``.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from clusterdesk.cli import stdio
from clusterdesk.errors import ClusterDeskError
from clusterdesk.languages import LANGUAGES


def iso_date(text: str) -> dt.date:
    """A YYYY-MM-DD day for argparse (its error names the value and the form expected)."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date; write it as YYYY-MM-DD, e.g. 2019-05-01") from None


def register_report_kind(report_sub: argparse._SubParsersAction) -> None:
    p = report_sub.add_parser(
        "cluster", help="a selected cluster's monitoring report as a PDF",
        description="Plan progress, indicators (target and actual, with charts), members "
                    "over time, cluster organization and coordinator, at a date.")
    p.add_argument("cluster", metavar="CLUSTER",
                   help="the cluster's id, or its name as `stats` prints it")
    _common(p)
    p.set_defaults(handler=cmd_cluster)
    p = report_sub.add_parser(
        "programme", help="the programme's report for the ministry as a PDF",
        description="Trips, consultations, groups, applications, selection, participants, "
                    "cluster organizations, coordinators, plans, indicators and tasks at a "
                    "date.")
    _common(p)
    p.set_defaults(handler=cmd_programme)


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--on", type=iso_date, metavar="DATE",
                   help="as the records stood at that day (YYYY-MM-DD; default today)")
    p.add_argument("--lang", choices=LANGUAGES, default="ru", help="language of the report")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf",
                   help="the PDF to write; - writes it to standard output")


def _check_output(path: Path) -> None:
    if path.is_dir():
        raise ClusterDeskError(f"{path} is a folder; give a file name such as report.pdf.")


def cmd_cluster(args: argparse.Namespace) -> int:
    from clusterdesk.reports.monitoring import write_cluster_report
    from clusterdesk.services.monitoring_reports import cluster_report
    from clusterdesk.store.database import open_database

    _check_output(args.output)
    db = open_database(args.db, create=False)
    try:
        with db.session() as s:
            report = cluster_report(s, args.cluster, args.on or dt.date.today())
    finally:
        db.close()
    with stdio.output_file(args.output, ".pdf") as target:
        write_cluster_report(report, args.lang, target)
    stdio.info(f"Monitoring report of {report.cluster.name} written to {args.output}",
               to_stderr=stdio.is_stdio(args.output))
    return 0


def cmd_programme(args: argparse.Namespace) -> int:
    from clusterdesk.reports.monitoring import write_programme_report
    from clusterdesk.services.monitoring_reports import programme_report
    from clusterdesk.store.database import open_database

    _check_output(args.output)
    db = open_database(args.db, create=False)
    try:
        with db.session() as s:
            report = programme_report(s, args.on or dt.date.today())
    finally:
        db.close()
    with stdio.output_file(args.output, ".pdf") as target:
        write_programme_report(report, args.lang, target)
    stdio.info(f"Programme report written to {args.output}",
               to_stderr=stdio.is_stdio(args.output))
    return 0
