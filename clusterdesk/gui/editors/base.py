"""What every record editor shares: showing a field's problem next to it, saving off the GUI
thread in one transaction, offering to reload when the record changed elsewhere, remembering
its size; a crash-safe draft of the form, "discard changes?" on Esc/Cancel, Ctrl+S to save,
and number fields that take the first digit typed into "—".

An editor collects its fields on the GUI thread (``fields``), and the gateway stores them in
the writer thread (``services.editing.save_fields``). What changed is announced by the
commit itself (``store.changes``): an editor announces nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from clusterdesk.errors import ClusterDeskError
from clusterdesk.gui import device_role, drafts, form_state, gateway, settings
from clusterdesk.gui.hub import watch
from clusterdesk.gui.number_fields import replace_dash_when_typing
from clusterdesk.gui.reasons import reason_text
from clusterdesk.services import records
from clusterdesk.services.concurrent_edit import EditBase, EditConflict, Version, version_of
from clusterdesk.services.record_forms import save_fields
from clusterdesk.store.changes import ChangeSet
from clusterdesk.store.database import Database
from clusterdesk.store.text_limits import limits

# typed with spaces or dashes that the save removes ("9901 4000 0385")
NORMALIZED = frozenset({"bin"})


def confirm_removal(parent: QWidget, title: str, name: str) -> bool:
    """Ask before a removal that writes at once (Edit → Undo brings it back afterwards)."""
    text = QCoreApplication.translate("RecordEditor", "Remove «%1»? Edit → Undo brings it "
                                      "back.").replace("%1", name)
    answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes
                                  | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def cap_lengths(model: type, edits: dict[str, QLineEdit]) -> None:
    """Each line edit (by the attribute it fills) takes no more than its column holds, so
    typing stops where a save would refuse (for the dialogs outside ``RecordEditor``)."""
    caps = limits(model)
    for attr, edit in edits.items():
        limit = caps.get(attr)
        if limit is not None and attr not in NORMALIZED and edit.maxLength() > limit:
            edit.setMaxLength(limit)


class RecordEditor(QDialog):
    table = ""
    model: type | None = None  # the record's class; ``fields`` names its attributes

    def __init__(self, db: Database, uuid: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.uuid = uuid
        self.stamp = ""  # the record's clock stamp as loaded: a newer one was written elsewhere
        self.version: Version | None = None  # the record as loaded: a save merges against it
        self._form_base: dict | None = None  # the form as filled from ``version``
        self.saving = False
        self._asking = False
        self._problems: dict[QLabel, str | None] = {}
        self._baseline: dict | None = None  # the form as loaded: anything else is unsaved
        self._draft_key: str | None = None
        self._draft_timer = QTimer(self, singleShot=True, interval=400)
        self._draft_timer.timeout.connect(self._save_draft)
        watch(self, db, {self.table}, self._changed_elsewhere)

    def limit_lengths(self) -> None:
        """Each line edit named after a text attribute (``legalForm`` for ``legal_form``)
        takes no more than its column holds, so typing stops where a save would refuse."""
        if self.model is None:
            return
        for attr, limit in limits(self.model).items():
            if attr in NORMALIZED:
                continue
            head, *rest = attr.split("_")
            edit = self.findChild(QLineEdit, head + "".join(w.title() for w in rest))
            if edit is not None and edit.maxLength() > limit:
                edit.setMaxLength(limit)

    def setup_buttons(self, box: QDialogButtonBox) -> None:
        self.limit_lengths()
        box.accepted.connect(self.save)
        box.rejected.connect(self.reject)
        self._save_button = box.button(QDialogButtonBox.StandardButton.Save)
        self._edits = device_role.enable_if_edits(self.db, [self._save_button])  # analyst
        if not self._edits:  # its own buttons (add, remove, new) too, once the form is built
            QTimer.singleShot(0, self, lambda: device_role.enable_if_edits(self.db, [
                b for b in self.findChildren(QPushButton) if b.parent() is not box]))
        settings.restore_geometry(type(self).__name__, self)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self._save_shortcut)
        replace_dash_when_typing(self)
        form_state.on_any_change(self, self._form_changed)
        from clusterdesk.gui.history_view import add_history_button

        add_history_button(self, box, self.table, self.uuid)  # who changed what, when

    def _save_shortcut(self) -> None:
        button = getattr(self, "_save_button", None)
        if button is None or button.isEnabled():
            self.save()

    # ---- drafts and unsaved changes ----
    def snapshot(self) -> dict:
        """What the form holds (override for a richer draft)."""
        return form_state.read_state(self)

    def apply(self, draft: dict) -> None:
        """Fill the form from a draft (override together with ``snapshot``)."""
        form_state.write_state(self, draft)

    def draft_key(self) -> str:
        return f"{type(self).__name__}/{self.uuid or 'new'}"

    def take_baseline(self) -> None:
        """The form as it is now counts as "nothing to save" (called when loaded)."""
        self._baseline = self.snapshot()
        self._draft_key = self.draft_key()
        try:  # what the form showed of the record: only what differs was typed
            self._form_base = self.fields() if self.version is not None else None
        except (ValueError, KeyError, TypeError):
            self._form_base = None

    def has_unsaved_changes(self) -> bool:
        return self._baseline is not None and self.snapshot() != self._baseline

    def showEvent(self, event) -> None:  # noqa: ANN001, N802
        super().showEvent(event)
        if self._baseline is None:
            self.take_baseline()
            QTimer.singleShot(0, self._offer_draft)

    def _offer_draft(self) -> None:
        key = self._draft_key or self.draft_key()
        draft = drafts.load(key, self.db.location)
        if not draft or draft == self.snapshot():
            return
        answer = QMessageBox.question(
            self, self.windowTitle(), self.tr(
                "This form was being filled in and was not saved (the program was closed or "
                "stopped). Restore what was typed?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        if answer == QMessageBox.StandardButton.Yes:
            self.apply(draft)
        else:
            drafts.discard(key)

    def _form_changed(self) -> None:
        if self._baseline is not None and not self.saving:
            self._draft_timer.start()

    def _save_draft(self) -> None:
        key = self._draft_key or self.draft_key()
        if self.has_unsaved_changes():
            drafts.save(key, self.db.location, self.snapshot())
        else:
            drafts.discard(key)

    def _drop_draft(self) -> None:
        self._draft_timer.stop()
        drafts.discard(self._draft_key or self.draft_key())

    def reject(self) -> None:
        """Esc, Cancel or closing: a form with unsaved content asks before it is discarded."""
        if self.saving:
            return
        if self.has_unsaved_changes():
            answer = QMessageBox.question(
                self, self.windowTitle(), self.tr(
                    "Discard what was typed in this form? It has not been saved."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer in (QMessageBox.StandardButton.No, QMessageBox.StandardButton.Cancel):
                return  # keep editing (also Esc on the question)
        self._drop_draft()
        super().reject()

    def show_problem(self, label: QLabel, reason: str | None) -> None:
        """Show (or clear) the reason a field is refused, right under the field."""
        self._problems[label] = reason
        label.setText(reason_text(reason) if reason else "")
        label.setVisible(bool(reason))
        self._update_save_button()

    def _update_save_button(self) -> None:
        if getattr(self, "_save_button", None) is not None:
            self._save_button.setEnabled(not self.saving and not any(self._problems.values())
                                         and getattr(self, "_edits", True))

    # ---- loading ----
    def loaded(self, record: object) -> None:
        """Call from ``load`` with the record read: its stamp tells later changes apart."""
        self.stamp = getattr(record, "hlc", "") or ""
        self.version = version_of(record) if hasattr(record, "field_stamps") else None
        self._form_base = None

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
                    "This record was changed elsewhere (by an import, another window or "
                    "another analyst) while it was open here. Reload it? Changes not yet "
                    "saved in this form would be lost. If you keep editing instead, saving "
                    "keeps their changes and asks about any field changed on both sides."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.Yes)
        finally:
            self._asking = False
        if answer == QMessageBox.StandardButton.Yes:
            try:
                self.load()
                self.take_baseline()
            except ClusterDeskError as exc:  # e.g. it was deleted meanwhile
                gateway.show_failure(self, exc, self.windowTitle())
        else:
            self.stamp = now  # asked once for this change; saving merges with it

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
        base = EditBase(self.version, self._form_base) if self.uuid and self.version else None
        self._write(self.fields(), base)

    def _write(self, fields: dict, base: EditBase | None) -> None:
        model, uuid, saver = self.model, self.uuid, self.saver()
        self.saving = True
        self._update_save_button()
        gateway.write(self, self.db, lambda s: save_fields(s, model, uuid, fields, saver,
                                                           base=base),
                      self._stored, self._not_stored, origin=self)

    def _stored(self, uuid: str) -> None:
        self.saving = False
        self._drop_draft()
        self.uuid = uuid
        self._update_save_button()
        self.saved()
        self.accept()

    def _not_stored(self, exc: Exception) -> None:
        self.saving = False
        self._update_save_button()
        if isinstance(exc, EditConflict):  # changed meanwhile: the user merges, field by field
            from clusterdesk.gui.edit_conflict_dialog import ask_merge

            merge = ask_merge(self, exc, self.table)
            if merge is not None:
                self._write(*merge)
            return
        gateway.show_failure(self, exc, self.windowTitle())

    def saved(self) -> None:
        """Hook after a successful save (e.g. drop a draft)."""

    def done(self, result: int) -> None:
        settings.save_geometry(type(self).__name__, self)
        super().done(result)
