"""The application template is data: the shipped one loads, a malformed one is refused clearly."""

from __future__ import annotations

import copy
import tomllib
from pathlib import Path

import pytest

from clusterdesk.domain.app_template import (
    TemplateError,
    load_template,
    load_template_file,
    parse_template,
)
from clusterdesk.resources_path import resource

SHIPPED = resource("methodology", "application-2017.toml")


def test_shipped_template_has_sections_attachments_rules_and_criteria():
    tpl = load_template("application", "2017")
    assert (tpl.id, tpl.version) == ("application", "2017")
    assert {f.kind for s in tpl.sections for f in s.fields} == {
        "text", "long_text", "number", "date", "choice"}
    assert any(a.required for a in tpl.attachments)
    assert tpl.max_total == 100
    for s in tpl.sections:
        for f in s.fields:
            assert all(f.label[lang].strip() for lang in ("ru", "kk", "en"))
    kazakh = "".join(r.messages[k]["kk"] for r in tpl.rules for k in r.messages)
    assert set("әғқңөұүі") & set(kazakh.lower())


def _data() -> dict:
    with SHIPPED.open("rb") as fh:
        return tomllib.load(fh)


def _break(change) -> str:  # noqa: ANN001
    data = copy.deepcopy(_data())
    change(data)
    with pytest.raises(TemplateError) as err:
        parse_template(data, Path("/x/application-2017.toml"))
    return str(err.value)


@pytest.mark.parametrize(("change", "expected"), [
    (lambda d: d["rule"][0].update(kind="max_budget"), "rule[0].kind must be one of"),
    (lambda d: d["rule"][0].pop("min"), "rule[0].min is missing"),
    (lambda d: d["rule"][0].update(min="ten"), "rule[0].min must be a whole number"),
    (lambda d: d["rule"][0].update(colour="red"), "rule[0].colour is not a parameter"),
    (lambda d: d["rule"][0]["message"]["too_few"].pop("kk"),
     "rule[0].message.too_few.kk is missing or empty"),
    (lambda d: d["rule"][0]["message"]["too_few"].update(en="{count} < {minimum}"),
     "unknown placeholder {minimum}"),
    (lambda d: d["rule"][2].update(kinds=["university", "school"]), "unknown kinds"),
    (lambda d: d["rule"][8].update(sections=["general", "budget"]), "unknown sections"),
    (lambda d: d["rule"][9]["attachments"].append("financial_statements"),
     "marks as not required"),
    (lambda d: d["section"][0]["field"][0].update(kind="money"),
     "section[0].field[0].kind must be one of"),
    (lambda d: d["section"][2]["field"][2].update(options=[]), "at least one option"),
    (lambda d: d["section"][0]["field"][1].update(id="cluster_name"), "repeats 'cluster_name'"),
    (lambda d: d["section"][0]["field"][0].update(prefill="initiative.budget"),
     "section[0].field[0].prefill must be one of"),
    (lambda d: d["criterion"][0].update(max_points=0), "criterion[0].max_points must be more"),
    (lambda d: d["section"][1]["title"].pop("ru"), "section[1].title.ru is missing"),
    (lambda d: d.pop("criterion"), "criterion must be a non-empty list"),
])
def test_malformed_template_names_file_key_and_reason(change, expected):
    message = _break(change)
    assert message.startswith("/x/application-2017.toml: ")
    assert expected in message


def test_unreadable_and_misnamed_files(tmp_path):
    bad = tmp_path / "application-2017.toml"
    bad.write_text("id = [", encoding="utf-8")
    with pytest.raises(TemplateError, match="is not valid TOML"):
        load_template_file(bad)
    with pytest.raises(TemplateError, match="not installed"):
        load_template("application", "1999")
