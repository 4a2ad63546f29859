"""A record as its authors wrote it, before this machine's merge rule changed it.

Enforcing a same-BIN merge changes records without new stamps (``merge_rules``): references
to the duplicate point at the survivor, the duplicate is a tombstone, the survivor took the
duplicate's newer field groups. Those values are derived — every machine derives them again
from the same records — and no device signed them. A sync file therefore carries the values
as written, taken back from ``sync_merge_effects`` while the field group still has the stamp
the merge saw (a later edit is a new authored change and travels as it is).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import sqlalchemy as sa

from clusterdesk.store import field_stamps as fs
from clusterdesk.store.sync_models import SyncMergeEffect

FOLD = "fold:"  # column_name prefix of an effect that folded a field group into a survivor


def unit_of(table: str, names: tuple[str, ...], field: str) -> tuple[str, ...]:
    return next(u for u in fs.units(table, names) if field in u)


class Underiver:
    """Puts back, in record lines of one table, what enforcing merges changed."""

    def __init__(self, conn: sa.Connection, table: sa.Table, names: tuple[str, ...]) -> None:
        self.table, self.names = table.name, names
        fx = SyncMergeEffect.__table__
        self.effects: dict[str, list[Any]] = defaultdict(list)
        q = sa.select(fx.c.record_uuid, fx.c.column_name, fx.c.loser_uuid, fx.c.before).where(
            fx.c.table_name == table.name).order_by(fx.c.id)
        for row in conn.execute(q):
            self.effects[row.record_uuid].append(row)

    def __call__(self, line: dict[str, Any]) -> dict[str, Any]:
        effects = self.effects.get(line["uuid"]) if self.effects else None
        if not effects:
            return line
        own = (line["hlc"], line["device"])
        stamps = fs.expand(line.get("stamps"), own, self.names)
        fields = dict(line["fields"])
        deleted = line["deleted"]
        changed = False
        for e in effects:
            before = e.before or {}
            if e.column_name.startswith(FOLD):
                unit = tuple(e.column_name[len(FOLD):].split("+"))
                if not set(unit) <= set(stamps) or fs.key_text(
                        max(stamps[f] for f in unit)) != before.get("key"):
                    continue
                was = fs.parse_key(before["was"])
                for f in unit:
                    stamps[f] = was
                    if f == fs.DELETED:
                        deleted = bool(before["values"].get(f))
                    else:
                        fields[f] = before["values"].get(f)
                changed = True
            elif e.column_name == "":
                if deleted and before.get("key", fs.key_text(stamps[fs.DELETED])) == \
                        fs.key_text(stamps[fs.DELETED]):
                    deleted = False
                    changed = True
            elif e.column_name in fields and fields[e.column_name] != e.loser_uuid:
                unit = unit_of(self.table, self.names, e.column_name)
                if before.get("key", "") in ("", fs.key_text(max(stamps[f] for f in unit))):
                    fields[e.column_name] = e.loser_uuid
                    changed = True
        if not changed:
            return line
        top = fs.latest(stamps)
        out = {**line, "hlc": top[0], "device": top[1], "deleted": deleted, "fields": fields}
        compressed = fs.compress(stamps, top)
        if compressed:
            out["stamps"] = compressed
        else:
            out.pop("stamps", None)
        return out
