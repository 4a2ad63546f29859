"""``clusterdesk dashboard``: the dashboard's figures for a period, region and sector.

The same ``services.dashboard.build`` the window's dashboard shows, with the same filter, so a
script (or a test) gets exactly the figures an analyst reads: consultations per month,
organizations consulted by region, initiatives by sector, applications by status.
"""

from __future__ import annotations

import argparse
from typing import Any

from clusterdesk.cli import stdio
from clusterdesk.cli.monitoring import iso_date
from clusterdesk.store.database import open_database


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("dashboard", help="the dashboard's figures, filtered as in the window")
    p.add_argument("--from", dest="date_from", type=iso_date, metavar="DATE",
                   help="consultations from this day (YYYY-MM-DD)")
    p.add_argument("--to", dest="date_to", type=iso_date, metavar="DATE",
                   help="consultations up to this day (YYYY-MM-DD)")
    p.add_argument("--region", metavar="CODE", help="region code, e.g. 35 (Karaganda region)")
    p.add_argument("--recorded-region", action="store_true",
                   help="the region as the documents of the time named it, not today's")
    p.add_argument("--sector", metavar="KEY", help="sector key, e.g. tourism")
    p.add_argument("--consultant", metavar="UUID",
                   help="the consultations this consultant took part in")
    p.add_argument("--json", action="store_true", help="as one JSON object")
    p.set_defaults(handler=cmd_dashboard)


def figures(data: Any) -> dict[str, Any]:
    """The dashboard as plain data (what the window's tiles and charts show)."""
    st = data.stats
    return {
        "filter": {k: (v.isoformat() if hasattr(v, "isoformat") else v)
                   for k, v in vars(data.filter).items()},
        "as_of": data.as_of.isoformat() if data.as_of else None,
        "organizations_consulted": st["organizations_consulted"],
        "consultations": st["consultations"],
        "consultations_by_month": {m.strftime("%Y-%m"): n
                                   for m, n in data.consultations_by_month},
        "consulted_by_region": dict(data.consulted_by_region),
        "initiatives": st["initiatives"],
        "initiatives_by_sector": {k: n for k, n in st["initiatives_by_sector"].items() if n},
        "applications": st["applications"],
        "applications_by_status": {k: n for k, n in st["applications_by_status"].items() if n},
        "devices": [{"name": name, "last_import": at.isoformat() if at else None}
                    for name, at in data.devices],
    }


def cmd_dashboard(args: argparse.Namespace) -> int:
    from clusterdesk.services import dashboard

    flt = dashboard.Filter(args.date_from, args.date_to, args.region, args.recorded_region,
                           args.sector, consultant=args.consultant)
    db = open_database(args.db, create=False)
    try:
        with db.session() as s:
            out = figures(dashboard.build(s, None, flt))
    finally:
        db.close()
    if args.json:
        stdio.print_json(out)
        return 0
    for key, value in out.items():
        print(f"{key}: {value}")
    return 0
