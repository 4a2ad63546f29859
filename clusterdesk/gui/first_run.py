"""First start on a computer: who works here? A consultant or head office, with name,
organization, region and phone — or one of the people already in the database.

Asked once, when the database names nobody for this computer (``services.people.current``);
the answer is stored in the database (and can be changed on the People page or in Settings).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from clusterdesk.domain.validators import required_problem
from clusterdesk.gui import gateway, labels, settings
from clusterdesk.gui.editors.person import role_items
from clusterdesk.gui.pickers import fill_combo
from clusterdesk.services import lookups, people
from clusterdesk.store.database import Database


class FirstRunDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FirstRunDialog")
        self.db = db
        self.saving = False
        self.setWindowTitle(self.tr("Who works at this computer?"))
        form = QFormLayout(self)
        intro = QLabel(self.tr(
            "ClusterDesk records who made each consultation and names you in the files sent "
            "to head office. Choose yourself if you are already in the list, or introduce "
            "yourself once."), self)
        intro.setWordWrap(True)
        form.addRow(intro)
        self.existing = QComboBox(self)
        self.existing.setObjectName("existing")
        fill_combo(self.existing, gateway.read_now(db, lookups.consultants),
                   empty=self.tr("— I am new here —"))
        self.role = QComboBox(self)
        self.role.setObjectName("role")
        fill_combo(self.role, role_items())
        self.name = QLineEdit(self)
        self.name.setObjectName("name")
        self.organization = QLineEdit(self)
        self.organization.setObjectName("organization")
        self.region = QComboBox(self)
        self.region.setObjectName("region")
        fill_combo(self.region, labels.current_regions(),
                   settings.get(settings.DEFAULT_REGION) or None, empty="—")
        self.phone = QLineEdit(self)
        self.phone.setObjectName("phone")
        self._new_rows = []
        for text, widget in ((self.tr("I &am"), self.existing), (self.tr("&Works as"), self.role),
                             (self.tr("&Name"), self.name),
                             (self.tr("&Organization"), self.organization),
                             (self.tr("&Region"), self.region), (self.tr("&Phone"), self.phone)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
            if widget is not self.existing:
                self._new_rows.append((label, widget))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.existing.currentIndexChanged.connect(self._update)
        self.name.textChanged.connect(self._update)
        self._update()
        (self.existing if self.existing.count() > 1 else self.name).setFocus()

    def _update(self) -> None:
        new = self.existing.currentData() is None
        for label, widget in self._new_rows:
            label.setEnabled(new)
            widget.setEnabled(new)
        ok = not self.saving and (not new or required_problem(self.name.text()) is None)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def save(self) -> None:
        if self.saving or not self.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled():
            return
        chosen = self.existing.currentData()
        fields = dict(name=self.name.text(), organization=self.organization.text().strip(),
                      region_code=self.region.currentData() or "",
                      phone=self.phone.text().strip(), role=self.role.currentData())
        if self.region.currentData():
            settings.put(settings.DEFAULT_REGION, self.region.currentData())

        def op(s) -> str:  # noqa: ANN001
            if chosen:
                people.set_current(s, chosen)
                return chosen
            return people.introduce(s, **fields).uuid

        self.saving = True
        self._update()
        gateway.write(self, self.db, op, lambda _uuid: self.accept(), self._failed, origin=self)

    def _failed(self, exc: Exception) -> None:
        self.saving = False
        self._update()
        gateway.show_failure(self, exc, self.windowTitle())


def needs_asking(db: Database) -> bool:
    return not gateway.read_now(db, people.current_uuid)


def ask_if_needed(window) -> None:  # noqa: ANN001
    """At start: nobody named for this computer yet → ask once (Cancel: ask next time).

    Shown window-modal with ``open()``, not ``exec()``: the start-up goes on (the draft offer,
    the smoke test's timer) and the event loop runs while the question waits."""
    if needs_asking(window.db):
        dialog = FirstRunDialog(window.db, window)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.open()
