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
from clusterdesk.store import shapes
from clusterdesk.sync import format as fmt
from clusterdesk.sync.proofs import well_formed


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
    stamps: dict[str, list[str]] | None = None  # field stamps other than the record's own
    proofs: dict[str, Any] | None = None  # per stamp: its device's proof of origin

    def key(self, ordered_by_resolution: bool) -> tuple:
        if ordered_by_resolution:
            return (bool(self.values.get("resolved")), self.hlc, self.device)
        return (self.hlc, self.device)


# Fast paths for the canonical forms every ClusterDesk writes; anything else goes through the
# full check, so exactly the same values are accepted as before.
_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-"
                             r"[0-9a-f]{12}").fullmatch
_CANONICAL_STAMP = re.compile(r"[0-9]{15}-[0-9]{6}").fullmatch


_PLAIN = {"str": str, "int": int, "bool": bool}  # kinds whose valid JSON value is stored as is


@cache
def _field_spec(table: sa.Table) -> tuple[tuple[str, sa.Column, str, bool], ...]:
    """(name, column, kind, is a BIN column) per field, computed once per table."""
    return tuple((c.name, c, fmt.column_kind(c), fmt.is_bin_column(c))
                 for c in fmt.field_columns(table))


_SHAPED = frozenset({"json", "int", "float"})  # kinds ``check_shape`` looks at (and long text)


@cache
def _check_spec(table: sa.Table) -> tuple[tuple[str, sa.Column, str, bool, type | None, int,
                                                bool], ...]:
    """``_field_spec`` plus the JSON type that needs neither check nor conversion, the
    longest text the column takes, and whether ``check_shape`` checks every value of it."""
    return tuple((*spec, _PLAIN.get(spec[2]),
                  getattr(spec[1].type, "length", None) or shapes.MAX_TEXT, spec[2] in _SHAPED)
                 for spec in _field_spec(table))


@cache
def _field_names(table: sa.Table) -> frozenset[str]:
    return frozenset(c.name for c in fmt.field_columns(table))


def check_uuid(value: Any, what: str) -> str:
    """A uuid exactly as ClusterDesk writes it (lower case, dashed): another spelling of the
    same uuid would otherwise become a second record."""
    if type(value) is str and _CANONICAL_UUID(value):
        return value
    try:
        same = str(_uuid.UUID(value)) if isinstance(value, str) else None
    except ValueError:
        same = None
    if same is not None:
        raise RecordError(f"{what} {value!r} is not written the way ClusterDesk writes uuids "
                          f"({same})")
    raise RecordError(f"{what} is not a uuid: {value!r}")


def check_stamp(value: Any, what: str) -> str:
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
    unknown_keys = obj.keys() - _LINE_KEYS
    if unknown_keys:
        raise RecordError(f"has an unknown key {sorted(unknown_keys)[0]!r}")
    uuid = check_uuid(obj.get("uuid"), "uuid")
    hlc = check_stamp(obj.get("hlc"), "hlc")
    device = check_uuid(obj.get("device"), "device")
    deleted = obj.get("deleted")
    if not isinstance(deleted, bool):
        raise RecordError(f"deleted must be true or false, not {deleted!r}")
    fields = obj.get("fields")
    if not isinstance(fields, dict):
        raise RecordError("has no fields object")
    seen = obj.get("seen", {})
    if not isinstance(seen, dict):
        raise RecordError("seen must be an object of device ids and clock stamps")
    for dev, stamp in seen.items():
        check_uuid(dev, "a device in seen")
        check_stamp(stamp, f"seen[{dev!r}]")
    seen = earlier_seen(table.name, seen, hlc, device)
    stamps = _check_field_stamps(table, obj.get("stamps"), (hlc, device))
    proofs = obj.get("proofs")
    if proofs is not None and not well_formed(proofs):
        raise RecordError("proofs must map field stamps to {sig, gone}")
    if strict_fields:
        unknown = fields.keys() - _field_names(table)
        if unknown:
            raise RecordError(f"has a field {sorted(unknown)[0]!r} that table {table.name} "
                              "does not have")
    values: dict[str, Any] = {}
    for name, col, kind, is_bin, plain, longest, shaped in _check_spec(table):
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
            # the number's structure, not its date against this computer's clock: a receiver
            # whose clock is behind refuses no file for a company registered "in its future"
            problem = bin_problem(value, today=dt.date.max)
            if problem:
                raise RecordError(f"BIN {value} in field {name!r} {problem}")
        if value is not None and (shaped or (kind == "str" and len(value) > longest)):
            shape_problem = check_shape(table.name, col, kind, value)
            if shape_problem:
                raise RecordError(f"field {name!r} {shape_problem}")
        values[name] = value
    return Record(table.name, uuid, hlc, device, deleted, values, seen, stamps, proofs)


def earlier_seen(table: str, seen: dict[str, str], hlc: str, device: str) -> dict[str, str]:
    """``seen`` without the entries a version cannot honestly carry: a stamp not earlier than
    its own. Its writer's clock passed every version it merged, so such an entry was added
    on the way (``seen`` is not signed) to make a receiver drop a concurrent edit without
    keeping it as a conflict. A conflict record is exempt: a resolved copy outranks a later
    unresolved one, whose stamp it has seen."""
    if table == "sync_conflicts" or all((s, d) < (hlc, device) for d, s in seen.items()):
        return seen
    return {d: s for d, s in seen.items() if (s, d) < (hlc, device)}


def check_shape(table: str, col: sa.Column, kind: str, value: Any) -> str | None:
    """Beyond the type: the declared shape of JSON, finite numbers in range, text lengths."""
    if kind == "json":
        return shapes.problem(col.info.get("shape", "any"), value)
    if kind in ("int", "float"):
        return shapes.number_problem(value)
    if kind == "str":
        limit = getattr(col.type, "length", None) or shapes.MAX_TEXT
        if len(value) > limit:
            return f"is {len(value):,} characters long; at most {limit:,} fit"
    return None


_LINE_KEYS = frozenset({"table", "uuid", "hlc", "device", "deleted", "fields", "seen", "stamps",
                        "proofs"})


def _check_field_stamps(table: sa.Table, stamps: Any, own: tuple[str, str]
                        ) -> dict[str, list[str]] | None:
    """``stamps``: {"<hlc> <device>": [field, ...]}, each earlier than the record's own."""
    if stamps is None:
        return None
    if not isinstance(stamps, dict):
        raise RecordError("stamps must be an object of field stamps and field names")
    names = _field_names(table) | {"deleted"}
    seen_fields: set[str] = set()
    for key, fields in stamps.items():
        hlc, sep, device = key.partition(" ") if isinstance(key, str) else ("", "", "")
        if not sep:
            raise RecordError(f"stamps has a key {key!r} that is not '<clock stamp> <device>'")
        check_stamp(hlc, "a field stamp")
        check_uuid(device, "the device of a field stamp")
        if (hlc, device) >= own:
            raise RecordError(f"field stamp {key!r} is not earlier than the record's own stamp")
        if not isinstance(fields, list) or not fields:
            raise RecordError(f"stamps[{key!r}] must be a list of field names")
        for name in fields:
            if name not in names:
                raise RecordError(f"stamps names a field {name!r} that table {table.name} "
                                  "does not have")
            if name in seen_fields:
                raise RecordError(f"stamps names the field {name!r} twice")
            seen_fields.add(name)
    return stamps or None


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
                  earlier_seen(table.name, obj.get("seen") or {}, obj["hlc"], obj["device"]),
                  obj.get("stamps") or None, obj.get("proofs"))
