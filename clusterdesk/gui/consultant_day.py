"""Wires issue 14's window features into the main window with one call (``install``).

Page shortcuts, Edit → Undo that follows the focus, the File menu's backups and recent
files, the daily backup, and Help → User guide (F1) / Keyboard shortcuts. Kept out of
``main_window`` so that module stays about the window itself.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence

from clusterdesk.gui.backups import BackupMenu, daily_backup
from clusterdesk.gui.window_keys import FocusUndo, ShortcutsDialog, page_shortcuts


class ConsultantDay(QObject):
    """Owns the added actions; retranslates them when the language changes."""

    def __init__(self, window, page_keys: list[str]) -> None:  # noqa: ANN001
        super().__init__(window)
        self.window = window
        self.shortcuts = page_shortcuts(window, page_keys)
        self.undo = FocusUndo(window)
        self.backups = BackupMenu(window)
        menu = window.ui.menuHelp
        first = menu.actions()[0] if menu.actions() else None
        self.guide_action = QAction(window)
        self.guide_action.setObjectName("actionUserGuide")
        self.guide_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.guide_action.triggered.connect(self.open_guide)
        self.keys_action = QAction(window)
        self.keys_action.setObjectName("actionShortcuts")
        self.keys_action.triggered.connect(lambda: ShortcutsDialog(window).exec())
        if first is not None:
            menu.insertActions(first, [self.guide_action, self.keys_action])
            menu.insertSeparator(first)
        else:
            menu.addActions([self.guide_action, self.keys_action])
        window.installEventFilter(self)
        self.retranslate()
        QTimer.singleShot(3000, self, self._daily_backup)

    def _daily_backup(self) -> None:
        daily_backup(self.window)

    def open_guide(self) -> None:
        from clusterdesk.gui.help import open_guide

        open_guide(self.window)

    def retranslate(self) -> None:
        if not shiboken6.isValid(self.guide_action):
            return
        self.guide_action.setText(QCoreApplication.translate("MainWindow", "&User guide"))
        self.keys_action.setText(QCoreApplication.translate("MainWindow", "&Keyboard shortcuts"))
        self.backups.retranslate()
        self.undo.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            QTimer.singleShot(0, self, self.retranslate)
        return False


def install(window, page_keys: list[str]) -> ConsultantDay:  # noqa: ANN001
    return ConsultantDay(window, page_keys)
