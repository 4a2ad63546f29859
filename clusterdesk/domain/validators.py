"""Field rules shared by editors (as you type), services (on save) and sync (on import).

Each returns the reason (a coded ``Reason``, English as text), or None when the value is
acceptable.
"""

from __future__ import annotations

import datetime as dt
import math
import re

from clusterdesk.domain.bin import bin_problem, normalize_bin
from clusterdesk.errors import Reason

_EMAIL = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>.]+$")


def required_problem(value: str | None) -> Reason | None:
    return Reason("required") if not (value or "").strip() else None


def bin_field_problem(value: str | None) -> Reason | None:
    """An empty BIN is allowed (not every organization gives one at first contact)."""
    value = normalize_bin(value)
    return bin_problem(value) if value else None


def email_problem(value: str | None) -> Reason | None:
    value = (value or "").strip()
    if value and not _EMAIL.match(value):
        return Reason("email")
    return None


def percent_problem(value: float | None) -> Reason | None:
    if value is not None and not 0 <= value <= 100:
        return Reason("percent")
    return None


def not_negative_problem(value: float | None) -> Reason | None:
    if value is not None and value < 0:
        return Reason("negative")
    return None


def date_order_problem(start: dt.date | None, end: dt.date | None) -> Reason | None:
    if start and end and end < start:
        return Reason("date_order", end=f"{end:%d.%m.%Y}", start=f"{start:%d.%m.%Y}")
    return None


# ---- values typed into fields ---------------------------------------------------------------

def parse_number(value: object) -> float | None:
    """A number typed by a person: ``1 250,5`` or ``1250.5``; None when it is not one (nor
    finite)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        number = float(value)
    else:
        text = "".join(str(value).split()).replace("\u00a0", "").replace(",", ".")
        try:
            number = float(text)
        except ValueError:
            return None
    return number if math.isfinite(number) else None  # "nan", "inf", 1e400 are not amounts


def parse_date(value: object) -> dt.date | None:
    """A date as ``DD.MM.YYYY`` or ISO ``YYYY-MM-DD``; None when it is not one."""
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    for fmt in ("%d.%m.%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def is_empty(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())
