"""A page that lists one kind of record: search as you type, filters, sortable lazy table."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QEvent,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.gui import formats, gateway, labels
from clusterdesk.gui.hub import watch
from clusterdesk.gui.table_model import RecordTableModel
from clusterdesk.services import lists, lookups
from clusterdesk.services.lists import ListSpec
from clusterdesk.store.changes import ChangeSet
from clusterdesk.store.database import Database

_TO_RESULTS = (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_PageDown)


class ListPage(QWidget):
    """Search box + filters + table over ``spec``; emits ``open_requested(uuid)``.

    It refreshes itself after every commit that touched a table its rows are read from
    (``lists.tables_read``), or that its filters' choices come from (``FILTER_TABLES``).
    """

    FILTER_TABLES = {"trip": "trips", "round": "selection_rounds", "consultant": "consultants"}

    open_requested = Signal(str)
    selection_changed = Signal()

    def __init__(self, db: Database, spec: ListSpec, filters: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.spec = spec
        self.model = RecordTableModel(db, spec, self)
        self._filters: dict[str, QWidget] = {}
        self._labels: list[tuple[QLabel, str]] = []

        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setObjectName("search")
        self.search.setMinimumWidth(180)
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(lambda: self._apply_search())
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.installEventFilter(self)  # Down or Enter go on to the results

        # search and count on the first row; with more than three filters they get a row of
        # their own, so the window still fits a 1280-pixel laptop screen in every language
        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        filter_row = QHBoxLayout() if len(filters) > 3 else bar
        for key in filters:
            widget = self._make_filter(key)
            if widget is not None:
                self._filters[key] = widget
                filter_row.addWidget(widget, 1)
        if filter_row is not bar:
            filter_row.addStretch(0)
        self.count_label = QLabel(self)
        # a fixed width: a new count must not re-lay out (and repaint) the whole filter bar
        self.count_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("000 000 жазба…"))
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        bar.addWidget(self.count_label)

        self.view = QTableView(self)
        self.view.setObjectName(f"{spec.name}View")
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(
            [c.key for c in spec.columns].index(spec.default_sort), Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table for the next control
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        # "activated" is a double-click (or a single one, where the desktop wants that) and
        # Enter: one signal, one editor (doubleClicked as well would open it twice)
        self.view.activated.connect(self._open_index)
        self.view.selectionModel().selectionChanged.connect(
            lambda *_: self.selection_changed.emit())
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        if filter_row is not bar:
            # in a strip that scrolls sideways when the window is narrow (1024 pixels): the
            # filters never make the window wider than the screen
            strip = QWidget(self)
            strip.setLayout(filter_row)
            filter_row.setContentsMargins(0, 0, 0, 0)
            scroll = QScrollArea(self)
            scroll.setObjectName("filterStrip")
            scroll.setWidget(strip)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroll.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            scroll.setFixedHeight(strip.sizeHint().height()
                                  + scroll.horizontalScrollBar().sizeHint().height())
            layout.addWidget(scroll)
        layout.addWidget(self.view)
        self.retranslate()
        self._size_columns()
        self._stale = self._stale_filters = False
        self.reads = lists.tables_read(spec)
        watch(self, db, self.reads | {self.FILTER_TABLES[k] for k in self._filters
                                      if k in self.FILTER_TABLES}, self._on_change)

    # ---- filters ----
    def _make_filter(self, key: str) -> QWidget | None:
        if key in ("date_from", "date_to"):
            box = QWidget(self)
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            check = QCheckBox(box)
            edit = QDateEdit(box, calendarPopup=True, displayFormat="dd.MM.yyyy")
            edit.setDate(QDate(2016, 7, 1) if key == "date_from" else QDate.currentDate())
            edit.setEnabled(False)
            row.addWidget(check)
            row.addWidget(edit)
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(lambda _c, k=key: self._filter_changed(k))
            edit.dateChanged.connect(lambda _d, k=key: self._filter_changed(k))
            box.check, box.edit = check, edit  # type: ignore[attr-defined]
            return box
        combo = QComboBox(self)
        combo.setObjectName(f"filter_{key}")
        combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(7 if key != "trip" else 14)
        self._fill_filter(key, combo)
        combo.currentIndexChanged.connect(lambda _i, k=key: self._filter_changed(k))
        return combo

    def _choices(self, key: str) -> list[tuple[object, str]]:
        if key == "region":
            return labels.current_regions()
        if key == "sector":
            return labels.all_sectors()
        if key == "trip":
            return [(t.uuid, f"{formats.date_text(t.start_date)} {t.title}")
                    for t in gateway.read_now(self.db, lookups.trips)]
        if key == "round":
            return [(n, str(n)) for n in (1, 2, 3)]
        if key == "consultant":
            return gateway.read_now(self.db, lookups.consultants)  # a short list
        enum = {"status": self.spec.column("status").kind[5:] if key == "status" else "",
                "kind": "OrgKind", "interest": "Interest"}[key]
        return [(v, labels.enum_label(enum, v)) for v in labels.ENUM_LABELS[enum]]

    _ANY = {"region": QT_TRANSLATE_NOOP("ListPage", "All regions"),
            "sector": QT_TRANSLATE_NOOP("ListPage", "All sectors"),
            "trip": QT_TRANSLATE_NOOP("ListPage", "All trips"),
            "status": QT_TRANSLATE_NOOP("ListPage", "Any status"),
            "kind": QT_TRANSLATE_NOOP("ListPage", "Any kind"),
            "interest": QT_TRANSLATE_NOOP("ListPage", "Any interest"),
            "round": QT_TRANSLATE_NOOP("ListPage", "All rounds"),
            "consultant": QT_TRANSLATE_NOOP("ListPage", "All consultants")}

    def _fill_filter(self, key: str, combo: QComboBox) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(QCoreApplication.translate("ListPage", self._ANY[key]), None)
        for value, text in self._choices(key):
            combo.addItem(text, value)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def _filter_value(self, key: str) -> object:
        widget = self._filters[key]
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if widget.check.isChecked():  # type: ignore[attr-defined]
            return widget.edit.date().toPython()  # type: ignore[attr-defined]
        return None

    def _filter_changed(self, key: str) -> None:
        self.model.set_filter(key, self._filter_value(key))

    def set_filter(self, key: str, value: object) -> None:
        """Choose a filter value programmatically (e.g. a trip's consultations)."""
        widget = self._filters.get(key)
        if isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(widget.findData(value), 0))
        elif widget is not None and isinstance(value, dt.date):
            widget.check.setChecked(True)  # type: ignore[attr-defined]
            widget.edit.setDate(QDate(value))  # type: ignore[attr-defined]
        else:
            self.model.set_filter(key, value)

    # ---- behaviour ----
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """In the search box, Down, Enter and Page Down go to the results (first row)."""
        if (watched is self.search and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() in _TO_RESULTS):
            if self._debounce.isActive():  # what was just typed is searched first
                self._debounce.stop()
                self._apply_search()
            if self.model.rowCount():
                if not self.view.selectionModel().hasSelection():
                    self.view.selectRow(0)
                self.view.setCurrentIndex(self.view.selectionModel().selectedRows()[0])
                self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return True
        return super().eventFilter(watched, event)

    def _apply_search(self) -> None:
        self.model.set_search(self.search.text())

    def _open_index(self, index) -> None:  # noqa: ANN001
        uuid = self.model.uuid_at(index.row())
        if uuid:
            self.open_requested.emit(uuid)

    def selected_uuid(self) -> str | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.uuid_at(rows[0].row()) if rows else None

    def _on_change(self, change_set: ChangeSet) -> None:
        if any(t in change_set.tables for k, t in self.FILTER_TABLES.items()
               if k in self._filters):
            self._stale_filters = True
        if change_set.touches(self.reads):
            self._stale = True
        self._catch_up()  # hidden pages too: what any page shows is what the database holds

    def _catch_up(self) -> None:
        if self._stale_filters:
            self._stale_filters = False
            for key in self.FILTER_TABLES:
                if isinstance(self._filters.get(key), QComboBox):
                    self._fill_filter(key, self._filters[key])
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        keep = self.selected_uuid()
        self.model.refresh()
        if keep:
            row = self.model.row_of(keep)
            if row is not None:
                self.view.selectRow(row)

    def _update_count(self) -> None:
        # translated in the ListPage context, also for pages that subclass this one
        text = QCoreApplication.translate("ListPage", "%n record(s)", "", self.model.rowCount())
        self.count_label.setText(text if self.model.exact else f"{text}…")

    def _size_columns(self) -> None:
        widths = {"name": 330, "organization": 300, "initiative": 330, "title": 260,
                  "topics": 320, "outcome": 260, "coordinator": 260, "regions": 300}
        for i, c in enumerate(self.spec.columns):
            self.view.setColumnWidth(i, widths.get(c.key, 130 if c.kind != "date" else 95))

    def retranslate(self) -> None:
        self.search.setPlaceholderText(
            QCoreApplication.translate("ListPage", "Search (name, BIN, notes)…"))
        for key, widget in self._filters.items():
            if isinstance(widget, QComboBox):
                self._fill_filter(key, widget)
            else:
                text = QCoreApplication.translate("ListPage", "from") if key == "date_from" \
                    else QCoreApplication.translate("ListPage", "to")
                widget.check.setText(text)  # type: ignore[attr-defined]
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                          max(len(self.spec.columns) - 1, 0))
        self._update_count()

    def changeEvent(self, event) -> None:  # noqa: ANN001
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.model.reformat()
        super().changeEvent(event)


_NAME_COLUMNS = ("name", "organization", "initiative", "title", "topics")


def make_related(db: Database, spec: ListSpec, key: str, value: str, view: QTableView,
                 on_open: Callable[[str], None] | None = None) -> RecordTableModel:
    """Fill a relation table inside an editor (e.g. an organization's consultations); it
    refreshes itself when what it shows changed."""
    model = RecordTableModel(db, spec, view)
    model.query.filters[key] = value
    model.refresh()
    watch(model, db, lists.tables_read(spec), lambda _changes: model.refresh())
    view.setModel(model)
    view.verticalHeader().setVisible(False)
    view.setTabKeyNavigation(False)  # Tab leaves the table
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    named = False
    for i, c in enumerate(spec.columns):
        if c.key == key or (key == "organization" and c.key == "organization"):
            view.hideColumn(i)
        elif not named and c.key in _NAME_COLUMNS:  # the name gets the room, not "ТОО …"
            view.setColumnWidth(i, 280)
            named = True
        else:
            view.setColumnWidth(i, 95 if c.kind == "date" else 120 if c.kind != "text" else 180)
    if on_open is not None:
        view.activated.connect(lambda index: on_open(model.uuid_at(index.row()) or ""))
    return model
