"""Reading a registry list (akimat, chamber of entrepreneurs) as a header and rows of text.

Such lists arrive as CSV saved by Excel in any locale (";", "," or tab; UTF-8 with or without
BOM, or Windows-1251) or as XLSX. Both become the same thing here: the first non-empty row as
the header, then every non-empty row with its row number in the file, all cells as text.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

from clusterdesk.errors import ClusterDeskError

SEPARATORS = (";", "\t", ",")
ENCODINGS = ("utf-8-sig", "cp1251")


@dataclass(frozen=True)
class Table:
    """A list as read: its kind (csv/xlsx), header and rows (row number in the file, cells)."""

    kind: str
    header: list[str]
    rows: list[tuple[int, list[str]]]


def unreadable(path: Path, detail: str) -> ClusterDeskError:
    return ClusterDeskError("registry.unreadable", file=path.name, detail=detail)


def cell_text(value: object) -> str:
    """A spreadsheet cell as the text a user saw: 123.0 -> "123", dates as DD.MM.YYYY."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime | dt.date):
        return f"{value:%d.%m.%Y}"
    return str(value).strip()


def decode(data: bytes) -> str:
    """UTF-8 (BOM or not) when it decodes, else Windows-1251 (Excel's Cyrillic CSV)."""
    for encoding in ENCODINGS:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ValueError("neither UTF-8 nor Windows-1251 text")  # cp1251 decodes almost anything


def separator(first_line: str) -> str:
    """The separator the header row uses most (";" wins a tie: Russian-locale Excel)."""
    counts = {sep: first_line.count(sep) for sep in SEPARATORS}
    best = max(SEPARATORS, key=lambda s: counts[s])
    return best if counts[best] else ";"


def _table(kind: str, rows: list[list[str]]) -> Table:
    numbered = [(i, cells) for i, cells in enumerate(rows, start=1) if any(cells)]
    if not numbered:
        return Table(kind, [], [])
    (_, header), body = numbered[0], numbered[1:]
    return Table(kind, [h.strip() for h in header], body)


def read_csv(path: Path) -> Table:
    text = decode(path.read_bytes())
    first = next((line for line in text.splitlines() if line.strip()), "")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator(first))
    return _table("csv", [[c.strip() for c in row] for row in reader])


def read_xlsx(path: Path) -> Table:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = book.worksheets[0]
        rows = [[cell_text(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()
    return _table("xlsx", rows)


def read_table(path: Path | str) -> Table:
    """The list in ``path`` (.csv/.txt or .xlsx); a file that cannot be read raises."""
    path = Path(path)
    if not path.is_file():
        raise unreadable(path, "no such file")
    suffix = path.suffix.lower()
    try:
        if suffix == ".xlsx":
            table = read_xlsx(path)
        elif suffix in (".csv", ".txt", ".tsv"):
            table = read_csv(path)
        else:
            raise unreadable(path, "expected a .csv or .xlsx file")
    except ClusterDeskError:
        raise
    except Exception as exc:  # noqa: BLE001 - zip, XML, csv and decoding errors alike
        raise unreadable(path, type(exc).__name__ + (f": {exc}" if str(exc) else "")) from exc
    if not table.header:
        raise unreadable(path, "the file is empty")
    return table
