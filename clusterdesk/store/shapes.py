"""Declared shapes of JSON columns, and the check every value arriving from outside passes.

A JSON column declares its shape where it is defined: ``mapped_column(JSON, info=shape(...))``.
Sync import checks every value against it, so a hand-built file cannot put a list where the
reports expect an object. A shape is built from

* ``"str"``, ``"uuid"``, ``"int"``, ``"number"``, ``"bool"``, ``"scalar"`` (text, number,
  true/false or null), ``"any"`` (any JSON within the size limits);
* ``("list", s)``, ``("map", s)`` (object with text keys), ``("nullable", s)``;
* a dict ``{"key": s, ...}``: an object with only these (optional) keys.

Numbers must be finite and fit SQLite's 64-bit integers; nesting and sizes are bounded.
"""

from __future__ import annotations

import math
import re
from typing import Any

MAX_DEPTH = 8
MAX_ITEMS = 10_000
MAX_TEXT = 1 << 20
INT_MIN, INT_MAX = -(1 << 63), (1 << 63) - 1
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}").fullmatch


def shape(spec: Any) -> dict[str, Any]:
    """The ``info`` of a JSON column with this shape."""
    return {"shape": spec}


def number_problem(value: Any) -> str | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int) and not INT_MIN <= value <= INT_MAX:
        return f"holds the number {value}, outside the range a database can store"
    if isinstance(value, float) and not math.isfinite(value):
        return f"holds {value}, which is not a number a database can store"
    return None


def _kind(value: Any) -> str:
    return {bool: "true/false", int: "a number", float: "a number", str: "text",
            list: "a list", dict: "an object", type(None): "null"}.get(type(value), "?")


def problem(spec: Any, value: Any, where: str = "", depth: int = 0) -> str | None:
    """What is wrong with ``value`` for ``spec`` (None when it fits).

    Nearly every value fits: ``_fits`` says so without building any message (a central
    sync checks tens of thousands of JSON fields); only a value it does not vouch for is
    walked again to say what is wrong."""
    if _fits(spec, value, depth):
        return None
    return _problem(spec, value, where, depth)


_INF = math.inf


def _fits(spec: Any, value: Any, depth: int) -> bool:
    """True only when ``_problem`` would find nothing wrong (False: it must look)."""
    if depth > MAX_DEPTH:
        return False
    t = type(value)
    if t is int:
        if not INT_MIN <= value <= INT_MAX:
            return False
    elif t is float:
        if value != value or value == _INF or value == -_INF:
            return False
    elif t is str:
        if len(value) > MAX_TEXT:
            return False
    elif t is list or t is dict:
        if len(value) > MAX_ITEMS:
            return False
    elif t is not bool and value is not None:
        return False  # not a value JSON gives: the full check decides
    ts = type(spec)
    if ts is str:
        if spec == "any":
            return _fits_any(value, depth) if t is list or t is dict else True
        if spec == "str":
            return t is str
        if spec == "uuid":
            return t is str and bool(_UUID(value))
        if spec == "int":
            return t is int
        if spec == "number":
            return t is int or t is float
        if spec == "bool":
            return t is bool
        if spec == "scalar":
            return value is None or t in (str, int, float, bool)
        return False  # an unknown shape: the full check says so
    if ts is dict:
        return t is dict and all(key in spec and _fits(spec[key], item, depth + 1)
                                 for key, item in value.items())
    if (ts is tuple or ts is list) and len(spec) == 2:
        container, inner = spec
        if container == "nullable":
            return value is None or _fits(inner, value, depth)
        if container == "list":
            if t is list and inner == "uuid":  # a record's people (consultants): one loop
                return depth < MAX_DEPTH and all(
                    type(v) is str and len(v) <= MAX_TEXT and bool(_UUID(v)) for v in value)
            return t is list and all(_fits(inner, v, depth + 1) for v in value)
        if inner == "any" and t is dict:  # a conflict's fields: most of a central sync's JSON
            return _fits_any(value, depth)
        return t is dict and all(_fits(inner, v, depth + 1) for v in value.values())
    return False


def _fits_any(value: list | dict, depth: int) -> bool:
    """``_fits("any", value, depth)`` for a list or object already within its own limits,
    walked in one loop: scalars are checked inline, only nested lists and objects recurse."""
    items = value.values() if type(value) is dict else value
    child = depth + 1
    if child > MAX_DEPTH:
        return not items
    for v in items:
        t = type(v)
        if t is str:
            if len(v) > MAX_TEXT:
                return False
        elif t is int:
            if not INT_MIN <= v <= INT_MAX:
                return False
        elif t is float:
            if v != v or v == _INF or v == -_INF:
                return False
        elif t is list or t is dict:
            if len(v) > MAX_ITEMS or not _fits_any(v, child):
                return False
        elif t is not bool and v is not None:
            return False
    return True


def _problem(spec: Any, value: Any, where: str = "", depth: int = 0) -> str | None:
    at = f" at {where}" if where else ""
    if depth > MAX_DEPTH:
        return f"is nested deeper than {MAX_DEPTH} levels{at}"
    bad = number_problem(value)
    if bad:
        return bad + at
    if isinstance(value, str) and len(value) > MAX_TEXT:
        return f"holds a text longer than {MAX_TEXT:,} characters{at}"
    if isinstance(value, list | dict) and len(value) > MAX_ITEMS:
        return f"holds more than {MAX_ITEMS:,} items{at}"
    if isinstance(spec, tuple | list) and spec and spec[0] == "nullable":
        return None if value is None else problem(spec[1], value, where, depth)
    if isinstance(spec, dict):
        if not isinstance(value, dict):
            return f"must be an object, not {_kind(value)}{at}"
        for key, item in value.items():
            if key not in spec:
                return f"has an unexpected key {key!r}{at}"
            bad = problem(spec[key], item, f"{where}.{key}" if where else key, depth + 1)
            if bad:
                return bad
        return None
    if isinstance(spec, tuple | list):
        container, inner = spec[0], spec[1]
        if container == "list":
            if not isinstance(value, list):
                return f"must be a list, not {_kind(value)}{at}"
            items = enumerate(value)
        else:
            if not isinstance(value, dict):
                return f"must be an object, not {_kind(value)}{at}"
            items = value.items()
        for key, item in items:
            bad = problem(inner, item, f"{where}[{key!r}]", depth + 1)
            if bad:
                return bad
        return None
    return _scalar_problem(spec, value, where, depth)


def _scalar_problem(spec: str, value: Any, where: str, depth: int) -> str | None:
    at = f" at {where}" if where else ""
    ok = {
        "str": isinstance(value, str),
        "uuid": isinstance(value, str) and bool(_UUID(value)),
        "int": isinstance(value, int) and not isinstance(value, bool),
        "number": isinstance(value, int | float) and not isinstance(value, bool),
        "bool": isinstance(value, bool),
        "scalar": value is None or isinstance(value, str | int | float | bool),
    }
    if spec == "any":
        items = enumerate(value) if isinstance(value, list) else (
            value.items() if isinstance(value, dict) else ())
        return next(filter(None, (problem("any", v, f"{where}[{k!r}]", depth + 1)
                                  for k, v in items)), None)
    if spec not in ok:
        raise ValueError(f"unknown shape {spec!r}")
    if not ok[spec]:
        want = {"uuid": "a uuid", "str": "text", "int": "a whole number", "number": "a number",
                "bool": "true/false", "scalar": "a plain value"}[spec]
        return f"must be {want}, not {_kind(value)} {value!r}"[:200] + at
    return None
