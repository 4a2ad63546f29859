"""Helpers for the window tests: isolated settings, answered message boxes."""

from __future__ import annotations

from PySide6.QtCore import QSettings


def isolate_settings(tmp_path) -> None:  # noqa: ANN001
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    QSettings().clear()


def type_text(widget, text: str) -> None:  # noqa: ANN001
    """Type any text (QTest.keyClicks only knows ASCII; this sends real key events)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, ch))
