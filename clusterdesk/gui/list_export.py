"""Export the list on screen (its filter and sort) to Excel or CSV, as the user's locale reads.

The window asks where (a file name in the interface language), which fields (every field of
the records or only the columns shown) and, for CSV, which separator (the locale's first);
``services.table_export`` writes the file off the GUI thread.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from clusterdesk.gui import gateway, labels, settings
from clusterdesk.gui.table_model import display


def export_value(kind: str, value: object) -> object:
    """A cell of the export: typed values stay typed, stored codes become their names."""
    return value if kind in ("number", "date") else display(kind, value)


def file_name(title: str, suffix: str, today: dt.date | None = None) -> str:
    """The proposed name: the list's name in the interface language and today's date."""
    today = today or dt.date.today()
    clean = "".join(ch for ch in title if ch not in '\\/:*?"<>|').strip()
    return f"{clean} {today.isoformat()}{suffix}"


def ask_all_fields(parent: QWidget) -> bool | None:
    """True: every field of the records; False: the columns shown; None: cancelled."""
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("ListExport", "Export list"),
        QCoreApplication.translate(
            "ListExport", "Export every field of the records (address, e-mail, OKED, size…)?"
            "\n\nYes: every field. No: only the columns shown."),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes)
    if answer == QMessageBox.StandardButton.Cancel:
        return None
    return answer == QMessageBox.StandardButton.Yes


def export_list(window, page, nav_label: str, suffix: str) -> None:  # noqa: ANN001
    """Ask and write; the status bar says how many rows went where."""
    from clusterdesk.services import export_fields, table_export

    title = QCoreApplication.translate("MainWindow", nav_label)
    folder = Path(settings.get(settings.LAST_EXPORT_FOLDER))
    style = table_export.style_for(labels.language())
    semicolons = QCoreApplication.translate("ListExport", "CSV, separated by semicolons (*.csv)")
    commas = QCoreApplication.translate("ListExport", "CSV, separated by commas (*.csv)")
    if suffix == ".xlsx":
        kinds = QCoreApplication.translate("ListExport", "Excel workbook (*.xlsx)")
    else:
        kinds = ";;".join([semicolons, commas] if style.delimiter == ";" else [commas, semicolons])
    path, chosen = QFileDialog.getSaveFileName(
        window, QCoreApplication.translate("ListExport", "Export list"),
        str(folder / file_name(title, suffix)), kinds)
    if not path:
        return
    path = Path(path) if Path(path).suffix else Path(path + suffix)
    if chosen in (semicolons, commas):
        style = table_export.style_for(labels.language(), ";" if chosen == semicolons else ",")
    everything = ask_all_fields(window)
    if everything is None:
        return
    settings.put(settings.LAST_EXPORT_FOLDER, str(path.parent))
    spec = export_fields.full_spec(page.spec) if everything else page.spec
    headers = [labels.header(c.header) for c in spec.columns]
    query = page.model.query

    def done(rows: object) -> None:
        window.statusBar().showMessage(
            QCoreApplication.translate("ListExport", "%n row(s) exported to %1", "", int(rows))
            .replace("%1", str(path)), 8000)

    gateway.job(window, QCoreApplication.translate("ListExport", "Exporting…"),
                lambda progress: table_export.export(window.db, spec, query, path, headers,
                                                     export_value, progress, style, title),
                done, writes=False)


WORKBOOK_SHEETS = (  # list, sheet name: the related lists head office reads together
    ("organizations", QT_TRANSLATE_NOOP("ListExport", "Organizations")),
    ("consultations", QT_TRANSLATE_NOOP("ListExport", "Consultations")),
    ("members", QT_TRANSLATE_NOOP("ListExport", "Cluster members")),
)


def export_workbook(window, path: Path | None = None) -> None:  # noqa: ANN001
    """Organizations, consultations and cluster memberships, every field, in one workbook."""
    from clusterdesk.services import export_fields, lists, table_export

    sheets = []
    for key, title in WORKBOOK_SHEETS:
        spec = export_fields.full_spec(lists.LISTS[key])
        sheets.append(table_export.Sheet(
            QCoreApplication.translate("ListExport", title), spec,
            lists.ListQuery(sort=spec.default_sort), [labels.header(c.header)
                                                      for c in spec.columns]))
    if path is None:
        folder = Path(settings.get(settings.LAST_EXPORT_FOLDER))
        name = file_name(QCoreApplication.translate("ListExport", "Programme"), ".xlsx")
        chosen, _ = QFileDialog.getSaveFileName(
            window, QCoreApplication.translate("ListExport", "Export the programme to Excel"),
            str(folder / name), QCoreApplication.translate("ListExport",
                                                           "Excel workbook (*.xlsx)"))
        if not chosen:
            return
        path = Path(chosen) if Path(chosen).suffix else Path(chosen + ".xlsx")
        settings.put(settings.LAST_EXPORT_FOLDER, str(path.parent))
    style = table_export.style_for(labels.language())
    target = path

    def done(rows: object) -> None:
        window.statusBar().showMessage(
            QCoreApplication.translate("ListExport", "%n row(s) exported to %1", "", int(rows))
            .replace("%1", str(target)), 8000)

    gateway.job(window, QCoreApplication.translate("ListExport", "Exporting…"),
                lambda progress: table_export.export_sheets(window.db, sheets, target,
                                                            export_value, progress, style),
                done, writes=False)
