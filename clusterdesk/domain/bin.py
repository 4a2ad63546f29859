"""BIN / IIN: the 12-digit business and individual identification numbers of Kazakhstan.

The check digit: weights 1..11 over the first 11 digits, sum mod 11; if that is 10, weights
3..11,1,2, sum mod 11; if 10 again the number can never be valid; otherwise it must equal the
twelfth digit.

The structure (rules on BIN and IIN numbering): a BIN is YYMM of registration (not after
this month; 90-99 are the 1990s, when the registrations it numbers began), a 5th digit
4 (resident legal entity), 5 (non-resident) or 6 (individual entrepreneur in joint form), a
6th digit 0 (head office), 1 (branch), 2 (representative office) or 3 (peasant farm), a
serial and the check digit. An IIN is the birth date YYMMDD, a 7th digit for century and
sex (1/2: 19th century, 3/4: 20th, 5/6: 21st; odd men, even women), a serial and the check
digit. A 5th digit 0-3 is the first digit of an IIN's day of birth, so the two never clash.

``bin_findings`` is the one entry point for every place a number is typed or imported:
errors (the number cannot exist) and warnings (it exists but does not fit the legal form).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from clusterdesk.errors import Reason

_FIRST = tuple(range(1, 12))
_SECOND = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)

BIN_KINDS = {"4": "resident legal entity", "5": "non-resident legal entity",
             "6": "individual entrepreneur in joint form"}
BIN_UNITS = {"0": "head office", "1": "branch", "2": "representative office",
             "3": "peasant farm"}
CENTURY = {"1": 1800, "2": 1800, "3": 1900, "4": 1900, "5": 2000, "6": 2000}
# Legal forms that carry the owner's IIN (or a BIN of their own kind); Russian and Kazakh.
ENTREPRENEUR_FORMS = frozenset({"ИП", "ЖК", "IE"})
FARM_FORMS = frozenset({"КХ", "ФХ", "ШҚ"})


@dataclass(frozen=True)
class BinFinding:
    """One thing wrong with a number: ``error`` (cannot exist) or ``warning`` (doubtful)."""

    level: str
    text: str


def check_digit(first11: str) -> int | None:
    """The control digit for 11 digits, or None when no valid number can start with them."""
    digits = [int(c) for c in first11]
    value = sum(w * d for w, d in zip(_FIRST, digits, strict=True)) % 11
    if value == 10:
        value = sum(w * d for w, d in zip(_SECOND, digits, strict=True)) % 11
        if value == 10:
            return None
    return value


def is_iin(value: str) -> bool:
    """True when a 12-digit number is shaped as an IIN (5th digit 0-3: a day of birth)."""
    return len(value) == 12 and value[4] in "0123"


def iin_birth_date(value: str) -> dt.date | None:
    """The birth date an IIN encodes, or None when it encodes no real date."""
    century = CENTURY.get(value[6:7])
    if century is None:
        return None
    try:
        return dt.date(century + int(value[:2]), int(value[2:4]), int(value[4:6]))
    except ValueError:
        return None


def iin_is_female(value: str) -> bool | None:
    """The sex an IIN's 7th digit encodes (True for a woman), None when the digit is not 1-6."""
    return None if value[6:7] not in CENTURY else int(value[6]) % 2 == 0


def _structure_problem(value: str, today: dt.date) -> Reason | None:
    if not 1 <= int(value[2:4]) <= 12:
        return Reason("bin.month", digits=value[2:4])
    if is_iin(value):
        if value[6] not in CENTURY:
            return Reason("iin.century", digit=value[6])
        born = iin_birth_date(value)
        if born is None:
            return Reason("iin.birth_date", date=f"{value[4:6]}.{value[2:4]}")
        if born > today:
            return Reason("iin.future", date=f"{born:%d.%m.%Y}")
        return None
    if value[4] not in BIN_KINDS:
        return Reason("bin.kind", digit=value[4])
    year = (1900 if value[:2] >= "90" else 2000) + int(value[:2])  # registrations since 1990
    if (year, int(value[2:4])) > (today.year, today.month):
        return Reason("bin.future", month=f"{value[2:4]}.{year}")
    if value[5] not in BIN_UNITS:
        return Reason("bin.unit", digit=value[5])
    return None


def bin_problem(value: str, *, today: dt.date | None = None) -> Reason | None:
    """Why ``value`` is not a valid BIN/IIN (a coded reason); None when it is valid."""
    if len(value) != 12:
        return Reason("bin.length", length=len(value))
    if not value.isascii() or not value.isdigit():
        return Reason("bin.digits")
    structure = _structure_problem(value, today or dt.date.today())
    if structure:
        return structure
    expected = check_digit(value[:11])
    if expected is None:
        return Reason("bin.impossible")
    if expected != int(value[11]):
        return Reason("bin.check_digit", digit=value[11], expected=expected)
    return None


def legal_form_problem(value: str, legal_form: str) -> Reason | None:
    """Why a valid number does not fit ``legal_form`` (ИП, КХ, ТОО ...); None when it fits."""
    form = (legal_form or "").strip().upper()
    if not form:
        return None
    if form in ENTREPRENEUR_FORMS:
        if is_iin(value) or value[4] == "6":
            return None
        return Reason("bin.form_entrepreneur", form=legal_form, kind=BIN_KINDS[value[4]])
    if form in FARM_FORMS:
        if is_iin(value) or value[5] == "3":
            return None
        return Reason("bin.form_farm", form=legal_form, kind=BIN_UNITS[value[5]])
    if is_iin(value):
        return Reason("bin.form_iin", form=legal_form)
    if value[4] == "6" or value[5] == "3":
        kind = BIN_KINDS[value[4]] if value[4] == "6" else BIN_UNITS[value[5]]
        return Reason("bin.form_kind", form=legal_form, kind=kind)
    return None


def bin_findings(value: str | None, legal_form: str = "", *,
                 today: dt.date | None = None) -> list[BinFinding]:
    """Everything wrong with a typed or imported number (spaces ignored; empty is fine)."""
    value = normalize_bin(value)
    if not value:
        return []
    problem = bin_problem(value, today=today)
    if problem:
        return [BinFinding("error", problem)]
    mismatch = legal_form_problem(value, legal_form)
    return [BinFinding("warning", mismatch)] if mismatch else []


def describe(value: str) -> str:
    """What a valid number says about its holder, e.g. 'BIN: resident legal entity, head
    office, registered 01.1994' or 'IIN: a woman born 12.03.1978'."""
    if is_iin(value):
        born = iin_birth_date(value)
        who = "a woman" if iin_is_female(value) else "a man"
        return f"IIN: {who} born {born:%d.%m.%Y}" if born else "IIN"
    year = int(value[:2])
    year += 1900 if year >= 90 else 2000
    return (f"BIN: {BIN_KINDS[value[4]]}, {BIN_UNITS[value[5]]}, "
            f"registered {value[2:4]}.{year}")


def normalize_bin(value: str | None) -> str:
    """Strip spaces a user may type between digit groups; empty stays empty."""
    return "".join((value or "").split())


def is_valid_bin(value: str) -> bool:
    return bin_problem(value) is None


def make_bin(first11: str) -> str | None:
    """Complete 11 digits into a valid BIN, or None when impossible (used by the demo)."""
    digit = check_digit(first11)
    return None if digit is None else first11 + str(digit)
