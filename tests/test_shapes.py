"""The declared shapes of JSON columns: the quick path that vouches for a value must agree
with the full check on every value and every shape, and the full check still names what is
wrong."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from clusterdesk.store import shapes
from clusterdesk.store.base import Base

SCALARS = ("str", "uuid", "int", "number", "bool", "scalar", "any")


def _declared() -> list:
    """Every shape a column of this program declares."""
    return [c.info["shape"] for t in Base.metadata.tables.values() for c in t.columns
            if "shape" in c.info]


specs = st.recursive(
    st.sampled_from(SCALARS),
    lambda inner: st.one_of(
        st.tuples(st.sampled_from(["list", "map", "nullable"]), inner),
        st.dictionaries(st.sampled_from(["a", "b", "uuid", "n"]), inner, max_size=3)),
    max_leaves=6)

values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.text(max_size=5),
              st.integers(min_value=-(1 << 70), max_value=1 << 70),
              st.floats(allow_nan=True, allow_infinity=True),
              st.sampled_from(["0f8fad5b-d9cb-469f-a165-70867728950e", "0F8FAD5B"])),
    lambda inner: st.one_of(st.lists(inner, max_size=4),
                            st.dictionaries(st.sampled_from(["a", "b", "uuid", "n", "x"]),
                                            inner, max_size=4)),
    max_leaves=12)


def _deep(n: int) -> list:
    out: list = []
    for _ in range(n):
        out = [out]
    return out


@settings(max_examples=600, deadline=None)
@given(st.one_of(specs, st.sampled_from(_declared() or ["any"])), values)
def test_the_quick_path_agrees_with_the_full_check(spec, value) -> None:  # noqa: ANN001
    full = shapes._problem(spec, value)
    assert shapes.problem(spec, value) == full
    if shapes._fits(spec, value, 0):
        assert full is None


SAMPLES = [None, True, False, 0, -1, 1 << 63, -(1 << 63), (1 << 63) - 1, 0.5, math.nan,
           math.inf, -math.inf, "", "x" * (shapes.MAX_TEXT + 1), "0f8fad5b-d9cb-469f-a165-"
           "70867728950e", "0F8FAD5B-D9CB-469F-A165-70867728950E", [], [1], {}, {"a": 1},
           list(range(shapes.MAX_ITEMS + 1)), (1, 2), b"x"]


def test_every_plain_shape_and_wrapper_on_every_kind_of_value() -> None:
    """Exhaustive over the plain shapes, each alone and wrapped, and one value of every kind
    (each bound of the checks included): the quick path never vouches for a bad value."""
    for base in SCALARS:
        for spec in (base, ("list", base), ("map", base), ("nullable", base), {"a": base}):
            for value in SAMPLES:
                for v in (value, [value], {"a": value}):
                    assert shapes.problem(spec, v) == shapes._problem(spec, v), (spec, v)


def test_what_is_wrong_is_still_named() -> None:
    assert shapes.problem(("map", "any"), [1]) == "must be an object, not a list"
    assert shapes.problem({"a": "int"}, {"a": 1, "b": 2}) == "has an unexpected key 'b'"
    assert "outside the range" in shapes.problem("any", {"k": [1 << 64]})
    assert "not a number" in shapes.problem(("list", "number"), [1.0, math.inf])
    assert "nested deeper" in shapes.problem("any", _deep(shapes.MAX_DEPTH + 2))
    assert shapes.problem("any", _deep(shapes.MAX_DEPTH)) is None
    assert shapes.problem(("nullable", ("list", "uuid")), None) is None
    assert "a uuid" in shapes.problem(("list", "uuid"), ["0F8FAD5B"])


def test_a_refused_value_deep_in_any_is_named_by_its_path() -> None:
    """The message names where the bad value sits, once, as a user can find it in the file."""
    assert shapes.problem(("map", "any"), {"a": [1, {"b": math.inf}]}) == (
        "holds inf, which is not a number a database can store at ['a'][1]['b']")
    assert shapes.problem(("map", "any"), {"a": [[0] * (shapes.MAX_ITEMS + 1)]}) == (
        f"holds more than {shapes.MAX_ITEMS:,} items at ['a'][0]")


def test_near_the_depth_limit_the_quick_path_agrees_too() -> None:
    """Values met deep inside a document (the quick loops of lists and 'any' included)."""
    uuid = "0f8fad5b-d9cb-469f-a165-70867728950e"
    for depth in range(shapes.MAX_DEPTH - 2, shapes.MAX_DEPTH + 2):
        for spec in (("list", "uuid"), ("map", "any"), "any", ("list", "str")):
            for value in ([], [uuid], [uuid, "0F8FAD5B"], {"a": [1]}, [[uuid]], [1]):
                full = shapes._problem(spec, value, "", depth)
                assert shapes.problem(spec, value, "", depth) == full, (spec, value, depth)
                assert not (shapes._fits(spec, value, depth) and full), (spec, value, depth)
