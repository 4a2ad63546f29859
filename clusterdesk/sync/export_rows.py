"""Reading a travelling table's rows for a sync file and turning each into its record line.

Rows come from the database driver as they are stored (no SQLAlchemy conversion per value);
each value is put into the JSON form the format prescribes (``docs/sync-format.md``: ISO
dates, JSON columns as JSON, booleans as true/false) by a conversion chosen once per column
kind. The text written is exactly what ``fmt.fields_to_json`` + ``json.dumps`` would give,
several times cheaper per record.
"""

from __future__ import annotations

import datetime as dt
import json
import json.scanner
from collections.abc import Callable, Iterator
from functools import cache
from typing import Any

import sqlalchemy as sa

from clusterdesk.store.sync_models import SyncVersion
from clusterdesk.sync import format as fmt


def rows(conn: sa.Connection, table: sa.Table, where: sa.ColumnElement[bool]) -> Iterator[Any]:
    """The table's rows (plain positional rows: columns in table order, then ``seen``), as
    the driver returns them: no per-value conversion by SQLAlchemy (``record_line`` turns
    what a value needs into its JSON form — far cheaper than building dates and JSON objects
    only to write them back as text)."""
    sv = SyncVersion.__table__
    joined = table.outerjoin(sv, sa.and_(sv.c.table_name == sa.literal(table.name),
                                         sv.c.uuid == table.c.uuid))
    raw = sa.types.NullType()
    cols = [sa.type_coerce(c, raw).label(c.name) for c in table.columns]
    q = sa.select(*cols, sa.type_coerce(sv.c.seen, raw).label("_seen")).select_from(
        joined).where(where)
    result = conn.execution_options(stream_results=True, yield_per=2000).execute(q)
    for rows in result.partitions():
        yield from rows


_SCAN = json.scanner.make_scanner(json.JSONDecoder())  # the C scanner behind json.loads


def _json_value(v: Any) -> Any:
    """A JSON column: text on SQLite, already a value on PostgreSQL. The scanner reads
    stored JSON text directly; text it does not take whole goes through ``json.loads``."""
    if type(v) is not str:
        return v
    try:
        value, end = _SCAN(v, 0)
    except (StopIteration, ValueError):
        end = -1
    return value if end == len(v) else json.loads(v)


def _bool_value(v: Any) -> Any:
    return v if type(v) is bool else bool(v)


def _date_value(v: Any) -> Any:
    return v if type(v) is str else fmt.to_json_value(v)


def _datetime_value(v: Any) -> Any:
    """ISO text as ``datetime.isoformat`` writes it, from SQLite's stored text."""
    if type(v) is not str:
        return fmt.to_json_value(v)
    if len(v) == 26 and v[10] == " " and v[19] == ".":
        return f"{v[:10]}T{v[11:19]}" + ("" if v.endswith(".000000") else v[19:])
    return dt.datetime.fromisoformat(v).isoformat()


def _bytes_value(v: Any) -> Any:
    return fmt.to_json_value(bytes(v)) if isinstance(v, bytes | memoryview) else v


def _float_value(v: Any) -> Any:
    return v if type(v) is float else float(v)  # SQLite keeps 5.0 as 5; Decimal elsewhere


_CONVERT = {"json": _json_value, "bool": _bool_value, "datetime": _datetime_value,
            "date": _date_value, "bytes": _bytes_value, "float": _float_value}
# (text, whole numbers and enums — stored as their values — are written as they come)


@cache
def _line_maker(table: sa.Table) -> Any:
    """A function turning one ``rows`` row of ``table`` into its record line, written out for
    this table's columns (positions as literals, a conversion only where the column's kind
    needs one): the per-record loop over columns and its checks are gone. The source is made
    from the table's metadata only (column names through ``repr``)."""
    names = [c.name for c in table.columns]
    at = names.index
    fields = []
    for c in fmt.field_columns(table):
        conv = _CONVERT.get(fmt.column_kind(c))
        i = at(c.name)
        value = f"row[{i}]" if conv is None else (
            f"(None if (v := row[{i}]) is None else {conv.__name__}(v))")
        fields.append(f"{c.name!r}: {value}")
    source = (
        "def make(row):\n"
        f"    line = {{'table': {table.name!r}, 'uuid': row[{at('uuid')}], "
        f"'hlc': row[{at('hlc')}], 'device': row[{at('device_id')}], "
        f"'deleted': bool(row[{at('deleted')}]), 'fields': {{{', '.join(fields)}}}}}\n"
        f"    seen = row[{len(names)}]\n"
        "    if seen and (seen := _json_value(seen)):\n"
        "        line['seen'] = seen\n"
        f"    stamps = row[{at('field_stamps')}]\n"
        "    if stamps and (stamps := _json_value(stamps)):\n"
        "        line['stamps'] = stamps\n"
        "    return line\n")
    scope: dict[str, Any] = {f.__name__: f for f in (*_CONVERT.values(), _json_value)}
    exec(compile(source, f"<record line of {table.name}>", "exec"), scope)  # noqa: S102
    return scope["make"]


def rows_not_held(conn: sa.Connection, table: sa.Table, where: sa.ColumnElement[bool],
                  held: Callable[[dict[str, Any]], bool], as_stored: Callable[[str], bool]
                  ) -> Iterator[tuple[Any, bool]]:
    """``rows`` less those whose version the central file holds already (most of what a
    sync has just imported), told from the version columns alone — the rest of a row is read
    only for a row that is written. ``as_stored(uuid)``: the row's line keeps its stored
    version; for any other row the version is told from its line: (row, True) asks the
    caller to ask ``held`` of the line."""
    t = table
    raw = sa.types.NullType()
    q = sa.select(t.c.uuid, t.c.hlc, t.c.device_id, t.c.deleted,
                  sa.type_coerce(t.c.field_stamps, raw)).where(where)
    at = [c.name for c in t.columns].index("uuid")
    versions = conn.execution_options(stream_results=True, yield_per=2000).execute(q)
    for part in versions.partitions():  # streamed: memory stays bounded on a large export
        wanted: list[str] = []
        undecided: set[str] = set()
        for uuid, hlc, device, deleted, stamps in part:
            if not as_stored(uuid):
                undecided.add(uuid)
            else:
                line = {"table": t.name, "uuid": uuid, "hlc": hlc, "device": device,
                        "deleted": bool(deleted)}
                if stamps and (stamps := _json_value(stamps)):
                    line["stamps"] = stamps
                if held(line):
                    continue
            wanted.append(uuid)
        for i in range(0, len(wanted), 500):
            for row in rows(conn, t, t.c.uuid.in_(wanted[i:i + 500])):
                yield row, row[at] in undecided


def record_line(table: sa.Table, row: Any) -> dict[str, Any]:
    """One record line (see docs/sync-format.md) from a ``rows`` row."""
    return _line_maker(table)(row)


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"),
                            default=fmt.json_default)
# The C encoder behind _ENCODER.encode, made once (encode builds one per call): same text.
_C_ENCODER = json.encoder.c_make_encoder and json.encoder.c_make_encoder(
    None, fmt.json_default, json.encoder.encode_basestring, None, ":", ",", False, False,
    True)


def encode_line(line: dict[str, Any]) -> str:
    return "".join(_C_ENCODER(line, 0)) if _C_ENCODER else _ENCODER.encode(line)
