"""``clusterdesk list KIND --format csv|xlsx|json -o FILE|-``: the window's exports for scripts.

The same files as File ▸ Export in the window (``services.table_export``): typed XLSX cells,
CSV with BOM and the separator of the language (``CLUSTERDESK_LANG``; ``;`` for Russian and
Kazakh), text that would run as a formula made inert; ``--all-fields`` for every field of the
records; ``--filter region=35`` as the list's filters. ``-o -`` writes to standard output.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from clusterdesk.cli import stdio
from clusterdesk.errors import ClusterDeskError, cli_language
from clusterdesk.services.lists import ListQuery, ListSpec
from clusterdesk.store.database import Database

FORMATS = ("tsv", "csv", "xlsx", "json")


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", choices=FORMATS, default="tsv",
                   help="tsv (default, for reading), csv or xlsx (for Excel), json")
    p.add_argument("-o", "--output", default="-", metavar="FILE",
                   help="where to write (default -: standard output)")
    p.add_argument("--filter", action="append", default=[], metavar="KEY=VALUE",
                   help="a filter of the list, e.g. region=35, date_from=2016-01-01 "
                        "(repeatable)")
    p.add_argument("--all-fields", action="store_true",
                   help="every field of the records, not only the list's columns")
    p.add_argument("--separator", choices=(",", ";"), default=None,
                   help="CSV separator (default: ';' in Russian and Kazakh, ',' in English)")


def filters(spec: ListSpec, items: list[str]) -> dict[str, object]:
    out: dict[str, object] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or key not in spec.filters:
            known = ", ".join(sorted(spec.filters))
            raise ClusterDeskError(f"--filter {item!r}: use KEY=VALUE with one of: {known}")
        out[key] = dt.date.fromisoformat(value) if key.startswith("date_") else value
    return out


def cell(kind: str, value: object, lang: str) -> object:
    """A stored code as its name in ``lang`` (regions, sectors); enums stay their codes."""
    from clusterdesk.store.refdata import regions, sectors

    if kind == "region":
        ref = regions().get(str(value))
        return ref.names[lang] if ref else value
    if kind == "regions" and isinstance(value, list):
        return ", ".join(regions()[c].names[lang] if c in regions() else c for c in value)
    if kind == "sector":
        ref = sectors().get(str(value))
        return ref.names[lang] if ref else value
    return getattr(value, "value", value)


def wanted(args: argparse.Namespace) -> bool:
    """Whether the file writer answers (else the plain list printer does)."""
    return args.format != "tsv" or args.output != "-" or args.all_fields


def write(db: Database, spec: ListSpec, query: ListQuery, args: argparse.Namespace) -> int:
    from clusterdesk.services import export_fields, table_export

    if args.all_fields:
        spec = export_fields.full_spec(spec)
    lang = cli_language()
    style = table_export.style_for(lang, args.separator)
    headers = [c.header for c in spec.columns]
    fmt = args.format if args.format != "tsv" else "csv"
    if fmt == "json":
        from clusterdesk.services import lists

        with db.session() as s:
            rows = [{"uuid": r[0], **{c.key: cell(c.kind, v, lang)
                                      for c, v in zip(spec.columns, r[1:], strict=True)}}
                    for r in lists.iterate(s, spec, query)]
        if stdio.is_stdio(args.output):
            stdio.print_json(rows)
        else:
            import json

            Path(args.output).write_text(json.dumps(rows, ensure_ascii=False, indent=1,
                                                    default=str), encoding="utf-8")
        return 0
    if args.format == "tsv":
        style = table_export.Style("\t", style.decimal, style.date_format, for_excel=False)
    with stdio.output_file(args.output, "." + fmt) as target:
        path = target if target.suffix == "." + fmt else target.with_suffix("." + fmt)
        count = table_export.export(db, spec, query, path, headers,
                                    lambda k, v: cell(k, v, lang), style=style,
                                    title=spec.name)
        if path != target:
            path.replace(target)
    if not stdio.is_stdio(args.output):
        stdio.info(f"{count} rows written to {args.output}", to_stderr=True)
    return 0
