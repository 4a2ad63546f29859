"""What an application form's number and date fields may hold, as the template says.

A number field may name ``min``, ``max`` and ``whole = true`` (a count of people is not
12.7); a date field ``by_filing = true`` (an agreement cannot be signed after the application
that encloses it was filed). The formal check names each value outside them, so an
impossible figure is fixed before registration instead of being ranked.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol


class _Reader(Protocol):
    def fail(self, key: str, reason: str) -> Exception: ...

    def get(self, table: dict[str, Any], key: str, where: str, kind: Any,
            default: Any = ...) -> Any: ...


@dataclass(frozen=True)
class Bounds:
    min: float | None = None
    max: float | None = None
    whole: bool = False
    by_filing: bool = False

    def number_problem(self, number: float) -> str | None:
        """The check's message key for ``number`` outside these bounds, or None."""
        if self.min is not None and number < self.min:
            return "too_small"
        if self.max is not None and number > self.max:
            return "too_large"
        if self.whole and number != int(number):
            return "not_whole"
        return None


NUMBER_KEYS, DATE_KEYS = ("min", "max", "whole"), ("by_filing",)


def read_bounds(r: _Reader, field: dict[str, Any], where: str, kind: str) -> Bounds:
    """The bounds a field table declares; a bound its kind cannot have is refused."""
    allowed = NUMBER_KEYS if kind == "number" else DATE_KEYS if kind == "date" else ()
    for key in (*NUMBER_KEYS, *DATE_KEYS):
        if key in field and key not in allowed:
            raise r.fail(f"{where}.{key}", f"is not allowed for a {kind} field")
    number = (int, float)
    low = r.get(field, "min", where, number, None)
    high = r.get(field, "max", where, number, None)
    if low is not None and high is not None and low > high:
        raise r.fail(f"{where}.max", f"must not be below min ({low!r}), got {high!r}")
    return Bounds(None if low is None else float(low), None if high is None else float(high),
                  r.get(field, "whole", where, bool, False),
                  r.get(field, "by_filing", where, bool, False))
