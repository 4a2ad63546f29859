"""The Monitoring area (head office): each selected cluster's plan, indicators and the tasks.

Everything shown is read off the GUI thread through the gateway (``programme_view`` at the
chosen date) and re-read after a commit that touched the monitoring tables; recording an
actual value is a dialog whose write goes through the gateway too.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QEvent, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.gui import formats, gateway, labels
from clusterdesk.gui.hub import watch
from clusterdesk.gui.monitoring_charts import TargetActualChart
from clusterdesk.services.monitoring import ClusterView, IndicatorView
from clusterdesk.services.monitoring_programme import ProgrammeView, programme_view
from clusterdesk.store.database import Database
from clusterdesk.sync import trust

READS = frozenset({"strategic_plans", "plan_versions", "plan_measures", "plan_groundwork",
                   "cluster_indicators", "indicator_values", "cluster_organizations",
                   "coordinators", "coordinator_trainings", "coordinator_assignments",
                   "programme_decisions", "programme_tasks", "initiatives"})
WORDS = {  # stored value -> text to translate (context "Monitoring")
    "on_track": QT_TRANSLATE_NOOP("Monitoring", "on track"),
    "at_risk": QT_TRANSLATE_NOOP("Monitoring", "at risk"),
    "off_track": QT_TRANSLATE_NOOP("Monitoring", "off track"),
    "no_data": QT_TRANSLATE_NOOP("Monitoring", "no data"),
    "stock": QT_TRANSLATE_NOOP("Monitoring", "stock (latest value)"),
    "flow": QT_TRANSLATE_NOOP("Monitoring", "flow (sum)"),
    "rate": QT_TRANSLATE_NOOP("Monitoring", "rate (numerator / denominator)"),
    "planned": QT_TRANSLATE_NOOP("Monitoring", "planned"),
    "in_progress": QT_TRANSLATE_NOOP("Monitoring", "in progress"),
    "done": QT_TRANSLATE_NOOP("Monitoring", "done"),
    "blocked": QT_TRANSLATE_NOOP("Monitoring", "blocked"),
    "cancelled": QT_TRANSLATE_NOOP("Monitoring", "cancelled"),
    "open": QT_TRANSLATE_NOOP("Monitoring", "open"),
    "drafted": QT_TRANSLATE_NOOP("Monitoring", "drafted"),
    "agreed": QT_TRANSLATE_NOOP("Monitoring", "agreed with the ministry"),
    "approved": QT_TRANSLATE_NOOP("Monitoring", "approved"),
    "state_support": QT_TRANSLATE_NOOP("Monitoring", "state support measure"),
    "own_funds": QT_TRANSLATE_NOOP("Monitoring", "own funds"),
    "development_institution": QT_TRANSLATE_NOOP("Monitoring", "development institution"),
    "other": QT_TRANSLATE_NOOP("Monitoring", "other"),
}
COLOURS = {"on_track": "#2e7d32", "at_risk": "#b26a00", "off_track": "#c62828",
           "no_data": "#6b7785"}


def word(value: str) -> str:
    return QCoreApplication.translate("Monitoring", WORDS.get(value, value))


def number(value: float | None) -> str:
    if value is None:
        return "—"
    return formats.number_text(value, 0 if float(value).is_integer() else 1)


def day_text(d: dt.date | None) -> str:
    return formats.date_text(d)


def _table(parent: QWidget, name: str) -> QTableWidget:
    t = QTableWidget(parent)
    t.setObjectName(name)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setWordWrap(True)
    t.verticalHeader().hide()
    t.horizontalHeader().setStretchLastSection(True)
    return t


def _fill(table: QTableWidget, header: list[str], rows: list[list[str]],
          colours: dict[int, str] | None = None) -> None:
    table.clear()
    table.setColumnCount(len(header))
    table.setHorizontalHeaderLabels(header)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if colours and c in colours and r < len(colours[c]):
                item.setForeground(QBrush(QColor(COLOURS.get(colours[c][r], "#000000"))))
            table.setItem(r, c, item)
    table.resizeColumnsToContents()


class MonitoringPage(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("monitoringPage")
        self.db = db
        self.view: ProgrammeView | None = None
        self.current_uuid: str | None = None
        self._loading = self._again = False
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.date_label = QLabel(self)
        self.date = QDateEdit(QDate.currentDate(), self)
        self.date.setObjectName("monitoringDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd.MM.yyyy")
        self.date.dateChanged.connect(lambda _d: self.refresh())
        self.summary = QLabel(self)
        self.summary.setObjectName("monitoringSummary")
        self.summary.setWordWrap(True)
        top.addWidget(self.date_label)
        top.addWidget(self.date)
        top.addWidget(self.summary, 1)
        outer.addLayout(top)
        split = QSplitter(self)
        outer.addWidget(split, 1)
        self.clusters = QListWidget(split)
        self.clusters.setObjectName("monitoringClusters")
        self.clusters.currentRowChanged.connect(self._cluster_chosen)
        self.tabs = QTabWidget(split)
        self.tabs.setObjectName("monitoringTabs")
        split.setStretchFactor(1, 3)
        plan = QWidget(self.tabs)
        pl = QVBoxLayout(plan)
        self.plan_line = QLabel(plan)
        self.plan_line.setObjectName("planLine")
        self.plan_line.setWordWrap(True)
        self.goals = QLabel(plan)
        self.goals.setWordWrap(True)
        self.measures = _table(plan, "measuresTable")
        pl.addWidget(self.plan_line)
        pl.addWidget(self.goals)
        pl.addWidget(self.measures, 1)
        ind = QWidget(self.tabs)
        il = QVBoxLayout(ind)
        self.indicators = _table(ind, "indicatorsTable")
        self.indicators.currentCellChanged.connect(lambda *_a: self._show_chart())
        self.chart = TargetActualChart(ind)
        self.record = QPushButton(ind)
        self.record.setObjectName("recordActual")
        self.record.setVisible(trust.decides(self.db))  # the area is head office's
        self.record.clicked.connect(self.record_actual)
        il.addWidget(self.indicators, 2)
        il.addWidget(self.chart, 1)
        il.addWidget(self.record, 0, Qt.AlignmentFlag.AlignRight)
        self.tasks = _table(self.tabs, "tasksTable")
        self.tabs.addTab(plan, "")
        self.tabs.addTab(ind, "")
        self.tabs.addTab(self.tasks, "")
        watch(self, db, READS, lambda _c: self.refresh())
        self.retranslate()
        self.refresh()

    # ---- data ----
    @property
    def on(self) -> dt.date:
        return self.date.date().toPython()

    @property
    def is_loading(self) -> bool:
        return self._loading

    def refresh(self) -> None:
        if self._loading:
            self._again = True
            return
        self._loading, self._again = True, False
        on = self.on
        gateway.read(self, self.db, lambda s: programme_view(s, on), self._loaded,
                     self._failed)

    def _loaded(self, view: ProgrammeView) -> None:
        self._loading = False
        self.view = view
        self.show_view()
        if self._again:
            self.refresh()

    def _failed(self, exc: Exception) -> None:
        self._loading = False
        gateway.show_failure(self, exc)

    def cluster(self) -> ClusterView | None:
        if self.view is None:
            return None
        return next((c for c in self.view.clusters if c.uuid == self.current_uuid), None)

    def show_cluster(self, uuid: str) -> None:
        """Select cluster ``uuid`` (from another view: "monitoring of this cluster")."""
        self.current_uuid = uuid
        self.show_view()

    # ---- showing ----
    def show_view(self) -> None:
        v = self.view
        if v is None:
            return
        self.summary.setText(self.tr(
            "Cluster organizations: %1 · coordinators working %2, trained %3 · overdue "
            "tasks: %4").replace("%1", str(len(v.cluster_organizations))).replace(
            "%2", str(v.working)).replace("%3", str(v.trained)).replace("%4", str(v.overdue)))
        self.clusters.blockSignals(True)
        self.clusters.clear()
        for c in v.clusters:
            item = QListWidgetItem(f"{c.name} — {word(c.status.value)}", self.clusters)
            item.setData(Qt.ItemDataRole.UserRole, c.uuid)
            item.setForeground(QBrush(QColor(COLOURS[c.status.value])))
        uuids = [c.uuid for c in v.clusters]
        if self.current_uuid not in uuids:
            self.current_uuid = uuids[0] if uuids else None
        if self.current_uuid:
            self.clusters.setCurrentRow(uuids.index(self.current_uuid))
        self.clusters.blockSignals(False)
        self._show_cluster()
        self._show_tasks()

    def _cluster_chosen(self, row: int) -> None:
        item = self.clusters.item(row)
        if item is not None:
            self.current_uuid = item.data(Qt.ItemDataRole.UserRole)
            self._show_cluster()

    def _show_cluster(self) -> None:
        c = self.cluster()
        plan = c.plan if c else None
        if plan is None or plan.newest is None:
            self.plan_line.setText(self.tr("No plan recorded."))
        elif plan.version is None:
            self.plan_line.setText(self.tr("No version approved yet; version %1 is %2.")
                                   .replace("%1", str(plan.newest))
                                   .replace("%2", word(str(plan.stage))))
        else:
            text = self.tr("Version in force: %1, approved %2; period %3–%4.").replace(
                "%1", str(plan.version)).replace("%2", day_text(plan.approved_on)).replace(
                "%3", day_text(plan.period_start)).replace("%4", day_text(plan.period_end))
            if plan.newest != plan.version:
                text += " " + self.tr("Version %1 is %2.").replace(
                    "%1", str(plan.newest)).replace("%2", word(str(plan.stage)))
            self.plan_line.setText(text)
        self.goals.setText("\n".join(f"• {g}" for g in (plan.goals if plan else [])))
        _fill(self.measures, [self.tr("Measure / project"), self.tr("Owner"), self.tr("Due"),
                              self.tr("Status"), self.tr("Needed, mln KZT"),
                              self.tr("Financing"), self.tr("What blocks it")],
              [[m.title, m.owner, day_text(m.due_date), word(m.status),
                number(m.budget_mln_kzt), word(m.financing), m.blocker]
               for m in (plan.measures if plan else [])])
        inds = c.indicators if c else []
        lang = labels.language()
        _fill(self.indicators,
              [self.tr("Indicator"), self.tr("Adds up as"), self.tr("Baseline"),
               self.tr("Target %1").replace("%1", str(self.on.year)), self.tr("Actual"),
               self.tr("Expected"), self.tr("Status")],
              [[f"{i.definition.name[lang]}, {i.definition.unit[lang]}",
                word(i.definition.aggregation.value), number(i.baseline),
                number(i.target_for(self.on.year)),
                number(i.assessment.actual) + (f" ({day_text(i.assessment.as_of)})"
                                               if i.assessment.as_of else ""),
                number(i.assessment.expected), word(i.assessment.status.value)]
               for i in inds], {6: [i.assessment.status.value for i in inds]})
        if inds:
            self.indicators.selectRow(0)
        self.record.setEnabled(bool(inds) and trust.decides(self.db))  # head office's area
        self.record.setVisible(trust.decides(self.db))
        self._show_chart()

    def current_indicator(self) -> IndicatorView | None:
        c = self.cluster()
        row = self.indicators.currentRow()
        if c is None or not 0 <= row < len(c.indicators):
            return None
        return c.indicators[row]

    def _show_chart(self) -> None:
        i = self.current_indicator()
        if i is None:
            self.chart.set_data("", ("", ""), [])
            return
        years = sorted({t.end.year for t in i.targets})
        self.chart.set_data(i.definition.name[labels.language()],
                            (self.tr("Target"), self.tr("Actual")),
                            [(str(y), i.target_for(y), i.actual_for(y)) for y in years])

    def _show_tasks(self) -> None:
        tasks = self.view.tasks if self.view else []
        _fill(self.tasks, [self.tr("Task"), self.tr("Decision / contract"), self.tr("Owner"),
                           self.tr("Deadline"), self.tr("Status"), self.tr("Completed"),
                           self.tr("Evidence")],
              [[t.title, t.decision, t.owner, day_text(t.deadline),
                word(t.status) + (" · " + self.tr("overdue") if t.overdue else ""),
                day_text(t.completed_on), t.evidence] for t in tasks],
              {4: ["off_track" if t.overdue else "no_data" for t in tasks]})

    def record_actual(self) -> None:
        from clusterdesk.gui.monitoring_dialogs import RecordActualDialog

        i = self.current_indicator()
        if i is not None:
            RecordActualDialog(self.db, i, parent=self).open()

    # ---- language ----
    def retranslate(self) -> None:
        self.date_label.setText(self.tr("As at"))
        self.tabs.setTabText(0, self.tr("Plan"))
        self.tabs.setTabText(1, self.tr("Indicators"))
        self.tabs.setTabText(2, self.tr("Tasks"))
        self.record.setText(self.tr("Record an actual value…"))
        self.show_view()

    def changeEvent(self, event) -> None:  # noqa: ANN001
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def make_page(window) -> MonitoringPage:  # noqa: ANN001
    return MonitoringPage(window.db, window)
