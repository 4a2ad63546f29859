"""The conflicts list: losing versions side by side with the current one, field by field.

"Keep the other version" writes the losing version's fields back as a new local change (it
travels like any edit); both choices mark the conflict resolved, which travels too.
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
                        for col in fmt.field_columns(t)],
                resolved=bool(row["resolved"]), resolution=row["resolution"]))
    return out


def open_conflict_count(db: Database) -> int:
    c = SyncConflict.__table__
    with db.engine.connect() as conn:
        return conn.execute(sa.select(sa.func.count()).select_from(c).where(
            c.c.deleted == sa.false(), c.c.resolved == sa.false())).scalar() or 0


def resolve_conflict(db: Database, conflict_uuid: str, keep: str = "other") -> None:
    """``keep="other"``: the losing version becomes current again (a new change that travels);
    ``keep="current"``: the current version stays. Either way the conflict is closed."""
    if keep not in ("other", "current"):
        raise ValueError("keep must be 'other' or 'current'")
    models = {cls.__tablename__: cls for cls in synced_tables()}
    with db.session() as s:
        conflict = s.get(SyncConflict, conflict_uuid)
        if conflict is None or conflict.deleted:
            raise ClusterDeskError(f"No conflict with id {conflict_uuid} in this database.")
        if keep == "other":
            model = models.get(conflict.table_name)
            obj = s.get(model, conflict.record_uuid) if model else None
            if obj is None:
                raise ClusterDeskError(f"The {conflict.table_name} record "
                                       f"{conflict.record_uuid} is not in this database.")
            _restore(s, obj, conflict)
        conflict.resolved = True
        conflict.resolution = "kept_other" if keep == "other" else "kept_current"


def _restore(s: Session, obj: Any, conflict: SyncConflict) -> None:
    table = obj.__table__
    mapper = sa.inspect(type(obj))
    for col in fmt.field_columns(table):
        if col.name not in conflict.loser_fields:
            continue
        value = fmt.parse_value(col, fmt.column_kind(col), conflict.loser_fields[col.name])
        setattr(obj, mapper.get_property_by_column(col).key, value)
    obj.deleted = conflict.loser_deleted
    try:
        s.flush()
    except sa.exc.IntegrityError as exc:
        raise ClusterDeskError(
            f"The other version of this {table.name[:-1]} cannot be restored: it clashes with "
            f"another record ({exc.orig}).") from exc
