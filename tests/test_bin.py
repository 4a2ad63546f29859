"""BIN/IIN control-digit rule, as the domain brief states it."""

import pytest

from clusterdesk.domain.bin import bin_problem, check_digit, is_valid_bin, make_bin
from clusterdesk.domain.validators import bin_field_problem


def test_first_pass_check_digit():
    # 0*1+9*2+0*3+8*4+4*5+0*6+0*7+0*8+0*9+0*10+0*11 = 70; 70 mod 11 = 4
    assert check_digit("09084000000") == 4
    assert is_valid_bin("090840000004")


def test_second_pass_weights_used_when_first_gives_ten():
    # first pass: 18+32+20+50 = 120, 120 mod 11 = 10 -> weights 3..11,1,2: 36+48+28+5 = 117 -> 7
    assert check_digit("09084000050") == 7
    assert is_valid_bin("090840000507")
    assert not is_valid_bin("090840000500")


def test_number_with_no_possible_check_digit_is_invalid():
    assert check_digit("09084000057") is None
    for last in "0123456789":
        assert "no check digit is possible" in bin_problem("09084000057" + last)


def test_wrong_check_digit_names_expected_digit():
    assert bin_problem("090840000005") == "check digit is 5, expected 4 (mistyped digit?)"


@pytest.mark.parametrize("value, reason", [
    ("09084000000", "must have 12 digits, has 11"),
    ("0908400000044", "must have 12 digits, has 13"),
    ("09084000000A", "must contain digits only"),
    ("０９０８４００００００４", "must contain digits only"),  # full-width digits
])
def test_malformed_values(value, reason):
    assert bin_problem(value) == reason


def test_empty_bin_is_allowed_in_a_field_and_spaces_are_ignored():
    assert bin_field_problem("") is None
    assert bin_field_problem("0908 4000 0004") is None
    assert bin_field_problem("0908 4000 0005") is not None


def test_make_bin_completes_valid_numbers():
    assert make_bin("09084000000") == "090840000004"
    assert make_bin("09084000057") is None


# ---- structure: BIN (YYMM, kind, unit) and IIN (birth date, century and sex) -------------

import datetime as dt  # noqa: E402

from clusterdesk.domain.bin import bin_findings, describe, iin_birth_date, iin_is_female  # noqa: E402,I001


@pytest.mark.parametrize("value", ["940140000385", "990140004654"])
def test_real_bins_pass(value):
    assert bin_problem(value) is None
    assert describe(value).startswith("BIN: resident legal entity, head office")


@pytest.mark.parametrize("first11, words", [
    ("99134000465", "month"),          # month 13
    ("99994000465", "month"),          # month 99
    ("99019000465", "digit 5"),        # 5th digit 9: neither a BIN kind nor a day of birth
    ("99014900465", "digit 6"),        # 6th digit 9: no such unit
    ("78023140012", "birth date"),     # IIN: 31 February 1978
    ("780212700001"[:11], "digit 7"),  # IIN: century/sex digit 7
])
def test_structure_errors_even_with_a_right_check_digit(first11, words):
    value = make_bin(first11) or make_bin(first11[:-1] + "1")
    assert value is not None
    assert words in bin_problem(value)


def test_an_iin_tells_birth_date_and_sex_and_cannot_be_born_tomorrow():
    value = make_bin("78031240012")  # 12.03.1978, digit 4: a woman of the 20th century
    assert value and bin_problem(value) is None
    assert iin_birth_date(value) == dt.date(1978, 3, 12) and iin_is_female(value)
    future = make_bin("30010150001") or make_bin("30010150002")  # 01.01.2030, 21st century
    assert "future" in bin_problem(future, today=dt.date(2026, 1, 1))


def test_a_bin_cannot_be_registered_after_this_month():
    today = dt.date(2026, 12, 3)
    for first11, problem in (("27014012345", "registration month 01.2027 is in the future"),
                             ("89014012345", "registration month 01.2089 is in the future"),
                             ("26124012345", None), ("99014012345", None),
                             ("00014012345", None)):
        value = make_bin(first11) or make_bin(first11[:-1] + "6")
        assert value, first11
        found = bin_problem(value, today=today)
        if problem is None:
            assert found is None, (value, found)
        else:
            assert found is not None and problem in str(found), (value, found)


def test_the_number_must_fit_the_legal_form():
    iin = make_bin("78031230012") or make_bin("78031230013")
    legal = "940140000385"
    assert bin_findings(legal, "ТОО") == []
    assert bin_findings(iin, "ИП") == []
    assert [f.level for f in bin_findings(legal, "ИП")] == ["warning"]
    assert [f.level for f in bin_findings(iin, "ТОО")] == ["warning"]
    farm = make_bin("15016300001") or make_bin("15016300002")
    assert bin_findings(farm, "КХ") == [] and bin_findings(farm, "ТОО") != []
    assert [f.level for f in bin_findings("941340000385", "ТОО")] == ["error"]


def test_a_synced_bin_is_judged_by_its_structure_not_this_computers_clock():
    """A receiver whose clock is behind must not refuse a whole file for a company that,
    by its clock, registers in the future (nor decide a same-BIN merge differently)."""
    from clusterdesk.store.models import Organization
    from clusterdesk.sync.records import decode

    later = make_bin("27014012345") or make_bin("27014012346")  # registered 01.2027
    line = {"table": "organizations", "uuid": "0b8d6c1e-2b7a-4f7e-9a59-3c1e4c1b2a10",
            "hlc": "001800000000000-000000", "device": "7c0a4a3e-1d2b-4c5d-8e9f-0a1b2c3d4e5f",
            "deleted": False, "fields": {"name": "ТОО «Болашақ»", "bin": later}}
    assert decode(Organization.__table__, line, strict_fields=False).values["bin"] == later
    line["fields"]["bin"] = later[:-1] + str((int(later[-1]) + 1) % 10)  # a wrong check digit
    with pytest.raises(Exception, match="BIN"):
        decode(Organization.__table__, line, strict_fields=False)
