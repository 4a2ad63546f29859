""""This record was changed meanwhile": each field changed here and there, theirs beside
yours, with a choice per field; the editor then saves the merge.

Shown by every editor when its save raised ``services.concurrent_edit.EditConflict`` (the
rule is there, not here): nothing was written yet, so Cancel goes back to the form with
nothing lost. Fields only the other person changed were kept as they stored them; the
dialog says which.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.domain.edit_merge import MINE, THEIRS
from clusterdesk.gui import gateway
from clusterdesk.gui.history_view import field_name
from clusterdesk.gui.sync_tables import field_value, local_time
from clusterdesk.services.concurrent_edit import EditBase, EditConflict
from clusterdesk.services.history import find_record
from clusterdesk.store.database import Database
from clusterdesk.store.history import jsonable

Names = Callable[[str], str]


class EditConflictDialog(QDialog):
    """The user's choice for each conflicting field: ``choices()`` (unit name -> mine/theirs)."""

    def __init__(self, conflict: EditConflict, table: str, parent: QWidget | None = None,
                 label: Callable[[str], str] = field_name, names: Names = lambda _u: ""
                 ) -> None:
        super().__init__(parent)
        self.conflict = conflict
        self.setObjectName("editConflictDialog")
        self.setWindowTitle(self.tr("Changed meanwhile"))
        author = conflict.author
        when = local_time(author.when) if author.when else ""
        heading = QLabel(self.tr(
            "This record was changed meanwhile by %1 (%2), while it was open here. The fields "
            "below were changed both there and here: choose for each which value to keep. "
            "Nothing has been saved yet.").replace("%1", author.text()).replace("%2", when),
            self)
        heading.setObjectName("heading")
        heading.setWordWrap(True)
        grid_host = QWidget(self)
        grid = QGridLayout(grid_host)
        for col, text in enumerate((self.tr("Field"), self.tr("Theirs (saved meanwhile)"),
                                    self.tr("Yours (in this form)"), self.tr("Keep"))):
            head = QLabel(f"<b>{text}</b>", grid_host)
            grid.addWidget(head, 0, col if col < 3 else 3, 1, 1 if col < 3 else 2)
        self._groups: dict[str, QButtonGroup] = {}
        for row, c in enumerate(conflict.conflicts, start=1):
            grid.addWidget(QLabel(", ".join(label(n) for n in c.unit), grid_host), row, 0)
            differ = [n for n in c.unit if c.theirs.get(n) != c.mine.get(n)] or list(c.unit)
            for col, values in ((1, c.theirs), (2, c.mine)):
                value = QLabel(self._text(table, differ, values, label, names), grid_host)
                value.setWordWrap(True)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                value.setObjectName(f"{'theirs' if col == 1 else 'mine'}_{c.name}")
                grid.addWidget(value, row, col)
            group = QButtonGroup(self)
            for col, (key, text) in enumerate(((MINE, self.tr("Mine")),
                                               (THEIRS, self.tr("Theirs"))), start=3):
                button = QRadioButton(text, grid_host)
                button.setObjectName(f"{key}_{c.name}")
                button.setChecked(key == MINE)
                group.addButton(button)
                button.setProperty("choice", key)
                grid.addWidget(button, row, col)
            self._groups[c.name] = group
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(grid_host)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(scroll, 1)
        taken = conflict.outcome.taken
        if taken:
            kept = QLabel(self.tr("Also changed there and kept as they saved it: %1.").replace(
                "%1", ", ".join(label(n) for n in taken)), self)
            kept.setObjectName("kept")
            kept.setWordWrap(True)
            layout.addWidget(kept)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save the merge"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("Back to the form"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout.addWidget(buttons)
        self.resize(760, min(220 + 48 * len(conflict.conflicts), 620))

    @staticmethod
    def _text(table: str, shown: list[str], values: dict[str, Any],
              label: Callable[[str], str], names: Names) -> str:
        """The values that differ; each with its field's name when a group has several."""
        texts = [_shown(table, n, jsonable(values.get(n)), names) for n in shown]
        if len(shown) == 1:
            return texts[0]
        return "\n".join(f"{label(n)}: {t}" for n, t in zip(shown, texts, strict=True))

    def choose(self, name: str, choice: str) -> None:
        """Pick ``choice`` (mine/theirs) for the conflict ``name`` (as a click does)."""
        for button in self._groups[name].buttons():
            if button.property("choice") == choice:
                button.setChecked(True)

    def choices(self) -> dict[str, str]:
        out = {}
        for name, group in self._groups.items():
            checked = group.checkedButton()
            out[name] = checked.property("choice") if checked is not None else THEIRS
        return out


def _shown(table: str, name: str, value: Any, names: Names) -> str:
    """A value as the form shows it: records by their names, lines of a table by name."""
    if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        return "; ".join(str(v.get("name") or v.get("title") or "—") for v in value)
    if isinstance(value, list) and value and all(_is_uuid(v) for v in value):
        return ", ".join(names(v) or v[:8] for v in value)
    return field_value(table, name, value, names)


def _is_uuid(value: object) -> bool:
    return isinstance(value, str) and len(value) == 36 and value.count("-") == 4


def record_names(db: Database) -> Names:
    """The name (or title) of a record by its uuid, whatever its table (one key each)."""
    def name(uuid: str) -> str:
        found = gateway.read_now(db, lambda s: find_record(s, uuid))
        obj = found[1] if found else None
        return str(getattr(obj, "name", None) or getattr(obj, "title", None) or "")

    return name


def ask_merge(parent: QWidget, conflict: EditConflict, table: str,
              label: Callable[[str], str] = field_name, names: Names | None = None
              ) -> tuple[dict[str, Any], EditBase] | None:
    """Show the conflict; the fields and base to save the merge with, or None (cancelled:
    back to the form, nothing saved). Records are named from ``parent.db``."""
    db = getattr(parent, "db", None)
    if names is None:
        names = record_names(db) if db is not None else (lambda _u: "")
    dialog = EditConflictDialog(conflict, table, parent, label, names)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return conflict.merged_base(dialog.choices())
    finally:
        dialog.deleteLater()
