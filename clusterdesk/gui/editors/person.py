"""A person who uses the program: name, consultant or head office, region, contacts.

Built in code (six fields); saved through ``services.people.save`` like any record editor,
so it gets the draft, Ctrl+S and "discard changes?" of ``RecordEditor``.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from clusterdesk.domain.validators import email_problem, required_problem
from clusterdesk.gui import gateway, labels
from clusterdesk.gui.editors.base import RecordEditor
from clusterdesk.gui.editors.kept_values import select_data
from clusterdesk.gui.pickers import fill_combo
from clusterdesk.services import people, records
from clusterdesk.store.database import Database
from clusterdesk.store.models import Consultant


def role_items() -> list[tuple[str, str]]:
    return [(r, labels.enum_label("PersonRole", r)) for r in people.ROLES]


class PersonEditor(RecordEditor):
    table = "consultants"
    model = Consultant

    def __init__(self, db: Database, uuid: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(db, uuid, parent)
        self.setObjectName("PersonEditor")
        form = QFormLayout(self)
        self.name = QLineEdit(self)
        self.name.setObjectName("name")
        self.nameError = QLabel(self)
        self.nameError.setObjectName("nameError")
        self.nameError.setStyleSheet("color: #b00020;")
        self.nameError.setVisible(False)
        self.role = QComboBox(self)
        self.role.setObjectName("role")
        fill_combo(self.role, role_items())
        self.region = QComboBox(self)
        self.region.setObjectName("region")
        fill_combo(self.region, labels.current_regions(), empty="—")
        self.organization = QLineEdit(self)
        self.organization.setObjectName("organization")
        self.phone = QLineEdit(self)
        self.phone.setObjectName("phone")
        self.email = QLineEdit(self)
        self.email.setObjectName("email")
        self.emailError = QLabel(self)
        self.emailError.setObjectName("emailError")
        self.emailError.setStyleSheet("color: #b00020;")
        self.emailError.setWordWrap(True)
        self.emailError.setVisible(False)
        for text, widget in ((self.tr("&Name"), self.name), (self.tr("&Works as"), self.role),
                             (self.tr("&Region"), self.region),
                             (self.tr("&Organization"), self.organization),
                             (self.tr("&Phone"), self.phone), (self.tr("&E-mail"), self.email)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
            if widget is self.name:
                form.addRow("", self.nameError)
            elif widget is self.email:
                form.addRow("", self.emailError)
        self.buttonBox = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        form.addRow(self.buttonBox)
        self.name.textChanged.connect(
            lambda t: self.show_problem(self.nameError, required_problem(t)))
        self.email.textChanged.connect(
            lambda t: self.show_problem(self.emailError, email_problem(t)))
        self.setWindowTitle(self.tr("New person"))
        self.resize(460, 300)
        if uuid:
            self.load()
        else:
            self.show_problem(self.nameError, None)
        self.setup_buttons(self.buttonBox)
        self.name.setFocus()

    def load(self) -> None:
        p = gateway.read_now(self.db, lambda s: records.get(s, Consultant, self.uuid))
        self.loaded(p)
        self.setWindowTitle(p.name)
        self.name.setText(p.name)
        select_data(self.role, p.role)
        # a region no longer offered (before a split) is kept, not dropped
        select_data(self.region, p.region_code or None, labels.region_name(p.region_code) or None)
        self.organization.setText(p.organization)
        self.phone.setText(p.phone)
        self.email.setText(p.email)

    def saver(self):  # noqa: ANN201
        return people.save

    def fields(self) -> dict:
        return dict(name=self.name.text().strip(), role=self.role.currentData(),
                    region_code=self.region.currentData() or "",
                    organization=self.organization.text().strip(),
                    phone=self.phone.text().strip(), email=self.email.text().strip())
