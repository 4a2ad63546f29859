"""What a diagnostic form (questionnaire) is: dimensions of questions, gates and levels.

Plain frozen data, built and checked by ``domain.form_file`` from the form's TOML file; the
registry of installed versions is ``domain.questionnaire``. Texts are held in every language
(``Texts``) and chosen with ``tr``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from clusterdesk.errors import ClusterDeskError, Reason, ValidationError

MAX_POINTS = 4
Texts = dict[str, str]  # language -> text


class FormError(ClusterDeskError):
    """A form file that cannot be used."""


class QuestionKind(StrEnum):
    SCALE = "scale"      # 0..4 with a label for each point
    YESNO = "yesno"
    NUMBER = "number"    # thresholds map the number to points
    CHOICE = "choice"    # one option, each with its points


def tr(texts: Texts, lang: str) -> str:
    """The text in ``lang`` (Russian when missing, which validation prevents for forms)."""
    return texts.get(lang) or texts.get("ru", "")


@dataclass(frozen=True)
class Option:
    key: str
    points: int
    text: Texts


@dataclass(frozen=True)
class Question:
    id: str
    dimension: str
    kind: QuestionKind
    text: Texts
    hint: Texts | None = None
    weight: float = 1.0
    labels: tuple[Texts, ...] = ()                     # scale
    yes_points: int = MAX_POINTS                       # yesno
    no_points: int = 0
    thresholds: tuple[tuple[float, int], ...] = ()     # number: (min, points) ascending
    value_range: tuple[float, float] | None = None     # number
    unit: Texts | None = None
    options: tuple[Option, ...] = ()                   # choice

    def option(self, key: str) -> Option | None:
        return next((o for o in self.options if o.key == key), None)

    def normalize(self, value: Any) -> Any:
        """The answer as stored (int, bool, float or option key), or None when unanswered.

        Raises ValidationError naming the question when the value does not fit its kind.
        """
        if value is None or value == "":
            return None

        def bad() -> ValidationError:  # made only when raised: a report scores every answer
            return ValidationError(self.id, Reason("answer.invalid", value=repr(value)))

        if self.kind is QuestionKind.SCALE:
            if isinstance(value, bool) or not isinstance(value, int | float) \
                    or value != int(value) or not 0 <= value <= MAX_POINTS:
                raise bad()
            return int(value)
        if self.kind is QuestionKind.YESNO:
            if not isinstance(value, bool):
                raise bad()
            return value
        if self.kind is QuestionKind.NUMBER:
            if isinstance(value, bool) or not isinstance(value, int | float) \
                    or not math.isfinite(value):
                raise bad()
            if self.value_range and not self.value_range[0] <= value <= self.value_range[1]:
                lo, hi = self.value_range
                raise ValidationError(self.id, Reason("answer.range", value=value, low=f"{lo:g}",
                                                        high=f"{hi:g}"))
            return int(value) if value == int(value) else float(value)
        if not isinstance(value, str) or self.option(value) is None:
            raise bad()
        return value

    def points(self, value: Any) -> int | None:
        """Points 0..4 for an answer; None when unanswered."""
        value = self.normalize(value)
        if value is None:
            return None
        if self.kind is QuestionKind.SCALE:
            return value
        if self.kind is QuestionKind.YESNO:
            return self.yes_points if value else self.no_points
        if self.kind is QuestionKind.NUMBER:
            reached = [p for lo, p in self.thresholds if value >= lo]
            return reached[-1] if reached else 0
        return self.option(value).points  # type: ignore[union-attr]

    def answer_text(self, value: Any, lang: str) -> str:
        """The answer as a person reads it (label, yes/no word, number with unit, option)."""
        value = self.normalize(value)
        if value is None:
            return ""
        if self.kind is QuestionKind.SCALE:
            return f"{value} — {tr(self.labels[value], lang)}"
        if self.kind is QuestionKind.YESNO:
            return {"ru": ("Да", "Нет"), "kk": ("Иә", "Жоқ"),
                    "en": ("Yes", "No")}.get(lang, ("Да", "Нет"))[0 if value else 1]
        if self.kind is QuestionKind.NUMBER:
            unit = tr(self.unit, lang) if self.unit else ""
            return f"{value:g} {unit}".strip() if unit != "%" else f"{value:g}%"
        return tr(self.option(value).text, lang)  # type: ignore[union-attr]


@dataclass(frozen=True)
class Dimension:
    key: str
    weight: float
    name: Texts
    advice: dict[str, Texts]          # level key -> recommendation
    questions: tuple[Question, ...]


@dataclass(frozen=True)
class Gate:
    id: str
    question: str
    text: Texts
    remedy: Texts
    min: float | None = None
    equals: bool | None = None
    any_of: tuple[str, ...] = ()

    def check(self, value: Any) -> bool | None:
        """True/False for an answer; None when the question is unanswered."""
        if value is None or value == "":
            return None
        if self.min is not None:
            return value >= self.min
        if self.equals is not None:
            return value is self.equals
        return value in self.any_of


@dataclass(frozen=True)
class Level:
    key: str
    min_index: float
    name: Texts
    description: Texts


@dataclass(frozen=True)
class Form:
    id: str
    version: int
    title: Texts
    dimensions: tuple[Dimension, ...]
    gates: tuple[Gate, ...]
    levels: tuple[Level, ...]         # ascending by min_index, the first at 0
    min_answered_share: float = 0.7
    weakest_count: int = 3
    strength_min_score: float = 60.0
    source: Path | None = None
    _questions: dict[str, Question] = field(default_factory=dict, repr=False, compare=False)

    @property
    def questions(self) -> list[Question]:
        return [q for d in self.dimensions for q in d.questions]

    def question(self, qid: str) -> Question:
        if not self._questions:
            self._questions.update((q.id, q) for q in self.questions)
        try:
            return self._questions[qid]
        except KeyError:
            raise ValidationError(qid, Reason("answer.unknown", form=self.id,
                                              version=self.version)) from None

    def dimension(self, key: str) -> Dimension:
        return next(d for d in self.dimensions if d.key == key)

    def level(self, key: str) -> Level:
        return next(lv for lv in self.levels if lv.key == key)

    def level_for(self, score: float) -> Level:
        """The highest level whose threshold ``score`` reaches."""
        return [lv for lv in self.levels if score >= lv.min_index][-1]
