"""Number fields whose empty value shows "—": the first digit typed replaces the dash.

A spin box showing its special value text ("—" for "not given") holds the text "—"; a typed
digit would make "—5", which the validator refuses, so typing did nothing. The filter selects
the dash first, so what is typed takes its place.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QWidget

_STARTS_A_NUMBER = set("0123456789-+.,")


class _ReplaceDash(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (event.type() == QEvent.Type.KeyPress and isinstance(watched, QAbstractSpinBox)
                and isinstance(event, QKeyEvent) and event.text()[:1] in _STARTS_A_NUMBER
                and watched.specialValueText()
                and watched.text() == watched.specialValueText()):
            watched.lineEdit().selectAll()
        return False


def replace_dash_when_typing(root: QWidget) -> None:
    """Let every number field under ``root`` take the first digit typed into "—"."""
    boxes = [root] if isinstance(root, QAbstractSpinBox) else []
    boxes += root.findChildren(QAbstractSpinBox)
    filt = root.findChild(_ReplaceDash) or _ReplaceDash(root)
    for box in boxes:
        if box.specialValueText():
            box.installEventFilter(filt)
