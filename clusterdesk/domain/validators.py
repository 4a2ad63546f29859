"""Field rules shared by editors (as you type), services (on save) and sync (on import).

Each returns the reason in plain words, or None when the value is acceptable.
"""

from __future__ import annotations

import datetime as dt
import re

from clusterdesk.domain.bin import bin_problem, normalize_bin

_EMAIL = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>.]+$")


def required_problem(value: str | None) -> str | None:
    return "is required" if not (value or "").strip() else None


def bin_field_problem(value: str | None) -> str | None:
    """An empty BIN is allowed (not every organization gives one at first contact)."""
    value = normalize_bin(value)
    return bin_problem(value) if value else None


def email_problem(value: str | None) -> str | None:
    value = (value or "").strip()
    if value and not _EMAIL.match(value):
        return "is not an e-mail address (expected name@domain.kz)"
    return None


def percent_problem(value: float | None) -> str | None:
    if value is not None and not 0 <= value <= 100:
        return "must be between 0 and 100 %"
    return None


def not_negative_problem(value: float | None) -> str | None:
    if value is not None and value < 0:
        return "cannot be negative"
    return None


def date_order_problem(start: dt.date | None, end: dt.date | None) -> str | None:
    if start and end and end < start:
        return f"ends ({end:%d.%m.%Y}) before it starts ({start:%d.%m.%Y})"
    return None
