"""A list, with its current filter, to CSV (UTF-8 with BOM, so Excel shows Cyrillic) or .xlsx.

Rows are streamed from the list query; the file is written atomically. ``progress(done,
total)`` returning False cancels, and then no file is left behind.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

from clusterdesk.errors import ClusterDeskError
from clusterdesk.services import lists
from clusterdesk.services.files import atomic_path, atomic_write
from clusterdesk.services.lists import ListQuery, ListSpec
from clusterdesk.store.database import Database

Formatter = Callable[[str, object], object]  # (column kind, value) -> cell value
Progress = Callable[[int, int], bool]


class Cancelled(ClusterDeskError):
    pass


def export(db: Database, spec: ListSpec, query: ListQuery, path: Path, headers: list[str],
           fmt: Formatter, progress: Progress | None = None) -> int:
    """Write the list to ``path`` (.csv or .xlsx by suffix); returns the number of rows."""
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ClusterDeskError("export.suffix", name=path.name)
    kinds = [c.kind for c in spec.columns]
    with db.session() as s:
        total = lists.count(s, spec, query)
        rows = ([fmt(k, v) for k, v in zip(kinds, row[1:], strict=True)]
                for row in lists.iterate(s, spec, query))
        if suffix == ".csv":
            return _csv(path, headers, rows, total, progress)
        return _xlsx(path, headers, rows, total, progress)


def _tick(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and done % 500 == 0 and not progress(done, total):
        raise Cancelled("export.cancelled")


def _csv(path, headers, rows, total, progress) -> int:  # noqa: ANN001
    done = 0
    with atomic_write(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(headers)
        for row in rows:
            writer.writerow(row)
            done += 1
            _tick(progress, done, total)
    return done


def _xlsx(path, headers, rows, total, progress) -> int:  # noqa: ANN001
    import xlsxwriter

    done = 0
    with atomic_path(path) as tmp:
        book = xlsxwriter.Workbook(str(tmp), {"constant_memory": True})
        sheet = book.add_worksheet()
        bold = book.add_format({"bold": True})
        sheet.write_row(0, 0, headers, bold)
        for row in rows:
            done += 1
            sheet.write_row(done, 0, ["" if v is None else v for v in row])
            _tick(progress, done, total)
        sheet.freeze_panes(1, 0)
        book.close()
    return done
