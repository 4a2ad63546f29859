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
# OKED (NACE Rev. 2 and Kazakhstan's fifth digit): division 10, group 10.6, class 10.61,
# subclass 10.61.1
_OKED = re.compile(r"^\d{2}(\.\d(\d(\.\d)?)?)?$")
# a consultation on a trip may fall this many days before its first or after its last day
# (arriving the evening before, a meeting on the way back); never after today
TRIP_DAYS_TOLERANCE = 1


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


def oked_problem(value: str | None) -> Reason | None:
    """An OKED code as the classifier writes them (10, 10.6, 10.61, 10.61.1); empty is
    allowed (not known yet). Any section counts: a university (85), an akimat (84.11) or a
    chamber (94.11) takes part in a cluster as much as a mill does."""
    value = (value or "").strip()
    if value and not _OKED.match(value):
        return Reason("oked.format", value=value)
    return None


def consultation_date_problem(day: dt.date | None, trip_start: dt.date | None,
                              trip_end: dt.date | None, today: dt.date) -> Reason | None:
    """A consultation is not dated after ``today``; on a trip it falls within the trip's
    days, give or take ``TRIP_DAYS_TOLERANCE``."""
    if day is None:
        return None
    if day > today:
        return Reason("consultation.future", date=f"{day:%d.%m.%Y}", today=f"{today:%d.%m.%Y}")
    margin = dt.timedelta(days=TRIP_DAYS_TOLERANCE)
    if trip_start and trip_end and not trip_start - margin <= day <= trip_end + margin:
        first, last = trip_start - margin, min(trip_end + margin, today)
        return Reason("consultation.outside_trip", date=f"{day:%d.%m.%Y}",
                      start=f"{trip_start:%d.%m.%Y}", end=f"{trip_end:%d.%m.%Y}",
                      first=f"{first:%d.%m.%Y}", last=f"{last:%d.%m.%Y}")
    return None


def date_on_trip(day: dt.date, trip_start: dt.date, trip_end: dt.date,
                 today: dt.date) -> dt.date:
    """The date nearest ``day`` that a consultation on this trip may have (choosing a past
    trip for a new consultation moves today's date into it)."""
    margin = dt.timedelta(days=TRIP_DAYS_TOLERANCE)
    last = max(min(trip_end + margin, today), trip_start - margin)
    return min(max(day, trip_start - margin), last)


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
