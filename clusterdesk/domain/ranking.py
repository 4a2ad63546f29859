"""Totals, ranks and the selection of a round, from evaluators' points.

The total of an application is the average over its evaluators of each evaluator's sum of
points; given the criteria an application is scored on, only an evaluator who scored every
one of them counts (a partial sum averaged in would pull the total down and reorder the round:
points that arrived after the evaluation was closed, by sync or typed half-way).
Applications are ranked by total (equal totals share a place: 1, 2, 2, 4). The top N
are selected; when applications tied on the N-th place would push the count past N, they are
all flagged ``tie`` and none of them is selected automatically: the commission decides, the
program does not hide the tie behind an arbitrary order.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

# Totals are compared after rounding, so 70.1 + 0.2 and 70.3 are the same total.
PRECISION = 2


@dataclass(frozen=True)
class Score:
    application: str
    evaluator: str
    criterion: str
    points: float


@dataclass(frozen=True)
class Ranked:
    application: str
    total: float | None
    evaluators: int
    rank: int | None = None
    selected: bool = False
    tie: bool = False  # tied on the cut: selection among them needs a decision


def totals(scores: Iterable[Score], criteria: Mapping[str, frozenset[str]] | None = None
           ) -> dict[str, tuple[float, int]]:
    """application -> (average over evaluators of their sums, number of evaluators).

    With ``criteria`` (application -> the criteria it is scored on), an evaluator who left
    one of them unscored is not counted; an application with no such evaluator has no
    total."""
    sums: dict[str, dict[str, float]] = {}
    scored: dict[tuple[str, str], set[str]] = {}
    for s in scores:
        per = sums.setdefault(s.application, {})
        per[s.evaluator] = per.get(s.evaluator, 0.0) + s.points
        scored.setdefault((s.application, s.evaluator), set()).add(s.criterion)
    if criteria is not None:
        for app, per in sums.items():
            wanted = criteria.get(app)
            if wanted:
                for who in [w for w in per if not wanted <= scored[(app, w)]]:
                    del per[who]
    return {app: (round(sum(per.values()) / len(per), PRECISION), len(per))
            for app, per in sums.items() if per}


def rank(applications: Iterable[str], scores: Iterable[Score], to_select: int,
         decided: Mapping[str, bool] | None = None,
         criteria: Mapping[str, frozenset[str]] | None = None) -> list[Ranked]:
    """Rank ``applications`` by total; unscored ones come last without rank.

    ``decided`` resolves a tie on the cut: application -> selected or not, as the
    commission decided. The result is ordered by rank, then by application id (stable).
    """
    by_app = totals(scores, criteria)
    apps = list(dict.fromkeys(applications))
    scored = sorted((a for a in apps if a in by_app), key=lambda a: (-by_app[a][0], a))
    places: dict[str, int] = {}
    for i, app in enumerate(scored):
        prev = scored[i - 1] if i else None
        same = prev is not None and by_app[prev][0] == by_app[app][0]
        places[app] = places[prev] if same else i + 1
    cut_total = by_app[scored[to_select - 1]][0] if 0 < to_select <= len(scored) else None
    tied_at_cut = [a for a in scored if cut_total is not None and by_app[a][0] == cut_total]
    straddles = (cut_total is not None and tied_at_cut
                 and places[tied_at_cut[0]] + len(tied_at_cut) - 1 > to_select)
    decided = decided or {}
    out = []
    for app in scored:
        total, evaluators = by_app[app]
        tie = bool(straddles and app in tied_at_cut)
        if tie:
            selected = bool(decided.get(app, False))
        else:
            selected = places[app] <= to_select
        out.append(Ranked(app, total, evaluators, places[app], selected, tie))
    out += [Ranked(a, None, 0) for a in sorted(a for a in apps if a not in by_app)]
    return out


def unresolved_tie(ranked: Iterable[Ranked], to_select: int) -> list[Ranked]:
    """The tied applications still to decide: empty when the selection is exactly N."""
    ranked = list(ranked)
    tied = [r for r in ranked if r.tie]
    if not tied:
        return []
    chosen = sum(1 for r in ranked if r.selected)
    return tied if chosen != to_select else []
