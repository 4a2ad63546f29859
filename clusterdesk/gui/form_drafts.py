"""A crash-safe draft for any dialog that edits a record, and the questions that guard it.

Record editors (``editors/base.py``) keep theirs built in; the other dialogs that edit —
the application editor, the monitoring dialogs, rounds, rejections, points, the organization
created from a consultation — take a ``DraftKeeper``: what the form holds is saved (in the
settings, ``gui.drafts``) a moment after each edit, offered back when the same form opens
again after a crash, and dropped once saved or knowingly discarded. Esc/Cancel on a form with
unsaved content asks first (``confirm_discard``); Ctrl+S saves (``save_shortcut``).

What a form holds is read by ``form_state`` (its named inputs) unless the dialog hands its own
``snapshot``/``apply`` pair (the application editor's participants table).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

from clusterdesk.gui import drafts, form_state
from clusterdesk.store.database import Database

SAVE_AFTER_MS = 400  # a draft is written this long after the last edit


class DraftKeeper(QObject):
    """The draft of ``form`` under ``key`` (one per record: ``"Kind/uuid"``)."""

    def __init__(self, form: QWidget, db: Database, key: str,
                 snapshot: Callable[[], dict[str, Any]] | None = None,
                 apply: Callable[[dict[str, Any]], None] | None = None,
                 unsaved: Callable[[], bool] | None = None) -> None:
        super().__init__(form)
        self.form, self.database, self.key = form, db.location, key  # file or server URL
        self.snapshot = snapshot or (lambda: form_state.read_state(form))
        self.apply = apply or (lambda state: form_state.write_state(form, state))
        self._unsaved = unsaved
        self.baseline: dict[str, Any] | None = None
        self.paused = False  # while a save is being written, or a draft put back
        self._timer = QTimer(self, singleShot=True, interval=SAVE_AFTER_MS)
        self._timer.timeout.connect(self.save_now)
        form.installEventFilter(self)

    def watch_inputs(self) -> DraftKeeper:
        """Save a draft after any change of the form's named inputs."""
        form_state.on_any_change(self.form, self.changed)
        return self

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.form and event.type() == QEvent.Type.Show and self.baseline is None:
            self.baseline = self.snapshot()  # the form as opened holds nothing to save
            QTimer.singleShot(0, self.offer)
        return False

    def unsaved(self) -> bool:
        if self._unsaved is not None:
            return self._unsaved()
        return self.baseline is not None and self.snapshot() != self.baseline

    def changed(self, *_args: object) -> None:
        if self.baseline is not None and not self.paused:
            self._timer.start()

    def save_now(self) -> None:
        self._timer.stop()
        if self.unsaved():
            drafts.save(self.key, self.database, self.snapshot())
        else:
            drafts.discard(self.key)

    def offer(self) -> bool:
        """A draft left by a crash: put it back if the user wants it (True when put back)."""
        draft = drafts.load(self.key, self.database)
        if not draft or draft == self.snapshot():
            return False
        answer = QMessageBox.question(
            self.form, self.form.windowTitle(), self.tr(
                "This form was being filled in and was not saved (the program was closed or "
                "stopped). Restore what was typed?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        if answer != QMessageBox.StandardButton.Yes:
            drafts.discard(self.key)
            return False
        self.paused = True
        try:
            self.apply(draft)
        finally:
            self.paused = False
        return True

    def drop(self) -> None:
        """Saved, or discarded on purpose: no draft to offer any more."""
        self._timer.stop()
        drafts.discard(self.key)

    def confirm_discard(self) -> bool:
        """Esc/Cancel: True when the form may close (nothing unsaved, or the user said so);
        the draft goes with it. False: keep editing (also Esc on the question)."""
        if self.unsaved():
            answer = QMessageBox.question(
                self.form, self.form.windowTitle(), self.tr(
                    "Discard what was typed in this form? It has not been saved."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return False
        self.drop()
        return True


def save_shortcut(form: QWidget, save: Callable[[], None],
                  buttons: QDialogButtonBox | None = None) -> QShortcut:
    """Ctrl+S (the platform's Save key) runs ``save`` — unless the dialog's own Save/OK
    button is disabled (a refused field)."""
    def run() -> None:
        if buttons is not None:
            button = (buttons.button(QDialogButtonBox.StandardButton.Save)
                      or buttons.button(QDialogButtonBox.StandardButton.Ok))
            if button is not None and not button.isEnabled():
                return
        save()

    return QShortcut(QKeySequence(QKeySequence.StandardKey.Save), form, run)
