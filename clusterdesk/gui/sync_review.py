"""The Sync view's review tabs: conflicts side by side with the choice to keep (and, for a
resolved one, "Undo resolution"), and look-alike organizations to merge.

A mixin of ``SyncPage`` (``gui.sync_page``); each resolution or merge is one write through the
gateway, and the lists refresh from its change-set.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QMessageBox,
    QPushButton,
)

from clusterdesk import sync
from clusterdesk.gui import device_role, gateway
from clusterdesk.gui.sync_tables import (
    stamp_time,
    table_label,
)
from clusterdesk.sync.held_list import discard_held


class SyncReview:
    """Conflicts and look-alike organizations: show them, resolve, merge."""

    # ---- conflicts ----
    def setup_resolved(self) -> None:
        """Resolved conflicts listed on demand, and the button that undoes a resolution."""
        self.show_resolved = QCheckBox(self.ui.conflictsTab)
        self.show_resolved.setObjectName("showResolved")
        self.ui.conflictsLayout.addWidget(self.show_resolved)
        self.undo_button = QPushButton(self.ui.conflictDetail)
        self.undo_button.setObjectName("undoResolution")
        self.ui.resolveLayout.insertWidget(2, self.undo_button)
        self.show_resolved.toggled.connect(lambda _on: self.reload())
        self.undo_button.clicked.connect(self.undo_selected)

    def review_permissions(self) -> tuple[bool, bool]:
        """(may resolve conflicts, may merge organizations by hand: head office's)."""
        return device_role.edits(self.db), device_role.decides(self.db)

    def undo_selected(self) -> None:
        c = self.selected_conflict()
        if c is None or not c.resolved:
            return
        text = self.tr("%1 — the resolution was undone: the values it replaced are back and "
                       "the conflict is open again.").replace(
            "%1", f"{table_label(c.table)}: {c.label or '—'}")
        self._working(True)
        gateway.call(self, lambda: sync.undo_resolution(self.db, c.uuid),
                     lambda _r: (self._working(False), self._report(text)),
                     lambda exc: (self._working(False), gateway.show_failure(self, exc)))

    def selected_conflict(self) -> Any:
        rows = self.ui.conflictsView.selectionModel().selectedRows()
        return self.conflicts_model.key_at(rows[0].row()) if rows else None

    def _reference_name(self, uuid: str) -> str:
        if self._names is None:
            from clusterdesk.services import lookups

            self._names = gateway.read_now(self.db, lambda s: dict(lookups.consultants(s))
                                           | dict(lookups.initiatives(s))
                                           | {t.uuid: t.title for t in lookups.trips(s)})
        if uuid not in self._names:
            from clusterdesk.services import lookups

            self._names[uuid] = gateway.read_now(
                self.db, lambda s: lookups.organization_name(s, uuid))
        return self._names[uuid]

    def _show_conflict(self, *_args: object) -> None:
        c = self.selected_conflict()
        self.fields_model.load(c, self._reference_name)
        if c is None:
            self.ui.conflictTitle.setText(
                self.tr("No open conflicts: no version of any record was overwritten by a "
                        "concurrent edit.") if not self.conflicts_model.rowCount()
                else self.tr("Select a conflict to compare the two versions."))
        else:
            self.ui.conflictTitle.setText(self.tr(
                "%1: %2. This version was saved on %3 by %4, the other one on %5 by %6. "
                "Highlighted fields differ.").replace("%1", table_label(c.table)).replace(
                "%2", c.label or "—").replace("%3", stamp_time(c.current_hlc)).replace(
                "%4", self.device_name(c.current_device_id)).replace(
                "%5", stamp_time(c.other_hlc)).replace(
                "%6", self.device_name(c.other_device_id)))
            if c.resolved:
                self.ui.conflictTitle.setText(self.ui.conflictTitle.text() + " " + (
                    self.tr("Resolved: the other version was kept.")
                    if c.resolution == "kept_other"
                    else self.tr("Resolved: this version was kept.")))
        self._update_buttons()

    def resolve(self, keep: str) -> None:
        c = self.selected_conflict()
        if c is None:
            return
        label = f"{table_label(c.table)}: {c.label or '—'}"
        text = (self.tr("%1 — the other version is now the current one.") if keep == "other"
                else self.tr("%1 — this version was kept.")).replace("%1", label)
        self._working(True)
        gateway.call(self, lambda: sync.resolve_conflict(self.db, c.uuid, keep=keep),
                     lambda _r: (self._working(False), self._report(text)),
                     lambda exc: (self._working(False), gateway.show_failure(self, exc)))

    def _working(self, on: bool) -> None:
        """While a resolution or merge is written, its buttons wait."""
        self.writing = on
        self._update_buttons()

    # ---- look-alike organizations ----
    def _tab_changed(self, _index: int) -> None:
        if self.ui.tabs.currentWidget() is self.ui.duplicatesTab and self._duplicates_dirty:
            self.load_duplicates()

    def load_duplicates(self) -> None:
        """Look for look-alike organizations off the GUI thread (seconds on a large file)."""
        self._duplicates_dirty = False
        self.ui.duplicatesView.setEnabled(False)

        def done(found: object) -> None:
            self.duplicates_model.load(found)
            self.ui.duplicatesView.setEnabled(True)
            self._update_buttons()

        def failed(exc: Exception) -> None:
            self.ui.duplicatesView.setEnabled(True)
            gateway.show_failure(self, exc)

        gateway.call(self, lambda: sync.duplicate_candidates(self.db), done, failed,
                     writes=False)

    def selected_duplicate(self) -> Any:
        rows = self.ui.duplicatesView.selectionModel().selectedRows()
        return self.duplicates_model.key_at(rows[0].row()) if rows else None

    # ---- versions held back ----
    def selected_held(self) -> list[Any]:
        rows = self.ui.heldView.selectionModel().selectedRows()
        return [self.held_model.key_at(r.row()) for r in rows]

    def discard_held(self) -> None:
        """Forget the selected held versions here, once the user confirms."""
        chosen = self.selected_held()
        if not chosen or self.writing:
            return
        answer = QMessageBox.question(self, self.tr("Discard held records"), self.tr(
            "Discard %n held record(s)? This computer will not apply them, even once it "
            "could. The computer that sent them still has them and may send them again.", "",
            len(chosen)), QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        ids = [h.id for h in chosen]
        self._working(True)
        gateway.call(self, lambda: discard_held(self.db, ids), self._discarded,
                     lambda exc: (self._working(False), gateway.show_failure(self, exc)))

    def _discarded(self, count: int) -> None:
        self._working(False)
        self._report(self.tr("%n held record(s) discarded.", "", count))

    def ask_survivor(self, c: sync.DuplicateCandidate) -> str | None:
        """Which of the two stays (the uuid), or None; the question is the confirmation."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Merge organizations"), self.tr(
            "«%1» and «%2» look like the same organization. Which one stays? The other one is "
            "merged into it: its consultations, contacts and memberships move over, and the "
            "merge reaches the other computers with the next sync. This cannot be undone.")
            .replace("%1", c.name_a).replace("%2", c.name_b), parent=self)
        keep_a = box.addButton(self.tr("Keep «%1»").replace("%1", c.name_a),
                               QMessageBox.ButtonRole.AcceptRole)
        keep_b = box.addButton(self.tr("Keep «%1»").replace("%1", c.name_b),
                               QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        return c.uuid_a if clicked is keep_a else c.uuid_b if clicked is keep_b else None

    def merge_selected(self) -> None:
        c = self.selected_duplicate()
        if c is None:
            return
        survivor = self.ask_survivor(c)
        if survivor not in (c.uuid_a, c.uuid_b):
            return
        loser = c.uuid_b if survivor == c.uuid_a else c.uuid_a
        names = {c.uuid_a: c.name_a, c.uuid_b: c.name_b}
        text = self.tr("«%1» was merged into «%2».").replace("%1", names[loser]) \
            .replace("%2", names[survivor])
        self._working(True)
        gateway.call(self, lambda: sync.merge_organizations(self.db, loser, survivor),
                     lambda _r: (self._working(False), self._report(text)),
                     lambda exc: (self._working(False), gateway.show_failure(self, exc)))
