"""Printing the current list (Ctrl+P) through Qt's print dialog, or straight to a PDF.

What is printed is what the list shows — its search, filters and sort — with a title (the
list's name), the filter in words, the date and page numbers; ``print_layout`` places the
rows. Up to ``MAX_ROWS`` rows are printed; the description says when the list had more.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QComboBox, QWidget

from clusterdesk.gui import formats, gateway, labels
from clusterdesk.gui.print_layout import PrintedTable, render
from clusterdesk.gui.table_model import display
from clusterdesk.services import lists

MAX_ROWS = 5000
FILTER_NAMES = {
    "region": QT_TRANSLATE_NOOP("Printing", "Region"),
    "sector": QT_TRANSLATE_NOOP("Printing", "Sector"),
    "kind": QT_TRANSLATE_NOOP("Printing", "Kind"),
    "interest": QT_TRANSLATE_NOOP("Printing", "Interest"),
    "status": QT_TRANSLATE_NOOP("Printing", "Status"),
    "trip": QT_TRANSLATE_NOOP("Printing", "Trip"),
    "round": QT_TRANSLATE_NOOP("Printing", "Round"),
    "date_from": QT_TRANSLATE_NOOP("Printing", "From"),
    "date_to": QT_TRANSLATE_NOOP("Printing", "To"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Printing", text)


def filter_words(page) -> str:  # noqa: ANN001
    """"Search: «кирпич»; Region: Карагандинская область; From: 01.01.2016" or "All records"."""
    query = page.model.query
    parts = []
    if query.search.strip():
        parts.append(QCoreApplication.translate("Printing", "Search: «%1»")
                     .replace("%1", query.search.strip()))
    for key, value in query.filters.items():
        if value in (None, "", ()) or key not in FILTER_NAMES:
            continue
        if isinstance(value, dt.date):
            shown = formats.date_text(value)
        else:
            combo = page.findChild(QComboBox, f"filter_{key}")
            shown = combo.currentText() if combo is not None else str(value)
        parts.append(f"{_tr(FILTER_NAMES[key])}: {shown}")
    return "; ".join(parts) or QCoreApplication.translate("Printing", "All records")


def printed_table(page, title: str, rows: list[tuple], total: int,  # noqa: ANN001
                  now: dt.datetime | None = None) -> PrintedTable:
    spec = page.spec
    description = filter_words(page)
    count = QCoreApplication.translate("Printing", "%n record(s)", "", total)
    if total > len(rows):
        count = QCoreApplication.translate("Printing", "the first %1 of %2") \
            .replace("%1", formats.number_text(len(rows))).replace("%2", count)
    return PrintedTable(
        title=title, description=f"{description} — {count}",
        headers=[labels.header(c.header) for c in spec.columns],
        rows=[[display(c.kind, v) for c, v in zip(spec.columns, r[1:], strict=True)]
              for r in rows],
        right=[c.kind == "number" for c in spec.columns],
        footer=QCoreApplication.translate("Printing", "Printed %1")
        .replace("%1", formats.datetime_text(now or dt.datetime.now())),
        page_label=QCoreApplication.translate("Printing", "Page %1 of %2"))


def _read(page):  # noqa: ANN001, ANN202
    spec, query = page.spec, page.model.query
    return lambda s: (lists.page(s, spec, query, 0, MAX_ROWS), lists.count(s, spec, query))


def print_to_pdf(page, title: str, path: Path) -> int:  # noqa: ANN001
    """The list as a PDF (read on the GUI thread: for tests and small lists); its pages."""
    rows, total = gateway.read_now(page.db, _read(page))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setDocName(title)
    return render(printer, printed_table(page, title, rows, total))


def print_list(parent: QWidget, page, title: str = "") -> None:  # noqa: ANN001
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return

    def print_rows(result: object) -> None:
        rows, total = result  # type: ignore[misc]
        render(printer, printed_table(page, title, list(rows), int(total)))

    gateway.read(parent, page.db, _read(page), print_rows)
