"""Validation reasons from the rules (English, with values) in the window's language."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_PATTERNS = [
    (r"must have 12 digits, has (\d+)", QT_TRANSLATE_NOOP("Reason", "must have 12 digits, has %1")),
    (r"must contain digits only", QT_TRANSLATE_NOOP("Reason", "must contain digits only")),
    (r"is not a valid number \(no check digit is possible for its first 11 digits\)",
     QT_TRANSLATE_NOOP("Reason", "is not a valid number (no check digit is possible for its "
                                 "first 11 digits)")),
    (r"check digit is (\d), expected (\d) \(mistyped digit\?\)",
     QT_TRANSLATE_NOOP("Reason", "check digit is %1, expected %2 (mistyped digit?)")),
    (r"is required", QT_TRANSLATE_NOOP("Reason", "is required")),
    (r"is not an e-mail address \(expected name@domain\.kz\)",
     QT_TRANSLATE_NOOP("Reason", "is not an e-mail address (expected name@domain.kz)")),
    (r"must be between 0 and 100 %", QT_TRANSLATE_NOOP("Reason", "must be between 0 and 100 %")),
    (r"cannot be negative", QT_TRANSLATE_NOOP("Reason", "cannot be negative")),
    (r"ends \((.+)\) before it starts \((.+)\)",
     QT_TRANSLATE_NOOP("Reason", "ends (%1) before it starts (%2)")),
    (r"(\S+) is already used by (.+) \(id (.+)\)",
     QT_TRANSLATE_NOOP("Reason", "%1 is already used by %2 (id %3)")),
    (r"choose an organization from the list",
     QT_TRANSLATE_NOOP("Reason", "choose an organization from the list")),
    (r"the trip no longer exists", QT_TRANSLATE_NOOP("Reason", "the trip no longer exists")),
    (r"is before the consultation date",
     QT_TRANSLATE_NOOP("Reason", "is before the consultation date")),
    (r"choose at least one region", QT_TRANSLATE_NOOP("Reason", "choose at least one region")),
]
_COMPILED = [(re.compile(f"^{p}$"), t) for p, t in _PATTERNS]

FIELDS = {
    "name": QT_TRANSLATE_NOOP("Field", "Name"), "BIN": QT_TRANSLATE_NOOP("Field", "BIN"),
    "e-mail": QT_TRANSLATE_NOOP("Field", "E-mail"), "date": QT_TRANSLATE_NOOP("Field", "Date"),
    "organization": QT_TRANSLATE_NOOP("Field", "Organization"),
    "trip": QT_TRANSLATE_NOOP("Field", "Trip"), "title": QT_TRANSLATE_NOOP("Field", "Title"),
    "dates": QT_TRANSLATE_NOOP("Field", "Dates"), "regions": QT_TRANSLATE_NOOP("Field", "Regions"),
    "sector": QT_TRANSLATE_NOOP("Field", "Sector"), "region": QT_TRANSLATE_NOOP("Field", "Region"),
    "due date": QT_TRANSLATE_NOOP("Field", "Due date"),
    "share of exports": QT_TRANSLATE_NOOP("Field", "Share of exports"),
    "employees": QT_TRANSLATE_NOOP("Field", "Employees"),
    "annual revenue": QT_TRANSLATE_NOOP("Field", "Annual revenue"),
}


def reason_text(reason: str) -> str:
    for pattern, template in _COMPILED:
        match = pattern.match(reason)
        if match:
            text = QCoreApplication.translate("Reason", template)
            for i, value in enumerate(match.groups(), start=1):
                text = text.replace(f"%{i}", value)
            return text
    return reason


def field_text(field: str) -> str:
    source = FIELDS.get(field)
    return QCoreApplication.translate("Field", source) if source else field


def error_text(exc) -> str:  # noqa: ANN001
    """A ValidationError as one translated sentence: 'Field: reason'."""
    return f"{field_text(exc.field)}: {reason_text(exc.reason)}"
