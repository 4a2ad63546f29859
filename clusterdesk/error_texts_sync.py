"""The error texts of sync files refused or not reachable (``sync/reader.py``, ``export``,
``central``). Part of ``clusterdesk.errors.MESSAGES`` (context "Error"), kept apart so the
catalogue stays readable; ``python -m clusterdesk.gui.translations`` reads this file too. A
file's own problem (``detail``: which member, which line, what is wrong) stays a technical
English sentence inside a translated one. No Qt is imported.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for pyside6-lupdate (which reads this file)."""
    return text


SYNC_MESSAGES: dict[str, str] = {
    "sync.file_refused": QT_TRANSLATE_NOOP("Error", "{file}: {detail}; nothing was imported."),
    "sync.is_folder": QT_TRANSLATE_NOOP("Error", "{file} is a folder, not a sync file."),
    "sync.write_folder": QT_TRANSLATE_NOOP(
        "Error", "{path} is a folder; give the name of the sync file to write."),
    "sync.central_no_folder": QT_TRANSLATE_NOOP(
        "Error", "Cannot sync with {path}: the folder {folder} does not exist (is the stick or "
                 "the shared folder connected?)."),
}
