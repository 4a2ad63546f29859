"""Scoring by hand-computed cases, and properties: bounds, and more points never lower a score."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clusterdesk.domain import scoring
from clusterdesk.domain.questionnaire import QuestionKind, latest_form, parse_form
from clusterdesk.errors import ValidationError


def T(text: str) -> dict[str, str]:  # noqa: N802 - a text in all three languages
    return {"ru": text, "kk": text, "en": text}


ADVICE = {k: T(f"advice {k}") for k in ("low", "mid", "high")}
SMALL = {
    "id": "tiny", "version": 1, "title": T("Tiny"),
    "scoring": {"min_answered_share": 0.7, "weakest_count": 1, "strength_min_score": 60},
    "level": [{"key": "low", "min_index": 0, "name": T("Low"), "description": T("d")},
              {"key": "mid", "min_index": 50, "name": T("Mid"), "description": T("d")},
              {"key": "high", "min_index": 80, "name": T("High"), "description": T("d")}],
    "dimension": [
        {"key": "a", "weight": 2, "name": T("A"), "advice": ADVICE, "question": [
            {"id": "a.scale", "kind": "scale", "text": T("s"),
             "labels": [T(str(i)) for i in range(5)]},
            {"id": "a.yes", "kind": "yesno", "text": T("y")},
            {"id": "a.num", "kind": "number", "text": T("n"),
             "thresholds": [[0, 0], [10, 2], [15, 3]]},
        ]},
        {"key": "b", "weight": 1, "name": T("B"), "advice": ADVICE, "question": [
            {"id": "b.choice", "kind": "choice", "text": T("c"), "options": [
                {"key": "x", "points": 0, "text": T("x")},
                {"key": "y", "points": 1, "text": T("y")},
                {"key": "z", "points": 4, "text": T("z")}]},
        ]},
    ],
    "gate": [{"id": "size", "question": "a.num", "min": 15, "text": T("15+"),
              "remedy": T("grow")}],
}
FORM = parse_form(SMALL, Path("tiny-1.toml"))


def test_unanswered_questions_are_excluded_not_zero() -> None:
    r = scoring.score(FORM, {"a.scale": {"value": 3, "evidence": "minutes"},
                             "a.yes": {"value": True}, "b.choice": {"value": "y"}})
    # A: (3 + 4) / (2 * 4) = 87.5 (a.num unanswered, left out); B: 1/4 = 25
    assert r.dimensions["a"].score == pytest.approx(87.5)
    assert r.dimensions["b"].score == pytest.approx(25.0)
    assert r.index == pytest.approx((2 * 87.5 + 25) / 3)   # 66.67
    assert r.unanswered == ("a.num",)
    assert (r.answered, r.total) == (3, 4)
    # 75% answered is enough, but the gate's question is unanswered: level withheld
    assert r.level is None
    assert r.withheld == (scoring.Withheld(scoring.GATE_UNANSWERED, "size"),)


def test_level_given_when_gates_pass() -> None:
    r = scoring.score(FORM, {"a.scale": 3, "a.yes": True, "a.num": 20, "b.choice": "y"})
    # A: (3 + 4 + 3) / 12 = 83.33; index (2 * 83.33 + 25) / 3 = 63.89 -> "mid"
    assert r.dimensions["a"].score == pytest.approx(250 / 3)
    assert r.index == pytest.approx((2 * 250 / 3 + 25) / 3)
    assert r.gates == {"size": True}
    assert r.level == "mid" and r.withheld == ()
    assert r.dimensions["a"].band == "high" and r.dimensions["b"].band == "low"
    weak = scoring.weaknesses(FORM, r)
    assert [(d.key, advice["en"]) for d, advice in weak] == [("b", "advice low")]
    assert [d.key for d in scoring.strengths(FORM, r)] == ["a"]


def test_failed_gate_and_too_few_answers_withhold_the_level() -> None:
    r = scoring.score(FORM, {"a.scale": 4, "a.yes": True, "a.num": 12, "b.choice": "z"})
    assert r.gates == {"size": False}
    assert r.level is None and r.withheld == (scoring.Withheld(scoring.GATE_FAILED, "size"),)
    assert [g.id for g, ok in scoring.gates_not_passed(FORM, r)] == ["size"]
    r = scoring.score(FORM, {"a.num": 30})
    assert r.dimensions["b"].score is None and r.dimensions["a"].score == pytest.approx(75)
    assert r.index == pytest.approx(75)   # only A answered: B is not counted as zero
    assert scoring.Withheld(scoring.TOO_FEW_ANSWERED) in r.withheld and r.level is None
    empty = scoring.score(FORM, {})
    assert empty.index is None and empty.level is None


def test_changes_since_previous() -> None:
    assert scoring.changes({"a": 80.0, "b": None, "c": 10.0}, {"a": 50.0, "b": 20.0}) == {
        "a": 30.0, "b": None, "c": None}


def test_invalid_answers_are_refused() -> None:
    for qid, value in [("a.scale", 5), ("a.scale", True), ("a.yes", "yes"), ("a.num", "ten"),
                       ("b.choice", "w")]:
        with pytest.raises(ValidationError) as err:
            scoring.score(FORM, {qid: value})
        assert qid in str(err.value)


# ---- properties on the shipped form -------------------------------------------------------

REAL = latest_form("readiness")


def _value(q, draw) -> Any:  # noqa: ANN001
    if q.kind is QuestionKind.SCALE:
        return draw(st.integers(0, 4))
    if q.kind is QuestionKind.YESNO:
        return draw(st.booleans())
    if q.kind is QuestionKind.CHOICE:
        return draw(st.sampled_from([o.key for o in q.options]))
    hi = q.value_range[1] if q.value_range else 1000
    return draw(st.integers(0, int(min(hi, 200))))


@st.composite
def answer_sets(draw) -> dict[str, Any]:  # noqa: ANN001
    return {q.id: _value(q, draw) for q in REAL.questions if draw(st.booleans())}


def _better(q, value) -> list[Any]:  # noqa: ANN001
    """Answers to ``q`` worth more points than ``value``."""
    now = q.points(value)
    if q.kind is QuestionKind.SCALE:
        return list(range(value + 1, 5))
    if q.kind is QuestionKind.YESNO:
        return [True] if not value else []
    if q.kind is QuestionKind.CHOICE:
        return [o.key for o in q.options if o.points > now]
    return [lo for lo, p in q.thresholds if p > now and (not q.value_range
                                                         or lo <= q.value_range[1])]


@settings(max_examples=60, deadline=None)
@given(answer_sets())
def test_scores_stay_in_bounds(answers: dict[str, Any]) -> None:
    r = scoring.score(REAL, answers)
    for d in r.dimensions.values():
        assert d.score is None or 0 <= d.score <= 100
    assert r.index is None or 0 <= r.index <= 100
    assert r.answered == len(answers)
    assert set(r.unanswered) == {q.id for q in REAL.questions} - set(answers)


@settings(max_examples=60, deadline=None)
@given(answer_sets(), st.data())
def test_more_points_never_lower_a_score(answers: dict[str, Any], data: st.DataObject) -> None:
    candidates = [qid for qid, v in answers.items() if _better(REAL.question(qid), v)]
    if not candidates:
        return
    qid = data.draw(st.sampled_from(candidates))
    better = dict(answers)
    better[qid] = data.draw(st.sampled_from(_better(REAL.question(qid), answers[qid])))
    before, after = scoring.score(REAL, answers), scoring.score(REAL, better)
    for key, d in before.dimensions.items():
        assert after.dimensions[key].score >= d.score - 1e-9 if d.score is not None else True
    assert after.index >= before.index - 1e-9
    assert after.dimensions[REAL.question(qid).dimension].score > \
        before.dimensions[REAL.question(qid).dimension].score
