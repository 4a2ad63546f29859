"""The error texts of head office's PostgreSQL server: a change the server refused for the
analyst's database role (``store/postgres.py``: ``refusal``). Part of
``clusterdesk.errors.MESSAGES`` (context "Error"), kept apart so the catalogue stays readable;
``python -m clusterdesk.gui.translations`` reads this file too. No Qt is imported here.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for pyside6-lupdate (which reads this file)."""
    return text


SERVER_MESSAGES: dict[str, str] = {
    "db.role_reads_only": QT_TRANSLATE_NOOP(
        "Error", "Your database role «{role}» may only read this database, not change it: "
                 "nothing was saved. To make changes, ask the database's administrator for an "
                 "analyst's role."),
    "db.role_may_not_change": QT_TRANSLATE_NOOP(
        "Error", "Your database role «{role}» may not make this change ({detail}): nothing "
                 "was saved. Ask the database's administrator to grant it an analyst's "
                 "rights."),
}
