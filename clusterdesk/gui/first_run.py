"""First start on a computer: who works here? A consultant or head office, with name,
organization, region and phone — or one of the people already in the database — or taken from
the programme file head office hands out.

Asked once, when the database names nobody for this computer (``services.people.current``);
the answer is stored in the database (and can be changed on the People page or in Settings).

The programme file (``clusterdesk trust programme``, ``sync.programme_file``) carries the
programme and the people head office registered. A consultant opens it here, compares head
office's fingerprint shown with what head office reads out by phone and ticks that they match
(as on the Devices and keys page; ``clusterdesk trust join`` takes it typed), and chooses
themselves among its people: name, organization, region and phone come from head office's
record (same uuid, so it is one person when the files meet). A file made for one consultant
(``--person``) has them chosen already.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.domain.validators import required_problem
from clusterdesk.gui import gateway, labels, settings
from clusterdesk.gui.pickers import fill_combo
from clusterdesk.services import lookups, people
from clusterdesk.store.database import Database
from clusterdesk.sync import programme_file, trust

WIDE = 560  # with a programme file: the fingerprint and its explanation fit


class FirstRunDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FirstRunDialog")
        self.db = db
        self.saving = False
        self.offer: programme_file.ProgrammeOffer | None = None
        self.file_people: dict[str, dict[str, str]] = {}  # uuid → person, from the file
        self._shown_from_file = False  # the rows show a person of the file
        self.setWindowTitle(self.tr("Who works at this computer?"))
        form = QFormLayout(self)
        intro = QLabel(self.tr(
            "ClusterDesk records who made each consultation and names you in the files sent "
            "to head office. Choose yourself if you are already in the list, or introduce "
            "yourself once."), self)
        intro.setWordWrap(True)
        form.addRow(intro)
        self.open_programme = QPushButton(self.tr("Open the &programme file…"), self)
        self.open_programme.setObjectName("openProgramme")
        self.open_programme.setToolTip(self.tr(
            "Head office gave you a programme file? Open it: this computer joins the "
            "programme and you choose yourself among the people it names."))
        self.open_programme.clicked.connect(self.choose_programme)
        form.addRow(self.open_programme)
        self._build_programme_box(form)
        self.existing = QComboBox(self)
        self.existing.setObjectName("existing")
        fill_combo(self.existing, gateway.read_now(db, lookups.consultants),
                   empty=self.tr("— I am new here —"))
        self.role = QComboBox(self)
        self.role.setObjectName("role")
        from clusterdesk.gui.editors.person import role_items  # (the editors: not at start)

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
        from clusterdesk.gui.editors.base import cap_lengths
        from clusterdesk.store.models import Consultant

        cap_lengths(Consultant, {"name": self.name, "organization": self.organization,
                                 "phone": self.phone})
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
        self.existing.currentIndexChanged.connect(self._person_chosen)
        self.name.textChanged.connect(self._update)
        self.confirm.toggled.connect(self._update)
        self._update()
        (self.existing if self.existing.count() > 1 else self.name).setFocus()

    def _build_programme_box(self, form: QFormLayout) -> None:
        self.programme_box = QGroupBox(self)
        self.programme_box.setObjectName("programmeBox")
        box = QVBoxLayout(self.programme_box)
        self.programme_label = QLabel(self.programme_box)
        self.programme_label.setObjectName("programmeLabel")
        self.programme_label.setWordWrap(True)
        self.programme_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.programme_label)
        box.addWidget(QLabel(self.tr("Head office's fingerprint:"), self.programme_box))
        self.fingerprint = QLabel(self.programme_box)  # large, on its own line: read it aloud
        self.fingerprint.setObjectName("fingerprint")
        font = self.fingerprint.font()
        font.setFamily("DejaVu Sans Mono")
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.fingerprint.setFont(font)
        self.fingerprint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.fingerprint)
        self.confirm = QCheckBox(self.tr("Head office read out exactly this fingerprint"),
                                 self.programme_box)
        self.confirm.setObjectName("confirmFingerprint")
        box.addWidget(self.confirm)
        self.own_label = QLabel(self.programme_box)  # what head office enrols later
        self.own_label.setObjectName("ownFingerprint")
        self.own_label.setWordWrap(True)
        self.own_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.own_label)
        self.programme_box.hide()
        form.addRow(self.programme_box)

    # ---- the programme file ----
    def choose_programme(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open the programme file"), settings.get(settings.LAST_EXPORT_FOLDER),
            self.tr("Programme file (*.json *.cdprogramme);;All files (*)"))
        if path:
            self.load_programme(path)

    def load_programme(self, path: str) -> bool:
        """Read and check the file (nothing is stored until OK); False: refused, said why."""
        try:
            offer = programme_file.read(path)
        except Exception as exc:  # noqa: BLE001 - not a programme file, tampered: one sentence
            gateway.show_failure(self, exc, self.windowTitle())
            return False
        self.offer = offer
        mine = trust.my_keys(self.db).fingerprint
        self.programme_box.setTitle(self.tr("Programme «%1»").replace("%1", offer.name))
        self.programme_label.setText(self.tr(
            "Ask head office to read its fingerprint to you by phone and compare it with this "
            "one, group by group: if they differ, the file is not head office's."))
        self.own_label.setText(self.tr(
            "Head office enrols this computer from your first sync file. This computer's "
            "fingerprint, to read back to them: %1").replace("%1", mine))
        self.fingerprint.setText(offer.fingerprint)
        self.confirm.setChecked(False)
        self.programme_box.show()
        self.setMinimumWidth(WIDE)
        for label in (self.programme_label, self.own_label):  # wrapped lines get their height
            label.setMinimumHeight(label.heightForWidth(WIDE - 60))
        self.adjustSize()  # room for the programme's lines (the dialog was built without)
        known = {self.existing.itemData(i) for i in range(self.existing.count())}
        self.file_people = {p["uuid"]: p for p in offer.people if p["uuid"]}
        for p in offer.people:
            if p["uuid"] and p["uuid"] not in known:
                self.existing.addItem(p["name"], p["uuid"])
        if len(offer.people) == 1 and offer.people[0]["uuid"]:  # a file made for one person
            self.existing.setCurrentIndex(self.existing.findData(offer.people[0]["uuid"]))
        self._person_chosen()
        self.confirm.setFocus()
        return True

    def _person_chosen(self) -> None:
        person = self.file_people.get(self.existing.currentData() or "")
        if person is None and self.existing.currentData() is None and self._shown_from_file:
            person = dict.fromkeys(("name", "organization", "phone", "region_code", "role"), "")
        if person is not None:  # head office's record shown as it is (or cleared again)
            self.name.setText(person["name"])
            self.organization.setText(person["organization"])
            self.phone.setText(person["phone"])
            self.region.setCurrentIndex(max(self.region.findData(person["region_code"]), 0))
            self.role.setCurrentIndex(max(self.role.findData(person["role"]), 0))
        self._shown_from_file = self.existing.currentData() in self.file_people
        self._update()

    def _update(self) -> None:
        new = self.existing.currentData() is None
        for label, widget in self._new_rows:
            label.setEnabled(new)
            widget.setEnabled(new)
        ok = not self.saving and (not new or required_problem(self.name.text()) is None)
        if self.offer is not None and not self.confirm.isChecked():
            ok = False  # head office's fingerprint not compared yet
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    # ---- storing the answer ----
    def save(self) -> None:
        if self.saving or not self.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled():
            return
        chosen = self.existing.currentData()
        from_file = self.file_people.get(chosen or "")
        fields = dict(name=self.name.text(), organization=self.organization.text().strip(),
                      region_code=self.region.currentData() or "",
                      phone=self.phone.text().strip(), role=self.role.currentData())
        region = (from_file or {}).get("region_code") or self.region.currentData()
        if region:
            settings.put(settings.DEFAULT_REGION, region)

        def op(s) -> str:  # noqa: ANN001
            if from_file is not None:
                return people.adopt(s, from_file).uuid
            if chosen:
                people.set_current(s, chosen)
                return chosen
            return people.introduce(s, **fields).uuid

        def store(_joined: object = None) -> None:
            gateway.write(self, self.db, op, lambda _uuid: self.accept(), self._failed,
                          origin=self)

        self.saving = True
        self._update()
        if self.offer is None:
            store()
        else:  # join first (its own transaction, as the CLI does), then name the person
            db, offer = self.db, self.offer
            gateway.call(self, lambda: programme_file.join(db, offer, offer.fingerprint), store,
                         self._failed)

    def _failed(self, exc: Exception) -> None:
        self.saving = False
        self._update()
        gateway.show_failure(self, exc, self.windowTitle())


def needs_asking(db: Database) -> bool:
    """Nobody named here yet (on a server: for this database role); a role that may only
    read could not store the answer, so it is not asked."""
    return not db.read_only and not gateway.read_now(db, people.current_uuid)


def ask_if_needed(window) -> None:  # noqa: ANN001
    """At start: nobody named for this computer yet → ask once (Cancel: ask next time).

    Shown window-modal with ``open()``, not ``exec()``: the start-up goes on (the draft offer,
    the smoke test's timer) and the event loop runs while the question waits."""
    if needs_asking(window.db):
        dialog = FirstRunDialog(window.db, window)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.open()
