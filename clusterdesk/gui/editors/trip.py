"""A field trip: round, dates, regions, team; and the consultations recorded on it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from clusterdesk.domain.validators import date_order_problem, required_problem
from clusterdesk.gui import gateway, labels
from clusterdesk.gui.editors.base import RecordEditor
from clusterdesk.gui.forms.ui_trip_editor import Ui_TripEditor
from clusterdesk.gui.list_page import make_related
from clusterdesk.services import lists, lookups, records
from clusterdesk.store.database import Database
from clusterdesk.store.models import Trip


def fill_checklist(widget: QListWidget, items: list[tuple[str, str]], checked: list[str]) -> None:
    widget.clear()
    for value, text in items:
        item = QListWidgetItem(text, widget)
        item.setData(Qt.ItemDataRole.UserRole, value)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if value in checked else Qt.CheckState.Unchecked)


def checked_values(widget: QListWidget) -> list[str]:
    return [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked]


class TripEditor(RecordEditor):
    table = "trips"
    model = Trip

    def __init__(self, db: Database, uuid: str | None = None, parent: QWidget | None = None,
                 open_record=None) -> None:  # noqa: ANN001
        super().__init__(db, uuid, parent)
        self.ui = Ui_TripEditor()
        self.ui.setupUi(self)
        ui = self.ui
        self.consultants = gateway.read_now(db, lookups.consultants)
        if uuid:
            self.load()
        else:
            fill_checklist(ui.regions, labels.all_regions(), [])
            fill_checklist(ui.team, self.consultants, [])
            self.setWindowTitle(self.tr("New trip"))
            ui.startDate.setDate(QDate(dt.date.today()))
            ui.endDate.setDate(QDate(dt.date.today() + dt.timedelta(days=4)))
            self.show_problem(ui.titleError, None)
        ui.title.textChanged.connect(
            lambda t: self.show_problem(ui.titleError, required_problem(t)))
        ui.startDate.dateChanged.connect(self._check_dates)
        ui.endDate.dateChanged.connect(self._check_dates)
        self.setup_buttons(ui.buttonBox)
        make_related(db, lists.CONSULTATIONS, "trip", uuid or "", ui.consultationsView,
                     lambda u: open_record and u and open_record("consultations", u))
        ui.title.setFocus()

    def load(self) -> None:
        ui = self.ui
        trip = gateway.read_now(self.db, lambda s: records.get(s, Trip, self.uuid))
        self.loaded(trip)
        fill_checklist(ui.regions, labels.all_regions(), trip.region_codes)
        fill_checklist(ui.team, self.consultants, trip.team)
        self.setWindowTitle(trip.title)
        ui.round.setValue(trip.round)
        ui.title.setText(trip.title)
        ui.startDate.setDate(QDate(trip.start_date))
        ui.endDate.setDate(QDate(trip.end_date))
        ui.purpose.setPlainText(trip.purpose)

    def _check_dates(self, *_a) -> None:  # noqa: ANN002
        ui = self.ui
        self.show_problem(ui.datesError, date_order_problem(
            ui.startDate.date().toPython(), ui.endDate.date().toPython()))

    def fields(self) -> dict:
        ui = self.ui
        return dict(round=ui.round.value(), title=ui.title.text().strip(),
                    start_date=ui.startDate.date().toPython(),
                    end_date=ui.endDate.date().toPython(), region_codes=checked_values(ui.regions),
                    team=checked_values(ui.team), purpose=ui.purpose.toPlainText().strip())
