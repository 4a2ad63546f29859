"""Printing through Qt's print dialog: the current list (with its filter) or the selected
record, as a simple table document."""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from clusterdesk.gui import gateway, labels
from clusterdesk.gui.table_model import display
from clusterdesk.services import lists

MAX_ROWS = 2000


def list_html(page, rows: list[tuple] | None = None) -> str:  # noqa: ANN001
    """The selected record as a sheet, or else the list as shown (up to MAX_ROWS rows)."""
    spec, model = page.spec, page.model
    headers = [labels.header(c.header) for c in spec.columns]
    uuid = page.selected_uuid()
    if rows is None:
        rows = gateway.read_now(page.db, lambda s: lists.page(s, spec, model.query, 0, MAX_ROWS))
    rows = [r for r in rows if uuid is None or r[0] == uuid]
    cells = [[display(c.kind, v) for c, v in zip(spec.columns, r[1:], strict=True)] for r in rows]
    style = "<style>td,th{border:1px solid #999;padding:3px;font-size:9pt}</style>"
    if uuid is not None and cells:
        body = "".join(f"<tr><th align='left'>{escape(h)}</th><td>{escape(v)}</td></tr>"
                       for h, v in zip(headers, cells[0], strict=True))
        return f"{style}<table cellspacing='0'>{body}</table>"
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{escape(v)}</td>" for v in row) + "</tr>"
                   for row in cells)
    return f"{style}<table cellspacing='0'><tr>{head}</tr>{body}</table>"


def print_list(parent: QWidget, page) -> None:  # noqa: ANN001
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return
    spec, query = page.spec, page.model.query

    def print_rows(rows: object) -> None:
        doc = QTextDocument()
        doc.setHtml(list_html(page, list(rows)))  # type: ignore[call-overload]
        doc.print_(printer)

    gateway.read(parent, page.db, lambda s: lists.page(s, spec, query, 0, MAX_ROWS), print_rows)
