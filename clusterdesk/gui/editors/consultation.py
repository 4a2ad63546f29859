"""Recording a consultation: the most frequent action on a trip, usable with the keyboard
alone; the draft is saved as you type."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QListWidgetItem, QToolButton, QWidget

from clusterdesk.domain.enums import ConsultationFormat, Interest
from clusterdesk.domain.validators import consultation_date_problem, date_on_trip
from clusterdesk.errors import Reason
from clusterdesk.gui import drafts, formats, gateway, labels, settings
from clusterdesk.gui.editors.base import RecordEditor
from clusterdesk.gui.editors.kept_values import select_data
from clusterdesk.gui.forms.ui_consultation_editor import Ui_ConsultationEditor
from clusterdesk.gui.pickers import OrganizationPicker, fill_combo
from clusterdesk.gui.quick_organization import QuickOrganizationDialog
from clusterdesk.services import lookups, records
from clusterdesk.store.database import Database
from clusterdesk.store.models import Consultation, Trip

DRAFT = drafts.CONSULTATION


class ConsultationEditor(RecordEditor):
    table = "consultations"
    model = Consultation

    def __init__(self, db: Database, uuid: str | None = None, parent: QWidget | None = None,
                 draft: dict | None = None, organization_uuid: str | None = None) -> None:
        super().__init__(db, uuid, parent)
        self.is_new = uuid is None
        self.ui = Ui_ConsultationEditor()
        self.ui.setupUi(self)
        ui = self.ui
        self.picker = OrganizationPicker(db, ui.organization)
        self._trips, consultants = gateway.read_now(
            db, lambda s: (lookups.trips(s), lookups.consultants(s)))
        fill_combo(ui.trip, [(t.uuid, f"{formats.date_text(t.start_date)} · {t.title}")
                             for t in self._trips], empty=self.tr("— no trip —"))
        for uuid_, name in consultants:
            item = QListWidgetItem(name, ui.consultants)
            item.setData(Qt.ItemDataRole.UserRole, uuid_)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        fill_combo(ui.format, [(f.value, labels.enum_label("ConsultationFormat", f))
                               for f in ConsultationFormat])
        fill_combo(ui.interest, [(i.value, labels.enum_label("Interest", i)) for i in Interest])
        self._add_new_organization_button()
        ui.hasDue.toggled.connect(ui.nextStepDue.setEnabled)
        self.setup_buttons(ui.buttonBox)
        if uuid:
            self.load()
        else:
            self.prefill(organization_uuid)
            if draft:
                self.take_baseline()  # the empty form: the draft counts as unsaved
                self.apply(draft)
        self.picker.picked.connect(self._check_org)
        ui.organization.textChanged.connect(lambda _t: self._check_org(self.picker.uuid or ""))
        ui.date.dateChanged.connect(self._check_dates)
        ui.nextStepDue.dateChanged.connect(self._check_dates)
        ui.hasDue.toggled.connect(self._check_dates)
        ui.trip.currentIndexChanged.connect(self._date_into_trip)
        ui.trip.currentIndexChanged.connect(self._check_dates)
        self._check_org(self.picker.uuid or "")
        self._check_dates()
        (ui.organization if not self.picker.uuid else ui.topics).setFocus()

    # ---- an organization met in the field, created on the spot ----
    def _add_new_organization_button(self) -> None:
        ui = self.ui
        self.new_org_button = QToolButton(self)
        self.new_org_button.setObjectName("newOrganization")
        self.new_org_button.setText(self.tr("New…"))
        self.new_org_button.setToolTip(self.tr(
            "Create the organization now if it is not in the database yet (Ctrl+Shift+O)"))
        self.new_org_button.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.new_org_button.clicked.connect(self.new_organization)
        row = QHBoxLayout()
        ui.organizationErrorBox.removeWidget(ui.organization)
        row.addWidget(ui.organization, 1)
        row.addWidget(self.new_org_button)
        ui.organizationErrorBox.insertLayout(0, row)

    def new_organization(self) -> None:
        """Name, BIN and region of an organization not yet recorded; the form stays open."""
        trip = next((t for t in self._trips if t.uuid == self.ui.trip.currentData()), None)
        region = (trip.region_codes or [None])[0] if trip else None
        name = "" if self.picker.uuid else self.ui.organization.text()
        dialog = QuickOrganizationDialog(self.db, name, self._organization_created, self,
                                         region=region)
        dialog.open()
        self.quick_dialog = dialog

    def _organization_created(self, uuid: str) -> None:
        self.picker.set(uuid)
        self.picker.picked.emit(uuid)
        self.ui.topics.setFocus()

    # ---- filling the form ----
    def prefill(self, organization_uuid: str | None) -> None:
        """Today's date, the current trip and this consultant, as a trip day expects."""
        ui = self.ui
        self.setWindowTitle(self.tr("New consultation"))
        today = dt.date.today()
        ui.date.setDate(QDate(today))
        ui.nextStepDue.setDate(QDate(today + dt.timedelta(days=14)))
        ui.nextStepDue.setEnabled(False)
        trip = settings.get(settings.CURRENT_TRIP)
        if not trip:
            found = gateway.read_now(self.db, lambda s: lookups.trip_for_date(s, today))
            trip = found.uuid if found else None
        ui.trip.setCurrentIndex(max(ui.trip.findData(trip), 0))
        self._date_into_trip()  # notes of a past trip typed up later: a day of that trip
        me = settings.consultant(self.db)  # kept in the database
        self._check_consultants([me] if me else [])
        if organization_uuid:
            self.picker.set(organization_uuid)

    def load(self) -> None:
        ui = self.ui
        c = gateway.read_now(self.db, lambda s: records.get(s, Consultation, self.uuid))
        self.loaded(c)
        self.picker.set(c.organization_uuid)
        self.setWindowTitle(self.tr("Consultation: %1").replace("%1", ui.organization.text()))
        ui.date.setDate(QDate(c.date))
        self._show_trip(c.trip_uuid)
        self._check_consultants(c.consultants)
        ui.format.setCurrentIndex(ui.format.findData(c.format.value))
        ui.interest.setCurrentIndex(ui.interest.findData(c.interest.value))
        ui.topics.setPlainText(c.topics)
        ui.outcome.setText(c.outcome)
        ui.notes.setPlainText(c.notes)
        ui.nextSteps.setText(c.next_steps)
        ui.nextStepOwner.setText(c.next_step_owner)
        ui.hasDue.setChecked(c.next_step_due is not None)
        ui.nextStepDue.setEnabled(c.next_step_due is not None)
        ui.nextStepDue.setDate(QDate(c.next_step_due or c.date))

    def _show_trip(self, uuid: str | None) -> None:
        """The consultation's trip, also one deleted since (marked so): saving keeps the
        link unless another trip is chosen (undoing the deletion brings them together)."""
        ui = self.ui
        if uuid and ui.trip.findData(uuid) < 0:
            trip = gateway.read_now(self.db, lambda s: s.get(Trip, uuid))
            if trip is not None:
                self._trips.append(trip)
                text = self.tr("%1 · %2 (deleted)").replace(
                    "%1", formats.date_text(trip.start_date)).replace("%2", trip.title)
            else:
                text = self.tr("a trip not in this database (%1)").replace("%1", uuid)
            select_data(ui.trip, uuid, text)
        else:
            select_data(ui.trip, uuid)

    def _check_consultants(self, uuids: list[str]) -> None:
        lst = self.ui.consultants
        for i in range(lst.count()):
            item = lst.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in uuids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _consultants(self) -> list[str]:
        lst = self.ui.consultants
        return [lst.item(i).data(Qt.ItemDataRole.UserRole) for i in range(lst.count())
                if lst.item(i).checkState() == Qt.CheckState.Checked]

    # ---- drafts ----
    def snapshot(self) -> dict:
        ui = self.ui
        return {
            "organization_uuid": self.picker.uuid, "organization_text": ui.organization.text(),
            "date": ui.date.date().toPython().isoformat(), "trip_uuid": ui.trip.currentData(),
            "consultants": self._consultants(), "format": ui.format.currentData(),
            "interest": ui.interest.currentData(), "topics": ui.topics.toPlainText(),
            "outcome": ui.outcome.text(), "notes": ui.notes.toPlainText(),
            "next_steps": ui.nextSteps.text(), "next_step_owner": ui.nextStepOwner.text(),
            "next_step_due": ui.nextStepDue.date().toPython().isoformat()
            if ui.hasDue.isChecked() else None,
        }

    def apply(self, d: dict) -> None:
        ui = self.ui
        if d.get("organization_uuid"):
            self.picker.set(d["organization_uuid"])
        else:
            ui.organization.setText(d.get("organization_text", ""))
        ui.date.setDate(QDate(dt.date.fromisoformat(d["date"])))
        self._show_trip(d.get("trip_uuid"))  # one deleted meanwhile is shown, not dropped
        self._check_consultants(d.get("consultants", []))
        ui.format.setCurrentIndex(max(ui.format.findData(d.get("format")), 0))
        ui.interest.setCurrentIndex(max(ui.interest.findData(d.get("interest")), 0))
        ui.topics.setPlainText(d.get("topics", ""))
        ui.outcome.setText(d.get("outcome", ""))
        ui.notes.setPlainText(d.get("notes", ""))
        ui.nextSteps.setText(d.get("next_steps", ""))
        ui.nextStepOwner.setText(d.get("next_step_owner", ""))
        if d.get("next_step_due"):
            ui.hasDue.setChecked(True)
            ui.nextStepDue.setDate(QDate(dt.date.fromisoformat(d["next_step_due"])))

    def draft_key(self) -> str:
        """A new consultation's draft is also offered at the next start (``app.offer_draft``)."""
        return DRAFT if self.is_new else super().draft_key()

    def saved(self) -> None:
        if self.is_new:
            # the next consultation of the day is most likely on the same trip
            settings.put(settings.CURRENT_TRIP, self.ui.trip.currentData() or "")

    # ---- checks and saving ----
    def _check_org(self, uuid: str) -> None:
        reason = None if uuid else (Reason("pick_organization")
                                    if self.ui.organization.text().strip() else Reason("required"))
        self.show_problem(self.ui.organizationError, reason)

    def _date_into_trip(self, *_args) -> None:  # noqa: ANN002
        """A new consultation put on a trip of other days takes a date of that trip."""
        trip = next((t for t in self._trips if t.uuid == self.ui.trip.currentData()), None)
        if self.uuid is None and trip is not None and trip.start_date and trip.end_date:
            day = self.ui.date.date().toPython()
            moved = date_on_trip(day, trip.start_date, trip.end_date, dt.date.today())
            if moved != day:
                self.ui.date.setDate(QDate(moved))

    def _check_dates(self, *_args) -> None:  # noqa: ANN002
        ui = self.ui
        late = ui.hasDue.isChecked() and ui.nextStepDue.date() < ui.date.date()
        trip = next((t for t in self._trips if t.uuid == ui.trip.currentData()), None)
        reason = consultation_date_problem(  # the rule the save applies (services.editing)
            ui.date.date().toPython(), trip.start_date if trip else None,
            trip.end_date if trip else None, dt.date.today())
        self.show_problem(ui.dateError, reason or (Reason("due_before_date") if late else None))

    def fields(self) -> dict:
        ui = self.ui
        return dict(
            date=ui.date.date().toPython(), trip_uuid=ui.trip.currentData(),
            organization_uuid=self.picker.uuid or "", consultants=self._consultants(),
            format=ConsultationFormat(ui.format.currentData()),
            interest=Interest(ui.interest.currentData()), topics=ui.topics.toPlainText().strip(),
            outcome=ui.outcome.text().strip(), notes=ui.notes.toPlainText().strip(),
            next_steps=ui.nextSteps.text().strip(),
            next_step_owner=ui.nextStepOwner.text().strip(),
            next_step_due=ui.nextStepDue.date().toPython() if ui.hasDue.isChecked() else None)
