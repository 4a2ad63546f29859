"""The organization editor: details checked as you type, contacts, consultations, initiatives."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from clusterdesk.domain.bin import normalize_bin
from clusterdesk.domain.enums import OrgKind, SizeClass
from clusterdesk.domain.validators import (
    bin_field_problem,
    email_problem,
    oked_problem,
    required_problem,
)
from clusterdesk.errors import Reason
from clusterdesk.gui import gateway, labels, settings, undo
from clusterdesk.gui.editors.base import RecordEditor, confirm_removal
from clusterdesk.gui.editors.kept_values import NumberField, select_data
from clusterdesk.gui.forms.ui_organization_editor import Ui_OrganizationEditor
from clusterdesk.gui.list_page import make_related
from clusterdesk.gui.pickers import fill_combo
from clusterdesk.services import lists, organizations, records
from clusterdesk.store.database import Database
from clusterdesk.store.models import Contact, Organization
from clusterdesk.store.refdata import regions


class OrganizationEditor(RecordEditor):
    table = "organizations"
    model = Organization

    def __init__(self, db: Database, uuid: str | None = None,
                 parent: QWidget | None = None, open_record=None) -> None:  # noqa: ANN001
        super().__init__(db, uuid, parent)
        self.ui = Ui_OrganizationEditor()
        self.ui.setupUi(self)
        self.open_record = open_record
        self._regions: tuple | None = None
        ui = self.ui
        fill_combo(ui.kind, [(k.value, labels.enum_label("OrgKind", k)) for k in OrgKind])
        fill_combo(ui.sizeClass, [(k.value, labels.enum_label("SizeClass", k))
                                  for k in SizeClass], empty="—")
        fill_combo(ui.regionRecorded, labels.all_regions(), empty="—")
        fill_combo(ui.sector, labels.all_sectors(), empty="—")
        self.employees, self.revenue, self.export_share = (
            NumberField(ui.employees), NumberField(ui.revenue), NumberField(ui.exportShare))
        ui.name.textChanged.connect(
            lambda t: self.show_problem(ui.nameError, required_problem(t)))
        ui.bin.textChanged.connect(self._check_bin)
        ui.email.textChanged.connect(lambda t: self.show_problem(ui.emailError, email_problem(t)))
        self._add_oked_problem()
        ui.regionRecorded.currentIndexChanged.connect(self._show_today)
        self.setup_buttons(ui.buttonBox)
        self.load()
        self._contacts = make_related(db, lists.CONTACTS, "organization", self.uuid or "",
                                      ui.contactsView, self._edit_contact)
        make_related(db, lists.CONSULTATIONS, "organization", self.uuid or "",
                     ui.consultationsView, self._open("consultations"))
        make_related(db, lists.MEMBERS, "organization", self.uuid or "",
                     ui.initiativesView, self._open("members"))
        ui.addContact.clicked.connect(lambda: self._edit_contact(None))
        ui.removeContact.clicked.connect(self._remove_contact)
        for w in (ui.addContact, ui.removeContact):
            w.setEnabled(self.uuid is not None)
        ui.name.setFocus()

    def _add_oked_problem(self) -> None:
        """The OKED's problem under it, as for the e-mail (the form has no label for it)."""
        ui = self.ui
        self.okedError = QLabel(ui.detailsTab)
        self.okedError.setObjectName("okedError")
        self.okedError.setWordWrap(True)
        self.okedError.setStyleSheet(ui.emailError.styleSheet())
        self.okedError.setVisible(False)
        row, _role = ui.detailsForm.getWidgetPosition(ui.oked)
        ui.detailsForm.insertRow(row + 1, "", self.okedError)
        ui.oked.textChanged.connect(
            lambda t: self.show_problem(self.okedError, oked_problem(t)))

    def _open(self, kind: str):  # noqa: ANN202
        return lambda uuid: self.open_record and uuid and self.open_record(kind, uuid)

    def load(self) -> None:
        ui = self.ui
        if self.uuid is None:
            self.setWindowTitle(self.tr("New organization"))
            self.show_problem(ui.nameError, None)
            region = settings.get(settings.DEFAULT_REGION)
            ui.regionRecorded.setCurrentIndex(max(ui.regionRecorded.findData(region), 0))
            return
        o = gateway.read_now(self.db, lambda s: records.get(s, Organization, self.uuid))
        self.loaded(o)
        self.setWindowTitle(o.name)
        ui.name.setText(o.name)
        ui.kind.setCurrentIndex(ui.kind.findData(o.kind.value))
        ui.legalForm.setText(o.legal_form)
        ui.bin.setText(o.bin)
        select_data(ui.sizeClass, o.size_class.value if o.size_class else None)
        self.employees.set(o.employees)
        self.revenue.set(o.revenue_mln_kzt)
        self.export_share.set(o.export_share)
        select_data(ui.regionRecorded, o.region_recorded_code or o.region_code)
        # shown, and what was stored: an untouched region saves the two codes as they were
        self._regions = (ui.regionRecorded.currentData(), o.region_recorded_code, o.region_code)
        select_data(ui.sector, o.sector_key)
        for widget, value in ((ui.oked, o.oked), (ui.address, o.address), (ui.phone, o.phone),
                              (ui.email, o.email), (ui.website, o.website)):
            widget.setText(value)

    def _check_bin(self, text: str) -> None:
        reason = bin_field_problem(text)
        value = normalize_bin(text)
        if reason is None and value:
            other = gateway.read_now(self.db, lambda s: organizations.duplicate_of(
                s, value, self.uuid))  # by the index on the BIN
            if other is not None:
                reason = Reason("bin.duplicate", bin=value, name=other.name, uuid=other.uuid)
        self.show_problem(self.ui.binError, reason)

    def _show_today(self) -> None:
        code = self.ui.regionRecorded.currentData()
        ref = regions().get(code) if code else None
        self.ui.regionToday.setText(labels.region_name(ref.today) if ref else "")

    def fields(self) -> dict:
        ui = self.ui
        recorded = ui.regionRecorded.currentData()
        region = regions()[recorded].today if recorded else None
        if self._regions is not None and self._regions[0] == recorded:
            recorded, region = self._regions[1:]
        return dict(
            name=ui.name.text(), kind=OrgKind(ui.kind.currentData()),
            legal_form=ui.legalForm.text().strip(), bin=ui.bin.text(),
            size_class=SizeClass(ui.sizeClass.currentData()) if ui.sizeClass.currentData()
            else None,
            employees=self.employees.value(), revenue_mln_kzt=self.revenue.value(),
            export_share=self.export_share.value(), region_recorded_code=recorded,
            region_code=region,
            sector_key=ui.sector.currentData(), oked=ui.oked.text().strip(),
            address=ui.address.text().strip(), phone=ui.phone.text().strip(),
            email=ui.email.text().strip(), website=ui.website.text().strip())

    def saver(self):  # noqa: ANN201
        return organizations.save

    def _edit_contact(self, uuid: str | None) -> None:
        from clusterdesk.gui.editors.contact import ContactEditor

        if self.uuid:
            ContactEditor(self.db, uuid, self.uuid, self).exec()  # the list follows by itself

    def _remove_contact(self) -> None:
        rows = self.ui.contactsView.selectionModel().selectedRows()
        if rows:
            uuid = self._contacts.uuid_at(rows[0].row())
            name = str(rows[0].data() or "")
            if confirm_removal(self, self.tr("Remove contact"), name):
                undo.push_delete(self, self.db, Contact, uuid,
                                 self.tr("Remove contact «%1»").replace("%1", name))
