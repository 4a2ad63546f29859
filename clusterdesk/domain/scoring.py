"""Scoring a readiness diagnostic: pure functions from a form and answers to scores and level.

Every answer becomes 0..4 points. Unanswered questions are reported and left out of every
denominator, never counted as zero: a dimension score is the (weighted) share of the possible
points of its answered questions, 0-100, and the readiness index is the weighted mean of the
scores of the dimensions that have any answer. A level is only given when enough questions
are answered and every gate passes; otherwise the reasons are returned instead.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from clusterdesk.data_files import labels
from clusterdesk.domain.questionnaire import MAX_POINTS, Form, Gate, Texts, tr

# Reasons a level is withheld (``Withheld.code``).
TOO_FEW_ANSWERED = "too_few_answered"
GATE_FAILED = "gate_failed"
GATE_UNANSWERED = "gate_unanswered"


@dataclass(frozen=True)
class DimensionScore:
    key: str
    score: float | None      # 0..100; None when no question of the dimension is answered
    answered: int
    total: int
    band: str | None         # the form's level matching this score (chooses the advice)


@dataclass(frozen=True)
class Withheld:
    code: str                # TOO_FEW_ANSWERED, GATE_FAILED or GATE_UNANSWERED
    gate: str | None = None  # the gate id for the gate reasons


@dataclass(frozen=True)
class Result:
    form_id: str
    form_version: int
    points: dict[str, int | None]
    dimensions: dict[str, DimensionScore]
    index: float | None
    gates: dict[str, bool | None]
    level: str | None
    withheld: tuple[Withheld, ...] = ()
    unanswered: tuple[str, ...] = field(default=())

    @property
    def answered(self) -> int:
        return sum(p is not None for p in self.points.values())

    @property
    def total(self) -> int:
        return len(self.points)

    @property
    def answered_share(self) -> float:
        return self.answered / self.total if self.total else 0.0

    def scores(self) -> dict[str, float | None]:
        return {k: d.score for k, d in self.dimensions.items()}

    def to_json(self) -> dict[str, Any]:
        """What a diagnostic stores as its computed scores (for lists and comparisons)."""
        return {
            "form": [self.form_id, self.form_version],
            "dimensions": {k: None if v is None else round(v, 2)
                           for k, v in self.scores().items()},
            "index": None if self.index is None else round(self.index, 2),
            "level": self.level,
            "withheld": [[w.code, w.gate] for w in self.withheld],
            "gates": dict(self.gates),
            "answered": self.answered,
            "total": self.total,
        }


def answer_value(answer: Any) -> Any:
    """The value of a stored answer ``{"value": v, "evidence": text}`` (or a bare value)."""
    if isinstance(answer, Mapping):
        return answer.get("value")
    return answer


def question_points(form: Form, answers: Mapping[str, Any]) -> dict[str, int | None]:
    """Points 0..4 of every question of the form, None for the unanswered ones."""
    return {q.id: q.points(answer_value(answers.get(q.id))) for q in form.questions}


def dimension_scores(form: Form, points: Mapping[str, int | None]) -> dict[str, DimensionScore]:
    out: dict[str, DimensionScore] = {}
    for dim in form.dimensions:
        got = possible = 0.0
        answered = 0
        for q in dim.questions:
            p = points.get(q.id)
            if p is None:
                continue
            answered += 1
            got += q.weight * p
            possible += q.weight * MAX_POINTS
        score = 100.0 * got / possible if possible else None
        band = form.level_for(score).key if score is not None else None
        out[dim.key] = DimensionScore(dim.key, score, answered, len(dim.questions), band)
    return out


def readiness_index(form: Form, dimensions: Mapping[str, DimensionScore]) -> float | None:
    """Weighted mean of the answered dimensions' scores; None when nothing is answered."""
    total = weights = 0.0
    for dim in form.dimensions:
        s = dimensions[dim.key].score
        if s is not None:
            total += dim.weight * s
            weights += dim.weight
    return total / weights if weights else None


def gate_results(form: Form, answers: Mapping[str, Any]) -> dict[str, bool | None]:
    """Each gate passed (True), failed (False) or not decidable yet (None: unanswered)."""
    out: dict[str, bool | None] = {}
    for g in form.gates:
        value = form.question(g.question).normalize(answer_value(answers.get(g.question)))
        out[g.id] = g.check(value)
    return out


def decide_level(form: Form, index: float | None, answered: int, total: int,
                 gates: Mapping[str, bool | None]) -> tuple[str | None, tuple[Withheld, ...]]:
    """The level key, or None with the reasons it is withheld."""
    reasons: list[Withheld] = []
    if index is None or total == 0 or answered / total < form.min_answered_share:
        reasons.append(Withheld(TOO_FEW_ANSWERED))
    for gid, ok in gates.items():
        if ok is False:
            reasons.append(Withheld(GATE_FAILED, gid))
        elif ok is None:
            reasons.append(Withheld(GATE_UNANSWERED, gid))
    if reasons or index is None:
        return None, tuple(reasons)
    return form.level_for(index).key, ()


def score(form: Form, answers: Mapping[str, Any]) -> Result:
    """Everything the wizard and the report show, from the answers alone."""
    points = question_points(form, answers)
    dims = dimension_scores(form, points)
    index = readiness_index(form, dims)
    gates = gate_results(form, answers)
    answered = sum(p is not None for p in points.values())
    level, withheld = decide_level(form, index, answered, len(points), gates)
    unanswered = tuple(q for q, p in points.items() if p is None)
    return Result(form.id, form.version, points, dims, index, gates, level, withheld,
                  unanswered)


def strengths(form: Form, result: Result) -> list[DimensionScore]:
    """Dimensions scoring at least the form's strength threshold, best first."""
    weak = {d.key for d, _ in weaknesses(form, result)}
    strong = [d for d in result.dimensions.values()
              if d.score is not None and d.score >= form.strength_min_score and d.key not in weak]
    return sorted(strong, key=lambda d: -(d.score or 0))


def weaknesses(form: Form, result: Result, count: int | None = None
               ) -> list[tuple[DimensionScore, Texts]]:
    """The weakest answered dimensions (below 100) with the advice for their score band."""
    count = form.weakest_count if count is None else count
    scored = [d for d in result.dimensions.values() if d.score is not None and d.score < 100]
    order = {d.key: i for i, d in enumerate(form.dimensions)}
    scored.sort(key=lambda d: (d.score, -form.dimension(d.key).weight, order[d.key]))
    return [(d, form.dimension(d.key).advice[d.band]) for d in scored[:count]]  # type: ignore[index]


def gates_not_passed(form: Form, result: Result) -> list[tuple[Gate, bool | None]]:
    """Gates that failed (False) or could not be checked (None), in the form's order."""
    return [(g, result.gates.get(g.id)) for g in form.gates if result.gates.get(g.id) is not True]


def changes(current: Mapping[str, float | None], previous: Mapping[str, float | None]
            ) -> dict[str, float | None]:
    """Change of each dimension score since the previous diagnostic (None: not comparable).

    Dimensions are matched by key, so diagnostics made with different form versions compare
    wherever a dimension kept its key.
    """
    out: dict[str, float | None] = {}
    for key, now in current.items():
        before = previous.get(key)
        out[key] = None if now is None or before is None else now - before
    return out


def score_text(score: float | None) -> str:
    """A score as printed and shown: whole points, a dash when there is none."""
    return "—" if score is None else f"{score:.0f}"


def change_text(change: float | None) -> str:
    """A change since the previous diagnostic: +5, −3, 0, or a dash when there is none."""
    if change is None:
        return "—"
    r = round(change)
    return "0" if r == 0 else f"+{r}" if r > 0 else f"−{-r}"


def explain_withheld(form: Form, result: Result, lang: str) -> list[str]:
    """Why no level was given, one sentence per reason, in ``lang``."""
    lab = labels("diagnostic", lang)
    gates = {g.id: g for g in form.gates}
    out: list[str] = []
    for w in result.withheld:
        if w.code == TOO_FEW_ANSWERED:
            out.append(lab["withheld_too_few"].format(
                answered=result.answered, total=result.total,
                share=round(form.min_answered_share * 100)))
        elif w.code == GATE_FAILED:
            out.append(lab["withheld_gate_failed"].format(gate=tr(gates[w.gate].text, lang)))
        else:
            out.append(lab["withheld_gate_unanswered"].format(gate=tr(gates[w.gate].text, lang)))
    return out
