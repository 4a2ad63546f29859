"""What every record editor shares: showing a field's problem next to it, saving off the GUI
thread in one transaction, offering to reload when the record changed elsewhere, remembering
its size.

An editor collects its fields on the GUI thread (``fields``), and the gateway stores them in
the writer thread (``services.editing.save_fields``). What changed is announced by the
commit itself (``store.changes``): an editor announces nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QWidget

from clusterdesk.errors import ClusterDeskError
from clusterdesk.gui import gateway, settings
from clusterdesk.gui.hub import watch
from clusterdesk.gui.reasons import reason_text
from clusterdesk.services import records
from clusterdesk.services.record_forms import save_fields
from clusterdesk.store.changes import ChangeSet
from clusterdesk.store.database import Database


class RecordEditor(QDialog):
    table = ""
    model: type | None = None  # the record's class; ``fields`` names its attributes

    def __init__(self, db: Database, uuid: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.uuid = uuid
        self.stamp = ""  # the record's clock stamp as loaded: a newer one was written elsewhere
        self.saving = False
        self._asking = False
        self._problems: dict[QLabel, str | None] = {}
        watch(self, db, {self.table}, self._changed_elsewhere)

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
        self._update_save_button()

    def _update_save_button(self) -> None:
        if getattr(self, "_save_button", None) is not None:
            self._save_button.setEnabled(not self.saving and not any(self._problems.values()))

    # ---- loading ----
    def loaded(self, record: object) -> None:
        """Call from ``load`` with the record read: its stamp tells later changes apart."""
        self.stamp = getattr(record, "hlc", "") or ""

    def load(self) -> None:
        """Override: fill the form from the database (also when reloading)."""

    def _changed_elsewhere(self, change_set: ChangeSet) -> None:
        if (not self.uuid or change_set.origin is self or self.saving or self._asking
                or self.model is None or not change_set.may_touch(self.table, self.uuid)):
            return
        model, uuid = self.model, self.uuid
        now = gateway.read_now(self.db, lambda s: records.get(
            s, model, uuid, include_deleted=True).hlc)  # one record by its key
        if now == self.stamp:
            return
        self._asking = True
        try:
            answer = QMessageBox.question(
                self, self.windowTitle(), self.tr(
                    "This record was changed elsewhere (by an import or in another window) "
                    "while it was open here. Reload it? Changes not yet saved in this form "
                    "would be lost."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.Yes)
        finally:
            self._asking = False
        if answer == QMessageBox.StandardButton.Yes:
            try:
                self.load()
            except ClusterDeskError as exc:  # e.g. it was deleted meanwhile
                gateway.show_failure(self, exc, self.windowTitle())
        else:
            self.stamp = now  # asked once for this change; saving now overwrites it

    # ---- saving ----
    def fields(self) -> dict:
        """Override: the record's attributes as the form shows them (read on the GUI thread)."""
        raise NotImplementedError

    def saver(self) -> Callable | None:
        """The service that checks and stores the record (None: ``editing.save``)."""
        return None

    def save(self) -> None:
        """Store the form off the GUI thread; the dialog closes when the write succeeded."""
        if self.saving:
            return
        model, uuid, fields, saver = self.model, self.uuid, self.fields(), self.saver()
        self.saving = True
        self._update_save_button()
        gateway.write(self, self.db, lambda s: save_fields(s, model, uuid, fields, saver),
                      self._stored, self._not_stored, origin=self)

    def _stored(self, uuid: str) -> None:
        self.saving = False
        self.uuid = uuid
        self._update_save_button()
        self.saved()
        self.accept()

    def _not_stored(self, exc: Exception) -> None:
        self.saving = False
        self._update_save_button()
        gateway.show_failure(self, exc, self.windowTitle())

    def saved(self) -> None:
        """Hook after a successful save (e.g. drop a draft)."""

    def done(self, result: int) -> None:
        settings.save_geometry(type(self).__name__, self)
        super().done(result)
