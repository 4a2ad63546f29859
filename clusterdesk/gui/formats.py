"""One way to write each kind of value in the window: dates, date-times, whole numbers and
decimals, all through the ``QLocale`` of the interface language (``i18n.install`` sets it).

Before, the same window showed 17841.6 next to 11 703,4 and 01.12.26 next to 12/1/26 12:31
PM. Every widget that shows a value calls these; a date always has a four-digit year.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def _locale() -> QLocale:
    return QLocale()


def date_format() -> str:
    """The locale's short date with a four-digit year (``dd.MM.yyyy`` in Russian).

    English in Kazakhstan has no locale data of its own (Qt falls back to the American
    month-first order): the window writes British day-first dates and a 24-hour clock.
    """
    if _locale().language() == QLocale.Language.English:
        return "dd/MM/yyyy"
    fmt = _locale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    return fmt


def date_text(value: dt.date | QDate | None) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return datetime_text(value)
    day = value if isinstance(value, QDate) else QDate(value.year, value.month, value.day)
    return _locale().toString(day, date_format())


def datetime_text(value: dt.datetime | QDateTime | None) -> str:
    """Date and time (to the minute), in local time when the value carries a zone."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone()
        value = QDateTime(QDate(value.year, value.month, value.day),
                          QTime(value.hour, value.minute, value.second))
    time_fmt = "HH:mm" if _locale().language() == QLocale.Language.English \
        else _locale().timeFormat(QLocale.FormatType.ShortFormat)
    return _locale().toString(value, f"{date_format()} {time_fmt}")


def number_text(value: float | int | None, decimals: int = 1) -> str:
    """A whole number with digit groups, a decimal with ``decimals`` places."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int) or float(value).is_integer() and decimals == 0:
        return _locale().toString(int(value))
    return _locale().toString(float(value), "f", decimals)


def percent_text(share: float | None, decimals: int = 0) -> str:
    """0.42 -> "42 %" (the locale's way)."""
    if share is None:
        return ""
    return _locale().toString(share * 100, "f", decimals) + "\u00a0%"


def compact_number(value: float | int | None, max_decimals: int = 2) -> str:
    """A score or weight as short as it can be: 7, 7,5, 7,25 (no trailing zeros)."""
    if value is None:
        return ""
    value = round(float(value), max_decimals)
    if value.is_integer():
        return _locale().toString(int(value))
    text = _locale().toString(value, "f", max_decimals)
    point = _locale().decimalPoint()
    return text.rstrip("0").rstrip(point) if point in text else text
