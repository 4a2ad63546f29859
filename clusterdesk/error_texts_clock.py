"""The error texts of re-dating the changes made under a clock far ahead (``sync/redate.py``).
Part of ``clusterdesk.errors.MESSAGES`` (context "Error"), kept apart so the catalogue stays
readable; ``python -m clusterdesk.gui.translations`` reads this file too. No Qt is imported.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for pyside6-lupdate (which reads this file)."""
    return text


CLOCK_MESSAGES: dict[str, str] = {
    "sync.redate_clock_early": QT_TRANSLATE_NOOP(
        "Error", "This computer's clock reads {today}, before the programme began: set the date "
                 "and time first; nothing was re-dated."),
    "sync.redate_wrong_today": QT_TRANSLATE_NOOP(
        "Error", "You gave {given} as today's date, but this computer's clock reads {today}: "
                 "set the date and time first; nothing was re-dated."),
    "sync.redate_clock_behind": QT_TRANSLATE_NOOP(
        "Error", "This computer's clock reads {today}, but changes from other computers stored "
                 "here are dated up to {newest}: its clock is behind now, not ahead before. Set "
                 "its date and time first; nothing was re-dated."),
    "sync.redate_not_a_date": QT_TRANSLATE_NOOP(
        "Error", "{given} is not a date (write it as YYYY-MM-DD, e.g. 2017-04-12); nothing was "
                 "re-dated."),
}
