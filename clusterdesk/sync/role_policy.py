"""What each role may change: the rules of ``resources/sync/roles.toml`` as functions.

A table not listed may be changed by head office only; some fields and values are head
office's even in a table consultants edit. Domain rules hold whatever the role. Used by the
import's judge (``roles.Authority``) and by the proofs head office signs (``proofs``).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from clusterdesk.data_files import data_path, read_toml

HEAD_OFFICE = "head_office"


@cache
def policy() -> dict[str, Any]:
    """``resources/sync/roles.toml``, read once."""
    return read_toml(data_path("sync", "roles.toml"), require=("tables",))


@cache
def table_roles(table: str) -> tuple[str, ...]:
    return tuple(policy().get("tables", {}).get(table, [HEAD_OFFICE]))


@cache
def needs_head_office(table: str, unit: tuple[str, ...]) -> bool:
    """A change of this field group that only head office may make (in some or all cases)."""
    if table_roles(table) == (HEAD_OFFICE,):
        return True
    if any(rule["table"] == table for rule in policy().get("frozen", [])):
        return True  # any change, its deletion included, once the record is frozen
    restricted = set(policy().get("fields", {}).get(table, {}))
    restricted |= {v["field"] for v in policy().get("values", []) if v["table"] == table}
    return bool(restricted.intersection(unit))


def role_problem(
    table: str,
    unit: tuple[str, ...],
    role: str | None,
    old: dict[str, Any] | None,
    new: dict[str, Any],
) -> str | None:
    """Why a device of ``role`` may not make this change (None: it may)."""
    who = (role or "unknown").replace("_", " ")
    if role not in table_roles(table):
        return f"a {who} device may not change {table}"
    for rule in policy().get("frozen", []):
        held = getattr(value := (old or {}).get(rule["field"]), "value", value)
        if rule["table"] == table and rule["role"] == role and old is not None and (
                held not in rule["while"]):
            return f"a {who} device may not change {table} once its {rule['field']} is {held!r}"
    for name in unit:
        allowed = policy().get("fields", {}).get(table, {}).get(name)
        if allowed is not None and role not in allowed and (old or {}).get(name) != new.get(name):
            return f"a {who} device may not change {table}.{name}"
    for rule in policy().get("values", []):
        if rule["table"] != table or rule["role"] != role or rule["field"] not in unit:
            continue
        before = (old or {}).get(rule["field"])
        after = new.get(rule["field"])
        if after not in rule["allowed"] or (
            old is not None and before not in rule["allowed"] and before != after
        ):
            return (
                f"a {who} device may not set {table}.{rule['field']} from {before!r} to {after!r}"
            )
    return None


@cache
def _criteria_max() -> dict[str, float]:
    from clusterdesk.domain.app_template import load_template_file

    out: dict[str, float] = {}
    for path in sorted(data_path("methodology").glob("application-*.toml")):
        for c in load_template_file(path).criteria:
            out[c.id] = max(out.get(c.id, 0.0), float(c.max_points))
    return out


def domain_problem(table: str, values: dict[str, Any]) -> str | None:
    """Rules that hold whatever the role."""
    if table == "evaluation_scores":
        top = _criteria_max().get(values.get("criterion_id") or "")
        if top is None:
            return f"names an unknown criterion {values.get('criterion_id')!r}"
        points = values.get("points")
        if points is None or not 0 <= points <= top:
            return f"gives {points} points where the criterion allows 0 to {top:g}"
    return None
