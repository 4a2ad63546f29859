"""The readiness questionnaire as data: the shipped form, and broken files refused clearly."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from clusterdesk.domain.questionnaire import (
    FormError,
    QuestionKind,
    get_form,
    latest_form,
    load_form,
    methodology_dir,
)

KAZAKH = re.compile("[ӘәҒғҚқҢңӨөҰұҮүҺһІі]")
SHIPPED = methodology_dir() / "readiness-1.toml"


def test_shipped_form_is_complete_and_trilingual() -> None:
    form = latest_form("readiness")
    assert (form.id, form.version) == ("readiness", 1)
    assert get_form("readiness", 1) is form
    assert len(form.dimensions) == 8
    assert 30 <= len(form.questions) <= 45
    assert {q.kind for q in form.questions} == set(QuestionKind)
    assert [lv.key for lv in form.levels] == [
        "incubation", "startup", "growth", "maturity"]
    assert [lv.name["en"] for lv in form.levels] == ["Incubation", "Start-up", "Growth",
                                                     "Maturity"]
    gates = {g.id: g for g in form.gates}
    assert gates["members"].min == 15 and gates["member_kinds"].min == 2
    assert {"education", "coordinator", "agreement"} <= set(gates)
    for dim in form.dimensions:
        assert set(dim.advice) == {lv.key for lv in form.levels}
    kk_texts = [q.text["kk"] for q in form.questions] + [d.name["kk"] for d in form.dimensions]
    assert sum(bool(KAZAKH.search(t)) for t in kk_texts) > len(kk_texts) / 2
    for q in form.questions:
        assert q.text["ru"] != q.text["kk"] != q.text["en"]
        if q.kind is QuestionKind.SCALE:
            assert len(q.labels) == 5


def _broken(tmp_path: Path, old: str, new: str, count: int = 1) -> Path:
    text = SHIPPED.read_text(encoding="utf-8")
    assert old in text, old
    path = tmp_path / "readiness-1.toml"
    path.write_text(text.replace(old, new, count), encoding="utf-8")
    return path


@pytest.mark.parametrize(("old", "new", "key", "reason"), [
    ('key = "mass"\nweight = 15', 'key = "mass"', "dimension[0].weight", "is missing"),
    ('key = "mass"\nweight = 15', 'key = "mass"\nweight = "heavy"', "dimension[0].weight",
     "must be a number"),
    ('kind = "number"', 'kind = "slider"', "dimension[0].question[0].kind",
     "must be one of scale, yesno, number, choice"),
    ('  { ru = "Одно звено", kk = "Бір ғана буын", en = "A single link" },\n', "",
     "dimension[0].question[4].labels", "must have 5 labels"),
    ('kk = "Кластерлік бастамаға қатысуын қанша ұйым жазбаша растады?", ', "",
     "dimension[0].question[0].text.kk", "is missing or empty"),
    ("thresholds = [[0, 0], [5, 1], [10, 2], [15, 3], [30, 4]]",
     "thresholds = [[0, 0], [10, 1], [5, 2]]", "dimension[0].question[0].thresholds",
     "must rise"),
    ("[30, 4]]", "[30, 7]]", "dimension[0].question[0].thresholds[4]", "from 0 to 4"),
    ('question = "mass.members"', 'question = "mass.nobody"', "gate[0].question",
     "not a question of the form"),
    ("min = 2\n", "equals = true\n", "gate[1].equals", "needs a yes/no question"),
    ('id = "mass.member_kinds"', 'id = "mass.members"', "dimension[0].question[1].id",
     "used twice"),
    ("min_index = 0\n", "min_index = 5\n", "level[0].min_index", "must start at 0"),
    ('growth = { ru = "Расширяйте', 'grow = { ru = "Расширяйте', "dimension[0].advice.growth",
     "is missing"),
])
def test_broken_form_names_file_key_and_reason(tmp_path: Path, old: str, new: str, key: str,
                                               reason: str) -> None:
    path = _broken(tmp_path, old, new)
    with pytest.raises(FormError) as err:
        load_form(path)
    message = str(err.value)
    assert str(path) in message
    assert key in message
    assert reason in message


def test_invalid_toml_and_missing_file(tmp_path: Path) -> None:
    path = _broken(tmp_path, 'id = "readiness"', 'id = "readiness')
    with pytest.raises(FormError, match="is not valid TOML"):
        load_form(path)
    with pytest.raises(FormError, match="cannot be read"):
        load_form(tmp_path / "nowhere.toml")


def test_registry_picks_newest_and_keeps_old_versions(tmp_path: Path) -> None:
    _broken(tmp_path, "version = 1", "version = 2").rename(tmp_path / "readiness-2.toml")
    (tmp_path / "readiness-1.toml").write_text(SHIPPED.read_text("utf-8"), "utf-8")
    (tmp_path / "application-2017.toml").write_text('id = "application"\nversion = "2017"\n')
    assert latest_form("readiness", tmp_path).version == 2
    assert get_form("readiness", 1, tmp_path).version == 1
    with pytest.raises(FormError, match="version 3 is not installed"):
        get_form("readiness", 3, tmp_path)


def test_file_name_must_match_id_and_version(tmp_path: Path) -> None:
    (tmp_path / "readiness-7.toml").write_text(SHIPPED.read_text("utf-8"), "utf-8")
    with pytest.raises(FormError, match="must be named readiness-1.toml"):
        latest_form("readiness", tmp_path)
