"""Working days in Kazakhstan: no visits or seminars on weekends and public holidays.

Holidays are data (``resources/reference/holidays.toml``, read by ``store.refdata``): the
fixed days off, plus the next working day when a holiday falls on a weekend (the Labour
Code's rule, not applied to the religious holiday of 7 January), plus days moved by decree.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

NOT_CARRIED = frozenset({"01-07"})  # religious holidays are not carried over to Monday


@dataclass(frozen=True)
class Calendar:
    """Days off of the years asked about, computed from fixed holidays and decrees."""

    fixed: frozenset[str]            # "MM-DD"
    moved: frozenset[dt.date] = frozenset()

    def days_off(self, year: int) -> set[dt.date]:
        holidays = sorted(dt.date(year, int(md[:2]), int(md[3:])) for md in self.fixed)
        off = set(holidays) | {d for d in self.moved if d.year == year}
        for day in holidays:
            if day.weekday() >= 5 and f"{day:%m-%d}" not in NOT_CARRIED:
                carried = day + dt.timedelta(days=1)
                while carried.weekday() >= 5 or carried in off:
                    carried += dt.timedelta(days=1)
                off.add(carried)
        return off

    def is_working_day(self, day: dt.date) -> bool:
        return day.weekday() < 5 and day not in self.days_off(day.year)

    def next_working_day(self, day: dt.date) -> dt.date:
        """``day`` itself when it is a working day, else the first working day after it."""
        while not self.is_working_day(day):
            day += dt.timedelta(days=1)
        return day

    def working_days(self, start: dt.date, count: int) -> list[dt.date]:
        """The first ``count`` working days from ``start`` (included when working)."""
        out: list[dt.date] = []
        day = start
        while len(out) < count:
            if self.is_working_day(day):
                out.append(day)
            day += dt.timedelta(days=1)
        return out

    def non_working(self, days: Iterable[dt.date]) -> list[dt.date]:
        return [d for d in days if not self.is_working_day(d)]
