"""The ranking of a selection round for head office: totals, places, ties, and the selection.

Equal totals share a place and are marked; when applications are tied on the last place to be
selected, none of them is chosen silently: their rows are highlighted and the commission ticks
which are selected before the selection is applied.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.errors import ClusterDeskError
from clusterdesk.gui import formats, gateway, labels
from clusterdesk.gui.application_dialogs import current_actor, rounds
from clusterdesk.gui.hub import watch
from clusterdesk.gui.pickers import fill_combo
from clusterdesk.gui.reasons import error_text
from clusterdesk.services import applications as svc
from clusterdesk.store.database import Database
from clusterdesk.sync import trust

CTX = "RankingModel"
COLUMNS = [
    QT_TRANSLATE_NOOP("RankingModel", "Place"),
    QT_TRANSLATE_NOOP("RankingModel", "Initiative"),
    QT_TRANSLATE_NOOP("RankingModel", "Status"),
    QT_TRANSLATE_NOOP("RankingModel", "Total"),
    QT_TRANSLATE_NOOP("RankingModel", "Evaluators"),
    QT_TRANSLATE_NOOP("RankingModel", "Selected"),
    QT_TRANSLATE_NOOP("RankingModel", "Note"),
]
PLACE, INITIATIVE, STATUS, TOTAL, EVALUATORS, SELECTED, NOTE = range(7)
TIE_COLOUR = QColor("#ffe08a")
SELECTED_COLOUR = QColor("#dff0d8")
REJECTED_COLOUR = QColor("#eeeeee")


class RankingModel(QAbstractTableModel):
    """Rows of ``round_ranking``; tied rows on the cut carry a tick box for the decision."""

    decision_changed = Signal()

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.rows: list[svc.RankRow] = []
        self.decided: dict[str, bool] = {}
        self._shared: Counter[int] = Counter()

    def set_rows(self, rows: list[svc.RankRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self._shared = Counter(r.rank for r in rows if r.rank is not None)
        self.endResetModel()

    def row_of(self, uuid: str) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r.uuid == uuid), None)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: ANN001, ANN201
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(CTX, COLUMNS[section])
        return None

    def _undecided_tie(self, r: svc.RankRow) -> bool:
        return r.tie and r.status == "evaluated"

    def flags(self, index):  # noqa: ANN001, ANN201
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == SELECTED and self._undecided_tie(self.rows[index.row()]):
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def note(self, r: svc.RankRow) -> str:
        if r.tie:
            return QCoreApplication.translate(
                "RankingModel", "Tied on the last place to select: the commission decides")
        if r.problems:
            return "; ".join(r.problems)
        if r.rank is not None and self._shared[r.rank] > 1:
            return QCoreApplication.translate(
                "RankingModel", "Same total as another application: shared place")
        return ""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # noqa: ANN001, ANN201
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == PLACE:
                if r.rank is None:
                    return ""
                return f"{r.rank}=" if self._shared[r.rank] > 1 else str(r.rank)
            if col == INITIATIVE:
                return r.initiative
            if col == STATUS:
                return labels.enum_label("ApplicationStatus", r.status)
            if col == TOTAL:
                return formats.number_text(r.total, 2) if r.total is not None else ""
            if col == EVALUATORS:
                return str(r.evaluators) if r.evaluators else ""
            if col == SELECTED:
                if r.total is None:
                    return ""
                return QCoreApplication.translate("RankingModel", "yes") if r.selected else \
                    QCoreApplication.translate("RankingModel", "no")
            if col == NOTE:
                return self.note(r)
        if role == Qt.ItemDataRole.CheckStateRole and col == SELECTED and self._undecided_tie(r):
            return Qt.CheckState.Checked if r.selected else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole:
            if r.tie:
                return QBrush(TIE_COLOUR)
            if r.selected:
                return QBrush(SELECTED_COLOUR)
            if r.status == "rejected":
                return QBrush(REJECTED_COLOUR)
        if role == Qt.ItemDataRole.FontRole and r.selected:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (PLACE, TOTAL, EVALUATORS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col in (INITIATIVE, NOTE):
            return self.note(r) or r.initiative
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: ANN001
        r = self.rows[index.row()]
        if role != Qt.ItemDataRole.CheckStateRole or not self._undecided_tie(r):
            return False
        self.decided[r.uuid] = Qt.CheckState(value) == Qt.CheckState.Checked
        self.decision_changed.emit()
        return True


# What the ranking is read from: it is read again after a commit that touched one of them.
READS = frozenset({"applications", "evaluation_scores", "selection_rounds", "initiatives",
                   "application_events"})


class RankingView(QWidget):
    """Round picker, the ranking table and the button that applies the selection."""

    open_requested = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.model = RankingModel(self)
        watch(self, db, READS, lambda _changes: self.refresh())
        self.round = QComboBox(self)
        self.round.setObjectName("rankingRound")
        self.round_label = QLabel(self)
        self.round_label.setBuddy(self.round)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.view = QTableView(self)
        self.view.setObjectName("rankingView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(24)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in ((PLACE, 60), (INITIATIVE, 430), (STATUS, 120), (TOTAL, 70),
                           (EVALUATORS, 90), (SELECTED, 90)):
            self.view.setColumnWidth(col, width)
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.apply_button = QPushButton(self)
        self.apply_button.setObjectName("applySelection")
        self.open_button = QPushButton(self)

        top = QHBoxLayout()
        top.addWidget(self.round_label)
        top.addWidget(self.round)
        top.addWidget(self.summary, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.legend, 1)
        bottom.addWidget(self.open_button)
        bottom.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view)
        layout.addLayout(bottom)

        self.round.currentIndexChanged.connect(lambda _i: self._round_changed())
        self.model.decision_changed.connect(self.refresh)
        self.apply_button.clicked.connect(self.apply_selection)
        self.open_button.clicked.connect(self._open_selected)
        self.view.doubleClicked.connect(lambda index: self.open_requested.emit(
            self.model.rows[index.row()].uuid))
        self.retranslate()
        fill_combo(self.round, rounds(db))
        self._round_changed()

    def retranslate(self) -> None:
        self.round_label.setText(self.tr("Selection &round"))
        self.legend.setText(self.tr(
            "Totals are the average of the evaluators' sums. Equal totals share a place (=). "
            "Rows in yellow are tied on the last place to select: tick the ones the "
            "commission selects."))
        self.apply_button.setText(self.tr("&Apply the selection…"))
        self.open_button.setText(self.tr("&Open application"))

    def _round_changed(self) -> None:
        self.model.decided.clear()
        self.refresh()

    def refresh(self) -> None:
        ref = self.round.currentData()
        if not ref:
            self.model.set_rows([])
            self.summary.setText(self.tr("No selection round is recorded yet."))
            self.apply_button.setEnabled(False)
            return
        def read(s):  # noqa: ANN001, ANN202 - one round: tens of applications, measured fast
            rnd = svc.find_round(s, ref)
            dates = f"{formats.date_text(rnd.announced_on)} – {formats.date_text(rnd.deadline)}"
            return rnd.clusters_to_select, dates, svc.round_ranking(s, ref, self.model.decided)

        try:
            to_select, dates, rows = gateway.read_now(self.db, read)
        except ClusterDeskError as exc:
            self.summary.setText(error_text(exc))
            return
        self.model.set_rows(rows)
        evaluated = sum(1 for r in rows if r.total is not None)
        selected = sum(1 for r in rows if r.selected)
        pending = [r for r in rows if r.status == "evaluated"]
        ties = [r for r in rows if r.tie and r.status == "evaluated"]
        text = self.tr("Applications accepted %1; %2 to select. %n application(s), %3 "
                       "evaluated, %4 selected.", "", len(rows)).replace("%1", dates) \
            .replace("%2", str(to_select)).replace("%3", str(evaluated)) \
            .replace("%4", str(selected))
        if ties and selected != to_select:
            text += " " + self.tr("Decide the tie: %1 of the highlighted applications can be "
                                  "selected.").replace(
                "%1", str(to_select - (selected - sum(1 for r in ties if r.selected))))
        elif not pending and selected:
            text += " " + self.tr("The selection is applied.")
        self.summary.setText(text)
        self.apply_button.setEnabled(bool(pending) and trust.decides(self.db))
        self.apply_button.setVisible(trust.decides(self.db))  # selecting is head office's

    def selected_count(self) -> int:
        return sum(1 for r in self.model.rows if r.selected)

    def _open_selected(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if rows:
            self.open_requested.emit(self.model.rows[rows[0].row()].uuid)

    def apply_selection(self) -> None:
        ref = self.round.currentData()
        chosen = [r for r in self.model.rows if r.status == "evaluated" and r.selected]
        others = [r for r in self.model.rows if r.status == "evaluated" and not r.selected]
        answer = QMessageBox.question(self, self.tr("Apply the selection"), self.tr(
            "Mark %n application(s) selected and %1 not selected? Each change is kept in the "
            "application's history.", "", len(chosen)).replace("%1", str(len(others))))
        if answer != QMessageBox.StandardButton.Yes:
            return
        who = current_actor(self.db)
        decided = dict(self.model.decided)

        def applied(_result: object) -> None:
            self.model.decided.clear()
            self.refresh()

        self.apply_button.setEnabled(False)
        gateway.write(self, self.db, lambda s: svc.apply_selection(s, ref, who, decided=decided),
                      applied, lambda exc: (self.refresh(), gateway.show_failure(self, exc)))
