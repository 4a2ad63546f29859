"""BIN / IIN: the 12-digit business and individual identification numbers of Kazakhstan.

The check digit: weights 1..11 over the first 11 digits, sum mod 11; if that is 10, weights
3..11,1,2, sum mod 11; if 10 again the number can never be valid; otherwise it must equal the
twelfth digit.
"""

from __future__ import annotations

_FIRST = tuple(range(1, 12))
_SECOND = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)


def check_digit(first11: str) -> int | None:
    """The control digit for 11 digits, or None when no valid number can start with them."""
    digits = [int(c) for c in first11]
    value = sum(w * d for w, d in zip(_FIRST, digits, strict=True)) % 11
    if value == 10:
        value = sum(w * d for w, d in zip(_SECOND, digits, strict=True)) % 11
        if value == 10:
            return None
    return value


def bin_problem(value: str) -> str | None:
    """Why ``value`` is not a valid BIN/IIN, in plain words; None when it is valid."""
    if len(value) != 12:
        return f"must have 12 digits, has {len(value)}"
    if not value.isascii() or not value.isdigit():
        return "must contain digits only"
    expected = check_digit(value[:11])
    if expected is None:
        return "is not a valid number (no check digit is possible for its first 11 digits)"
    if expected != int(value[11]):
        return f"check digit is {value[11]}, expected {expected} (mistyped digit?)"
    return None


def normalize_bin(value: str | None) -> str:
    """Strip spaces a user may type between digit groups; empty stays empty."""
    return "".join((value or "").split())


def is_valid_bin(value: str) -> bool:
    return bin_problem(value) is None


def make_bin(first11: str) -> str | None:
    """Complete 11 digits into a valid BIN, or None when impossible (used by the demo)."""
    digit = check_digit(first11)
    return None if digit is None else first11 + str(digit)
