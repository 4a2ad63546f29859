"""What the application editor does: edit participants and files, save, move the application
through its workflow (submit, register, reject, score), and print it as a PDF.

A mixin of ``ApplicationEditor`` (``gui.application_editor``); writes go through the gateway,
off the GUI thread. Its texts are in the editor's translation context.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QMessageBox,
)

from clusterdesk.domain.enums import ApplicationStatus
from clusterdesk.errors import ClusterDeskError
from clusterdesk.gui import gateway, i18n, settings
from clusterdesk.gui.application_dialogs import RejectDialog, ScoresDialog, current_actor
from clusterdesk.gui.application_participants import column_of
from clusterdesk.gui.edit_conflict_dialog import ask_merge
from clusterdesk.services import applications as svc
from clusterdesk.services import lookups, records
from clusterdesk.services.concurrent_edit import (
    EditBase,
    EditConflict,
    application_version,
    draft_parts,
    draft_values,
)
from clusterdesk.store.models import Initiative

S = ApplicationStatus


class ApplicationActions(i18n.MixinTr):
    """The editor's actions: each writes through ``gateway`` and reloads what it changed."""

    # ------------------------------------------------------------------ editing actions
    def _add_participant(self) -> None:
        row = self.participants.add_line()
        index = self.participants.index(row, column_of("name"))
        self.ui.participantsView.setCurrentIndex(index)
        self.ui.participantsView.edit(index)

    def _remove_participant(self) -> None:
        index = self.ui.participantsView.currentIndex()
        if index.isValid():
            self.participants.remove_line(index.row())

    def refresh_participants(self) -> None:
        """Replace the lines with the initiative's current members (signatures are kept)."""
        fresh = gateway.read_now(self.db, lambda s: svc.participants_of(
            s, records.get(s, Initiative, self.initiative_uuid)))
        signed = {p.organization_uuid: p.agreement_signed for p in self.participants.lines
                  if p.organization_uuid}
        for p in fresh:
            p.agreement_signed = signed.get(p.organization_uuid, False)
        self.participants.set_lines(fresh)

    def choose_file(self, aid: str) -> None:
        check, file, _b = self.attachment_widgets[aid]
        start = file.text() or settings.get(settings.PDF_FOLDER)
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the file: %1").replace(
                "%1", self.template.attachment(aid).title[self.lang]), start)
        if path:
            file.setText(path)
            check.setChecked(True)
            self._edited()

    def _draft_writer(self, merged=None):  # noqa: ANN001, ANN202
        """What is on screen (or the merge chosen after a conflict), as the write that stores
        it on the version loaded (None when nothing is to store). The write returns the
        version stored and what was sent."""
        if self.status is not S.DRAFT or not (self.dirty or merged):
            return None
        uuid = self.uuid
        if merged is None:
            parts = (self.current_fields(), self.current_participants(),
                     self.current_attachments())
            base = EditBase(self.version, self.base_form) if self.version else None
        else:
            parts, base = draft_parts(merged[0]), merged[1]

        def store(s):  # noqa: ANN001, ANN202
            app = svc.update_draft(s, uuid, fields=parts[0], participants=parts[1],
                                   attachments=parts[2], base=base)
            s.flush()  # stamped: the version the next save builds on
            return application_version(app), draft_values(*parts)

        return store

    def save(self, then=None) -> None:  # noqa: ANN001
        """Store the draft off the GUI thread; ``then()`` once it is stored."""
        self._write(None, lambda _r: then and then())

    def _write(self, step, then, merged=None) -> None:  # noqa: ANN001
        """Unsaved edits and a workflow ``step`` in ONE transaction off the GUI thread; then
        the form is read again and ``then(result of step)`` runs. A field changed meanwhile
        by someone else too is shown for the user to merge (``merged``: the choice)."""
        if self.busy:
            return
        store = self._draft_writer(merged)
        if store is None and step is None:
            then(None)
            return
        edits = self.edits

        def op(s):  # noqa: ANN001, ANN202
            stored = store(s) if store is not None else None
            return stored, step(s) if step is not None else None

        def done(answer: tuple) -> None:
            stored, result = answer
            self.busy = False
            self.dirty = self.edits != edits  # typed on while it was being written
            if stored is not None:
                self.version, self.base_form = stored
            if step is not None or (stored is not None and stored[0].values != stored[1]):
                self._load()  # a workflow step, or their changes kept beside ours: show them
            else:
                self.recheck()
            then(result)

        def failed(exc: Exception) -> None:
            self.busy = False
            if isinstance(exc, EditConflict):  # changed meanwhile here and there: merge
                merge = ask_merge(self, exc, "applications", self.merge_label)
                if merge is not None:
                    self._write(step, then, merge)
                return
            gateway.show_failure(self, exc, self.windowTitle())

        self.busy = True
        gateway.write(self, self.db, op, done, failed, origin=self)

    # ------------------------------------------------------------------ workflow
    def _act(self, fn, then=None) -> None:  # noqa: ANN001
        """Run a workflow step (after the unsaved edits) in one transaction, then reload."""
        self._write(fn, lambda result: then and then(result))

    def _change(self, to: S, reasons: list[str] | None = None) -> None:
        who = current_actor(self.db)
        self._act(lambda s: svc.change_status(s, self.uuid, to, who, reasons=reasons or []))

    def submit(self) -> None:
        problems = self.recheck()
        question = self.tr("Submit the application for registration?")
        if problems:
            question = self.tr("The check finds %n problem(s); head office will reject the "
                               "application at registration unless they are fixed. Submit "
                               "anyway?", "", len(problems))
        answer = QMessageBox.question(self, self.windowTitle(), question)
        if answer == QMessageBox.StandardButton.Yes:
            who = current_actor(self.db)
            self._act(lambda s: svc.submit(s, self.uuid, who))

    def register(self) -> None:
        who = current_actor(self.db)
        def registered(problems: object) -> None:
            if isinstance(problems, list) and problems:
                QMessageBox.information(self, self.windowTitle(), self.tr(
                    "The application does not meet the formal requirements and was rejected "
                    "at registration:") + "\n\n" + "\n".join(f"• {p.text}" for p in problems))

        uuid, lang = self.uuid, self.lang
        self._act(lambda s: svc.register(s, uuid, who, lang=lang), registered)

    def reject_application(self) -> None:
        dialog = RejectDialog([p.text for p in self.recheck()], self)
        if dialog.exec():
            self._change(S.REJECTED, dialog.reasons())

    def record_points(self) -> None:
        dialog = ScoresDialog(self.db, self.template, self._existing_points, self)
        if dialog.exec() and dialog.evaluator_name():
            people = {name: uuid for uuid, name in gateway.read_now(self.db,
                                                                     lookups.consultants)}
            name = dialog.evaluator_name()
            who = svc.Actor(name, people.get(name))
            values = dialog.values()
            self._act(lambda s: svc.record_scores(s, self.uuid, who, values))

    def mark_evaluated(self) -> None:
        who = current_actor(self.db)
        self._act(lambda s: svc.mark_evaluated(s, self.uuid, who))

    # ------------------------------------------------------------------ the PDF
    def print_pdf(self) -> Path | None:
        """Check again, choose the file, save, and write the PDF off the GUI thread; it opens
        when written (watermarked while failing). Returns the file chosen."""
        self.recheck()
        lang = self.ui.printLanguage.currentData()
        cluster = str(self.base.fields.get("general", {}).get("cluster_name") or "application")
        name = re.sub(r'[\\/:*?"<>|]+', "_", cluster).strip() or "application"
        folder = Path(settings.get(settings.PDF_FOLDER))
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the application as PDF"), str(folder / f"{name} ({lang}).pdf"),
            self.tr("PDF document (*.pdf)"))
        if not path:
            return None
        target = Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf")
        from clusterdesk.reports.application import write_application_pdf
        from clusterdesk.services.report_data import application_print

        uuid = self.uuid

        def written(_result: object) -> None:
            settings.put(settings.PDF_FOLDER, str(target.parent))
            self.last_pdf = target
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

        def failed(exc: Exception) -> None:
            gateway.show_failure(self, exc if isinstance(exc, ClusterDeskError) else
                                 ClusterDeskError(self.tr(
                                     "The PDF could not be written to %1: %2").replace(
                                     "%1", str(target)).replace("%2", str(exc))))

        self.save(lambda: gateway.read(
            self, self.db, lambda s: write_application_pdf(
                application_print(s, uuid, lang), target, lang), written,
            failed))
        return target

