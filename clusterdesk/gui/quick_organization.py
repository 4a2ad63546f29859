"""A new organization created on the spot, from the consultation form, without leaving it.

An enterprise met in the field is often not in the database yet: the consultant gives its
name, the BIN if known and the region, and goes on recording. Everything else can be filled
in later in the organization's own editor. The same checks as the full editor apply
(``services.organizations.save``): a bad or duplicate BIN is refused with its reason.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from clusterdesk.domain.bin import normalize_bin
from clusterdesk.domain.validators import bin_field_problem, required_problem
from clusterdesk.gui import gateway, labels, settings
from clusterdesk.gui.editors.base import cap_lengths
from clusterdesk.gui.form_drafts import DraftKeeper, save_shortcut
from clusterdesk.gui.pickers import fill_combo
from clusterdesk.gui.reasons import reason_text
from clusterdesk.services import organizations
from clusterdesk.services.record_forms import save_fields
from clusterdesk.store.database import Database
from clusterdesk.store.models import Organization


class QuickOrganizationDialog(QDialog):
    """Name, BIN (optional) and region; ``created(uuid)`` is called once it is stored."""

    def __init__(self, db: Database, name: str, created: Callable[[str], None],
                 parent: QWidget | None = None, region: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("QuickOrganizationDialog")
        self.db = db
        self.created = created
        self.saving = False
        self.setWindowTitle(self.tr("New organization"))
        form = QFormLayout(self)
        self.name = QLineEdit(name.strip(), self)
        self.name.setObjectName("name")
        self.bin = QLineEdit(self)
        self.bin.setObjectName("bin")
        self.bin.setPlaceholderText(self.tr("12 digits; may be left empty"))
        cap_lengths(Organization, {"name": self.name})
        self.region = QComboBox(self)
        self.region.setObjectName("region")
        fill_combo(self.region, labels.current_regions(),
                   current=region or settings.get(settings.DEFAULT_REGION) or None, empty="—")
        self.problem = QLabel(self)
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setVisible(False)
        for text, widget in ((self.tr("&Name"), self.name), (self.tr("&BIN"), self.bin),
                             (self.tr("&Region"), self.region)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow(self.problem)
        hint = QLabel(self.tr("The other details can be added later in the organization's "
                              "own form."), self)
        hint.setWordWrap(True)
        form.addRow(hint)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.name.textChanged.connect(self._check)
        self.bin.textChanged.connect(self._check)
        self._check()
        (self.bin if self.name.text() else self.name).setFocus()
        self.draft = DraftKeeper(self, db, "QuickOrganizationDialog/new").watch_inputs()
        save_shortcut(self, self.save, self.buttons)

    def reject(self) -> None:
        """Esc, Cancel, closing: asks first when something was typed here."""
        if not self.saving and self.draft.confirm_discard():
            super().reject()

    def _check(self) -> None:
        reason = required_problem(self.name.text()) or bin_field_problem(self.bin.text())
        self.problem.setText(reason_text(reason) if reason else "")
        self.problem.setVisible(bool(reason) and bool(self.name.text() or self.bin.text()))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(
            reason is None and not self.saving)

    def fields(self) -> dict:
        region = self.region.currentData()
        return {"name": self.name.text().strip(), "bin": normalize_bin(self.bin.text()),
                "region_recorded_code": region, "region_code": region}

    def save(self) -> None:
        if self.saving or not self.buttons.button(
                QDialogButtonBox.StandardButton.Save).isEnabled():
            return
        fields = self.fields()
        self.saving = True
        self._check()
        gateway.write(self, self.db, lambda s: save_fields(s, Organization, None, fields,
                                                           organizations.save),
                      self._stored, self._failed, origin=self)

    def _stored(self, uuid: str) -> None:
        self.saving = False
        self.draft.drop()
        self.created(uuid)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.saving = False
        self._check()
        gateway.show_failure(self, exc, self.windowTitle())
