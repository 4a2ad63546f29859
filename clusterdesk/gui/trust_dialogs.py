"""The dialogs of trust set up by phone: joining a programme (head office's fingerprint
compared), enrolling a device (its fingerprint compared, its role given), naming a programme.

A dialog shows what a file holds and collects the user's word that the fingerprints match;
the checks and the writes are ``sync.enrolment``'s and ``sync.trust``'s, run through the
gateway. ``enrol_from_file`` is the whole enrolment from a device card or from a device's
first signed sync file, used by the Devices and keys page and by the Sync page.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from clusterdesk.gui import gateway
from clusterdesk.gui.device_role import fingerprint_font, role_choices
from clusterdesk.store.database import Database
from clusterdesk.sync import enrolment, programme_file, trust


class _Confirm(QDialog):
    """A fingerprint shown large, and a box the user ticks once it matches what was heard."""

    def __init__(self, parent: QWidget | None, title: str, intro: str, fingerprint: str,
                 confirm: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout(self)
        text = QLabel(intro, self)
        text.setWordWrap(True)
        self.form.addRow(text)
        self.form.addRow(QLabel(self.tr("Fingerprint:"), self))
        self.fingerprint = QLabel(fingerprint, self)  # a row of its own: never cut
        self.fingerprint.setObjectName("fingerprint")
        self.fingerprint.setFont(fingerprint_font(self.font()))
        self.fingerprint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.form.addRow(self.fingerprint)
        self.confirm = QCheckBox(confirm, self)
        self.confirm.setObjectName("confirm")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        self.confirm.toggled.connect(self.ok.setEnabled)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def finish(self) -> None:
        self.form.addRow(self.confirm)
        self.form.addRow(self.buttons)
        width = max(600, self.fingerprint.sizeHint().width() + 60)
        self.setMinimumWidth(width)  # the wrapped texts then get the height they need
        self.resize(width, self.layout().totalHeightForWidth(width))


class JoinDialog(_Confirm):
    """A consultant joins: the programme's name and head office's fingerprint."""

    def __init__(self, offer: programme_file.ProgrammeOffer,
                 parent: QWidget | None = None) -> None:
        super().__init__(
            parent, self.tr("Join a programme"),
            self.tr("The file is the programme «%1». Ask head office to read its fingerprint "
                    "to you by phone and compare it with the one below, group by group.")
            .replace("%1", offer.name), offer.fingerprint,
            self.tr("Head office read out exactly this fingerprint"))
        self.finish()


class EnrolDialog(_Confirm):
    """Head office enrols a device: who it is, its fingerprint, the role it is given and,
    for a new laptop, whose work it takes over."""

    def __init__(self, card: dict[str, Any], fingerprint: str, devices: list[trust.Device],
                 parent: QWidget | None = None, intro: str = "") -> None:
        name = str(card.get("name") or "") or str(card.get("device_id", ""))[:8]
        super().__init__(
            parent, self.tr("Enrol a device"),
            intro or self.tr("Ask the user of «%1» to read the fingerprint on their screen "
                             "(Devices and keys) to you by phone, and compare it with the one "
                             "below.").replace("%1", name),
            fingerprint, self.tr("The device's user read out exactly this fingerprint"))
        self.card = card
        self.role = QComboBox(self)
        self.role.setObjectName("role")
        for key, label in role_choices():
            self.role.addItem(label, key)
        self.form.addRow(self.tr("&Role:"), self.role)
        self.replaces = QComboBox(self)
        self.replaces.setObjectName("replaces")
        self.replaces.addItem(self.tr("nobody (a new device)"), None)
        for d in devices:
            if d.role != "head_office" and not d.revoked:
                self.replaces.addItem(d.name or d.device_id[:8], d.device_id)
        self.form.addRow(self.tr("&Takes over the work of:"), self.replaces)
        self.finish()

    def choice(self) -> tuple[str, str | None]:
        return self.role.currentData(), self.replaces.currentData()


class ProgrammeNameDialog(QDialog):
    """Head office names the programme it starts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Create a programme"))
        form = QFormLayout(self)
        text = QLabel(self.tr("This computer becomes head office of a new programme: it enrols "
                              "the other devices, and every sync file is signed and encrypted "
                              "from now on."), self)
        text.setWordWrap(True)
        form.addRow(text)
        self.name = QLineEdit(self)
        self.name.setObjectName("programmeName")
        form.addRow(self.tr("Programme &name:"), self.name)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.name.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumWidth(480)
        self.resize(480, form.totalHeightForWidth(480))  # the wrapped text gets its height


def enrol_from_file(parent: QWidget, db: Database, path: Path,
                    done: Callable[[trust.Device], None], intro: str = "") -> None:
    """Read the card (or the signed file's card) off the GUI thread, show its fingerprint,
    and enrol the device with the role chosen once the user confirms the fingerprints match."""

    def read() -> tuple[dict[str, Any], str, list[trust.Device]]:
        card = enrolment.read_card(db, path)
        return card, enrolment.card_fingerprint(card), list(enrolment.standing(db).devices)

    def show(found: tuple[dict[str, Any], str, list[trust.Device]]) -> None:
        card, fingerprint, devices = found
        dialog = EnrolDialog(card, fingerprint, devices, parent, intro)
        if not dialog.exec():
            return
        role, replaces = dialog.choice()
        gateway.call(parent, lambda: trust.enrol(db, card, role, fingerprint,
                                                 replaces=replaces), done)

    gateway.call(parent, read, show, writes=False)
