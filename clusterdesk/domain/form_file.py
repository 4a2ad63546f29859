"""Reading a diagnostic form from its TOML file, checked completely when loaded.

A malformed file is refused with one sentence naming the file, the key and the reason
(``FormError``), so a form in use is always whole.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from clusterdesk.data_files import read_toml
from clusterdesk.domain.form_model import (
    MAX_POINTS,
    Dimension,
    Form,
    FormError,
    Gate,
    Level,
    Option,
    Question,
    QuestionKind,
    Texts,
)
from clusterdesk.languages import LANGUAGES


class _Reader:
    """Reads one file's values, raising FormError with the file, the key and the reason."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, key: str, reason: str) -> FormError:
        return FormError("data.invalid", path=self.path, key=key, detail=reason)

    def get(self, data: dict[str, Any], key: str, where: str, kind: type | tuple[type, ...],
            default: Any = ..., *, what: str = "") -> Any:
        full = f"{where}.{key}" if where else key
        if key not in data:
            if default is ...:
                raise self.fail(full, "is missing")
            return default
        value = data[key]
        if not isinstance(value, kind) or (kind in (int, float, (int, float))
                                           and isinstance(value, bool)):
            raise self.fail(full, f"must be {what or _kind_name(kind)}, got {value!r}")
        return value

    def texts(self, data: dict[str, Any], key: str, where: str, *, optional: bool = False
              ) -> Texts | None:
        full = f"{where}.{key}" if where else key
        if key not in data and optional:
            return None
        value = self.get(data, key, where, dict, what="a table of ru, kk and en texts")
        for lang in LANGUAGES:
            if not isinstance(value.get(lang), str) or not value[lang].strip():
                raise self.fail(f"{full}.{lang}", "is missing or empty")
        return {lang: value[lang] for lang in LANGUAGES}

    def points(self, value: Any, key: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_POINTS:
            raise self.fail(key, f"must be whole points from 0 to {MAX_POINTS}, got {value!r}")
        return value


def _kind_name(kind: type | tuple[type, ...]) -> str:
    names = {str: "text", int: "a whole number", float: "a number", bool: "true or false",
             list: "a list", dict: "a table"}
    if isinstance(kind, tuple):
        return "a number" if set(kind) == {int, float} else " or ".join(names[k] for k in kind)
    return names.get(kind, kind.__name__)


def _question(r: _Reader, q: dict[str, Any], where: str, dim: str) -> Question:
    qid = r.get(q, "id", where, str)
    kind_raw = r.get(q, "kind", where, str)
    try:
        kind = QuestionKind(kind_raw)
    except ValueError:
        raise r.fail(f"{where}.kind", f"must be one of scale, yesno, number, choice, got "
                                      f"{kind_raw!r}") from None
    weight = r.get(q, "weight", where, (int, float), 1)
    if weight <= 0:
        raise r.fail(f"{where}.weight", "must be greater than zero")
    args: dict[str, Any] = dict(id=qid, dimension=dim, kind=kind, weight=float(weight),
                                text=r.texts(q, "text", where),
                                hint=r.texts(q, "hint", where, optional=True))
    if kind is QuestionKind.SCALE:
        labels = r.get(q, "labels", where, list)
        if len(labels) != MAX_POINTS + 1:
            raise r.fail(f"{where}.labels", f"must have {MAX_POINTS + 1} labels (one per point "
                                            f"0–{MAX_POINTS}), got {len(labels)}")
        args["labels"] = tuple(r.texts({"l": lab}, "l", f"{where}.labels[{i}]")
                               for i, lab in enumerate(labels))
    elif kind is QuestionKind.YESNO:
        args["yes_points"] = r.points(q.get("yes_points", MAX_POINTS), f"{where}.yes_points")
        args["no_points"] = r.points(q.get("no_points", 0), f"{where}.no_points")
    elif kind is QuestionKind.NUMBER:
        raw = r.get(q, "thresholds", where, list)
        pairs: list[tuple[float, int]] = []
        for i, t in enumerate(raw):
            key = f"{where}.thresholds[{i}]"
            if not isinstance(t, list) or len(t) != 2 or isinstance(t[0], bool) \
                    or not isinstance(t[0], int | float):
                raise r.fail(key, "must be a pair [minimum, points]")
            pairs.append((float(t[0]), r.points(t[1], key)))
        if not pairs:
            raise r.fail(f"{where}.thresholds", "must not be empty")
        for (lo1, p1), (lo2, p2) in zip(pairs, pairs[1:], strict=False):
            if lo2 <= lo1 or p2 < p1:
                raise r.fail(f"{where}.thresholds", "must rise: each minimum greater and its "
                                                    "points not lower than the one before")
        args["thresholds"] = tuple(pairs)
        rng = q.get("range")
        if rng is not None:
            if not isinstance(rng, list) or len(rng) != 2 or not all(
                    isinstance(v, int | float) and not isinstance(v, bool) for v in rng) \
                    or rng[0] > rng[1]:
                raise r.fail(f"{where}.range", "must be [lowest, highest]")
            args["value_range"] = (float(rng[0]), float(rng[1]))
        args["unit"] = r.texts(q, "unit", where, optional=True)
    else:
        raw = r.get(q, "options", where, list)
        if len(raw) < 2:
            raise r.fail(f"{where}.options", "must list at least two options")
        opts: list[Option] = []
        for i, o in enumerate(raw):
            ow = f"{where}.options[{i}]"
            if not isinstance(o, dict):
                raise r.fail(ow, "must be a table with key, points and text")
            key = r.get(o, "key", ow, str)
            if any(x.key == key for x in opts):
                raise r.fail(f"{ow}.key", f"{key!r} is used twice")
            opts.append(Option(key, r.points(o.get("points"), f"{ow}.points"),
                               r.texts(o, "text", ow)))
        args["options"] = tuple(opts)
    return Question(**args)


def _gate(r: _Reader, g: dict[str, Any], where: str, questions: dict[str, Question]) -> Gate:
    gid = r.get(g, "id", where, str)
    qid = r.get(g, "question", where, str)
    q = questions.get(qid)
    if q is None:
        raise r.fail(f"{where}.question", f"names {qid!r}, which is not a question of the form")
    conditions = [k for k in ("min", "equals", "any_of") if k in g]
    if len(conditions) != 1:
        raise r.fail(where, "must have exactly one condition: min, equals or any_of")
    gate = Gate(gid, qid, r.texts(g, "text", where), r.texts(g, "remedy", where))
    if "min" in g:
        if q.kind is not QuestionKind.NUMBER:
            raise r.fail(f"{where}.min", f"needs a number question, but {qid} is {q.kind}")
        return replace(gate, min=float(r.get(g, "min", where, (int, float))))
    if "equals" in g:
        if q.kind is not QuestionKind.YESNO:
            raise r.fail(f"{where}.equals", f"needs a yes/no question, but {qid} is {q.kind}")
        return replace(gate, equals=r.get(g, "equals", where, bool))
    keys = r.get(g, "any_of", where, list)
    if q.kind is not QuestionKind.CHOICE:
        raise r.fail(f"{where}.any_of", f"needs a choice question, but {qid} is {q.kind}")
    unknown = [k for k in keys if q.option(k) is None]
    if unknown or not keys:
        raise r.fail(f"{where}.any_of", f"names options that {qid} does not have: {unknown}")
    return replace(gate, any_of=tuple(keys))


def _levels(r: _Reader, data: dict[str, Any]) -> list[Level]:
    """The readiness levels, rising from 0 to at most 100."""
    levels: list[Level] = []
    for i, lv in enumerate(r.get(data, "level", "", list)):
        where = f"level[{i}]"
        if not isinstance(lv, dict):
            raise r.fail(where, "must be a table")
        key = r.get(lv, "key", where, str)
        lo = r.get(lv, "min_index", where, (int, float))
        if any(x.key == key for x in levels):
            raise r.fail(f"{where}.key", f"{key!r} is used twice")
        if (not levels and lo != 0) or (levels and lo <= levels[-1].min_index) or lo > 100:
            raise r.fail(f"{where}.min_index", "must start at 0 and rise from level to level "
                                               "up to 100")
        levels.append(Level(key, float(lo), r.texts(lv, "name", where),
                            r.texts(lv, "description", where)))
    if not levels:
        raise r.fail("level", "must define at least one level")
    return levels


def _dimensions(r: _Reader, data: dict[str, Any], levels: list[Level],
                questions: dict[str, Question]) -> list[Dimension]:
    """The dimensions with their questions (collected into ``questions`` by id)."""
    dims: list[Dimension] = []
    for i, d in enumerate(r.get(data, "dimension", "", list)):
        where = f"dimension[{i}]"
        if not isinstance(d, dict):
            raise r.fail(where, "must be a table")
        key = r.get(d, "key", where, str)
        if any(x.key == key for x in dims):
            raise r.fail(f"{where}.key", f"{key!r} is used twice")
        weight = r.get(d, "weight", where, (int, float))
        if weight <= 0:
            raise r.fail(f"{where}.weight", "must be greater than zero")
        advice_raw = r.get(d, "advice", where, dict)
        advice = {lv.key: r.texts(advice_raw, lv.key, f"{where}.advice") for lv in levels}
        qs: list[Question] = []
        for j, q in enumerate(r.get(d, "question", where, list)):
            qw = f"{where}.question[{j}]"
            if not isinstance(q, dict):
                raise r.fail(qw, "must be a table")
            question = _question(r, q, qw, key)
            if question.id in questions:
                raise r.fail(f"{qw}.id", f"{question.id!r} is used twice")
            questions[question.id] = question
            qs.append(question)
        if not qs:
            raise r.fail(f"{where}.question", "must list at least one question")
        dims.append(Dimension(key, float(weight), r.texts(d, "name", where), advice, tuple(qs)))
    if not dims:
        raise r.fail("dimension", "must define at least one dimension")
    return dims


def _gates(r: _Reader, data: dict[str, Any], questions: dict[str, Question]) -> list[Gate]:
    """The required conditions, each on a question of the form."""
    gates: list[Gate] = []
    for i, g in enumerate(r.get(data, "gate", "", list, [])):
        if not isinstance(g, dict):
            raise r.fail(f"gate[{i}]", "must be a table")
        gate = _gate(r, g, f"gate[{i}]", questions)
        if any(x.id == gate.id for x in gates):
            raise r.fail(f"gate[{i}].id", f"{gate.id!r} is used twice")
        gates.append(gate)
    return gates


def parse_form(data: dict[str, Any], path: Path) -> Form:
    """Build a Form from parsed TOML, checking every key; raises FormError."""
    r = _Reader(path)
    form_id = r.get(data, "id", "", str)
    version = r.get(data, "version", "", int)
    title = r.texts(data, "title", "")
    scoring = r.get(data, "scoring", "", dict, {})
    share = r.get(scoring, "min_answered_share", "scoring", (int, float), 0.7)
    if not 0 <= share <= 1:
        raise r.fail("scoring.min_answered_share", f"must be between 0 and 1, got {share}")
    weakest = r.get(scoring, "weakest_count", "scoring", int, 3)
    strong = r.get(scoring, "strength_min_score", "scoring", (int, float), 60)

    levels = _levels(r, data)
    questions: dict[str, Question] = {}
    dims = _dimensions(r, data, levels, questions)
    gates = _gates(r, data, questions)
    return Form(form_id, version, title, tuple(dims), tuple(gates), tuple(levels),
                float(share), weakest, float(strong), path)


def load_form(path: Path | str) -> Form:
    """Read and validate one form file; raises FormError naming the file, key and reason."""
    path = Path(path)
    return parse_form(read_toml(path, error=FormError), path)
