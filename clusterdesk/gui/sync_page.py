"""The Sync view: what has not been exported, export and import of sync files, the central
file, the import log, conflicts side by side, and look-alike organizations to merge.

Every long job (export, import, central sync) runs off the GUI thread through
``gateway.job`` on the window's ``Database`` (the sync functions open their own
connections); cancelling leaves the data as it was. Afterwards the page shows a summary; what
the import or merge changed reaches every list by the commit's change-set (``hub``).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDateTime, QEvent, QLocale
from PySide6.QtWidgets import (
    QHeaderView,
    QMessageBox,
    QTableView,
    QWidget,
)

from clusterdesk import sync
from clusterdesk.gui import gateway, settings
from clusterdesk.gui.forms.ui_sync_page import Ui_SyncPage
from clusterdesk.gui.hub import watch
from clusterdesk.gui.sync_jobs import (  # noqa: F401 - re-exported
    LOCK_WAIT,
    MAX_PEERS,
    Outcome,
    SyncJobs,
    default_file_name,
    import_paths,
)
from clusterdesk.gui.sync_review import SyncReview
from clusterdesk.gui.sync_tables import (
    ConflictsModel,
    DuplicatesModel,
    FieldsModel,
    HeldModel,
    LogModel,
    age_text,
    local_time,
    stamp_time,
)
from clusterdesk.store.database import Database
from clusterdesk.sync.conflicts import may_resolve
from clusterdesk.sync.held_list import held_records
from clusterdesk.sync.redate import FutureChanges, RedateSummary, redate


class SyncPage(SyncJobs, SyncReview, QWidget):
    """The Sync view: status, jobs (``gui.sync_jobs``), review tabs (``gui.sync_review``)."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.ui = Ui_SyncPage()
        self.ui.setupUi(self)
        self.task = None
        self.loading = self.writing = False
        self._dirty = True
        self._duplicates_dirty = True
        watch(self, db, None, lambda _changes: self.refresh())  # status counts every change
        self._names: dict[str, str] | None = None
        self.log_model, self.conflicts_model = LogModel(self), ConflictsModel(self)
        self.fields_model, self.duplicates_model = FieldsModel(self), DuplicatesModel(self)
        self.held_model, self.held_total = HeldModel(self), 0
        ui = self.ui
        for view, model, stretch in ((ui.logView, self.log_model, 1),
                                     (ui.conflictsView, self.conflicts_model, 1),
                                     (ui.fieldsView, self.fields_model, -1),
                                     (ui.duplicatesView, self.duplicates_model, -1),
                                     (ui.heldView, self.held_model, 5)):
            self._setup_view(view, model, stretch)
        ui.conflictsView.setMinimumHeight(4 * ui.conflictsView.verticalHeader()
                                          .defaultSectionSize())
        ui.conflictSplitter.setStretchFactor(0, 1)
        ui.conflictSplitter.setStretchFactor(1, 2)
        ui.exportChangesButton.clicked.connect(lambda: self.export(all_records=False))
        ui.exportAllButton.clicked.connect(lambda: self.export(all_records=True))
        ui.importButton.clicked.connect(self.choose_and_import)
        ui.syncCentralButton.clicked.connect(self.sync_central)
        ui.chooseCentralButton.clicked.connect(self.choose_central)
        ui.keepOtherButton.clicked.connect(lambda: self.resolve("other"))
        ui.keepCurrentButton.clicked.connect(lambda: self.resolve("current"))
        ui.mergeButton.clicked.connect(self.merge_selected)
        ui.redateButton.clicked.connect(self.redate)
        ui.discardHeldButton.clicked.connect(self.discard_held)
        ui.heldView.selectionModel().selectionChanged.connect(self._update_buttons)
        self.setup_resolved()
        ui.conflictsView.selectionModel().selectionChanged.connect(self._show_conflict)
        ui.duplicatesView.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.tabs.currentChanged.connect(self._tab_changed)
        self._retranslate_own()

    def _setup_view(self, view: QTableView, model: Any, stretch: int) -> None:
        view.setModel(model)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(stretch < 0)
        if stretch >= 0:
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        if model is self.fields_model:
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
            header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        if model is self.duplicates_model:
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
            header.setStretchLastSection(False)

    # ---- what is shown ----
    @property
    def busy(self) -> bool:
        return self.task is not None

    def refresh(self) -> None:
        """Something changed: reload now if visible, else when the page is shown next."""
        self._dirty = self._duplicates_dirty = True
        self._names = None
        if self.isVisible():
            self.reload()

    def showEvent(self, event) -> None:  # noqa: ANN001
        super().showEvent(event)
        if self._dirty:
            self.reload()

    def reload(self) -> None:
        """Read status, log and conflicts off the GUI thread (a large file takes a while)."""
        self._dirty = False
        self.loading = True

        resolved_too = self.show_resolved.isChecked()

        def read() -> tuple:
            return (sync.sync_status(self.db), sync.sync_log(self.db, "import"),
                    sync.list_conflicts(self.db, include_resolved=resolved_too),
                    held_records(self.db))

        def failed(exc: Exception) -> None:
            self.loading = False
            gateway.show_failure(self, exc)

        gateway.call(self, read, self._loaded, failed, writes=False)

    def _loaded(self, data: tuple) -> None:
        self.loading = False
        status, log, conflicts, (self.held_total, held) = data
        self._show_status(status)
        self.log_model.load(log)
        self._devices = {p.key: p.name for p in status.peers if p.kind == "device"}
        self.held_model.load(held, self.device_name)
        selected = self.selected_conflict()
        self.conflicts_model.load(conflicts, self.device_name)
        row = next((i for i, c in enumerate(conflicts)
                    if selected is not None and c.uuid == selected.uuid), 0)
        if conflicts:
            self.ui.conflictsView.selectRow(row)
        self._show_conflict()
        if self.ui.tabs.currentWidget() is self.ui.duplicatesTab:
            self.load_duplicates()
        self._retitle_tabs(sum(not c.resolved for c in conflicts))
        self._update_buttons()

    def device_name(self, device_id: str) -> str:
        if device_id == self.db.device_id:
            return self.tr("%1 (this computer)").replace("%1", self.db.device_name)
        return getattr(self, "_devices", {}).get(device_id) or (device_id or "")[:8]

    def _show_status(self, status: sync.SyncStatus) -> None:
        if status.unexported:
            text = self.tr("%n change(s) made on this computer have not been exported yet.", "",
                           status.unexported)
            if status.oldest_unexported_at:
                text += " " + self.tr("The oldest was made on %1 (%2 ago).").replace(
                    "%1", local_time(status.oldest_unexported_at)).replace(
                    "%2", age_text(status.oldest_unexported_age))
        else:
            text = self.tr("Every change made on this computer has been exported.")
        if status.held:  # until a later import can apply them (a clock, an unknown device)
            text += " " + self.tr("%n record(s) received are held back, kept aside until they "
                                  "can be applied.", "", status.held)
        self.ui.statusLabel.setText(text)
        self._show_clock(status.ahead, status.clock_early)
        peers = sorted(status.peers, key=lambda p: p.last_sync_at or dt.datetime.min,
                       reverse=True)
        lines = [self._peer_line(p) for p in peers[:MAX_PEERS]]
        if len(peers) > MAX_PEERS:
            lines.append(self.tr("…and %n more", "", len(peers) - MAX_PEERS))
        self.ui.peersLabel.setText("\n".join(lines) if lines else self.tr(
            "No files have been exported or imported yet."))

    # ---- changes made under a clock that was far ahead ----
    def _show_clock(self, ahead: FutureChanges | None, early: dt.datetime | None) -> None:
        behind = ahead is not None and bool(ahead.foreign_newest)  # others' are "ahead" too
        self._ahead = None if early is not None or behind else ahead  # then no re-dating
        now = local_time(dt.datetime.fromtimestamp(self.db.clock.wall_ms() / 1000, dt.UTC))
        if behind and early is None:
            self.ui.clockLabel.setText(self.tr(
                "This computer's clock reads %1, but changes from other computers stored here "
                "are dated up to %2: its clock is behind. Set its date and time.").replace(
                "%1", now).replace("%2", stamp_time(ahead.foreign_newest)))
        elif early is not None:
            self.ui.clockLabel.setText(self.tr(
                "This computer's clock reads %1, before the programme began: set the date and "
                "time, or the changes made on it lose against older ones.").replace(
                "%1", local_time(early)))
        elif ahead is not None:
            self.ui.clockLabel.setText(self.tr(
                "%n change(s) made on this computer are dated up to %1, later than its clock "
                "reads now (%2); other computers hold them back until then. If the clock is "
                "right now, it was far ahead when they were made: date them again. If it is "
                "not, set this computer's date and time.", "", ahead.count).replace(
                "%1", stamp_time(ahead.newest)).replace("%2", now))
        self.ui.clockLabel.setVisible(ahead is not None or early is not None)
        self.ui.redateButton.setVisible(self._ahead is not None and not self.db.read_only)

    def redate(self) -> None:
        """Re-date this computer's far-ahead changes, once the user confirms today's date."""
        ahead = getattr(self, "_ahead", None)
        if ahead is None or self.writing:
            return
        now = QDateTime.currentDateTime()
        question = self.tr(
            "This computer's clock reads %1. Is that the right date and time?\n\n"
            "If it is, %n change(s) dated up to %2 are dated again now and go out with the "
            "next export or sync. If it is not, answer No and set the clock first.", "",
            ahead.count).replace("%1", QLocale().toString(
                now, QLocale.FormatType.LongFormat)).replace("%2", stamp_time(ahead.newest))
        answer = QMessageBox.question(self, self.tr("Re-date changes"), question,
                                      QMessageBox.StandardButton.Yes
                                      | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        today = dt.datetime.now(dt.UTC).date()
        self._working(True)
        gateway.call(self, lambda: redate(self.db, today), self._redated,
                     lambda exc: (self._working(False), gateway.show_failure(self, exc)))

    def _redated(self, summary: RedateSummary) -> None:
        self._working(False)
        self._report(self.tr("%n change(s) dated again with this computer's clock; the next "
                             "export or sync sends them.", "", summary.count))
        self.refresh()

    def _peer_line(self, p: sync.PeerStatus) -> str:
        when = local_time(p.last_sync_at) or self.tr("never")
        if p.kind == "recipient":
            who = self.tr("Head office") if p.name == sync.HEAD_OFFICE else p.name
            text = self.tr("%1 — last export: %2")
        elif p.kind == "central":
            who = Path(p.name).name
            text = self.tr("Central file %1 — last sync: %2")
        else:
            who = p.name
            text = self.tr("%1 — last file imported: %2")
        return "• " + text.replace("%1", who).replace("%2", when)

    def _retitle_tabs(self, conflicts: int) -> None:
        for tab, title, count in ((self.ui.conflictsTab, self.tr("Co&nflicts"), conflicts),
                                  (self.ui.heldTab, self.tr("&Held back"), self.held_total)):
            self.ui.tabs.setTabText(self.ui.tabs.indexOf(tab),
                                    f"{title} ({count})" if count else title)

    def _update_buttons(self) -> None:
        idle = not self.busy and not self.writing
        for b in (self.ui.exportChangesButton, self.ui.exportAllButton, self.ui.importButton,
                  self.ui.syncCentralButton, self.ui.chooseCentralButton):
            b.setEnabled(idle)
        edits, decides = self.review_permissions()  # analyst: reads; manual merge: HO's
        conflict = self.selected_conflict()
        may = conflict is not None and edits and gateway.read_now(  # its role's tables only
            self.db, lambda s: may_resolve(self.db, s.connection(), conflict.table))
        has_conflict = may and not conflict.resolved
        self.ui.keepOtherButton.setEnabled(idle and has_conflict)
        self.ui.keepCurrentButton.setEnabled(idle and has_conflict)
        self.undo_button.setEnabled(idle and may and conflict.resolved)
        self.ui.mergeButton.setVisible(decides)
        self.ui.mergeButton.setEnabled(idle and self.selected_duplicate() is not None)
        self.ui.discardHeldButton.setEnabled(idle and edits and bool(self.selected_held()))
        central = settings.get(settings.CENTRAL_SYNC_FILE)
        self.ui.centralPath.setText(central or self.tr("(no central file chosen yet)"))
        self.ui.centralPath.setToolTip(central)

    # ---- language ----
    def _retranslate_own(self) -> None:
        for model in (self.log_model, self.conflicts_model, self.fields_model,
                      self.duplicates_model, self.held_model):
            model.retranslate()
        self._retitle_tabs(sum(not c.resolved for c in self.conflicts_model.keys))
        self.show_resolved.setText(self.tr("Show &resolved conflicts"))
        self.undo_button.setText(self.tr("&Undo resolution"))
        self._update_buttons()

    def changeEvent(self, event) -> None:  # noqa: ANN001
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate_own()
            self.refresh()
        super().changeEvent(event)


def make_page(window) -> SyncPage:  # noqa: ANN001 - the main window
    return SyncPage(window.db, window)
