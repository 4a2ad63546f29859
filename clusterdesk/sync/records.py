"""One record line of a sync file, checked and turned into the values its table stores.

Used by both passes of an import (check, then apply), so the two can never disagree.
"""

from __future__ import annotations

import base64
import datetime as dt
import re
import uuid as _uuid
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

import sqlalchemy as sa

from clusterdesk.domain.bin import bin_problem
from clusterdesk.domain.hlc import Stamp
from clusterdesk.sync import format as fmt


class RecordError(ValueError):
    """What is wrong with one record line (the caller adds file, member and line)."""


@dataclass(slots=True)
class Record:
    table: str
    uuid: str
    hlc: str
    device: str
    deleted: bool
    values: dict[str, Any]
    seen: dict[str, str]

    def key(self, ordered_by_resolution: bool) -> tuple:
        if ordered_by_resolution:
            return (bool(self.values.get("resolved")), self.hlc, self.device)
        return (self.hlc, self.device)


# Fast paths for the canonical forms every ClusterDesk writes; anything else goes through the
# full check, so exactly the same values are accepted as before.
_CANONICAL_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                             r"[0-9a-fA-F]{12}").fullmatch
_CANONICAL_STAMP = re.compile(r"[0-9]{15}-[0-9]{6}").fullmatch


_PLAIN = {"str": str, "int": int, "bool": bool}  # kinds whose valid JSON value is stored as is


@cache
def _field_spec(table: sa.Table) -> tuple[tuple[str, sa.Column, str, bool], ...]:
    """(name, column, kind, is a BIN column) per field, computed once per table."""
    return tuple((c.name, c, fmt.column_kind(c), fmt.is_bin_column(c))
                 for c in fmt.field_columns(table))


@cache
def _check_spec(table: sa.Table) -> tuple[tuple[str, sa.Column, str, bool, type | None], ...]:
    """``_field_spec`` plus the JSON type that needs neither check nor conversion."""
    return tuple((*spec, _PLAIN.get(spec[2])) for spec in _field_spec(table))


@cache
def _field_names(table: sa.Table) -> frozenset[str]:
    return frozenset(c.name for c in fmt.field_columns(table))


def _check_uuid(value: Any, what: str) -> str:
    if type(value) is str and _CANONICAL_UUID(value):
        return value
    if not isinstance(value, str) or len(value) != 36:
        raise RecordError(f"{what} is not a uuid: {value!r}")
    try:
        _uuid.UUID(value)
    except ValueError:
        raise RecordError(f"{what} is not a uuid: {value!r}") from None
    return value


def _check_stamp(value: Any, what: str) -> str:
    if type(value) is str and _CANONICAL_STAMP(value):
        return value
    if not isinstance(value, str):
        raise RecordError(f"{what} is not a clock stamp: {value!r}")
    try:
        Stamp.parse(value)
    except ValueError:
        raise RecordError(f"{what} is not a clock stamp: {value!r}") from None
    return value


def decode(table: sa.Table, obj: Any, *, strict_fields: bool) -> Record:
    """Check one parsed line against ``table``; RecordError says what is wrong."""
    if not isinstance(obj, dict):
        raise RecordError("is not a record (a JSON object was expected)")
    if obj.get("table") != table.name:
        raise RecordError(f"names table {obj.get('table')!r} inside the member of {table.name!r}")
    uuid = _check_uuid(obj.get("uuid"), "uuid")
    hlc = _check_stamp(obj.get("hlc"), "hlc")
    device = obj.get("device")
    if not isinstance(device, str) or not device or len(device) > 36:
        raise RecordError(f"device is not a device id: {device!r}")
    deleted = obj.get("deleted")
    if not isinstance(deleted, bool):
        raise RecordError(f"deleted must be true or false, not {deleted!r}")
    fields = obj.get("fields")
    if not isinstance(fields, dict):
        raise RecordError("has no fields object")
    seen = obj.get("seen") or {}
    if not isinstance(seen, dict):
        raise RecordError("seen must be an object of device ids and clock stamps")
    for dev, stamp in seen.items():
        _check_stamp(stamp, f"seen[{dev!r}]")
    if strict_fields:
        unknown = fields.keys() - _field_names(table)
        if unknown:
            raise RecordError(f"has a field {sorted(unknown)[0]!r} that table {table.name} "
                              "does not have")
    values: dict[str, Any] = {}
    for name, col, kind, is_bin, plain in _check_spec(table):
        try:
            if name in fields:
                value = fields[name]
                # Text, whole numbers, booleans of the right JSON type and non-null JSON
                # values are what parse_value would return unchanged.
                if type(value) is not plain and (kind != "json" or value is None):
                    value = fmt.parse_value(col, kind, value)
            else:
                value = fmt.default_value(col)
        except ValueError as exc:
            raise RecordError(f"field {name!r} {exc}") from None
        if is_bin and value:
            problem = bin_problem(value)
            if problem:
                raise RecordError(f"BIN {value} in field {name!r} {problem}")
        values[name] = value
    return Record(table.name, uuid, hlc, device, deleted, values, seen)


def _bytes(value: str) -> bytes:
    return base64.b64decode(value, validate=True)


_CONVERT: dict[str, Callable[[Any], Any]] = {
    "float": float, "date": dt.date.fromisoformat, "datetime": dt.datetime.fromisoformat,
    "bytes": _bytes,
}


@cache
def _convert_spec(table: sa.Table) -> tuple[tuple[str, sa.Column, Callable | None], ...]:
    """(name, column, conversion or None) per field: what ``decode`` does to a valid value."""
    return tuple((name, col, _CONVERT.get(kind)) for name, col, kind, _bin in _field_spec(table))


def convert(table: sa.Table, obj: Any) -> Record:
    """The Record of a line ``decode`` has already accepted, without checking it again.

    For the apply pass: it reads the same bytes the check pass checked (the member's
    checksum is verified again when the apply pass has read it, inside the transaction), so
    it only converts. Gives exactly what ``decode`` gives for such a line; for anything else
    it may raise any exception (the caller then falls back to ``decode``).
    """
    fields = obj["fields"]
    values: dict[str, Any] = {}
    for name, col, conv in _convert_spec(table):
        if name in fields:
            value = fields[name]
            if conv is not None and value is not None:
                value = conv(value)
        else:
            value = fmt.default_value(col)
        values[name] = value
    return Record(table.name, obj["uuid"], obj["hlc"], obj["device"], obj["deleted"], values,
                  obj.get("seen") or {})
