"""The conflicts list: losing values side by side with the current ones, field by field.

A conflict holds only the field group that changed on both sides (or, for a deletion, the
edit it had not seen). "Keep the other version" writes the fields the user picks — those of
the conflict, nothing else — back as a new local change (it travels like any edit); both
choices mark the conflict resolved, which travels too, and remember what they replaced, so
the resolution can be undone.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from clusterdesk.errors import ClusterDeskError
from clusterdesk.store.base import synced_tables
from clusterdesk.store.database import Database
from clusterdesk.store.sync_models import SyncConflict
from clusterdesk.sync import format as fmt


@dataclass(frozen=True)
class FieldDiff:
    name: str
    current: Any
    other: Any

    @property
    def differs(self) -> bool:
        return self.current != self.other


@dataclass(frozen=True)
class ConflictView:
    uuid: str
    table: str
    record_uuid: str
    label: str                 # the record's name/title as it stands now
    current_hlc: str
    current_device_id: str
    current_deleted: bool
    other_hlc: str
    other_device_id: str
    other_deleted: bool
    fields: list[FieldDiff]
    resolved: bool
    resolution: str
    kind: str = "field"          # field / deleted / orphan
    referred_by: str = ""        # orphan: the live record that refers to the deleted one
    signed: bool = False         # the losing values carry their author's proof (it held)

    @property
    def changed_fields(self) -> list[FieldDiff]:
        return [f for f in self.fields if f.differs]


def _label(table: sa.Table, values: dict[str, Any]) -> str:
    for key in ("name", "title", "topics"):
        if values.get(key):
            return str(values[key])
    return ""


def list_conflicts(db: Database, *, include_resolved: bool = False,
                   table: str | None = None) -> list[ConflictView]:
    """Conflicts (open ones by default), newest first, each compared field by field."""
    c = SyncConflict.__table__
    q = sa.select(c).where(c.c.deleted == sa.false())
    if not include_resolved:
        q = q.where(c.c.resolved == sa.false())
    if table:
        q = q.where(c.c.table_name == table)
    tables = fmt.tables_by_name()
    out = []
    with db.engine.connect() as conn:
        for row in conn.execute(q.order_by(c.c.hlc.desc())).mappings():
            t = tables.get(row["table_name"])
            if t is None:
                continue
            cur = conn.execute(sa.select(t).where(
                t.c.uuid == row["record_uuid"])).mappings().first()
            current = fmt.fields_to_json(t, cur) if cur else {}
            other = row["loser_fields"] or {}
            out.append(ConflictView(
                uuid=row["uuid"], table=t.name, record_uuid=row["record_uuid"],
                label=_label(t, current or other),
                current_hlc=cur["hlc"] if cur else "",
                current_device_id=cur["device_id"] if cur else "",
                current_deleted=bool(cur["deleted"]) if cur else True,
                other_hlc=row["loser_hlc"], other_device_id=row["loser_device_id"],
                other_deleted=bool(row["loser_deleted"]),
                fields=[FieldDiff(col.name, current.get(col.name), other.get(col.name))
                        for col in fmt.field_columns(t) if col.name in other],
                resolved=bool(row["resolved"]), resolution=row["resolution"],
                kind=row["kind"], referred_by=str(other.get("referred_by", "")),
                signed=row["loser_proof"] is not None))
    return out


def open_conflict_count(db: Database) -> int:
    c = SyncConflict.__table__
    with db.engine.connect() as conn:
        return conn.execute(sa.select(sa.func.count()).select_from(c).where(
            c.c.deleted == sa.false(), c.c.resolved == sa.false())).scalar() or 0


def resolve_conflict(db: Database, conflict_uuid: str, keep: str = "other",
                     fields: list[str] | None = None) -> None:
    """``keep="other"``: the losing values of ``fields`` (default: all the conflict's fields,
    and its deletion marker) become current again, as a new change that travels;
    ``keep="current"``: the current values stay. Either way the conflict is closed."""
    if keep not in ("other", "current"):
        raise ValueError("keep must be 'other' or 'current'")
    with db.session() as s:
        conflict = _open(s, conflict_uuid)
        _may_resolve(db, s, conflict)
        undo: dict[str, Any] = {}
        if keep == "other":
            obj = _record(s, conflict)
            extra = ["deleted"] if conflict.kind != "field" else []
            names = list(conflict.loser_fields) + extra if fields is None else fields
            undo = _write(s, obj, conflict, {n for n in names
                                             if n in conflict.loser_fields or n == "deleted"})
        conflict.resolved = True
        conflict.resolution = "kept_other" if keep == "other" else "kept_current"
        conflict.undo_fields = undo


def undo_resolution(db: Database, conflict_uuid: str) -> None:
    """Put back what resolving the conflict replaced, and open it again."""
    with db.session() as s:
        conflict = s.get(SyncConflict, conflict_uuid)
        if conflict is None or not conflict.resolved:
            raise ClusterDeskError(f"The conflict {conflict_uuid} is not resolved; nothing to "
                                   "undo.")
        _may_resolve(db, s, conflict)
        if conflict.undo_fields:
            obj = _record(s, conflict)
            _write(s, obj, None, set(conflict.undo_fields), values=conflict.undo_fields)
        conflict.resolved = False
        conflict.resolution = ""
        conflict.undo_fields = None


def may_resolve(db: Database, conn: sa.Connection, table: str) -> bool:
    """Only a device whose role may change ``table`` resolves its conflicts (other machines
    would refuse the resolution: ``roles.Authority._conflict_scope``); without a programme,
    a database decides for itself."""
    from clusterdesk.sync import trust
    from clusterdesk.sync.role_policy import table_roles

    prog = trust.load(db, conn)
    me = prog.devices.get(db.device_id) if prog is not None else None
    return me is None or me.role in table_roles(table)


def _may_resolve(db: Database, s: Session, conflict: SyncConflict) -> None:
    if not may_resolve(db, s.connection(), conflict.table_name):
        raise ClusterDeskError("trust.conflict_not_yours", table=conflict.table_name)


def _open(s: Session, conflict_uuid: str) -> SyncConflict:
    conflict = s.get(SyncConflict, conflict_uuid)
    if conflict is None or conflict.deleted:
        raise ClusterDeskError(f"No conflict with id {conflict_uuid} in this database.")
    return conflict


def _record(s: Session, conflict: SyncConflict) -> Any:
    models = {cls.__tablename__: cls for cls in synced_tables()}
    model = models.get(conflict.table_name)
    obj = s.get(model, conflict.record_uuid) if model else None
    if obj is None:
        raise ClusterDeskError(f"The {conflict.table_name} record {conflict.record_uuid} is "
                               "not in this database.")
    return obj


def _write(s: Session, obj: Any, conflict: SyncConflict | None, names: set[str],
           values: dict[str, Any] | None = None) -> dict[str, Any]:
    """Set ``names`` from the conflict's losing values (or ``values``); returns what they
    were. Only fields whose value actually differs are written, so nothing else moves."""
    table = obj.__table__
    mapper = sa.inspect(type(obj))
    source = values if values is not None else dict(conflict.loser_fields)  # type: ignore[union-attr]
    if conflict is not None and "deleted" in names:
        source["deleted"] = conflict.loser_deleted
    before: dict[str, Any] = {}
    for col in [*fmt.field_columns(table), table.c.deleted]:
        if col.name not in names or col.name not in source:
            continue
        key = mapper.get_property_by_column(col).key
        value = source[col.name] if col.name == "deleted" else fmt.parse_value(
            col, fmt.column_kind(col), source[col.name])
        current = getattr(obj, key)
        if current != value:
            before[col.name] = current if col.name == "deleted" else fmt.to_json_value(current)
            setattr(obj, key, value)
    try:
        s.flush()
    except sa.exc.IntegrityError as exc:
        raise ClusterDeskError(
            f"The other version of this {table.name[:-1]} cannot be restored: it clashes with "
            f"another record ({exc.orig}).") from exc
    return before
