"""The error texts of undoing and redoing deletes, members and next steps.
Part of ``clusterdesk.errors.MESSAGES`` (context "Error"), kept apart so the catalogue stays
readable; ``python -m clusterdesk.gui.translations`` reads this file too. No Qt is imported.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for pyside6-lupdate (which reads this file)."""
    return text


UNDO_MESSAGES: dict[str, str] = {
}
