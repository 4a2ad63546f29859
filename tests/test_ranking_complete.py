"""A round is ranked only on evaluators who scored every criterion.

Found by a review: once an application was marked evaluated, a further evaluator could type
points for one criterion; the ranking averaged that partial sum in, the application fell
below another one, and applying the selection selected the other one.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_applications_service import FILING_DAY, build, complete

from clusterdesk.domain import ranking
from clusterdesk.errors import ValidationError
from clusterdesk.services import applications as svc
from clusterdesk.store.application_models import EvaluationScore

FULL = {"critical_mass": 18, "competitiveness": 18, "cooperation": 12, "strategy": 16,
        "governance": 12, "knowledge": 8}  # 84 of 100


@pytest.fixture
def evaluated(any_db):  # noqa: ANN001, ANN201
    """Two evaluated applications for one seat: A 84 points, B 72."""
    a = build(any_db, to_select=1)
    b = build(any_db, name="Сүт кластері")
    for u in (a, b):
        complete(any_db, u)
    with any_db.session() as s:
        for u, pts in ((a, FULL), (b, {k: v - 2 for k, v in FULL.items()})):
            svc.submit(s, u, "c", on=FILING_DAY)
            assert not svc.register(s, u, "ho", lang="ru")
            svc.record_scores(s, u, "Эксперт 1", pts)
            svc.mark_evaluated(s, u, "ho")
    return any_db, a, b


def test_a_partial_evaluator_after_evaluation_is_refused(evaluated) -> None:  # noqa: ANN001
    db, a, b = evaluated
    with pytest.raises(ValidationError) as err, db.session() as s:
        svc.record_scores(s, a, "Эксперт 2", {"knowledge": 5})
    assert err.value.field == "Эксперт 2" and "has not scored" in str(err.value)
    with db.session() as s:
        assert [s.evaluator for s in svc.scores_of(s, a)] == ["Эксперт 1"] * 6  # nothing kept
        rows = svc.apply_selection(s, "2017", "ho")
    assert [(r.uuid, r.status) for r in rows[:2]] == [(a, "selected"), (b, "not_selected")]


def test_a_correction_after_evaluation_moves_the_total(evaluated) -> None:  # noqa: ANN001
    db, a, _b = evaluated
    with db.session() as s:
        svc.record_scores(s, a, "Эксперт 1", {"knowledge": 2})  # a typo corrected: 8 -> 2
        assert svc.get_application(s, a).total == 78
        svc.record_scores(s, a, "Эксперт 2", {**FULL, "strategy": 4})  # a whole second set: 72
        assert svc.get_application(s, a).total == 75   # (78 + 72) / 2


def test_partial_points_arriving_by_sync_do_not_reorder_the_round(evaluated) -> None:  # noqa: ANN001
    db, a, b = evaluated
    with db.session() as s:  # as an import writes them: no service in between
        s.add(EvaluationScore(application_uuid=a, evaluator="Эксперт 3",
                              criterion_id="knowledge", points=0))
    with db.session() as s:
        rows = svc.round_ranking(s, "2017")
    assert [(r.uuid, r.total, r.rank, r.selected, r.evaluators) for r in rows[:2]] == [
        (a, 84, 1, True, 1), (b, 72, 2, False, 1)]


@given(st.lists(st.tuples(st.sampled_from("ab"), st.sampled_from("xyz"),
                          st.sampled_from("pqr"), st.integers(0, 10)), max_size=30))
def test_only_complete_evaluators_count(rows) -> None:  # noqa: ANN001
    scores = {(app, who, c): p for app, who, c, p in rows}  # one score per criterion
    wanted = frozenset("pqr")
    got = ranking.totals([ranking.Score(*k, p) for k, p in scores.items()],
                         {"a": wanted, "b": wanted})
    for app in "ab":
        sums = {}
        for who in "xyz":
            mine = {c: p for (a2, w, c), p in scores.items() if a2 == app and w == who}
            if set(mine) == wanted:
                sums[who] = sum(mine.values())
        if sums:
            assert got[app] == (round(sum(sums.values()) / len(sums), 2), len(sums))
        else:
            assert app not in got
