"""Undoable changes of the main window (Edit → Undo/Redo, Ctrl+Z).

A deletion is a tombstone that travels to other machines; undo lifts it, which travels too.
Each step is one write through the gateway, off the GUI thread.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QWidget

from clusterdesk.gui import gateway
from clusterdesk.services import records
from clusterdesk.store.database import Database


class DeleteCommand(QUndoCommand):
    """Deleting is setting a tombstone; undo lifts it. Both are changes that travel."""

    def __init__(self, window: QWidget, db: Database, model: type, uuid: str,
                 text: str) -> None:
        super().__init__(text)
        self.window, self.db, self.model, self.uuid = window, db, model, uuid

    def _set(self, deleted: bool) -> None:
        gateway.write(self.window, self.db,
                      lambda s: records.set_deleted(s, self.model, self.uuid, deleted))

    def redo(self) -> None:
        self._set(True)

    def undo(self) -> None:
        self._set(False)
