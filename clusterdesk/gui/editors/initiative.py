"""A cluster initiative: its details, members (add/remove with role), diagnostics and
applications."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from clusterdesk.domain.enums import InitiativeStatus, MemberRole
from clusterdesk.domain.validators import required_problem
from clusterdesk.errors import ValidationError
from clusterdesk.gui import labels
from clusterdesk.gui.editors.base import RecordEditor
from clusterdesk.gui.forms.ui_initiative_editor import Ui_InitiativeEditor
from clusterdesk.gui.hub import hub
from clusterdesk.gui.list_page import make_related
from clusterdesk.gui.pickers import OrganizationPicker, fill_combo
from clusterdesk.gui.reasons import error_text
from clusterdesk.services import editing, lists, records
from clusterdesk.store.database import Database
from clusterdesk.store.models import Initiative, Membership


class InitiativeEditor(RecordEditor):
    table = "initiatives"

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
            with db.session() as s:
                i = records.get(s, Initiative, uuid)
            self.setWindowTitle(i.name)
            ui.name.setText(i.name)
            ui.sector.setCurrentIndex(max(ui.sector.findData(i.sector_key), 0))
            ui.region.setCurrentIndex(max(ui.region.findData(i.region_code), 0))
            ui.status.setCurrentIndex(ui.status.findData(i.status.value))
            self.coordinator.set(i.coordinator_uuid)
            ui.description.setPlainText(i.description)
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

    def _open_member(self, membership_uuid: str) -> None:
        with self.db.session() as s:
            org = records.get(s, Membership, membership_uuid).organization_uuid
        if self.open_record:
            self.open_record("organizations", org)

    def _add_member(self) -> None:
        try:
            with self.db.session() as s:
                editing.add_member(s, self.uuid, self.new_member.uuid or "",
                                   self.ui.memberRole.currentData())
        except ValidationError as exc:
            QMessageBox.warning(self, self.windowTitle(), error_text(exc))
            return
        self.ui.memberOrganization.clear()
        self.new_member.uuid = None
        self.members.refresh()
        hub.changed.emit("memberships")

    def _remove_member(self) -> None:
        rows = self.ui.membersView.selectionModel().selectedRows()
        if not rows:
            return
        uuid = self.members.uuid_at(rows[0].row())
        with self.db.session() as s:
            records.set_deleted(s, Membership, uuid)
        self.members.refresh()
        hub.changed.emit("memberships")

    def write(self, session) -> str:  # noqa: ANN001
        ui = self.ui
        i = records.get(session, Initiative, self.uuid) if self.uuid else Initiative()
        i.name = ui.name.text().strip()
        i.sector_key = ui.sector.currentData()
        i.region_code = ui.region.currentData()
        i.status = InitiativeStatus(ui.status.currentData())
        i.coordinator_uuid = self.coordinator.uuid
        i.description = ui.description.toPlainText().strip()
        editing.save(session, i)
        session.flush()
        return i.uuid
