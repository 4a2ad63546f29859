"""The error texts of undoing and redoing deletes, members and next steps.
Part of ``clusterdesk.errors.MESSAGES`` (context "Error"), kept apart so the catalogue stays
readable; ``python -m clusterdesk.gui.translations`` reads this file too. No Qt is imported.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for pyside6-lupdate (which reads this file)."""
    return text


UNDO_MESSAGES: dict[str, str] = {
    # bringing a deleted record back (Edit → Undo of a delete; services.records.set_deleted)
    "undo.bin_taken": QT_TRANSLATE_NOOP(
        "Error", "«{name}» cannot be brought back: its BIN {bin} is now used by «{other}» "
                 "(id {uuid}). Delete that organization or correct its BIN first; «{name}» "
                 "stays deleted."),
    "undo.member_again": QT_TRANSLATE_NOOP(
        "Error", "«{name}» cannot be brought back as a member of «{initiative}»: it has been a "
                 "member again since {joined}. The removed membership stays removed."),
    "undo.round_name_taken": QT_TRANSLATE_NOOP(
        "Error", "The selection round {name} cannot be brought back: another round (id {uuid}) "
                 "is now named {name}. Rename that round first; this one stays deleted."),
    "undo.application_again": QT_TRANSLATE_NOOP(
        "Error", "The application of «{initiative}» to round {round} cannot be brought back: "
                 "the initiative has another application to that round now (id {uuid}). "
                 "This one stays deleted."),
    "undo.restore_clash": QT_TRANSLATE_NOOP(
        "Error", "This {kind} cannot be brought back: a live record now holds a value only one "
                 "may hold ({detail}). It stays deleted."),
    # adding a member to an initiative (services.editing.add_member), after "organization: "
    "member.duplicate": QT_TRANSLATE_NOOP(
        "Error", "«{name}» is already a member of this initiative (since {joined})"),
}
