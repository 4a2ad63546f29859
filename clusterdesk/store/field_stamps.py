"""Per-field clock stamps: which change last wrote each field (or group) of a record.

A record keeps its latest stamp in ``hlc``/``device_id``; ``field_stamps`` lists only the
fields last written at another, older stamp: ``{"<hlc> <device id>": [field, ...]}`` (None
when every field was written at the record's own stamp, as for a record never edited).
The deletion marker is the pseudo-field ``deleted``. A merge takes each field group from the
side whose stamp for it is greater — so edits of different fields on two machines both
survive — and the record's stamp is the greatest of its fields' stamps.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Any

from clusterdesk.data_files import data_path, read_toml

DELETED = "deleted"
Key = tuple[str, str]  # (hlc, device id): the total order of changes


@cache
def policy() -> dict[str, Any]:
    """``resources/sync/policy.toml``, checked once."""
    path = data_path("sync", "policy.toml")
    data = read_toml(path)
    hours = data.get("max_clock_ahead_hours")
    if not isinstance(hours, int | float) or isinstance(hours, bool) or not 0 < hours <= 24 * 366:
        raise ValueError(f"{path}: max_clock_ahead_hours must be a number of hours (0, 8784]")
    held = data.get("max_held_per_device", 20000)
    if not isinstance(held, int) or isinstance(held, bool) or held < 1:
        raise ValueError(f"{path}: max_held_per_device must be a whole number of at least 1")
    groups = data.get("field_groups", {})
    if not isinstance(groups, dict) or not all(
            isinstance(g, list) and all(isinstance(x, list) and all(isinstance(f, str) for f in x)
                                        for x in g) for g in groups.values()):
        raise ValueError(f"{path}: field_groups must map a table to lists of field names")
    return data


def max_ahead_ms() -> int:
    return int(policy()["max_clock_ahead_hours"] * 3600 * 1000)


def max_held_per_device() -> int:
    return int(policy().get("max_held_per_device", 20000))


@cache
def units(table: str, fields: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """The table's fields cut into merge units: the declared groups, then single fields,
    then the deletion marker. Group members that the table lacks are left out."""
    present = set(fields)
    out: list[tuple[str, ...]] = []
    grouped: set[str] = set()
    for group in policy().get("field_groups", {}).get(table, []):
        members = tuple(f for f in group if f in present and f not in grouped)
        if members:
            out.append(members)
            grouped.update(members)
    out += [(f,) for f in fields if f not in grouped]
    out.append((DELETED,))
    return tuple(out)


def key_text(key: Key) -> str:
    return f"{key[0]} {key[1]}"


def parse_key(text: str) -> Key:
    hlc, sep, device = text.partition(" ")
    if not sep:
        raise ValueError(f"not a field stamp: {text!r}")
    return hlc, device


def expand(stamps: dict[str, Any] | None, own: Key, fields: Iterable[str]) -> dict[str, Key]:
    """Every field's stamp (``deleted`` included)."""
    out = {f: own for f in fields}
    out[DELETED] = own
    for text, names in (stamps or {}).items():
        key = parse_key(text)
        for name in names:
            if name in out:
                out[name] = key
    return out


def compress(stamps: dict[str, Key], own: Key) -> dict[str, list[str]] | None:
    """The stored form: only the fields whose stamp is not the record's own."""
    out: dict[str, list[str]] = {}
    for name, key in stamps.items():
        if key != own:
            out.setdefault(key_text(key), []).append(name)
    for names in out.values():
        names.sort()
    return dict(sorted(out.items())) or None


def latest(stamps: dict[str, Key]) -> Key:
    return max(stamps.values())
