"""What every record editor shares: showing a field's problem next to it, saving in one
transaction, announcing the change, remembering its size."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QWidget

from clusterdesk.errors import ClusterDeskError, ValidationError
from clusterdesk.gui import settings
from clusterdesk.gui.errors import show_error
from clusterdesk.gui.hub import hub
from clusterdesk.gui.reasons import error_text, reason_text
from clusterdesk.store.database import Database


class RecordEditor(QDialog):
    table = ""

    def __init__(self, db: Database, uuid: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.uuid = uuid
        self._problems: dict[QLabel, str | None] = {}

    def setup_buttons(self, box: QDialogButtonBox) -> None:
        box.accepted.connect(self.save)
        box.rejected.connect(self.reject)
        self._save_button = box.button(QDialogButtonBox.StandardButton.Save)
        settings.restore_geometry(type(self).__name__, self)

    def show_problem(self, label: QLabel, reason: str | None) -> None:
        """Show (or clear) the reason a field is refused, right under the field."""
        self._problems[label] = reason
        label.setText(reason_text(reason) if reason else "")
        label.setVisible(bool(reason))
        if getattr(self, "_save_button", None) is not None:
            self._save_button.setEnabled(not any(self._problems.values()))

    def save(self) -> None:
        try:
            with self.db.session() as s:
                self.uuid = self.write(s)
        except ValidationError as exc:
            QMessageBox.warning(self, self.windowTitle(), error_text(exc))
            return
        except ClusterDeskError as exc:
            show_error(self, exc)
            return
        hub.changed.emit(self.table)
        self.saved()
        self.accept()

    def write(self, session) -> str:  # noqa: ANN001 - override: store fields, return uuid
        raise NotImplementedError

    def saved(self) -> None:
        """Hook after a successful save (e.g. drop a draft)."""

    def done(self, result: int) -> None:
        settings.save_geometry(type(self).__name__, self)
        super().done(result)
