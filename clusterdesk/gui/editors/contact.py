"""A contact person of an organization."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from clusterdesk.domain.validators import email_problem, required_problem
from clusterdesk.gui import gateway
from clusterdesk.gui.editors.base import RecordEditor
from clusterdesk.gui.forms.ui_contact_editor import Ui_ContactEditor
from clusterdesk.services import records
from clusterdesk.store.database import Database
from clusterdesk.store.models import Contact


class ContactEditor(RecordEditor):
    table = "contacts"
    model = Contact

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
            self.load()
        else:
            self.show_problem(ui.nameError, None)

    def load(self) -> None:
        ui = self.ui
        c = gateway.read_now(self.db, lambda s: records.get(s, Contact, self.uuid))
        self.loaded(c)
        ui.name.setText(c.name)
        ui.position.setText(c.position)
        ui.phone.setText(c.phone)
        ui.email.setText(c.email)

    def fields(self) -> dict:
        ui = self.ui
        return dict(organization_uuid=self.organization_uuid, name=ui.name.text().strip(),
                    position=ui.position.text().strip(), phone=ui.phone.text().strip(),
                    email=ui.email.text().strip())
