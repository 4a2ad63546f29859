"""The window with the keyboard alone: Ctrl+1…Ctrl+0 reach the pages, Edit → Undo follows
the focus, and Help lists every shortcut.

Ctrl+<digit> is the convention of tabbed programs on Windows and Linux (Cmd on macOS, which
Qt maps). Undo: in a text box the menu entry undoes the typing there (as Ctrl+Z does in the
box itself); elsewhere it undoes the last record change (a deletion, for instance).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

SHORTCUTS = [  # (keys, what they do) shown in Help → Keyboard shortcuts
    ("Ctrl+1 … Ctrl+9, Ctrl+0", QT_TRANSLATE_NOOP("Shortcuts",
        "Go to a page (in the navigation order)")),
    ("Ctrl+N", QT_TRANSLATE_NOOP("Shortcuts",
        "New consultation")),
    ("Ctrl+Shift+N", QT_TRANSLATE_NOOP("Shortcuts",
        "New record of the current page")),
    ("Ctrl+E / Enter", QT_TRANSLATE_NOOP("Shortcuts",
        "Open the selected record")),
    ("Delete", QT_TRANSLATE_NOOP("Shortcuts",
        "Delete the selected record (Edit → Undo brings it back)")),
    ("Ctrl+F", QT_TRANSLATE_NOOP("Shortcuts",
        "Search the current list")),
    ("↓ / Enter", QT_TRANSLATE_NOOP("Shortcuts",
        "In the search box: go to the results")),
    ("Tab / Shift+Tab", QT_TRANSLATE_NOOP("Shortcuts",
        "Next / previous control (also out of a table)")),
    ("Ctrl+Z / Ctrl+Y", QT_TRANSLATE_NOOP("Shortcuts",
        "Undo / redo: typing in a text box, else the last change")),
    ("Ctrl+S", QT_TRANSLATE_NOOP("Shortcuts",
        "Save the form (in every editor)")),
    ("Esc", QT_TRANSLATE_NOOP("Shortcuts",
        "Close the form (asks if typed content is unsaved)")),
    ("Ctrl+Shift+O", QT_TRANSLATE_NOOP("Shortcuts",
        "New organization from the consultation form")),
    ("Ctrl+D", QT_TRANSLATE_NOOP("Shortcuts",
        "Next steps: mark the selected one done")),
    ("Ctrl+H", QT_TRANSLATE_NOOP("Shortcuts",
        "History of the selected record")),
    ("Ctrl+P", QT_TRANSLATE_NOOP("Shortcuts",
        "Print")),
    ("F1", QT_TRANSLATE_NOOP("Shortcuts",
        "User guide")),
]


def page_shortcuts(window, keys: list[str]) -> list[QShortcut]:  # noqa: ANN001
    """Ctrl+1 … Ctrl+9, Ctrl+0 show the pages ``keys`` in order."""
    out = []
    for n, key in enumerate(keys[:10]):
        digit = (n + 1) % 10
        sc = QShortcut(QKeySequence(f"Ctrl+{digit}"), window)
        sc.setContext(Qt.ShortcutContext.WindowShortcut)
        sc.activated.connect(lambda k=key: window.show_page(k))
        out.append(sc)
    return out


def _text_box(window: QWidget) -> QWidget | None:
    """The text box that has (or last had) the focus in ``window``."""
    w = window.focusWidget()
    return w if isinstance(w, (QLineEdit, QPlainTextEdit, QTextEdit)) else None


class FocusUndo(QObject):
    """Edit → Undo/Redo that act on the text box with the focus, or on the record changes.

    A child of the window: its connection to the application's focus signal ends with it.
    """

    def __init__(self, window) -> None:  # noqa: ANN001
        super().__init__(window)
        self.window = window
        self.stack = window.undo_stack
        menu = window.ui.menuEdit
        old_undo, old_redo = window.undo_action, window.redo_action
        self.undo, self.redo = QAction(window), QAction(window)
        self.undo.setObjectName("actionUndoFocus")
        self.redo.setObjectName("actionRedoFocus")
        self.undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo.setShortcut(QKeySequence.StandardKey.Redo)
        menu.insertAction(old_undo, self.undo)
        menu.insertAction(old_undo, self.redo)
        menu.removeAction(old_undo)
        menu.removeAction(old_redo)
        old_undo.setShortcut(QKeySequence())
        old_redo.setShortcut(QKeySequence())
        window.undo_action, window.redo_action = self.undo, self.redo
        self.undo.triggered.connect(self._undo)
        self.redo.triggered.connect(self._redo)
        app = QApplication.instance()
        app.focusChanged.connect(self._focus_changed)
        self.stack.indexChanged.connect(self._stack_changed)
        menu.aboutToShow.connect(self.update)  # what the menu offers is what it will do
        self.update()

    def _stack_changed(self, _index: int) -> None:
        self.update()

    def _focus_changed(self, _old: QWidget | None, _new: QWidget | None) -> None:
        self.update()

    def _watch(self, box: QWidget) -> None:
        if not box.property("undoWatched"):
            box.setProperty("undoWatched", True)  # the menu entry follows what is typed
            box.textChanged.connect(self._text_changed)

    def _text_changed(self, *_args: object) -> None:
        self.update()

    def _undo(self) -> None:
        box = _text_box(self.window)
        if box is not None:
            box.undo()
        else:
            self.stack.undo()
        self.update()

    def _redo(self) -> None:
        box = _text_box(self.window)
        if box is not None:
            box.redo()
        else:
            self.stack.redo()
        self.update()

    def update(self) -> None:
        if not all(shiboken6.isValid(o) for o in (self.window, self.stack, self.undo)):
            return
        box = _text_box(self.window)
        if box is not None:
            self._watch(box)
            self.undo.setText(QCoreApplication.translate("MainWindow", "&Undo typing"))
            self.redo.setText(QCoreApplication.translate("MainWindow", "&Redo typing"))
            undo_ok = box.isUndoAvailable() if isinstance(box, QLineEdit) else \
                box.document().isUndoAvailable()
            redo_ok = box.isRedoAvailable() if isinstance(box, QLineEdit) else \
                box.document().isRedoAvailable()
            self.undo.setEnabled(undo_ok)
            self.redo.setEnabled(redo_ok)
            return
        undo_text, redo_text = self.stack.undoText(), self.stack.redoText()
        self.undo.setText(QCoreApplication.translate(
                "MainWindow", "&Undo %1").replace("%1", undo_text).strip()
                          if undo_text else QCoreApplication.translate("MainWindow", "&Undo"))
        self.redo.setText(QCoreApplication.translate(
                "MainWindow", "&Redo %1").replace("%1", redo_text).strip()
                          if redo_text else QCoreApplication.translate("MainWindow", "&Redo"))
        self.undo.setEnabled(self.stack.canUndo())
        self.redo.setEnabled(self.stack.canRedo())


class ShortcutsDialog(QDialog):
    """Help → Keyboard shortcuts: every key the window and its forms answer to."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ShortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        table = QTableWidget(len(SHORTCUTS), 2, self)
        table.setObjectName("shortcuts")
        table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (keys, text) in enumerate(SHORTCUTS):
            table.setItem(row, 0, QTableWidgetItem(keys))
            table.setItem(row, 1, QTableWidgetItem(QCoreApplication.translate("Shortcuts", text)))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.resize(640, 480)
