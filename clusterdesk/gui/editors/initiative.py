"""A cluster initiative: its details, members (add/remove with role), diagnostics and
applications."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from clusterdesk.domain.enums import InitiativeStatus, MemberRole
from clusterdesk.domain.validators import required_problem
from clusterdesk.gui import gateway, labels, undo
from clusterdesk.gui.editors.base import RecordEditor, confirm_removal
from clusterdesk.gui.editors.kept_values import select_data
from clusterdesk.gui.forms.ui_initiative_editor import Ui_InitiativeEditor
from clusterdesk.gui.list_page import make_related
from clusterdesk.gui.pickers import OrganizationPicker, fill_combo
from clusterdesk.services import editing, lists, records
from clusterdesk.store.database import Database
from clusterdesk.store.models import Initiative, Membership


class InitiativeEditor(RecordEditor):
    table = "initiatives"
    model = Initiative

    def __init__(self, db: Database, uuid: str | None = None, parent: QWidget | None = None,
                 open_record=None) -> None:  # noqa: ANN001
        super().__init__(db, uuid, parent)
        self.ui = Ui_InitiativeEditor()
        self.ui.setupUi(self)
        self.open_record = open_record
        ui = self.ui
        fill_combo(ui.sector, labels.all_sectors(), empty="—")
        fill_combo(ui.region, labels.current_regions(), empty="—")
        fill_combo(ui.status, [(s.value, labels.enum_label("InitiativeStatus", s))
                               for s in InitiativeStatus])
        fill_combo(ui.memberRole, [(r.value, labels.enum_label("MemberRole", r))
                                   for r in MemberRole], MemberRole.PARTICIPANT.value)
        self.coordinator = OrganizationPicker(db, ui.coordinator)
        self.new_member = OrganizationPicker(db, ui.memberOrganization)
        ui.name.textChanged.connect(lambda t: self.show_problem(ui.nameError, required_problem(t)))
        self.setup_buttons(ui.buttonBox)
        if uuid:
            self.load()
        else:
            self.setWindowTitle(self.tr("New cluster initiative"))
            self.show_problem(ui.nameError, None)
        self.members = make_related(db, lists.MEMBERS, "initiative", uuid or "", ui.membersView,
                                    self._open_member)
        make_related(db, lists.APPLICATIONS, "initiative_uuid", uuid or "",
                     ui.applicationsView, lambda u: open_record and u
                     and open_record("applications", u))
        if "diagnostics" in lists.LISTS:
            make_related(db, lists.LISTS["diagnostics"], "initiative_uuid", uuid or "",
                         ui.diagnosticsView, lambda u: open_record and u
                         and open_record("diagnostics", u))
        ui.addMember.clicked.connect(self._add_member)
        ui.removeMember.clicked.connect(self._remove_member)
        for w in (ui.addMember, ui.removeMember, ui.memberOrganization, ui.memberRole):
            w.setEnabled(uuid is not None)
        ui.name.setFocus()

    def load(self) -> None:
        ui = self.ui
        i = gateway.read_now(self.db, lambda s: records.get(s, Initiative, self.uuid))
        self.loaded(i)
        self.setWindowTitle(i.name)
        ui.name.setText(i.name)
        select_data(ui.sector, i.sector_key)  # one no longer offered is kept, not dropped
        select_data(ui.region, i.region_code, labels.region_name(i.region_code) or None)
        ui.status.setCurrentIndex(ui.status.findData(i.status.value))
        self.coordinator.set(i.coordinator_uuid)
        ui.description.setPlainText(i.description)

    def _open_member(self, membership_uuid: str) -> None:
        org = gateway.read_now(self.db, lambda s: records.get(
            s, Membership, membership_uuid).organization_uuid)
        if self.open_record:
            self.open_record("organizations", org)

    def _add_member(self) -> None:
        ini, org, role = self.uuid, self.new_member.uuid or "", self.ui.memberRole.currentData()

        def added(_member: object) -> None:
            self.ui.memberOrganization.clear()
            self.new_member.uuid = None

        gateway.write(self, self.db, lambda s: editing.add_member(s, ini, org, role), added)

    def _remove_member(self) -> None:
        rows = self.ui.membersView.selectionModel().selectedRows()
        if not rows:
            return
        uuid = self.members.uuid_at(rows[0].row())
        name = str(rows[0].data() or "")
        if confirm_removal(self, self.tr("Remove member"), name):
            undo.push_delete(self, self.db, Membership, uuid,
                             self.tr("Remove member «%1»").replace("%1", name))

    def fields(self) -> dict:
        ui = self.ui
        return dict(name=ui.name.text().strip(), sector_key=ui.sector.currentData(),
                    region_code=ui.region.currentData(),
                    status=InitiativeStatus(ui.status.currentData()),
                    coordinator_uuid=self.coordinator.uuid,
                    description=ui.description.toPlainText().strip())
