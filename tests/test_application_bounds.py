"""The formal check names values no application can hold: a share above 100 %, a negative or
fractional head count, "nan" revenue, an agreement signed after the application was filed.

Found by a review: each of these passed registration, so an impossible figure could be
evaluated and ranked.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from test_applications_rules import TEMPLATE, good
from test_applications_template import _data

from clusterdesk.domain.app_template import TemplateError, parse_template
from clusterdesk.domain.compliance import check


def _problems(section: str, field: str, value: str, lang: str = "ru", **snap) -> list:  # noqa: ANN003
    s = dataclasses.replace(good(), **snap)
    s.fields[section][field] = value
    return [p for p in check(TEMPLATE, s, lang) if p.ref == f"{section}.{field}"]


@pytest.mark.parametrize(("section", "field", "value", "message", "words"), [
    ("profile", "export_share", "250", "too_large", "не более 100"),
    ("profile", "export_share", "-1", "too_small", "не менее 0"),
    ("profile", "employees_total", "-40", "too_small", "не менее 0"),
    ("profile", "employees_total", "12,7", "not_whole", "целое число"),
    ("profile", "revenue_total", "nan", "invalid_number", "должно быть число"),
    ("profile", "revenue_total", "1e400", "invalid_number", "должно быть число"),
    ("cooperation", "agreement_date", "01.06.2019", "after_filing", "позже дня подачи"),
])
def test_an_impossible_value_is_named(section, field, value, message, words) -> None:  # noqa: ANN001
    found = _problems(section, field, value)
    assert [p.message for p in found] == [message]
    assert words in found[0].text and "{" not in found[0].text


def test_possible_values_pass() -> None:
    for section, field, value in (("profile", "export_share", "100"),
                                  ("profile", "export_share", "0,5"),
                                  ("profile", "employees_total", "1 250"),
                                  ("cooperation", "agreement_date", "01.06.2017")):
        assert _problems(section, field, value) == [], (field, value)


def test_a_draft_is_checked_against_today() -> None:
    assert _problems("cooperation", "agreement_date", "01.06.2019", filed_on=None,
                     check_date=dt.date(2019, 6, 2)) == []
    assert [p.message for p in _problems("cooperation", "agreement_date", "01.06.2019",
                                         filed_on=None, check_date=dt.date(2019, 5, 31))] == [
        "after_filing"]


def test_the_messages_are_in_kazakh_too() -> None:
    text = _problems("profile", "export_share", "250", "kk")[0].text
    assert "көп" in text and "100" in text


def _field(data: dict, fid: str) -> dict:
    return next(f for s in data["section"] for f in s["field"] if f["id"] == fid)


@pytest.mark.parametrize(("fid", "change", "expected"), [
    ("export_share", {"max": "100"}, "max must be"),
    ("export_share", {"min": 10, "max": 5}, "must not be below min"),
    ("agreement_date", {"max": 3}, "max is not allowed for a date field"),
    ("employees_total", {"by_filing": True}, "by_filing is not allowed for a number field"),
])
def test_a_malformed_bound_in_the_template_is_refused(fid, change, expected) -> None:  # noqa: ANN001
    data = copy.deepcopy(_data())
    _field(data, fid).update(change)
    with pytest.raises(TemplateError) as err:
        parse_template(data, Path("/x/application-2017.toml"))
    assert expected in str(err.value)
