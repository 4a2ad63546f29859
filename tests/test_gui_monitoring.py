"""The Monitoring area: a cluster's plan, indicators and tasks; a new actual turns it on track."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

MILK = "Молочный кластер Акмолинской области"


def open_monitoring(window, qtbot, day: dt.date = dt.date(2019, 8, 31)):  # noqa: ANN001
    page = window.show_page("monitoring")
    qtbot.waitUntil(lambda: page.view is not None and not page.is_loading, timeout=10_000)
    page.date.setDate(QDate(day.year, day.month, day.day))
    qtbot.waitUntil(lambda: not page.is_loading and page.view.on == day, timeout=10_000)
    return page


def cluster_row(page, name: str) -> str:  # noqa: ANN001
    for i in range(page.clusters.count()):
        if page.clusters.item(i).text().startswith(name):
            return page.clusters.item(i).text()
    raise AssertionError(f"{name} is not listed")


def test_a_new_actual_moves_the_milk_cluster_from_at_risk_to_on_track(window, qtbot):
    page = open_monitoring(window, qtbot)
    assert page.clusters.count() == 6
    assert cluster_row(page, MILK).endswith("at risk")
    window.open_record("monitoring", next(c.uuid for c in page.view.clusters if c.name == MILK))
    assert page.cluster().name == MILK
    assert "Version in force: 1" in page.plan_line.text()
    page.tabs.setCurrentIndex(1)
    names = [page.indicators.item(r, 0).text() for r in range(page.indicators.rowCount())]
    row = next(r for r, n in enumerate(names) if n.startswith("Jobs created"))
    assert page.indicators.item(row, 6).text() == "at risk"
    page.indicators.selectRow(row)
    assert page.chart.points and page.chart.points[0][0] == "2019"
    page.record.click()
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if w.objectName() == "" and w.windowTitle() == "Record an actual value"
                  and w.isVisible())
    dialog.start.setDate(QDate(2019, 7, 1))
    dialog.end.setDate(QDate(2019, 7, 31))
    dialog.value.setValue(6)
    dialog.evidence.setText("Письмо координатора от 05.08.2019")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: cluster_row(page, MILK).endswith("on track"), timeout=10_000)
    row = next(r for r in range(page.indicators.rowCount())
               if page.indicators.item(r, 0).text().startswith("Jobs created"))
    assert page.indicators.item(row, 6).text() == "on track"
    assert page.indicators.item(row, 4).text().startswith("23")


def test_tasks_show_overdue_first_and_the_date_changes_the_figures(window, qtbot):
    page = open_monitoring(window, qtbot)
    page.tabs.setCurrentIndex(2)
    assert page.tasks.rowCount() == 8
    assert "overdue" in page.tasks.item(0, 4).text()
    assert "working 5, trained 13" in page.summary.text()
    early = open_monitoring(window, qtbot, dt.date(2019, 1, 1))
    assert "Cluster organizations: 0" in early.summary.text()
    assert "working 3" in early.summary.text()
    assert early.tasks.rowCount() == 3  # the contract's milestones; the decision came later
    assert all(early.tasks.item(r, 4).text() for r in range(3))
    assert early.tasks.item(0, 4).foreground().color().name() != "" and \
        early.clusters.item(0).data(Qt.ItemDataRole.UserRole)
