"""A contact person of an organization."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from clusterdesk.domain.validators import email_problem, required_problem
from clusterdesk.gui.editors.base import RecordEditor
from clusterdesk.gui.forms.ui_contact_editor import Ui_ContactEditor
from clusterdesk.services import editing, records
from clusterdesk.store.database import Database
from clusterdesk.store.models import Contact


class ContactEditor(RecordEditor):
    table = "contacts"

    def __init__(self, db: Database, uuid: str | None, organization_uuid: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(db, uuid, parent)
        self.organization_uuid = organization_uuid
        self.ui = Ui_ContactEditor()
        self.ui.setupUi(self)
        ui = self.ui
        ui.name.textChanged.connect(lambda t: self.show_problem(ui.nameError, required_problem(t)))
        ui.email.textChanged.connect(lambda t: self.show_problem(ui.emailError, email_problem(t)))
        self.setup_buttons(ui.buttonBox)
        if uuid:
            with db.session() as s:
                c = records.get(s, Contact, uuid)
            ui.name.setText(c.name)
            ui.position.setText(c.position)
            ui.phone.setText(c.phone)
            ui.email.setText(c.email)
        else:
            self.show_problem(ui.nameError, None)

    def write(self, session) -> str:  # noqa: ANN001
        ui = self.ui
        c = records.get(session, Contact, self.uuid) if self.uuid else \
            Contact(organization_uuid=self.organization_uuid)
        c.name, c.position = ui.name.text().strip(), ui.position.text().strip()
        c.phone, c.email = ui.phone.text().strip(), ui.email.text().strip()
        editing.save(session, c)
        session.flush()
        return c.uuid
