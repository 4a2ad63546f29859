"""Totals are averages of evaluators' sums; ranks share places; a tie on the cut is shown."""

from __future__ import annotations

from clusterdesk.domain.ranking import Score, rank, totals, unresolved_tie


def scores(table: dict[str, list[list[float]]]) -> list[Score]:
    """app -> one list of criterion points per evaluator."""
    out = []
    for app, evaluators in table.items():
        for e, points in enumerate(evaluators):
            out += [Score(app, f"E{e}", f"c{i}", p) for i, p in enumerate(points)]
    return out


def test_total_is_the_average_of_the_evaluators_sums():
    got = totals(scores({"a": [[10, 20], [20, 20]], "b": [[5, 5, 5]]}))
    assert got == {"a": (35.0, 2), "b": (15.0, 1)}
    assert totals(scores({"c": [[10], [10], [11]]}))["c"] == (10.33, 3)


def test_top_n_selected_and_equal_totals_share_a_place():
    data = scores({"a": [[90]], "b": [[80]], "c": [[80]], "d": [[70]], "e": [[60]]})
    result = rank(["a", "b", "c", "d", "e", "unscored"], data, to_select=3)
    assert [(r.application, r.rank, r.selected, r.tie) for r in result] == [
        ("a", 1, True, False), ("b", 2, True, False), ("c", 2, True, False),
        ("d", 4, False, False), ("e", 5, False, False), ("unscored", None, False, False)]


def test_tie_on_the_cut_is_flagged_not_broken_silently():
    data = scores({"a": [[90]], "b": [[80], [82]], "c": [[81]], "d": [[81]], "e": [[50]]})
    result = {r.application: r for r in rank(list("abcde"), data, to_select=3)}
    assert result["b"].total == result["c"].total == result["d"].total == 81
    assert result["a"].selected and not result["a"].tie
    assert all(result[x].tie and result[x].rank == 2 and not result[x].selected for x in "bcd")
    assert not result["e"].tie
    assert {r.application for r in unresolved_tie(result.values(), 3)} == {"b", "c", "d"}
    decided = {r.application: r for r in rank(list("abcde"), data, 3, {"b": True, "d": True})}
    assert {a for a, r in decided.items() if r.selected} == {"a", "b", "d"}
    assert unresolved_tie(decided.values(), 3) == []


def test_more_places_than_applications_selects_everyone_ranked():
    result = rank(["a", "b"], scores({"a": [[1]], "b": [[1]]}), to_select=6)
    assert all(r.selected and not r.tie and r.rank == 1 for r in result)
