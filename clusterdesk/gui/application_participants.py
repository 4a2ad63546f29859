"""The Participants table of an application: the filed snapshot of each member, editable.

The lines are the application's own copy (``ParticipantSnap``), not the organizations: what was
filed stays as filed even if an organization's record changes later.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QWidget

from clusterdesk.domain.app_template import parse_number
from clusterdesk.domain.bin import normalize_bin
from clusterdesk.domain.compliance import ParticipantSnap
from clusterdesk.domain.enums import MemberRole, OrgKind
from clusterdesk.gui import formats, labels
from clusterdesk.gui.editors.kept_values import select_data

# key, header (English source), editor kind
COLUMNS = [
    ("row", QT_TRANSLATE_NOOP("ApplicationParticipants", "No."), "row"),
    ("name", QT_TRANSLATE_NOOP("ApplicationParticipants", "Name"), "text"),
    ("bin", QT_TRANSLATE_NOOP("ApplicationParticipants", "BIN"), "text"),
    ("kind", QT_TRANSLATE_NOOP("ApplicationParticipants", "Kind"), "choice"),
    ("role", QT_TRANSLATE_NOOP("ApplicationParticipants", "Role"), "choice"),
    ("region_code", QT_TRANSLATE_NOOP("ApplicationParticipants", "Region"), "choice"),
    ("employees", QT_TRANSLATE_NOOP("ApplicationParticipants", "Employees"), "int"),
    ("revenue_mln_kzt", QT_TRANSLATE_NOOP("ApplicationParticipants", "Revenue, mln KZT"),
     "number"),
    ("export_share", QT_TRANSLATE_NOOP("ApplicationParticipants", "Exports, %"), "number"),
    ("coordinator", QT_TRANSLATE_NOOP("ApplicationParticipants", "Coordinator"), "check"),
    ("agreement_signed", QT_TRANSLATE_NOOP("ApplicationParticipants", "Agreement signed"),
     "check"),
]
KEYS = [c[0] for c in COLUMNS]


def column_of(key: str) -> int:
    return KEYS.index(key)


def choices(key: str) -> list[tuple[str, str]]:
    """(value, label in the window's language) for the columns chosen from a list."""
    if key == "kind":
        return [(k.value, labels.enum_label("OrgKind", k)) for k in OrgKind]
    if key == "role":
        return [(r.value, labels.enum_label("MemberRole", r)) for r in MemberRole]
    return labels.all_regions()


def _number(value: float | int | None) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and not value.is_integer():
        return formats.number_text(value)
    return formats.number_text(int(value))


class ParticipantsModel(QAbstractTableModel):
    """The participants as rows; ``edited`` fires after every change (for the re-check)."""

    edited = Signal()

    def __init__(self, lines: list[ParticipantSnap], parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.lines = list(lines)
        self.editable = True

    # ---- content ----
    def set_lines(self, lines: list[ParticipantSnap]) -> None:
        self.beginResetModel()
        self.lines = list(lines)
        self.endResetModel()
        self.edited.emit()

    def add_line(self) -> int:
        row = len(self.lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self.lines.append(ParticipantSnap(name=""))
        self.endInsertRows()
        self.edited.emit()
        return row

    def remove_line(self, row: int) -> None:
        if 0 <= row < len(self.lines):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.lines[row]
            self.endRemoveRows()
            self.edited.emit()

    # ---- Qt model interface ----
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: ANN001, ANN201
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ApplicationParticipants", COLUMNS[section][1])
        return None

    def flags(self, index):  # noqa: ANN001, ANN201
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        kind = COLUMNS[index.column()][2]
        if not self.editable or kind == "row":
            return base
        if kind == "check":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # noqa: ANN001, ANN201
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        key, _header, kind = COLUMNS[index.column()]
        value = index.row() + 1 if key == "row" else getattr(line, key)
        if kind == "check":
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
            return None
        if role == Qt.ItemDataRole.EditRole:
            return "" if value is None else value
        if role == Qt.ItemDataRole.DisplayRole:
            if kind == "choice":
                return dict(choices(key)).get(value or "", value or "")
            if kind in ("int", "number"):
                return _number(value)
            return str(value or "")
        if role == Qt.ItemDataRole.TextAlignmentRole and kind in ("int", "number", "row"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and key == "name" and value:
            return str(value)
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: ANN001
        if not index.isValid() or not self.editable:
            return False
        line = self.lines[index.row()]
        key, _header, kind = COLUMNS[index.column()]
        if kind == "check" and role == Qt.ItemDataRole.CheckStateRole:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            setattr(line, key, checked)
        elif role == Qt.ItemDataRole.EditRole:
            if kind in ("int", "number"):
                number = parse_number(value)
                if number is None and str(value if value is not None else "").strip():
                    return False  # not a number (nor finite): the cell keeps its value
                if number is not None and (number < 0 or (kind == "int" and
                                                          not number.is_integer())):
                    return False  # a count or an amount below zero, a fraction of a person
                setattr(line, key, int(number) if kind == "int" and number is not None
                        else number)
            elif key == "bin":
                line.bin = normalize_bin(str(value)) or str(value).strip()
            else:
                setattr(line, key, str(value).strip() if value is not None else "")
        else:
            return False
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box for kind, role and region: the stored value is the key, shown by name.

    A value the list does not offer (a code that came by sync, none given) is added to the
    combo; a cell opened and closed without a change keeps exactly what it held."""

    def createEditor(self, parent: QWidget, option, index):  # noqa: ANN001, ANN201
        key = KEYS[index.column()]
        if COLUMNS[index.column()][2] != "choice":
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for value, text in choices(key):
            combo.addItem(text, value)
        return combo

    def setEditorData(self, editor, index) -> None:  # noqa: ANN001
        if isinstance(editor, QComboBox):
            value = index.data(Qt.ItemDataRole.EditRole)
            if value in (None, "") and editor.findData("") < 0:
                editor.insertItem(0, "—", "")  # not given: not the first item's value
            select_data(editor, value)
            editor.setProperty("loaded", editor.currentData())
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index) -> None:  # noqa: ANN001
        if isinstance(editor, QComboBox):
            if editor.currentData() != editor.property("loaded"):  # untouched: left as stored
                model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)
