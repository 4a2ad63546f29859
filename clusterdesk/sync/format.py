"""The ``.cdsync`` file format: names, limits, and how a column's value is written and read.

Everything here is derived from the table metadata, so a table or column added by a later
issue travels without any change to the sync code. See ``docs/sync-format.md``.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import re
import uuid as _uuid
from functools import cache
from typing import Any

import sqlalchemy as sa

from clusterdesk.store import schema  # noqa: F401  (every table registered)
from clusterdesk.store.base import Base, synced_tables
from clusterdesk.store.json_values import json_default, to_json_value  # noqa: F401 (used here)
from clusterdesk.store.sync_models import OrgMerge, SyncConflict

FORMAT_NAME = "clusterdesk-sync"
FORMAT_VERSION = 2  # 1: whole-record stamps only; 2 adds field stamps ("stamps")
SUFFIX = ".cdsync"
MANIFEST = "manifest.json"
RECORDS_DIR = "records/"
SYNC_COLUMNS = ("uuid", "device_id", "hlc", "deleted", "field_stamps", "seq")
HEAD_OFFICE = "head-office"  # the default recipient of exports

# Limits checked before anything is unpacked (zip bombs, absurd files).
MAX_MANIFEST_BYTES = 1 << 20
MAX_MEMBER_BYTES = 8 << 30
MAX_RATIO = 200  # uncompressed / compressed; JSON lines compress about 5-20 times
MAX_LINE_BYTES = 64 << 20

UUID_NAMESPACE = _uuid.UUID("6f1c2a4e-2d0b-4c55-9a43-7c1d5e0b9a11")


_NAMESPACE_BYTES = UUID_NAMESPACE.bytes


def derived_uuid(*parts: str) -> str:
    """The same uuid on every machine for the same facts (conflicts, merges).

    Exactly ``str(uuid.uuid5(UUID_NAMESPACE, "/".join(parts)))`` (RFC 4122 §4.3), written
    out: an import checks the id of every conflict it reads, and the UUID object costs
    more than the hash."""
    digest = bytearray(hashlib.sha1(_NAMESPACE_BYTES + "/".join(parts).encode()).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50  # version 5
    digest[8] = (digest[8] & 0x3F) | 0x80  # the RFC 4122 variant
    h = digest.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


@cache
def table_order() -> tuple[sa.Table, ...]:
    """Travelling tables in apply order: sync bookkeeping first, then referenced first."""
    meta = [SyncConflict.__table__, OrgMerge.__table__]
    return tuple(meta + [c.__table__ for c in synced_tables() if c.__table__ not in meta])


def tables_by_name() -> dict[str, sa.Table]:
    return {t.name: t for t in table_order()}


def member_name(table_name: str) -> str:
    return f"{RECORDS_DIR}{table_name}.jsonl"


@cache
def field_columns(table: sa.Table) -> tuple[sa.Column, ...]:
    return tuple(c for c in table.columns if c.name not in SYNC_COLUMNS)


def column_kind(col: sa.Column) -> str:
    t = col.type
    checks: list[tuple[type, str]] = [
        (sa.Enum, "enum"), (sa.Boolean, "bool"), (sa.DateTime, "datetime"), (sa.Date, "date"),
        (sa.JSON, "json"), (sa.Integer, "int"), (sa.Numeric, "float"), (sa.Float, "float"),
        (sa.LargeBinary, "bytes"), (sa.String, "str"),
    ]
    for cls, kind in checks:
        if isinstance(t, cls):
            return kind
    raise TypeError(f"column {col.table.name}.{col.name} has a type sync does not know: {t!r}")


def fields_to_json(table: sa.Table, row: Any) -> dict[str, Any]:
    """A database row's fields (not the sync columns) as JSON-ready values."""
    return {c.name: to_json_value(row[c.name]) for c in field_columns(table)}


def parse_value(col: sa.Column, kind: str, value: Any) -> Any:
    """The Python value for ``col`` from a JSON value; ValueError says why it does not fit."""
    if value is None:
        if col.nullable:
            return None
        raise ValueError("must not be empty (null)")
    if kind == "str":
        if not isinstance(value, str):
            raise ValueError(f"must be text, not {_json_type(value)}")
        return value
    if kind == "enum":
        allowed = col.type.enums
        if not isinstance(value, str) or value not in allowed:
            raise ValueError(f"must be one of {', '.join(allowed)}, not {value!r}")
        return value
    if kind == "bool":
        if not isinstance(value, bool):
            raise ValueError(f"must be true or false, not {_json_type(value)}")
        return value
    if kind == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"must be a whole number, not {_json_type(value)}")
        return value
    if kind == "float":
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError(f"must be a number, not {_json_type(value)}")
        return float(value)
    if kind in ("date", "datetime"):
        if not isinstance(value, str):
            raise ValueError(f"must be an ISO date, not {_json_type(value)}")
        try:
            if kind == "date":
                return dt.date.fromisoformat(value)
            return dt.datetime.fromisoformat(value)
        except ValueError:
            raise ValueError(f"must be an ISO date (YYYY-MM-DD), not {value!r}") from None
    if kind == "bytes":
        if not isinstance(value, str):
            raise ValueError(f"must be base64 text, not {_json_type(value)}")
        return base64.b64decode(value, validate=True)
    return value  # json: any JSON value


def _json_type(value: Any) -> str:
    names = {bool: "true/false", int: "a number", float: "a number", str: "text",
             list: "a list", dict: "an object"}
    return names.get(type(value), type(value).__name__)


def default_value(col: sa.Column) -> Any:
    """What a field missing from a record (written by an older schema) becomes."""
    default = col.default
    if default is not None and getattr(default, "is_scalar", False):
        return default.arg
    if default is not None and getattr(default, "is_callable", False):
        return default.arg(None)
    if col.nullable:
        return None
    raise ValueError("is missing")


@cache
def references(table: sa.Table) -> tuple[tuple[str, str, bool], ...]:
    """(column, referenced table, referenced table travels) for every foreign key."""
    synced = {t.name for t in table_order()}
    out = []
    for col in field_columns(table):
        for fk in col.foreign_keys:
            target = fk.column.table.name
            out.append((col.name, target, target in synced))
    return tuple(out)


def org_reference_columns() -> list[tuple[sa.Table, sa.Column]]:
    """Every column, in any table, that points at organizations.uuid (found in the metadata)."""
    out = []
    for table in Base.metadata.sorted_tables:
        for col in table.columns:
            if any(fk.column.table.name == "organizations" and fk.column.name == "uuid"
                   for fk in col.foreign_keys):
                out.append((table, col))
    return out


def is_bin_column(col: sa.Column) -> bool:
    return col.name in ("bin", "iin") or col.name.endswith(("_bin", "_iin"))


def form_versions() -> dict[str, list[str]]:
    """Versions of the methodology files this program knows (questionnaires, application
    templates: ``resources/methodology/*.toml`` with top-level ``id`` and ``version``).
    Read once per process: they are the program's own files (a central sync writes a
    manifest at every sync, and parsing every form took 20 ms each time)."""
    return {form: list(versions) for form, versions in _form_versions().items()}


@cache
def _form_versions() -> dict[str, list[str]]:
    from clusterdesk.data_files import DataFileError, data_path, read_toml

    out: dict[str, list[str]] = {}
    folder = data_path("methodology")
    if not folder.is_dir():
        return out
    for path in sorted(folder.glob("*.toml")):
        try:
            data = read_toml(path)
        except DataFileError:
            continue  # a broken file is reported where it is used, not in every sync file
        if "version" in data:
            out.setdefault(str(data.get("id", path.stem)), []).append(str(data["version"]))
    return out


# JSON may spell a character as a \u escape, including half of a UTF-16 pair on its own
# ("\ud800"): Python parses that into a string no database, file or window can hold. Files
# are checked for such text where they are read (a quick scan for the escape first).
SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
UNPAIRED = ("holds a \\u escape of half a character (an unpaired UTF-16 surrogate, "
            "\\ud800–\\udfff), which is not text")


def lone_surrogate(value: Any) -> bool:
    """Does a parsed JSON value hold, in any string or key, an unpaired surrogate?"""
    stack = [value]
    while stack:
        v = stack.pop()
        if isinstance(v, str):
            try:
                v.encode("utf-8")
            except UnicodeEncodeError:
                return True
        elif isinstance(v, dict):
            stack.extend(v.keys())
            stack.extend(v.values())
        elif isinstance(v, list):
            stack.extend(v)
    return False


def unpaired_in(text: str, value: Any) -> bool:
    """``lone_surrogate`` for a value parsed from ``text``, looked for only when the text
    spells a surrogate escape at all."""
    return SURROGATE_ESCAPE.search(text) is not None and lone_surrogate(value)
