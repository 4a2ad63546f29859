"""What a form holds, read from its widgets: for crash-safe drafts and "discard changes?".

Every named input widget of a form (line and text edits, combos, spin and date boxes, check
boxes, checkable lists, organization pickers) is read into a JSON-able dict by its object
name, and written back the same way. Editors need no per-field code to keep a draft.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from clusterdesk.gui.pickers import OrganizationPicker

_INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QAbstractButton,
           QListWidget)


def inputs(root: QWidget) -> list[QWidget]:
    """The named input widgets of ``root``, in creation order (internal parts left out)."""
    out = []
    for w in root.findChildren(QWidget):
        if w.window() is not root.window():
            continue  # a dialog opened from the form is not part of it
        name = w.objectName()
        if not name or name.startswith("qt_") or not isinstance(w, _INPUTS):
            continue
        if isinstance(w, QAbstractButton) and not w.isCheckable():
            continue
        if isinstance(w, QAbstractItemView) and not isinstance(w, QListWidget):
            continue
        parent = w.parentWidget()
        if isinstance(parent, (QComboBox, QAbstractSpinBox)):
            continue
        out.append(w)
    return out


def _read(w: QWidget) -> Any:  # noqa: PLR0911
    if isinstance(w, QLineEdit):
        picker = w.findChild(OrganizationPicker)
        if picker is not None:
            return {"text": w.text(), "uuid": picker.uuid}
        return w.text()
    if isinstance(w, (QPlainTextEdit, QTextEdit)):
        return w.toPlainText()
    if isinstance(w, QComboBox):
        return [w.currentIndex(), w.currentText()]
    if isinstance(w, QDateEdit):
        return w.date().toString(Qt.DateFormat.ISODate)
    if isinstance(w, (QSpinBox, QDoubleSpinBox)):
        return w.value()
    if isinstance(w, QAbstractSpinBox):
        return w.text()
    if isinstance(w, QAbstractButton):
        return w.isChecked()
    if isinstance(w, QListWidget):
        return [w.item(i).checkState() == Qt.CheckState.Checked for i in range(w.count())]
    return None


def _write(w: QWidget, value: Any) -> None:  # noqa: C901, PLR0912
    if isinstance(w, QLineEdit):
        picker = w.findChild(OrganizationPicker)
        if picker is not None and isinstance(value, dict):
            if value.get("uuid"):
                picker.set(value["uuid"])
            else:
                w.setText(value.get("text", ""))
        elif isinstance(value, str):
            w.setText(value)
    elif isinstance(w, (QPlainTextEdit, QTextEdit)) and isinstance(value, str):
        w.setPlainText(value)
    elif isinstance(w, QComboBox) and isinstance(value, list) and len(value) == 2:
        index, text = value
        if 0 <= index < w.count() and w.itemText(index) == text:
            w.setCurrentIndex(index)
        elif w.findText(text) >= 0:
            w.setCurrentIndex(w.findText(text))
        elif w.isEditable():
            w.setEditText(text)
    elif isinstance(w, QDateEdit) and isinstance(value, str):
        date = QDate.fromString(value, Qt.DateFormat.ISODate)
        if date.isValid():
            w.setDate(date)
    elif isinstance(w, (QSpinBox, QDoubleSpinBox)) and isinstance(value, (int, float)):
        w.setValue(value)
    elif isinstance(w, QAbstractButton) and isinstance(value, bool):
        w.setChecked(value)
    elif isinstance(w, QListWidget) and isinstance(value, list):
        for i, checked in enumerate(value[:w.count()]):
            w.item(i).setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


def read_state(root: QWidget) -> dict[str, Any]:
    return {w.objectName(): _read(w) for w in inputs(root)}


def write_state(root: QWidget, state: dict[str, Any]) -> None:
    for w in inputs(root):
        if w.objectName() in state:
            _write(w, state[w.objectName()])


def on_any_change(root: QWidget, slot: Callable[[], None]) -> None:
    """Call ``slot`` whenever the user changes any input of ``root``."""
    for w in inputs(root):
        if isinstance(w, QLineEdit):
            w.textChanged.connect(lambda *_: slot())
        elif isinstance(w, (QPlainTextEdit, QTextEdit)):
            w.textChanged.connect(slot)
        elif isinstance(w, QComboBox):
            w.currentIndexChanged.connect(lambda *_: slot())
            if w.isEditable():
                w.editTextChanged.connect(lambda *_: slot())
        elif isinstance(w, QDateEdit):
            w.dateChanged.connect(lambda *_: slot())
        elif isinstance(w, (QSpinBox, QDoubleSpinBox)):
            w.valueChanged.connect(lambda *_: slot())
        elif isinstance(w, QAbstractButton):
            w.toggled.connect(lambda *_: slot())
        elif isinstance(w, QListWidget):
            w.itemChanged.connect(lambda *_: slot())
