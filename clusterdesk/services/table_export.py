"""Lists, with their current filter, to files Excel can use: .xlsx with typed cells or CSV.

* XLSX: a named sheet per list, bold frozen header, autofilter, widths from the content,
  dates as date cells and numbers as numbers, each with a format; text is always written as
  text, so a name like ``=1+2`` that arrived by sync never becomes a live formula.
* CSV: UTF-8 with BOM (Excel shows Cyrillic), the separator and decimal mark of the user's
  locale (``;`` and ``,`` for Russian and Kazakh); text a spreadsheet would run as a formula
  (starting with ``= + - @``, tab or CR) gets a leading apostrophe; a code written in digits
  (a BIN, a KATO, an OKED such as ``20.30``) is written ``="030840803841"``, so Excel keeps it
  as the text it is instead of a number that loses its leading zero, its trailing zero or its
  last digits, or a date.

Rows are streamed from the list query; the file is written atomically. ``progress(done,
total)`` returning False cancels, and then no file is left behind.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from clusterdesk.errors import ClusterDeskError
from clusterdesk.languages import DECIMAL_COMMA
from clusterdesk.progress import Progress
from clusterdesk.services import lists
from clusterdesk.services.files import atomic_path, atomic_write
from clusterdesk.services.lists import ListQuery, ListSpec
from clusterdesk.store.database import Database

Formatter = Callable[[str, object], object]  # (column kind, value) -> cell text
TYPED = ("date", "number")  # kinds written as typed cells, never through the formatter
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
CODE = re.compile(r"\d[\d.]*")  # text of digits (and dots): a code, never a quantity
_SHEET_BAD = re.compile(r"[\[\]:*?/\\]")


class Cancelled(ClusterDeskError):
    pass


@dataclass(frozen=True)
class Style:
    """How the user's locale writes a file: CSV separator, decimal mark, date format."""

    delimiter: str = ","
    decimal: str = "."
    date_format: str = "yyyy-mm-dd"  # Excel's format code
    for_excel: bool = True  # codes written ="…" (a TSV for reading and scripts: as they are)

    def date_text(self, value: dt.date) -> str:
        if self.date_format.startswith("dd"):
            return f"{value:%d.%m.%Y}"
        return value.isoformat()


def style_for(language: str, delimiter: str | None = None) -> Style:
    """Russian and Kazakh Excel expect ``;`` and ``,``; English ``,`` and ``.``."""
    style = Style(";", ",", "dd.mm.yyyy") if language in DECIMAL_COMMA else Style()
    if delimiter:
        style = Style(delimiter, style.decimal if delimiter != style.decimal else ".",
                      style.date_format)
    return style


@dataclass
class Sheet:
    """One list in a workbook: its title (the sheet's name), query and translated headers."""

    title: str
    spec: ListSpec
    query: ListQuery
    headers: list[str]
    kinds: list[str] = field(init=False)

    def __post_init__(self) -> None:
        self.kinds = [c.kind for c in self.spec.columns]


def export(db: Database, spec: ListSpec, query: ListQuery, path: Path, headers: list[str],
           fmt: Formatter, progress: Progress | None = None, style: Style | None = None,
           title: str = "") -> int:
    """Write the list to ``path`` (.csv or .xlsx by suffix); returns the number of rows."""
    return export_sheets(db, [Sheet(title or spec.name, spec, query, headers)], path, fmt,
                         progress, style)


def export_sheets(db: Database, sheets: list[Sheet], path: Path, fmt: Formatter,
                  progress: Progress | None = None, style: Style | None = None) -> int:
    """Several lists into one workbook (one sheet each); CSV takes the first list only."""
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ClusterDeskError("export.suffix", name=path.name)
    style = style or Style()
    with db.session() as s:
        total = sum(lists.count(s, sh.spec, sh.query) for sh in sheets)
        counter = _Counter(progress, total)
        if suffix == ".csv":
            sheet = sheets[0]
            return _csv(path, sheet, _rows(s, sheet, fmt), counter, style)
        return _xlsx(path, [(sh, _rows(s, sh, fmt)) for sh in sheets], counter, style)


def _rows(session, sheet: Sheet, fmt: Formatter) -> Iterator[list]:  # noqa: ANN001
    for row in lists.iterate(session, sheet.spec, sheet.query):
        yield [v if k in TYPED or v is None else fmt(k, v)
               for k, v in zip(sheet.kinds, row[1:], strict=True)]


class _Counter:
    def __init__(self, progress: Progress | None, total: int) -> None:
        self.progress, self.total, self.done = progress, total, 0

    def tick(self) -> None:
        self.done += 1
        if self.progress is not None and self.done % 500 == 0 \
                and not self.progress(self.done, self.total):
            raise Cancelled("export.cancelled")


def neutral(text: str) -> str:
    """Text a spreadsheet would run as a formula, made inert for CSV."""
    return "'" + text if text.startswith(FORMULA_START) else text


def csv_cell(value: object, kind: str, style: Style) -> str:
    if value is None:
        return ""
    if kind == "date" and isinstance(value, dt.date):
        return style.date_text(value)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, (int, float)):
        return str(value).replace(".", style.decimal)
    text = str(value)
    if style.for_excel and CODE.fullmatch(text):
        return f'="{text}"'
    return neutral(text)


def _csv(path: Path, sheet: Sheet, rows: Iterable[list], counter: _Counter,
         style: Style) -> int:
    with atomic_write(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=style.delimiter)
        writer.writerow([neutral(h) for h in sheet.headers])
        for row in rows:
            writer.writerow([csv_cell(v, k, style) for v, k in zip(row, sheet.kinds,
                                                                   strict=True)])
            counter.tick()
    return counter.done


def sheet_name(title: str, taken: set[str]) -> str:
    """A valid, unique Excel sheet name (31 characters, none of ``[]:*?/\\``)."""
    base = _SHEET_BAD.sub(" ", title).strip().strip("'")[:31] or "Sheet"
    name, n = base, 2
    while name.casefold() in taken:
        suffix = f" ({n})"
        name, n = base[:31 - len(suffix)] + suffix, n + 1
    taken.add(name.casefold())
    return name


def _xlsx(path: Path, sheets: list[tuple[Sheet, Iterable[list]]], counter: _Counter,
          style: Style) -> int:
    import xlsxwriter

    with atomic_path(path) as tmp:
        book = xlsxwriter.Workbook(str(tmp), {
            "constant_memory": True, "strings_to_formulas": False,
            "strings_to_numbers": False, "strings_to_urls": False})
        formats = {
            "head": book.add_format({"bold": True, "bg_color": "#DDE4EE", "border": 1,
                                     "text_wrap": True, "valign": "top"}),
            "date": book.add_format({"num_format": style.date_format}),
            "int": book.add_format({"num_format": "#,##0"}),
            "float": book.add_format({"num_format": "#,##0.0#"}),
        }
        taken: set[str] = set()
        for sheet, rows in sheets:
            _xlsx_sheet(book, sheet_name(sheet.title, taken), sheet, rows, formats, counter)
        book.close()
    return counter.done


def _xlsx_sheet(book, name: str, sheet: Sheet, rows: Iterable[list], formats: dict,  # noqa: ANN001
                counter: _Counter) -> None:
    ws = book.add_worksheet(name)
    widths = [min(max(len(h), 6), 40) for h in sheet.headers]
    ws.write_row(0, 0, sheet.headers, formats["head"])
    r = 0
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row):
            if value is None or value == "":
                continue
            if isinstance(value, dt.datetime):
                ws.write_datetime(r, c, value, formats["date"])
                width = 10
            elif isinstance(value, dt.date):
                ws.write_datetime(r, c, dt.datetime.combine(value, dt.time()), formats["date"])
                width = 10
            elif isinstance(value, bool):
                ws.write_boolean(r, c, value)
                width = 5
            elif isinstance(value, (int, float)):
                ws.write_number(r, c, value, formats["int" if isinstance(value, int)
                                                     else "float"])
                width = len(f"{value:,}")
            else:
                text = str(value)
                ws.write_string(r, c, text)
                width = len(text)
            if width > widths[c]:
                widths[c] = min(width, 60)
        counter.tick()
    for c, width in enumerate(widths):
        ws.set_column(c, c, width + 2)
    ws.freeze_panes(1, 0)
    ws.autofilter(0, 0, max(r, 1), max(len(sheet.headers) - 1, 0))
