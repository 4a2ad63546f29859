"""The Sync view's long jobs: export, import of files, the central file, and their summaries.

Each runs off the GUI thread through ``gateway.job`` on the window's ``Database`` (the sync
functions open their own connections); cancelling leaves the data as it was. A mixin of
``SyncPage`` (``gui.sync_page``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QFileDialog,
    QMessageBox,
)

from clusterdesk import sync
from clusterdesk.errors import ClusterDeskError
from clusterdesk.gui import device_role, gateway, i18n, settings
from clusterdesk.gui.reasons import error_text
from clusterdesk.gui.sync_tables import (
    local_time,
)
from clusterdesk.progress import Progress, share
from clusterdesk.store.database import Database

LOCK_WAIT = 10.0   # seconds to wait for another machine syncing the central file
MAX_PEERS = 6      # peers listed in the status block (the most recent ones)


def default_file_name(device_name: str, day: dt.date | None = None) -> str:
    """``<device>-<date>.cdsync``, with the device name made safe for any file system."""
    safe = re.sub(r"[^\w.-]+", "-", device_name or "clusterdesk", flags=re.UNICODE).strip("-.")
    return f"{safe or 'clusterdesk'}-{(day or dt.date.today()).isoformat()}{sync.SUFFIX}"


def with_suffix(path: str) -> Path:
    p = Path(path)
    return p if p.suffix.lower() == sync.SUFFIX else p.with_name(p.name + sync.SUFFIX)


Outcome = tuple[Path, Any, str, str]  # (path, summary or None, problem, its error code)
UNKNOWN_DEVICE = "sync.unknown_device"  # head office is offered to enrol the device


def import_paths(db: Database, paths: list[Path],
                 progress: Progress) -> list[Outcome]:
    """Import files one by one (each all or nothing): (path, summary or None, problem, code).

    A bad file does not stop the others; a cancel stops before the next file, and the file
    being imported when it came is left out entirely.
    """
    out: list[Outcome] = []
    n = max(len(paths), 1)
    for i, path in enumerate(paths):
        part = share(progress, i, n)
        if not progress(i * 1000, n * 1000):
            out.append((path, None, "cancelled", ""))
            break
        try:
            out.append((path, sync.import_file(db, path, part), "", ""))
        except sync.SyncCancelledError:
            out.append((path, None, "cancelled", ""))
            break
        except ClusterDeskError as exc:
            out.append((path, None, error_text(exc), exc.code))
    return out


class SyncJobs(i18n.MixinTr):
    """Export, import and central sync of the Sync view, each a cancellable job."""

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
        target = with_suffix(path)
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

    def _imported(self, results: list[Outcome]) -> str:
        lines, problems, strangers = [], [], []
        decides = device_role.decides(self.db)
        for path, summary, problem, code in results:
            if summary is not None:
                lines.append(self.import_sentence(summary))
            elif problem == "cancelled":
                lines.append(self.tr("%1 was not imported: cancelled, nothing of it was "
                                     "changed.").replace("%1", path.name))
            else:
                lines.append(problem)
                (strangers if code == UNKNOWN_DEVICE and decides else problems).append(
                    (path, problem))
        if problems:
            QMessageBox.warning(self, self.tr("Import"), "\n\n".join(p for _f, p in problems))
        for path, problem in strangers:
            self.offer_enrolment(path, problem)
        return "\n".join(lines)

    def offer_enrolment(self, path: Path, problem: str) -> None:
        """A file from a device head office has not enrolled: enrol it (its fingerprint
        compared by phone), then import the file again."""
        if QMessageBox.question(self, self.tr("Enrol a device"), problem + "\n\n" + self.tr(
                "Enrol this device now? You compare its fingerprint with its user by phone "
                "first; the file is imported afterwards."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return
        from clusterdesk.gui.trust_dialogs import enrol_from_file

        enrol_from_file(self, self.db, path, lambda _dev: self.import_files([path]))

    def import_sentence(self, s: sync.ImportSummary) -> str:
        name = Path(s.file).name
        if s.already_imported:
            return self.tr("%1 was already imported on %2; nothing changed.").replace(
                "%1", name).replace("%2", local_time(s.first_imported_at))
        return " ".join([self.tr("%1 from %2 — new: %3, updated: %4, unchanged: %5, "
                                 "conflicts: %6, merged duplicates: %7.").replace(
            "%1", name).replace("%2", s.device_name or "?").replace("%3", str(s.new)).replace(
            "%4", str(s.updated)).replace("%5", str(s.unchanged)).replace(
            "%6", str(s.conflicts)).replace("%7", str(s.merged)), *self.kept_back(s)])

    def kept_back(self, s: sync.ImportSummary) -> list[str]:
        """What the file held that was not applied, in the window's language (the reasons,
        in English, are in ``clusterdesk sync status`` and the import log)."""
        out = []
        if len(s.refused) > s.held_over:
            out.append(self.tr("%n change(s) refused: the device that made them may not make "
                               "them, or the proof of who made them does not hold.", "",
                               len(s.refused) - s.held_over))
        if s.held_over:
            out.append(self.tr("%n record(s) refused: as many records of the device that made "
                               "them are held back here as are kept. Discard those that will "
                               "never apply (Held back) and sync again.", "", s.held_over))
        if s.refused_merges:
            out.append(self.tr("%n merge(s) of duplicate organizations not applied: the "
                               "merge rule refuses them.", "", len(s.refused_merges)))
        clock = s.held - s.held_unproven
        if clock > 0 and s.clock_behind:
            out.append(self.tr("%n record(s) held back: this computer's clock is behind the "
                               "changes this database already holds. They are kept, not "
                               "applied; set this computer's date and time, and the next "
                               "import applies them.", "", clock))
        elif clock > 0:
            out.append(self.tr("%n record(s) held back: stamped too far ahead of this "
                               "computer's clock. They are kept, not applied; correct that "
                               "computer's clock, date its changes again there (Sync view) "
                               "and sync again.", "", clock))
        if s.held_unproven:
            out.append(self.tr("%n conflict(s) held back: signed by a device this computer's "
                               "device list does not hold yet. They are kept, not applied; "
                               "take the current programme file and sync again.", "",
                               s.held_unproven))
        if s.released:
            out.append(self.tr("%n record(s) held earlier applied now.", "", s.released))
        if s.withdrawn:
            out.append(self.tr("%n record(s) held earlier dropped: the computer that made them "
                               "dated them again.", "", s.withdrawn))
        return out

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
        target = str(with_suffix(path))
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
        unread = [self.tr("%n part(s) of the central file refused on this computer "
                          "(damaged or changed, unsigned, or from a device it does not know); "
                          "the rest was synced.", "", len(s.refused))] if s.refused else []
        return " ".join([first, *unread, self.tr("%n record(s) written back to %1.", "",
                                                 s.exported.total).replace("%1", str(s.path))])
