"""Undoable changes of the main window (Edit → Undo/Redo, Ctrl+Z).

A deletion is a tombstone that travels to other machines; undo lifts it, which travels too.
Each step is one write through the gateway, off the GUI thread, so the stack has moved on
before the write is done. A write the service refuses (a deleted organization whose BIN a
live one carries now, ``services.records.undelete_problem``) is shown as its sentence and the
stack is put back where it was: the step stays done (or undone) as the database says, and can
be tried again once the obstacle is gone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import shiboken6
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from clusterdesk.gui import gateway
from clusterdesk.services import next_steps, records
from clusterdesk.store.database import Database


class RecordCommand(QUndoCommand):
    """One step whose redo and undo are each one write; a refused write undoes the move."""

    def __init__(self, window: QWidget, db: Database, text: str) -> None:
        super().__init__(text)
        self.window, self.db = window, db
        self._putting_back = False  # the stack is moved back after a refusal: write nothing
        self.origin: object = None  # tags the change-set (gateway.write)
        self.pending = 0  # writes of this step not done yet

    def do(self, session: Session) -> object:  # the step
        raise NotImplementedError

    def revert(self, session: Session) -> object:  # its undo
        raise NotImplementedError

    def redo(self) -> None:
        self._run(self.do, forward=True)

    def undo(self) -> None:
        self._run(self.revert, forward=False)

    def _run(self, op: Callable[[Session], object], *, forward: bool) -> None:
        if self._putting_back:
            self._putting_back = False
            return
        self.pending += 1

        def done(_result: object) -> None:
            self.pending -= 1

        def refused(exc: Exception) -> None:
            self.pending -= 1
            self._refused(exc, forward=forward)

        gateway.write(self.window, self.db, op, done, refused, origin=self.origin)

    def _stack(self) -> QUndoStack | None:
        stack = getattr(self.window, "undo_stack", None)
        return stack if isinstance(stack, QUndoStack) and shiboken6.isValid(stack) else None

    def _refused(self, exc: Exception, *, forward: bool) -> None:
        """The write did not happen: the stack goes back to where the database is."""
        stack = self._stack()
        if stack is not None:
            at = stack.index()
            if forward and at > 0 and stack.command(at - 1) is self:
                self._putting_back = True
                stack.undo()
            elif not forward and at < stack.count() and stack.command(at) is self:
                self._putting_back = True
                stack.redo()
            else:  # the user moved on meanwhile: the step no longer matches; drop it there
                self.setObsolete(True)
        gateway.show_failure(self.window, exc, self.text())


class DeleteCommand(RecordCommand):
    """Deleting is setting a tombstone; undo lifts it. Both are changes that travel."""

    def __init__(self, window: QWidget, db: Database, model: type, uuid: str,
                 text: str) -> None:
        super().__init__(window, db, text)
        self.model, self.uuid = model, uuid

    def do(self, session: Session) -> object:
        return records.set_deleted(session, self.model, self.uuid, True)

    def revert(self, session: Session) -> object:
        return records.set_deleted(session, self.model, self.uuid, False)


class MarkDoneCommand(RecordCommand):
    """A next step marked done (today); undo opens it again (``next_steps.reopen``)."""

    def __init__(self, window: QWidget, db: Database, uuid: str, text: str,
                 origin: object = None) -> None:
        super().__init__(window, db, text)
        self.uuid, self.day, self.origin = uuid, dt.date.today(), origin

    def do(self, session: Session) -> object:
        return next_steps.mark_done(session, self.uuid, self.day)

    def revert(self, session: Session) -> object:
        return next_steps.reopen(session, self.uuid)


def window_stack(widget: QWidget) -> tuple[QWidget, QUndoStack] | None:
    """The main window above ``widget`` and its undo stack (None outside one)."""
    w: QWidget | None = widget
    while w is not None:
        stack = getattr(w, "undo_stack", None)
        if isinstance(stack, QUndoStack):
            return w, stack
        w = w.parentWidget()
    return None


def push_delete(widget: QWidget, db: Database, model: type, uuid: str, text: str) -> None:
    """Delete through the window's undo stack (Edit → Undo brings it back); outside a main
    window, a plain delete."""
    found = window_stack(widget)
    if found is None:
        gateway.write(widget, db, lambda s: records.set_deleted(s, model, uuid))
    else:
        found[1].push(DeleteCommand(found[0], db, model, uuid, text))
