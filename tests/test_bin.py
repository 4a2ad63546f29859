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
