"""One table model for every record list: counts the rows, fetches pages only when shown.

The model holds no records up front; ``data`` asks for the page of 200 rows that contains the
requested row and keeps the last few pages. A list of 300,000 consultations costs one count and
one page to open, and one page to jump to its end.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer

from clusterdesk.gui import formats, gateway, labels
from clusterdesk.services import lists
from clusterdesk.services.lists import ListQuery, ListSpec
from clusterdesk.store.database import Database

PAGE = 100  # rows read at once: a search reads its first page at every keystroke
KEEP_PAGES = 80
QUICK_COUNT = 1000  # counted at once; a larger list is counted to the end in the background
COUNT_DELAY_MS = 400
UUID_ROLE = Qt.ItemDataRole.UserRole + 1
_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def display(kind: str, value: object) -> str:
    """How a stored value reads in a list cell."""
    if value is None:
        return ""
    if kind == "date" and isinstance(value, dt.date):
        return formats.date_text(value)
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
    if kind == "number" and isinstance(value, int | float) and not isinstance(value, bool):
        return formats.number_text(value)
    return str(value)


class RecordTableModel(QAbstractTableModel):
    def __init__(self, db: Database, spec: ListSpec, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.db = db
        self.spec = spec
        self.query = ListQuery(sort=spec.default_sort)
        self._count = 0
        self._exact = True
        self._generation = 0
        self._pages: OrderedDict[int, list[tuple]] = OrderedDict()
        self._formatted: dict[int, list[str]] = {}
        self._hits: int | None = None
        self._count_timer = QTimer(self, singleShot=True, interval=COUNT_DELAY_MS)
        self._count_timer.timeout.connect(lambda: self._count_all(self._generation))
        self._kinds = [c.kind for c in spec.columns]
        self.refresh()

    # ---- what the list shows ----
    def set_search(self, text: str) -> None:
        self.query.search = text
        self.refresh()

    def set_filter(self, key: str, value: object) -> None:
        self.query.filters[key] = value
        self.refresh()

    def refresh(self) -> None:
        """Recount and drop cached pages (after a change, a new search or filter).

        Search results are counted up to QUICK_COUNT at once, so a keystroke in the search box
        stays quick; when there are more, the exact number arrives from a background count and
        the rows beyond are added then.
        """
        self.beginResetModel()
        self._pages.clear()
        self._formatted.clear()
        self._generation += 1
        cap = QUICK_COUNT if self.query.search.strip() else None  # plain counts use an index
        query = self.query

        def counts(s) -> tuple[int, int | None]:  # noqa: ANN001
            n = lists.count(s, self.spec, query, cap=cap)
            exact = cap is None or n < cap
            return n, n if exact else lists.estimate_hits(s, self.spec, query)

        self._count, self._hits = gateway.read_now(self.db, counts)  # measured fast
        self._exact = cap is None or self._count < cap
        self.endResetModel()
        if not self._exact:  # counted to the end once the user has stopped typing
            self._count_timer.start()
        else:  # nothing left to count: an earlier search's count must not run meanwhile
            self._count_timer.stop()

    def _count_all(self, generation: int) -> None:
        if self._exact:
            return
        query = ListQuery(self.query.search, dict(self.query.filters), self.query.sort,
                          self.query.descending)

        def done(total: object) -> None:
            if generation != self._generation or self._exact:
                return  # the user has searched for something else meanwhile
            total = int(total)  # type: ignore[call-overload]
            self._exact = True
            self._hits = total
            if total > self._count:
                self.beginInsertRows(QModelIndex(), self._count, total - 1)
                self._count = total
                self.endInsertRows()

        gateway.read(self, self.db, lambda s: lists.count(s, self.spec, query), done)

    def reformat(self) -> None:
        """Show the same rows again in the current language (enum labels, region names)."""
        self._formatted.clear()
        self.layoutChanged.emit()

    @property
    def exact(self) -> bool:
        """False while the rows are still being counted to the end."""
        return self._exact

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
            total = self._count if self._exact else None
            rows = gateway.read_now(self.db, lambda s: lists.page(
                s, self.spec, self.query, number * PAGE, PAGE, total, hits=self._hits))
            self._pages[number] = rows
            while len(self._pages) > KEEP_PAGES:
                gone, _rows = self._pages.popitem(last=False)
                for r in range(gone * PAGE, (gone + 1) * PAGE):
                    self._formatted.pop(r, None)
        else:
            self._pages.move_to_end(number)
        return rows

    # ---- Qt model interface ----
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.spec.columns)

    def _shown(self, row: int) -> list[str] | None:
        """The cells of ``row`` as text, formatted once per row shown."""
        cells = self._formatted.get(row)
        if cells is None:
            rows = self._page(row // PAGE)
            i = row % PAGE
            if i >= len(rows):
                return None
            cells = [display(kind, value) for kind, value in zip(self._kinds, rows[i][1:],
                                                                 strict=True)]
            self._formatted[row] = cells
        return cells

    def data(self, index, role=_DISPLAY):  # noqa: ANN001, ANN201
        # The view asks for many roles per cell on every paint: answer the unused ones first.
        if role == _DISPLAY:
            cells = self._shown(index.row())
            return cells[index.column()] if cells else None
        if role == _ALIGN:
            return _RIGHT if self._kinds[index.column()] == "number" else None
        if role == _TOOLTIP:
            cells = self._shown(index.row())
            text = cells[index.column()] if cells else ""
            return text if self._kinds[index.column()] == "text" and text else None
        if role == UUID_ROLE:
            rows = self._page(index.row() // PAGE)
            i = index.row() % PAGE
            return rows[i][0] if i < len(rows) else None
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: ANN001, ANN201
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return labels.header(self.spec.columns[section].header)
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:  # noqa: ANN001
        self.query.sort = self.spec.columns[column].key
        self.query.descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()
