"""Small dialogs of the selection workflow: a new draft, a rejection, an evaluator's points.

Who acts is the consultant chosen in the settings, or else this computer's name, so every
status change in the history says who made it.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.domain.app_template import AppTemplate
from clusterdesk.gui import formats, gateway, labels, settings
from clusterdesk.gui.form_drafts import DraftKeeper, save_shortcut
from clusterdesk.gui.forms.ui_application_new import Ui_NewApplicationDialog
from clusterdesk.gui.forms.ui_application_reject import Ui_RejectDialog
from clusterdesk.gui.pickers import fill_combo
from clusterdesk.gui.reasons import error_text
from clusterdesk.services import applications as svc
from clusterdesk.services import lookups
from clusterdesk.store.database import Database


def current_actor(db: Database) -> svc.Actor:
    """The consultant chosen in the settings, else the device's name."""
    uuid = settings.consultant(db)
    person = gateway.read_now(db, lambda s: lookups.consultant(s, uuid)) if uuid else None
    if person is not None:
        return svc.Actor(person.name, person.uuid)
    return svc.Actor(db.device_name)


def rounds(db: Database) -> list[tuple[str, str]]:
    """(uuid, name) of the selection rounds, newest first."""
    return gateway.read_now(db, lookups.rounds)


class NewApplicationDialog(QDialog):
    """Choose the initiative and the round; OK drafts the application (``self.uuid``)."""

    def __init__(self, db: Database, parent: QWidget | None = None,
                 initiative_uuid: str | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.uuid: str | None = None
        self.ui = Ui_NewApplicationDialog()
        self.ui.setupUi(self)
        items, self._taken = gateway.read_now(
            db, lambda s: (lookups.initiatives(s), lookups.applied(s)))
        fill_combo(self.ui.initiative, items, initiative_uuid)
        fill_combo(self.ui.round, rounds(db))
        self.ui.initiative.currentIndexChanged.connect(self._update)
        self.ui.round.currentIndexChanged.connect(self._update)
        self.ui.buttonBox.accepted.connect(self.create)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._update()

    def _update(self) -> None:
        ini, rnd = self.ui.initiative.currentData(), self.ui.round.currentData()
        taken = (ini, rnd) in self._taken
        self.ui.problem.setText(self.tr("This initiative already has an application to this "
                                        "round; open it from the list instead.") if taken
                                else "")
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(ini and rnd) and not taken)

    def create(self) -> None:
        """Draft the application off the GUI thread; the dialog closes once it is stored."""
        ini, rnd = self.ui.initiative.currentData(), self.ui.round.currentData()
        who, lang = current_actor(self.db), labels.language()
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)

        def created(uuid: object) -> None:
            self.uuid = str(uuid)
            self.accept()

        def failed(exc: Exception) -> None:
            ok.setEnabled(True)
            self.ui.problem.setText(error_text(exc))

        def draft(s) -> str:  # noqa: ANN001
            app = svc.draft_from_initiative(s, ini, rnd, who, lang=lang)
            s.flush()
            return app.uuid

        gateway.write(self, self.db, draft, created, failed)


class RejectDialog(QDialog):
    """The reasons for a rejection at registration, one per line."""

    def __init__(self, reasons: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RejectDialog()
        self.ui.setupUi(self)
        self.ui.reasons.setPlainText("\n".join(reasons))
        self.ui.reasons.textChanged.connect(self._update)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._update()
        self.draft = _keeper(self, parent, "RejectDialog")
        save_shortcut(self, self.accept, self.ui.buttonBox)

    def reject(self) -> None:  # Esc asks first when reasons were typed
        if self.draft is None or self.draft.confirm_discard():
            super().reject()

    def accept(self) -> None:  # the editor writes the reasons: nothing to keep
        if self.draft is not None:
            self.draft.drop()
        super().accept()

    def reasons(self) -> list[str]:
        return [line.strip() for line in self.ui.reasons.toPlainText().splitlines()
                if line.strip()]

    def _update(self) -> None:
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self.reasons()))


class ScoresDialog(QDialog):
    """One evaluator's points per criterion of the template (built from the template)."""

    def __init__(self, db: Database, template: AppTemplate, existing: dict[str, dict[str, float]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Evaluator's points"))
        self.template = template
        self.existing = existing
        lang = labels.language()
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.evaluator = QComboBox(self)
        self.evaluator.setObjectName("evaluator")
        self.evaluator.setEditable(True)
        names = [name for _uuid, name in gateway.read_now(db, lookups.consultants)]
        names = list(dict.fromkeys([*existing, *names]))
        self.evaluator.addItems(names)
        self.evaluator.setCurrentText(current_actor(db).name)
        label = QLabel(self.tr("&Evaluator"), self)
        label.setBuddy(self.evaluator)
        form.addRow(label, self.evaluator)
        self.points: dict[str, QDoubleSpinBox] = {}
        for c in template.criteria:
            spin = QDoubleSpinBox(self)
            spin.setObjectName(f"points_{c.id}")
            spin.setRange(0, c.max_points)
            spin.setDecimals(1)
            spin.setSuffix(self.tr(" of %1").replace("%1", formats.compact_number(c.max_points)))
            title = QLabel(c.title[lang], self)
            title.setWordWrap(True)
            title.setBuddy(spin)
            form.addRow(title, spin)
            self.points[c.id] = spin
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.evaluator.currentTextChanged.connect(self._load)
        self._load(self.evaluator.currentText())
        self.resize(560, self.sizeHint().height())
        self.draft = _keeper(self, parent, "ScoresDialog")
        save_shortcut(self, self.accept, buttons)

    def reject(self) -> None:  # Esc asks first when points were typed
        if self.draft is None or self.draft.confirm_discard():
            super().reject()

    def accept(self) -> None:  # the editor writes the points: nothing to keep
        if self.draft is not None:
            self.draft.drop()
        super().accept()

    def _load(self, name: str) -> None:
        given = self.existing.get(name.strip(), {})
        for cid, spin in self.points.items():
            spin.setValue(given.get(cid, 0.0))

    def evaluator_name(self) -> str:
        return self.evaluator.currentText().strip()

    def values(self) -> dict[str, float]:
        return {cid: spin.value() for cid, spin in self.points.items()}


def _keeper(dialog: QDialog, editor: QWidget | None, kind: str) -> DraftKeeper | None:
    """The crash-safe draft of a dialog of the application ``editor`` (keyed by its record)."""
    db, uuid = getattr(editor, "db", None), getattr(editor, "uuid", None)
    if db is None or not uuid:
        return None
    return DraftKeeper(dialog, db, f"{kind}/{uuid}").watch_inputs()
