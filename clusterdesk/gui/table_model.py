"""One table model for every record list: counts the rows, fetches pages only when shown.

The model holds no records up front; ``data`` asks for the page of 200 rows that contains the
requested row and keeps the last few pages. A list of 300,000 consultations costs one count and
one page to open, and one page to jump to its end.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from clusterdesk.gui import labels
from clusterdesk.services import lists
from clusterdesk.services.lists import ListQuery, ListSpec
from clusterdesk.store.database import Database

PAGE = 200
KEEP_PAGES = 40
UUID_ROLE = Qt.ItemDataRole.UserRole + 1


def display(kind: str, value: object) -> str:
    """How a stored value reads in a list cell."""
    if value is None:
        return ""
    if kind == "date" and isinstance(value, dt.date):
        return f"{value:%d.%m.%Y}"
    if kind.startswith("enum:"):
        return labels.enum_label(kind[5:], value)
    if kind == "region":
        return labels.region_name(str(value))
    if kind == "regions":
        return ", ".join(labels.region_name(c) for c in value or [])
    if kind == "sector":
        return labels.sector_name(str(value))
    if kind == "level":  # a readiness level key, named by the diagnostic form
        from clusterdesk.services.diagnostic_list import level_name
        return level_name(str(value), labels.language())
    if kind == "number" and isinstance(value, float):
        return f"{value:,.1f}".replace(",", "\u00a0")
    return str(value)


class RecordTableModel(QAbstractTableModel):
    def __init__(self, db: Database, spec: ListSpec, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.db = db
        self.spec = spec
        self.query = ListQuery(sort=spec.default_sort)
        self._count = 0
        self._pages: OrderedDict[int, list[tuple]] = OrderedDict()
        self.refresh()

    # ---- what the list shows ----
    def set_search(self, text: str) -> None:
        self.query.search = text
        self.refresh()

    def set_filter(self, key: str, value: object) -> None:
        self.query.filters[key] = value
        self.refresh()

    def refresh(self) -> None:
        """Recount and drop cached pages (after a change, a new search or filter)."""
        self.beginResetModel()
        self._pages.clear()
        with self.db.session() as s:
            self._count = lists.count(s, self.spec, self.query)
        self.endResetModel()

    def uuid_at(self, row: int) -> str | None:
        rows = self._page(row // PAGE)
        i = row % PAGE
        return rows[i][0] if i < len(rows) else None

    def row_of(self, uuid: str) -> int | None:
        """Row of ``uuid`` among the rows already fetched (for re-selecting after refresh)."""
        for number, rows in self._pages.items():
            for i, r in enumerate(rows):
                if r[0] == uuid:
                    return number * PAGE + i
        return None

    def _page(self, number: int) -> list[tuple]:
        rows = self._pages.get(number)
        if rows is None:
            with self.db.session() as s:
                rows = lists.page(s, self.spec, self.query, number * PAGE, PAGE, self._count)
            self._pages[number] = rows
            while len(self._pages) > KEEP_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return rows

    # ---- Qt model interface ----
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.spec.columns)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # noqa: ANN001, ANN201
        if not index.isValid():
            return None
        rows = self._page(index.row() // PAGE)
        i = index.row() % PAGE
        if i >= len(rows):
            return None
        row = rows[i]
        if role == UUID_ROLE:
            return row[0]
        column = self.spec.columns[index.column()]
        value = row[index.column() + 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return display(column.kind, value)
        if role == Qt.ItemDataRole.ToolTipRole and column.kind == "text" and value:
            return str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind == "number":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: ANN001, ANN201
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return labels.header(self.spec.columns[section].header)
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:  # noqa: ANN001
        self.query.sort = self.spec.columns[column].key
        self.query.descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()
