"""Optimistic concurrency for every editor: a save never silently overwrites another's save.

When an editor loads a record it keeps :func:`version_of` it (clock stamp, values, per-field
stamps) and, once its form is filled, what the form shows (:class:`EditBase`). The save goes
through :func:`reconcile_fields` in the writing transaction: if the record's stamp is still
the loaded one, nothing changed and the form is written as before; otherwise
``domain.edit_merge`` decides field group by field group (the groups sync merges by): the
other's changes are kept, this editor's changes are written, and a field both changed raises
:class:`EditConflict` naming the fields, who changed them and when — nothing is written. The
window shows the conflict and saves again with the user's choices
(:meth:`EditConflict.merged_base`).

Same rule on SQLite (two windows or processes on a file, an import landing while an editor is
open) and on PostgreSQL (several analysts): the transaction reads the row it writes, and the
single writer (SQLite) or the row lock taken by ``with_for_update`` (PostgreSQL) keeps a
third save from slipping in between the check and the write.
"""

from __future__ import annotations

import copy
import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import inspect as sa_inspect
from sqlalchemy import select
from sqlalchemy.orm import Session

from clusterdesk.domain import edit_merge
from clusterdesk.errors import ClusterDeskError
from clusterdesk.services.history import device_names, model_of, stamp_time
from clusterdesk.store import field_stamps as fs
from clusterdesk.store.base import Synced
from clusterdesk.store.history import ChangeHistory
from clusterdesk.store.stamping import META_COLUMNS

NOT_EDITED = META_COLUMNS | {"name_key", fs.DELETED}


@dataclass(frozen=True)
class Version:
    """A record as an editor loaded it (or as it is stored now)."""

    table: str
    uuid: str
    hlc: str
    device_id: str
    deleted: bool
    values: dict[str, Any]            # attribute -> value
    stamps: dict[str, fs.Key]         # attribute -> (hlc, device) of its last change


@dataclass(frozen=True)
class EditBase:
    """What a save is based on: the version loaded and the form as it was filled from it."""

    version: Version
    form: dict[str, Any] | None = None


@dataclass(frozen=True)
class Author:
    """Who made the change a save collides with."""

    actor: str        # the person (on a server: or the analyst's database role); may be ""
    device: str       # the device's name (or id)
    when: dt.datetime | None  # UTC

    def text(self) -> str:
        return f"{self.actor} ({self.device})" if self.actor else self.device


def _columns(model: type) -> dict[str, str]:
    """Attribute -> column name of the fields an editor may change."""
    out = {}
    for attr in sa_inspect(model).column_attrs:
        name = attr.columns[0].name
        if name not in NOT_EDITED:
            out[attr.key] = name
    return out


def version_of(obj: Synced) -> Version:
    """The record as it is now (values copied: later changes of the object do not leak in)."""
    columns = _columns(type(obj))
    own = (obj.hlc or "", obj.device_id or "")
    by_column = fs.expand(obj.field_stamps, own, columns.values())
    return Version(obj.__tablename__, obj.uuid, own[0], own[1], bool(obj.deleted),
                   {key: copy.deepcopy(getattr(obj, key)) for key in columns},
                   {key: by_column[col] for key, col in columns.items()})


def groups_of(model: type) -> tuple[edit_merge.Unit, ...]:
    """The table's merge units in attribute names (as sync's merge cuts the record)."""
    columns = _columns(model)
    keys = {col: key for key, col in columns.items()}
    units = fs.units(model.__tablename__, tuple(columns.values()))
    return tuple(tuple(keys[c] for c in unit if c in keys) for unit in units
                 if any(c in keys for c in unit))


class EditConflict(ClusterDeskError):
    """Fields this save changed were changed meanwhile by someone else: nothing was written.

    ``conflicts`` (each: the fields, their value loaded, theirs, mine), ``author``, ``current``
    (the version stored now) and ``outcome`` (to merge: :meth:`merged_base`)."""

    def __init__(self, outcome: edit_merge.Reconciled, current: Version, author: Author,
                 labels: dict[str, str] | None = None) -> None:
        names = [labels.get(c.name, c.name) if labels else c.name for c in outcome.conflicts]
        super().__init__("record.changed_meanwhile", who=author.text(), fields=names)
        self.outcome, self.current, self.author = outcome, current, author
        self.conflicts = outcome.conflicts

    def merged_base(self, choices: dict[str, str]) -> tuple[dict[str, Any], EditBase]:
        """The fields to save again after the user chose per conflict (``edit_merge.MINE`` /
        ``THEIRS``), and the base to save them on (the version stored now)."""
        return (self.outcome.merged(choices),
                EditBase(self.current, dict(self.outcome.rebased_form)))


def author_of(session: Session, current: Version, fields: list[str]) -> Author:
    """Who last changed ``fields`` (or the record) and when: the device's name and, where
    this database recorded it, the person. On PostgreSQL every analyst saves under the
    database's one device id, so the person is what tells them apart: the history row of
    that very stamp names the analyst's person (or database role), and no two analysts'
    stamps are equal (``stamping.catch_up``)."""
    columns = _columns(model_of(current.table))
    keys = [current.stamps[f] for f in fields if f in current.stamps]
    stamp = max(keys) if keys else (current.hlc, current.device_id)
    names = device_names(session)
    actor = session.scalars(
        select(ChangeHistory.actor).where(
            ChangeHistory.table_name == current.table,
            ChangeHistory.record_uuid == current.uuid, ChangeHistory.hlc == stamp[0],
            ChangeHistory.device_id == stamp[1],
            ChangeHistory.field.in_([columns.get(f, f) for f in fields] or ["*"]))
        .limit(1)).first()
    return Author(actor or "", names.get(stamp[1], stamp[1][:8]), stamp_time(stamp[0]))


def reconcile_fields(session: Session, obj: Synced, base: EditBase,
                     fields: dict[str, Any]) -> dict[str, Any]:
    """The fields to write for a save of ``fields`` made on ``base``: all of them when the
    record did not change since; otherwise only this editor's changes, raising
    :class:`EditConflict` (nothing written) when a field was changed on both sides, and
    ``record.deleted_meanwhile`` when the record was deleted since."""
    if session.get_bind().dialect.name == "postgresql":
        session.refresh(obj, with_for_update=True)  # no third save between check and write
    if (obj.hlc or "") == base.version.hlc and bool(obj.deleted) == base.version.deleted:
        return fields
    current = version_of(obj)
    if current.deleted and not base.version.deleted:
        author = author_of(session, current, [])
        raise ClusterDeskError("record.deleted_meanwhile", who=author.text())
    outcome = edit_merge.reconcile(groups_of(type(obj)), base.version.values, current.values,
                                   fields, base.form)
    if outcome.conflicts:
        changed = [n for c in outcome.conflicts for n in c.unit]
        raise EditConflict(outcome, current, author_of(session, current, changed))
    return outcome.write


# ---- applications: the template's fields, the attachments and the participants table ------

def draft_values(fields: dict | None, participants: list | None,
                 attachments: dict | None) -> dict[str, Any]:
    """An application's editable parts as one flat record: a key per template field
    (``fields.<section>.<field>``) and attachment (``attachments.<id>``), and the
    participants table as one unit (its lines are edited together)."""
    out: dict[str, Any] = {}
    for sid, values in (fields or {}).items():
        for fid, value in (values or {}).items():
            out[f"fields.{sid}.{fid}"] = value
    if participants is not None:
        out["participants"] = [p.to_json() if hasattr(p, "to_json") else dict(p)
                               for p in participants]
    for aid, snap in (attachments or {}).items():
        out[f"attachments.{aid}"] = {"present": bool(snap.present), "file": snap.file} \
            if hasattr(snap, "present") else {"present": bool(snap.get("present")),
                                              "file": str(snap.get("file") or "")}
    return out


def draft_parts(flat: dict[str, Any]) -> tuple[dict, list | None, dict]:
    """:func:`draft_values` back into (fields by section, participants, attachments)."""
    fields: dict[str, dict] = {}
    attachments: dict[str, dict] = {}
    for key, value in flat.items():
        part, _, rest = key.partition(".")
        if part == "fields":
            sid, _, fid = rest.partition(".")
            fields.setdefault(sid, {})[fid] = value
        elif part == "attachments":
            attachments[rest] = value
    return fields, flat.get("participants"), attachments


def application_version(app: Synced) -> Version:
    """A stored application as :func:`draft_values` (for :func:`reconcile_draft`)."""
    return Version("applications", app.uuid, app.hlc or "", app.device_id or "",
                   bool(app.deleted), copy.deepcopy(draft_values(
                       app.fields, app.participants or [], app.attachments)), {})


def reconcile_draft(session: Session, app: Synced, base: EditBase, fields: dict,
                    participants: list, attachments: dict) -> tuple[dict, list | None, dict]:
    """:func:`reconcile_fields` for an application draft: what to store of an editor's
    ``fields``/``participants``/``attachments`` made on ``base`` (``application_version``
    of the draft it loaded, its form as :func:`draft_values`)."""
    if session.get_bind().dialect.name == "postgresql":
        session.refresh(app, with_for_update=True)
    mine = draft_values(fields, participants, attachments)
    if (app.hlc or "") == base.version.hlc:
        return draft_parts(mine)
    current = application_version(app)
    outcome = edit_merge.reconcile((), base.version.values, current.values, mine, base.form)
    if outcome.conflicts:
        parts = sorted({n.partition(".")[0] for c in outcome.conflicts for n in c.unit})
        raise EditConflict(outcome, current, author_of(session, current, parts))
    return draft_parts(outcome.merged({}))  # whole sections: theirs where only they changed
