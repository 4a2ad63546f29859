"""``clusterdesk check KIND ...``: questions whose answer is "fine" (exit 0) or "problems
found" (exit 1): an application against the formal requirements, BIN/IIN numbers."""

from __future__ import annotations

import argparse

from clusterdesk.cli import stdio
from clusterdesk.languages import LANGUAGES


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("check", help="check applications or BIN/IIN numbers (exit 1: problems)",
                       description="Exit code 0 when everything passes, 1 when any problem is "
                                   "found, 2 for a wrong argument.")
    kinds = p.add_subparsers(dest="check_kind", metavar="KIND", required=True)

    a = kinds.add_parser("application", help="an application against the formal requirements")
    a.add_argument("id", help="the application's id")
    a.add_argument("--lang", choices=LANGUAGES, default="ru", help="language of the problems")
    a.add_argument("--json", action="store_true", help="the problems as a JSON object")
    a.set_defaults(handler=cmd_check_application)

    b = kinds.add_parser("bin", help="BIN/IIN numbers: check digit and structure",
                         description="For each number: valid or why not; with --form, also "
                                     "whether it fits that legal form (ТОО, АО, ИП, КХ ...).")
    b.add_argument("numbers", nargs="+", metavar="NUMBER")
    b.add_argument("--form", default="", metavar="LEGAL_FORM",
                   help="the holder's legal form, e.g. ТОО or ИП (warnings when it does not fit)")
    b.add_argument("--json", action="store_true", help="the answers as a JSON list")
    b.set_defaults(handler=cmd_check_bin)


def cmd_check_application(args: argparse.Namespace) -> int:
    from clusterdesk.services import applications as svc
    from clusterdesk.store.database import open_database

    db = open_database(args.db, create=False)
    try:
        with db.session() as s:
            problems = svc.check(s, args.id, args.lang)
    finally:
        db.close()
    if args.json:
        stdio.print_json({"application": args.id, "ok": not problems,
                          "problems": [p.text for p in problems]})
    elif not problems:
        print("The application meets the formal requirements.")
    else:
        print(f"{len(problems)} problem(s) to fix:")
        for p in problems:
            print(f"- {p.text}")
    return stdio.EXIT_PROBLEMS if problems else stdio.EXIT_OK


def cmd_check_bin(args: argparse.Namespace) -> int:
    from clusterdesk.domain.bin import bin_findings, describe, normalize_bin

    answers = []
    for raw in args.numbers:
        value = normalize_bin(raw)
        findings = bin_findings(value, args.form)
        errors = [f.text for f in findings if f.level == "error"]
        answers.append({"number": value, "valid": not errors,
                        "holder": "" if errors or not value else describe(value),
                        "errors": errors,
                        "warnings": [f.text for f in findings if f.level == "warning"]})
        if not value:
            answers[-1].update(valid=False, errors=["is empty"])
    if args.json:
        stdio.print_json(answers)
    else:
        for a in answers:
            if a["valid"]:
                print(f"{a['number']}: valid — {a['holder']}")
            else:
                print(f"{a['number'] or repr(a['number'])}: invalid — {a['errors'][0]}")
            for w in a["warnings"]:
                print(f"{'':>12}  warning: {w}")
    bad = any(not a["valid"] or a["warnings"] for a in answers)
    return stdio.EXIT_PROBLEMS if bad else stdio.EXIT_OK
