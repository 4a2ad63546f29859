"""The Sync view: what has not been exported, export and import of sync files, the central
file, the import log, conflicts side by side, and look-alike organizations to merge.

Every long job (export, import, central sync) runs off the GUI thread through
``gateway.job`` on the window's ``Database`` (the sync functions open their own
connections); cancelling leaves the data as it was. Afterwards the page shows a summary; what
the import or merge changed reaches every list by the commit's change-set (``hub``).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QTableView,
    QWidget,
)

from clusterdesk import sync
from clusterdesk.errors import ClusterDeskError
from clusterdesk.gui import gateway, settings
from clusterdesk.gui.forms.ui_sync_page import Ui_SyncPage
from clusterdesk.gui.hub import watch
from clusterdesk.gui.reasons import error_text
from clusterdesk.gui.sync_tables import (
    ConflictsModel,
    DuplicatesModel,
    FieldsModel,
    LogModel,
    age_text,
    local_time,
    stamp_time,
    table_label,
)
from clusterdesk.progress import Progress, share
from clusterdesk.store.database import Database

log = logging.getLogger(__name__)
LOCK_WAIT = 10.0   # seconds to wait for another machine syncing the central file
MAX_PEERS = 6      # peers listed in the status block (the most recent ones)


def default_file_name(device_name: str, day: dt.date | None = None) -> str:
    """``<device>-<date>.cdsync``, with the device name made safe for any file system."""
    safe = re.sub(r"[^\w.-]+", "-", device_name or "clusterdesk", flags=re.UNICODE).strip("-.")
    return f"{safe or 'clusterdesk'}-{(day or dt.date.today()).isoformat()}{sync.SUFFIX}"


def _with_suffix(path: str) -> Path:
    p = Path(path)
    return p if p.suffix.lower() == sync.SUFFIX else p.with_name(p.name + sync.SUFFIX)


Outcome = tuple[Path, Any, str]  # (path, summary or None, problem)


def import_paths(db: Database, paths: list[Path],
                 progress: Progress) -> list[Outcome]:
    """Import files one by one (each all or nothing): (path, summary or None, problem).

    A bad file does not stop the others; a cancel stops before the next file, and the file
    being imported when it came is left out entirely.
    """
    out: list[Outcome] = []
    n = max(len(paths), 1)
    for i, path in enumerate(paths):
        part = share(progress, i, n)
        if not progress(i * 1000, n * 1000):
            out.append((path, None, "cancelled"))
            break
        try:
            out.append((path, sync.import_file(db, path, part), ""))
        except sync.SyncCancelledError:
            out.append((path, None, "cancelled"))
            break
        except ClusterDeskError as exc:
            out.append((path, None, error_text(exc)))
    return out


class SyncPage(QWidget):
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
        ui = self.ui
        for view, model, stretch in ((ui.logView, self.log_model, 1),
                                     (ui.conflictsView, self.conflicts_model, 1),
                                     (ui.fieldsView, self.fields_model, -1),
                                     (ui.duplicatesView, self.duplicates_model, -1)):
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

        def read() -> tuple:
            return (sync.sync_status(self.db), sync.sync_log(self.db, "import"),
                    sync.list_conflicts(self.db))

        def failed(exc: Exception) -> None:
            self.loading = False
            gateway.show_failure(self, exc)

        gateway.call(self, read, self._loaded, failed, writes=False)

    def _loaded(self, data: tuple) -> None:
        self.loading = False
        status, log, conflicts = data
        self._show_status(status)
        self.log_model.load(log)
        self._devices = {p.key: p.name for p in status.peers if p.kind == "device"}
        selected = self.selected_conflict()
        self.conflicts_model.load(conflicts, self.device_name)
        row = next((i for i, c in enumerate(conflicts)
                    if selected is not None and c.uuid == selected.uuid), 0)
        if conflicts:
            self.ui.conflictsView.selectRow(row)
        self._show_conflict()
        if self.ui.tabs.currentWidget() is self.ui.duplicatesTab:
            self.load_duplicates()
        self._retitle_tabs(len(conflicts))
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
        self.ui.statusLabel.setText(text)
        peers = sorted(status.peers, key=lambda p: p.last_sync_at or dt.datetime.min,
                       reverse=True)
        lines = [self._peer_line(p) for p in peers[:MAX_PEERS]]
        if len(peers) > MAX_PEERS:
            lines.append(self.tr("…and %n more", "", len(peers) - MAX_PEERS))
        self.ui.peersLabel.setText("\n".join(lines) if lines else self.tr(
            "No files have been exported or imported yet."))

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
        title = self.tr("Co&nflicts")
        if conflicts:
            title += f" ({conflicts})"
        self.ui.tabs.setTabText(self.ui.tabs.indexOf(self.ui.conflictsTab), title)

    def _update_buttons(self) -> None:
        idle = not self.busy and not self.writing
        for b in (self.ui.exportChangesButton, self.ui.exportAllButton, self.ui.importButton,
                  self.ui.syncCentralButton, self.ui.chooseCentralButton):
            b.setEnabled(idle)
        has_conflict = self.selected_conflict() is not None
        self.ui.keepOtherButton.setEnabled(idle and has_conflict)
        self.ui.keepCurrentButton.setEnabled(idle and has_conflict)
        self.ui.mergeButton.setEnabled(idle and self.selected_duplicate() is not None)
        central = settings.get(settings.CENTRAL_SYNC_FILE)
        self.ui.centralPath.setText(central or self.tr("(no central file chosen yet)"))
        self.ui.centralPath.setToolTip(central)

    # ---- long jobs ----
    def _start(self, title: str, fn: Callable, done: Callable[[Any], str]) -> None:
        if self.busy:
            return

        def finished(result: object) -> None:
            self.task = None
            self._report(done(result))
            self.refresh()
            self._update_buttons()

        def cancelled() -> None:
            self.task = None
            self._report(self.tr("Cancelled; nothing was changed."))
            self._update_buttons()

        def failed(exc: Exception) -> None:
            if isinstance(exc, sync.SyncCancelledError):
                cancelled()
                return
            self.task = None
            self._report(error_text(exc) if isinstance(exc, ClusterDeskError) else "")
            gateway.show_failure(self, exc)
            self.refresh()
            self._update_buttons()

        self.task = gateway.job(self, title, fn, finished, failed, on_cancel=cancelled)
        self._update_buttons()

    def _report(self, text: str) -> None:
        """The summary stays on the page (a status bar message would be cut off)."""
        self.ui.summaryLabel.setText(text)

    def export(self, all_records: bool = False) -> None:
        folder = Path(settings.get(settings.LAST_EXPORT_FOLDER))
        title = self.tr("Export everything") if all_records else self.tr("Export changes")
        path, _ = QFileDialog.getSaveFileName(
            self, title, str(folder / default_file_name(self.db.device_name)),
            self.tr("ClusterDesk sync files (*.cdsync)"))
        if not path:
            return
        target = _with_suffix(path)
        settings.put(settings.LAST_EXPORT_FOLDER, str(target.parent))
        self._start(self.tr("Exporting…"), lambda progress: sync.export_changes(
            self.db, target, all_records=all_records, progress=progress), self._exported)

    def _exported(self, summary: sync.ExportSummary) -> str:
        if summary.total == 0:
            return self.tr("There were no changes to export; %1 was written anyway (it holds "
                           "nothing new).").replace("%1", str(summary.path))
        return self.tr("%n record(s) written to %1.", "", summary.total).replace(
            "%1", str(summary.path))

    def choose_and_import(self) -> None:
        folder = settings.get(settings.LAST_EXPORT_FOLDER)
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import sync files"), folder,
            self.tr("ClusterDesk sync files (*.cdsync);;All files (*)"))
        if paths:
            settings.put(settings.LAST_EXPORT_FOLDER, str(Path(paths[0]).parent))
            self.import_files([Path(p) for p in paths])

    def import_files(self, paths: list[Path]) -> None:
        """Import sync files (also what the window gets when files are dropped on it)."""
        paths = [Path(p) for p in paths]
        if not paths:
            return
        if self.busy:
            QMessageBox.information(self, self.tr("Sync"), self.tr(
                "Another sync job is still running; try again when it has finished."))
            return
        self._start(self.tr("Importing…"),
                    lambda progress: import_paths(self.db, paths, progress), self._imported)

    def _imported(self, results: list[tuple[Path, Any, str]]) -> str:
        lines, problems = [], []
        for path, summary, problem in results:
            if summary is not None:
                lines.append(self.import_sentence(summary))
            elif problem == "cancelled":
                lines.append(self.tr("%1 was not imported: cancelled, nothing of it was "
                                     "changed.").replace("%1", path.name))
            else:
                lines.append(problem)
                problems.append(problem)
        if problems:
            QMessageBox.warning(self, self.tr("Import"), "\n\n".join(problems))
        return "\n".join(lines)

    def import_sentence(self, s: sync.ImportSummary) -> str:
        name = Path(s.file).name
        if s.already_imported:
            return self.tr("%1 was already imported on %2; nothing changed.").replace(
                "%1", name).replace("%2", local_time(s.first_imported_at))
        return self.tr("%1 from %2 — new: %3, updated: %4, unchanged: %5, conflicts: %6, "
                       "merged duplicates: %7.").replace("%1", name).replace(
            "%2", s.device_name or "?").replace("%3", str(s.new)).replace(
            "%4", str(s.updated)).replace("%5", str(s.unchanged)).replace(
            "%6", str(s.conflicts)).replace("%7", str(s.merged))

    def choose_central(self) -> str:
        current = settings.get(settings.CENTRAL_SYNC_FILE)
        start = current or str(Path(settings.get(settings.LAST_EXPORT_FOLDER))
                               / f"clusterdesk-central{sync.SUFFIX}")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Central sync file"), start,
            self.tr("ClusterDesk sync files (*.cdsync)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if not path:
            return ""
        target = str(_with_suffix(path))
        settings.put(settings.CENTRAL_SYNC_FILE, target)
        self._update_buttons()
        return target

    def sync_central(self) -> None:
        path = settings.get(settings.CENTRAL_SYNC_FILE) or self.choose_central()
        if not path:
            return
        self._start(self.tr("Syncing with %1…").replace("%1", Path(path).name),
                    lambda progress: sync.sync_central(self.db, path, timeout=LOCK_WAIT,
                                                       progress=progress), self._synced)

    def _synced(self, s: sync.CentralSummary) -> str:
        if s.created or s.imported is None:
            return self.tr("Created the central file %1 with %n record(s).", "",
                           s.exported.total).replace("%1", str(s.path))
        first = self.import_sentence(s.imported)
        return first + " " + self.tr("%n record(s) written back to %1.", "",
                                     s.exported.total).replace("%1", str(s.path))

    # ---- conflicts ----
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

    # ---- language ----
    def _retranslate_own(self) -> None:
        for model in (self.log_model, self.conflicts_model, self.fields_model,
                      self.duplicates_model):
            model.retranslate()
        self._retitle_tabs(self.conflicts_model.rowCount())
        self._update_buttons()

    def changeEvent(self, event) -> None:  # noqa: ANN001
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate_own()
            self.refresh()
        super().changeEvent(event)


def make_page(window) -> SyncPage:  # noqa: ANN001 - the main window
    return SyncPage(window.db, window)
