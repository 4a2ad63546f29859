"""Merging two versions of one record field group by field group (pure, no database).

Each field group takes the value of the side whose stamp for it is greater (a total order:
clock stamp, then device id), so the result is the same in whatever order versions arrive.
A group both sides changed without one having seen the other's change is a conflict: the
losing value is kept. A deletion that had not seen an edit made elsewhere is one too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from clusterdesk.store import field_stamps as fs
from clusterdesk.store.sync_models import merge_seen


@dataclass(slots=True)
class Side:
    """One version of a record: its stamp, values, field stamps and version vector."""

    hlc: str
    device: str
    deleted: bool
    values: dict[str, Any]
    stamps: dict[str, Any] | None
    vv: dict[str, str]  # devices whose changes this version includes, its own one too

    def value(self, name: str) -> Any:
        return self.deleted if name == fs.DELETED else self.values.get(name)


@dataclass(slots=True)
class Lost:
    """A field group whose value lost against a concurrent change: kept as a conflict."""

    kind: str                 # field / deleted
    unit: tuple[str, ...]
    values: dict[str, Any]    # the losing values
    loser: fs.Key
    winner: fs.Key


@dataclass(slots=True)
class Merged:
    hlc: str
    device: str
    deleted: bool
    values: dict[str, Any]
    stamps: dict[str, list[str]] | None
    vv: dict[str, str]
    took_incoming: bool = False   # some group came from the incoming side
    lost: list[Lost] = field(default_factory=list)
    taken: list[tuple[str, ...]] = field(default_factory=list)  # groups from the incoming side


def _seen(vv: dict[str, str], key: fs.Key) -> bool:
    return vv.get(key[1], "") >= key[0]


def merge(table: str, names: tuple[str, ...], local: Side, incoming: Side) -> Merged:
    """The merge of two versions of a record of ``table`` with fields ``names``."""
    sl = fs.expand(local.stamps, (local.hlc, local.device), names)
    si = fs.expand(incoming.stamps, (incoming.hlc, incoming.device), names)
    values = dict(local.values)
    deleted = local.deleted
    out = dict(sl)
    lost: list[Lost] = []
    taken: list[tuple[str, ...]] = []
    took = False
    for unit in fs.units(table, names):
        kl = max(sl[f] for f in unit)
        ki = max(si[f] for f in unit)
        if ki == kl:
            continue
        winner, loser, kw, kls = (incoming, local, ki, kl) if ki > kl else (local, incoming, kl, ki)
        if winner is incoming:
            took = True
            taken.append(unit)
            for f in unit:
                out[f] = si[f]
                if f == fs.DELETED:
                    deleted = incoming.deleted
                else:
                    values[f] = incoming.values.get(f)
        if any(winner.value(f) != loser.value(f) for f in unit) and not _seen(winner.vv, kls):
            lost.append(Lost("field", unit, {f: loser.value(f) for f in unit}, kls, kw))
    own = fs.latest(out)
    merged = Merged(own[0], own[1], deleted, values, fs.compress(out, own),
                    merge_seen(local.vv, incoming.vv), took, lost, taken)
    if deleted and not any(x.unit == (fs.DELETED,) for x in lost):
        _deleted_while_edited(table, names, merged, local, incoming, sl, si)
    return merged


def _deleted_while_edited(table: str, names: tuple[str, ...], merged: Merged, local: Side,
                          incoming: Side, sl: dict[str, fs.Key], si: dict[str, fs.Key]) -> None:
    """The result is deleted: an edit the deleting side had not seen is kept as a conflict."""
    deleter, stamps_d = (local, sl) if local.deleted else (incoming, si)
    other, stamps_o = (incoming, si) if deleter is local else (local, sl)
    if other.deleted:
        return
    unseen = [f for f in names if stamps_o[f] != stamps_d[f] and not _seen(deleter.vv, stamps_o[f])]
    if not unseen:
        return
    key = max(stamps_o[f] for f in unseen)
    values = {f: other.values.get(f) for f in sorted(unseen)}
    values[fs.DELETED] = False
    merged.lost.append(Lost("deleted", (fs.DELETED,), values, key, stamps_d[fs.DELETED]))
