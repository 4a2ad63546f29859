"""The error texts of saving records in the editors (organizations, consultations, people).
Part of ``clusterdesk.errors.MESSAGES`` (context "Error"), kept apart so the catalogue stays
readable; ``python -m clusterdesk.gui.translations`` reads this file too. No Qt is imported.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for pyside6-lupdate (which reads this file)."""
    return text


RECORDS_MESSAGES: dict[str, str] = {
    # field rules (shown after "Field: ")
    "oked.format": QT_TRANSLATE_NOOP(
        "Error", "{value} is not an OKED code (two digits, then a dot and up to three more, "
                 "e.g. 10.61)"),
    "consultation.future": QT_TRANSLATE_NOOP(
        "Error", "{date} is in the future (today is {today})"),
    "consultation.outside_trip": QT_TRANSLATE_NOOP(
        "Error", "{date} is outside the trip ({start}–{end}): a consultation on it is dated "
                 "{first} to {last}"),
    # the registry import (``services/registry_import.py``)
    "registry.lost_letters": QT_TRANSLATE_NOOP(
        "Error", "«{value}» has a question mark where a letter was: the file was saved in an "
                 "encoding without Kazakh letters (Excel's «CSV» is Windows-1251). Save it as "
                 "«CSV UTF-8» or as an Excel workbook (.xlsx) and import it again"),
}
