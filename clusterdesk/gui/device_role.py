"""What this device's role lets the window offer, and how roles and fingerprints read.

The rules are the sync layer's (``trust.decides``: head office's decisions; ``trust.edits``:
an analyst's or a revoked device changes nothing); pages only ask. Each question is one
``local_state`` row read by its key through ``gateway.read_now`` (0.8 ms measured with four
devices enrolled), so buttons can be enabled as a selection changes. Other machines refuse what
the role may not do anyway: the window only spares the user the refusal. On PostgreSQL a
database role that may only read (a viewer's, ``Database.read_only``) changes nothing either.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QWidget

from clusterdesk.gui import gateway
from clusterdesk.store.database import Database

CTX = "DeviceRole"
ROLES = {
    "head_office": QT_TRANSLATE_NOOP("DeviceRole", "head office"),
    "consultant": QT_TRANSLATE_NOOP("DeviceRole", "consultant"),
    "analyst": QT_TRANSLATE_NOOP("DeviceRole", "analyst (reads only)"),
}


def decides(db: Database) -> bool:
    """May this device register, reject, evaluate, select, merge by hand, run monitoring?"""
    if getattr(db, "read_only", False):  # a viewer's database role: all refused anyway
        return False
    from clusterdesk.sync import trust  # the keys' library only once the window is up

    return gateway.read_now(db, lambda s: trust.decides(db, s.connection()))


def edits(db: Database) -> bool:
    """May this device change records at all (not an analyst's, not a revoked one, not with
    a database role that only reads)?"""
    if getattr(db, "read_only", False):
        return False
    from clusterdesk.sync import trust

    return gateway.read_now(db, lambda s: trust.edits(db, s.connection()))


def enable_if_edits(db: Database, widgets: Iterable[QWidget | None]) -> bool:
    """Disable ``widgets`` on a device that changes nothing; returns whether it edits."""
    allowed = edits(db)
    for w in widgets:
        if w is not None and not allowed:
            w.setEnabled(False)
            w.setToolTip(read_only_hint(db))
    return allowed


def read_only_hint(db: Database | None = None) -> str:
    if db is not None and getattr(db, "read_only", False):
        return QCoreApplication.translate(
            "DeviceRole", "Your database role «%1» may only read this database: everything "
                          "can be looked at, nothing can be changed.").replace("%1", db.role or "")
    return QCoreApplication.translate(
        "DeviceRole", "This computer is enrolled as an analyst's (or revoked): it reads "
                      "everything and changes nothing.")


def role_label(role: str | None) -> str:
    if role is None:
        return QCoreApplication.translate("DeviceRole", "not enrolled yet")
    return QCoreApplication.translate(CTX, ROLES[role]) if role in ROLES else role


def role_choices() -> list[tuple[str, str]]:
    """The roles head office may give an enrolled device (key, label)."""
    return [(key, role_label(key)) for key in ("consultant", "analyst")]


def fingerprint_font(base: QFont) -> QFont:
    """A fingerprint read aloud over the phone: fixed-width, large, letters spaced."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(max(base.pointSizeF(), 9.0) * 1.5)
    font.setBold(True)
    font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 115)
    return font
