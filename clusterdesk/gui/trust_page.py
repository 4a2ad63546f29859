"""The Devices and keys page: this computer's fingerprint and role, joining a programme, the
device card, and — on head office's computer — the programme file, the enrolled devices,
enrolment, revocation, key rotation and the demand for encrypted files.

Everything is an operation of ``sync.enrolment`` / ``sync.trust`` (the ones ``clusterdesk
trust …`` runs), called through the gateway; the page only shows what they return and asks
the user to compare fingerprints by phone (docs/security.md).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.gui import gateway, settings
from clusterdesk.gui.device_role import fingerprint_font, role_label
from clusterdesk.gui.hub import watch
from clusterdesk.gui.sync_tables import RowsModel, local_time
from clusterdesk.gui.trust_dialogs import JoinDialog, ProgrammeNameDialog, enrol_from_file
from clusterdesk.store.database import Database
from clusterdesk.sync import authenticity, enrolment, trust


class DevicesModel(RowsModel):
    """The programme's devices: name, role, fingerprint, enrolled or revoked."""

    HEADERS = ("Device", "Role", "Fingerprint", "Enrolled")

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: ANN001, ANN201
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.HEADERS):
            return (self.tr("Device"), self.tr("Role"), self.tr("Fingerprint"),
                    self.tr("Enrolled"))[section]
        return None

    def load(self, st: enrolment.Standing) -> None:
        rows, keys, marked = [], [], set()
        for i, d in enumerate(st.devices):
            name = d.name or d.device_id[:8]
            if d.device_id == st.device_id:
                name = self.tr("%1 (this computer)").replace("%1", name)
            when = local_time(st.since.get(d.device_id)) or "—"
            state = self.tr("revoked") if d.revoked else self.tr("enrolled %1").replace(
                "%1", when)
            if d.revoked:
                marked.add(i)
            rows.append((name, role_label(d.role), d.fingerprint, state))
            keys.append(d)
        self.set_rows(rows, keys, marked)


class TrustPage(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TrustPage")
        self.db = db
        self.standing: enrolment.Standing | None = None
        self.loading = self.writing = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget(scroll)
        scroll.setWidget(body)
        layout = QVBoxLayout(body)

        self.me_group = QGroupBox(body)
        grid = QGridLayout(self.me_group)
        self.fingerprint_caption, self.fingerprint = QLabel(body), QLabel(body)
        self.fingerprint.setObjectName("fingerprint")
        self.fingerprint.setFont(fingerprint_font(self.font()))
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.identity = QLabel(body)
        self.identity.setObjectName("identity")
        self.identity.setWordWrap(True)
        grid.addWidget(self.fingerprint_caption, 0, 0)
        grid.addWidget(self.fingerprint, 0, 1)
        grid.addWidget(self.identity, 1, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        self.join_button = self._button("joinProgramme", self.join)
        self.card_button = self._button("saveCard", self.save_card)
        self.create_button = self._button("createProgramme", self.create_programme)
        grid.addLayout(self._row(self.join_button, self.card_button, self.create_button),
                       2, 0, 1, 2)
        layout.addWidget(self.me_group)

        self.office_group = QGroupBox(body)
        office = QVBoxLayout(self.office_group)
        self.export_button = self._button("exportProgramme", self.export_programme)
        self.rotate_button = self._button("rotateKey", self.rotate)
        self.require = QCheckBox(body)
        self.require.setObjectName("requireEncryption")
        self.require.toggled.connect(self.set_require)
        office.addLayout(self._row(self.export_button, self.rotate_button))
        office.addWidget(self.require)
        self.devices_view = QTableView(body)
        self.devices_view.setObjectName("devices")
        self.devices_model = DevicesModel(self)
        self.devices_view.setModel(self.devices_model)
        self.devices_view.verticalHeader().hide()
        self.devices_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.devices_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.devices_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.devices_view.setMinimumHeight(160)
        self.devices_view.selectionModel().selectionChanged.connect(self._update_buttons)
        office.addWidget(self.devices_view, 1)
        self.enrol_button = self._button("enrolDevice", self.enrol)
        self.revoke_button = self._button("revokeDevice", self.revoke)
        office.addLayout(self._row(self.enrol_button, self.revoke_button))
        layout.addWidget(self.office_group, 1)
        self.summary = QLabel(body)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        layout.addStretch(0)
        self._dirty = False
        watch(self, db, None, lambda _c: self.refresh())  # a file may bring a new device list
        self.retranslate()
        self.reload()

    def _button(self, name: str, slot: Any) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    @staticmethod
    def _row(*widgets: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        for w in widgets:
            row.addWidget(w)
        row.addStretch(1)
        return row

    # ---- what is shown ----
    def refresh(self) -> None:
        """Something changed: read again now if shown, else when shown next."""
        self._dirty = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event) -> None:  # noqa: ANN001
        super().showEvent(event)
        if self._dirty:
            self.reload()

    def reload(self) -> None:
        self._dirty = False
        self.loading = True
        gateway.call(self, lambda: enrolment.standing(self.db), self._loaded,
                     self._failed_read, writes=False)

    def _failed_read(self, exc: Exception) -> None:
        self.loading = False
        gateway.show_failure(self, exc)

    def _loaded(self, st: enrolment.Standing) -> None:
        self.loading = False
        self.standing = st
        self.fingerprint.setText(st.fingerprint)
        self.identity.setText(self._identity_text(st))
        selected = self.selected_device()
        self.devices_model.load(st)
        for row, d in enumerate(self.devices_model.keys):
            if selected is not None and d.device_id == selected.device_id:
                self.devices_view.selectRow(row)
        self.require.blockSignals(True)
        self.require.setChecked(st.require_encryption)
        self.require.blockSignals(False)
        self._update_buttons()

    def _identity_text(self, st: enrolment.Standing) -> str:
        text = self.tr("This computer: %1. Read the fingerprint above aloud when head office "
                       "enrols it, group by group.").replace("%1", st.device_name)
        if st.programme is None:
            return text + " " + self.tr(
                "Not in a programme yet: sync files are written unsigned and unencrypted. A "
                "consultant joins with the programme file from head office; head office "
                "creates the programme once.")
        if st.head_office:
            place = self.tr("Programme «%1»: this computer is head office.")
        elif st.revoked:
            place = self.tr("Programme «%1»: head office has revoked this computer; its files "
                            "are refused.")
        elif st.role is None:
            place = self.tr("Programme «%1»: not enrolled yet. Save the device card and give it "
                            "to head office (or send a first sync file), then compare the "
                            "fingerprint by phone.")
        else:
            place = self.tr("Programme «%1», role: %2. Head office's fingerprint: %3.")
        return text + " " + place.replace("%1", st.programme).replace(
            "%2", role_label(st.role)).replace("%3", st.head_office_fingerprint)

    def selected_device(self) -> trust.Device | None:
        rows = self.devices_view.selectionModel().selectedRows()
        return self.devices_model.key_at(rows[0].row()) if rows else None

    def _update_buttons(self, *_args: object) -> None:
        st = self.standing
        idle = st is not None and not self.writing
        outside = st is not None and st.programme is None
        office = st is not None and st.head_office
        self.join_button.setVisible(st is not None and not office)  # or a newer device list
        self.join_button.setText(self.tr("&Join programme…") if outside or st is None
                                 else self.tr("Load a newer programme &file…"))
        self.create_button.setVisible(outside)
        self.card_button.setVisible(st is not None and not office)
        self.office_group.setVisible(st is not None and st.programme is not None)
        for w in (self.export_button, self.rotate_button, self.require, self.enrol_button,
                  self.revoke_button):
            w.setVisible(office)
        for w in (self.join_button, self.create_button, self.card_button, self.export_button,
                  self.rotate_button, self.require, self.enrol_button):
            w.setEnabled(idle)
        device = self.selected_device()
        self.revoke_button.setEnabled(idle and device is not None and not device.revoked
                                      and device.role != "head_office")

    def _report(self, text: str) -> None:
        self.summary.setText(text)

    # ---- operations (each one call of the service, off the GUI thread) ----
    def _run(self, fn: Any, done: Any) -> None:
        self.writing = True
        self._update_buttons()

        def finished(result: object) -> None:
            self.writing = False
            self._report(done(result))
            self._update_buttons()
            self.reload()

        def failed(exc: Exception) -> None:
            self.writing = False
            self._update_buttons()
            gateway.show_failure(self, exc)

        gateway.call(self, fn, finished, failed)

    def _folder(self) -> str:
        return settings.get(settings.LAST_EXPORT_FOLDER)

    def join(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Join a programme"), self._folder(),
            self.tr("ClusterDesk programme files (*.cdprogramme *.json);;All files (*)"))
        if not path:
            return

        def ask(offer: Any) -> None:  # programme_file.ProgrammeOffer
            dialog = JoinDialog(offer, self)
            if dialog.exec():
                fingerprint = dialog.fingerprint.text()
                self._run(lambda: enrolment.join(self.db, Path(path), fingerprint),
                          lambda p: self.tr("Joined the programme «%1». Save the device card "
                                            "and give it to head office.").replace("%1", p.name))

        gateway.call(self, lambda: enrolment.read_programme_file(Path(path)), ask,
                     writes=False)

    def save_card(self) -> None:
        name = f"{self.db.device_name or 'clusterdesk'}{enrolment.CARD_SUFFIX}"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save device card"), str(Path(self._folder()) / name),
            self.tr("ClusterDesk device cards (*.cdcard)"))
        if path:
            self._run(lambda: enrolment.write_card(self.db, Path(path)),
                      lambda card: self.tr("Device card written to %1. Give it to head office "
                                           "and read your fingerprint %2 to them by phone.")
                      .replace("%1", path).replace("%2", card["fingerprint"]))

    def create_programme(self) -> None:
        dialog = ProgrammeNameDialog(self)
        if dialog.exec():
            name = dialog.name.text().strip()
            self._run(lambda: enrolment.create_programme(self.db, name),
                      lambda p: self.tr("Programme «%1» created; this computer is its head "
                                        "office. Export the programme file for the consultants.")
                      .replace("%1", p.name))

    def export_programme(self) -> None:
        name = f"{(self.standing.programme if self.standing else '') or 'programme'}" \
               f"{enrolment.PROGRAMME_SUFFIX}"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export programme file"), str(Path(self._folder()) / name),
            self.tr("ClusterDesk programme files (*.cdprogramme)"))
        if path:
            self._run(lambda: enrolment.write_programme_file(self.db, Path(path)),
                      lambda people: self.tr("Programme file written to %1 (%n person(s) in "
                                             "it). A consultant joins with it after comparing "
                                             "head office's fingerprint by phone.", "", people)
                      .replace("%1", path))

    def enrol(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Enrol from device card"), self._folder(),
            self.tr("Device cards or sync files (*.cdcard *.card *.json *.cdsync);;"
                    "All files (*)"))
        if path:
            self.enrol_file(Path(path))

    def enrol_file(self, path: Path) -> None:
        enrol_from_file(self, self.db, path, lambda dev: (self._report(self.tr(
            "«%1» enrolled as %2. The new device list travels in every file head office "
            "sends.").replace("%1", dev.name or dev.device_id[:8]).replace(
            "%2", role_label(dev.role))), self.reload()))

    def revoke(self) -> None:
        device = self.selected_device()
        if device is None:
            return
        name = device.name or device.device_id[:8]
        answer = QMessageBox.question(
            self, self.tr("Revoke a device"),
            self.tr("Revoke «%1»? Its files are refused from now on — here at once, on the "
                    "other computers with the next file head office sends.").replace("%1", name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self._run(lambda: trust.revoke(self.db, device.device_id),
                      lambda _r: self.tr("«%1» is revoked.").replace("%1", name))

    def rotate(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("Rotate head office key"),
            self.tr("Make a new key for head office? The old key vouches for the new one in the "
                    "next device list, so the consultants' computers accept it; tell them the "
                    "new fingerprint."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self._run(lambda: trust.rotate_head_office_key(self.db),
                      lambda p: self.tr("Head office's new fingerprint: %1.").replace(
                          "%1", p.head_office.fingerprint))

    def set_require(self, on: bool) -> None:
        self._run(lambda: authenticity.set_require_encryption(self.db, on),
                  lambda _r: self.tr("Unencrypted files are refused from now on.") if on
                  else self.tr("Unencrypted files are accepted again."))

    # ---- language ----
    def retranslate(self) -> None:
        self.me_group.setTitle(self.tr("This computer"))
        self.fingerprint_caption.setText(self.tr("Device key fingerprint:"))
        self.card_button.setText(self.tr("Save device &card…"))
        self.create_button.setText(self.tr("C&reate programme…"))
        self.office_group.setTitle(self.tr("Programme and devices"))
        self.export_button.setText(self.tr("E&xport programme file…"))
        self.rotate_button.setText(self.tr("R&otate head office key…"))
        self.require.setText(self.tr("Require &encrypted files"))
        self.enrol_button.setText(self.tr("&Enrol from device card…"))
        self.revoke_button.setText(self.tr("Re&voke…"))
        self.devices_model.retranslate()
        if self.standing is not None:
            self._loaded(self.standing)
        else:
            self._update_buttons()  # nothing offered before the standing is read

    def changeEvent(self, event) -> None:  # noqa: ANN001
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def make_page(window) -> TrustPage:  # noqa: ANN001 - the main window
    return TrustPage(window.db, window)
