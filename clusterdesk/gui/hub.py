"""One notification per change: views listen and refresh what they show."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class ChangeHub(QObject):
    changed = Signal(str)  # the table name that changed ("*" for everything)


hub = ChangeHub()
