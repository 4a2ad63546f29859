"""Pickers with completion: organizations (searched as you type) and fixed lists."""

from __future__ import annotations

from PySide6.QtCore import QObject, QStringListModel, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit

from clusterdesk.gui import gateway
from clusterdesk.services import lookups
from clusterdesk.store.database import Database


class OrganizationPicker(QObject):
    """Turns a QLineEdit into an organization picker: type part of a name or BIN, choose."""

    picked = Signal(str)  # uuid, or "" when the text no longer names a chosen organization

    def __init__(self, db: Database, edit: QLineEdit) -> None:
        super().__init__(edit)
        self.db = db
        self.edit = edit
        self.uuid: str | None = None
        self._by_text: dict[str, str] = {}
        self._model = QStringListModel(self)
        self._completer = QCompleter(self._model, self)
        # The database already chose the matches (folded: "курылыс" finds «Құрылыс»); the
        # completer shows them as they are instead of filtering them again by the letters.
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        edit.setCompleter(self._completer)
        edit.textEdited.connect(self._lookup)
        self._completer.activated[str].connect(self._chosen)

    def set(self, uuid: str | None) -> None:
        self.uuid = uuid or None
        name = gateway.read_now(self.db, lambda s: lookups.organization_name(s, uuid))
        self.edit.setText(name)
        self.edit.setCursorPosition(0)

    def _lookup(self, text: str) -> None:
        if self.uuid is not None:
            self.uuid = None
            self.picked.emit("")
        found = gateway.read_now(self.db, lambda s: lookups.find_organizations(s, text))
        self._by_text = {(f"{name} · {bin_}" if bin_ else name): uuid for uuid, name, bin_ in found}
        self._model.setStringList(list(self._by_text))
        exact = [u for t, u in self._by_text.items() if t.split(" · ")[0] == text.strip()]
        if len(exact) == 1:
            self.uuid = exact[0]
            self.picked.emit(self.uuid)

    def _chosen(self, text: str) -> None:
        uuid = self._by_text.get(text)
        if uuid:
            self.uuid = uuid
            self.edit.setText(text.split(" · ")[0])
            self.picked.emit(uuid)


def fill_combo(combo: QComboBox, items: list[tuple[object, str]], current: object = None,
               empty: str | None = None) -> None:
    """Items (value, text) into a combo; an editable combo completes what is typed."""
    combo.blockSignals(True)
    combo.clear()
    if empty is not None:
        combo.addItem(empty, None)
    for value, text in items:
        combo.addItem(text, value)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    if combo.isEditable():
        combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        combo.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.blockSignals(False)
