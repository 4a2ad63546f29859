"""Proofs of origin of edits: what a device's signature covers, and keeping it checkable.

Every device signs each edit it made: one signature per record and stamp, over the table, the
record, the stamp (clock and device) and a digest of every field group the edit wrote. A relay
passes the signature on unchanged and so cannot alter a colleague's change. Field groups only
ever leave a stamp (a later change replaces them), so a version carries, at a stamp, a subset
of what was signed: the proof lists the digests of the groups since replaced ("gone"), noted
by whichever machine replaced them — here, for local edits and for merges at import. The
signing and checking themselves live in ``clusterdesk.sync.proofs``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import sqlalchemy as sa

from clusterdesk.store import field_stamps as fs
from clusterdesk.store.dialect_sql import upsert
from clusterdesk.store.json_values import json_default
from clusterdesk.store.sync_models import SyncProof

Proof = dict[str, Any]  # {"sig": base64 signature, "gone": {group: digest}} (gone optional)


def unit_name(unit: tuple[str, ...]) -> str:
    return "+".join(unit)


_sha256 = hashlib.sha256
_ENCODE = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                           default=json_default).encode
_STR = json.encoder.encode_basestring  # what the encoder writes for text (ensure_ascii off)


def _json(value: Any) -> str:
    """Canonical JSON of one value (the common kinds without the encoder's overhead)."""
    kind = type(value)
    if kind is str:
        return _STR(value)
    if value is None:
        return "null"
    if kind is bool:
        return "true" if value else "false"
    if kind is int:
        return int.__repr__(value)
    if kind is float:
        return float.__repr__(value)  # as the JSON encoder writes a finite number
    return _ENCODE(value)


def unit_digest(unit: tuple[str, ...], values: Mapping[str, Any]) -> str:
    """A digest of one field group's values (``values`` holds ``deleted`` too): SHA-256 of
    the group's name and each value's canonical JSON, separated by U+001E."""
    if len(unit) == 1:  # most groups are one field
        data = f"{unit[0]}\x1e{_json(values.get(unit[0]))}"
    else:
        data = "\x1e".join(["+".join(unit), *[_json(values.get(f)) for f in unit]])
    return _sha256(data.encode("utf-8")).hexdigest()[:32]


def unit_keys(table: str, names: tuple[str, ...], stamps: Mapping[str, fs.Key]
              ) -> dict[tuple[str, ...], fs.Key]:
    """Each field group's stamp: the greatest of its fields' stamps."""
    return {u: max(stamps[f] for f in u) for u in fs.units(table, names)}


def gone_from(table: str, names: tuple[str, ...], before: Mapping[tuple[str, ...], fs.Key],
              after: Mapping[tuple[str, ...], fs.Key], values: Mapping[str, Any],
              keys: Iterable[fs.Key]) -> dict[fs.Key, dict[str, str]]:
    """Digests of the groups that were at each of ``keys`` in ``before`` (with ``values``) and
    are at another stamp in ``after``."""
    wanted = set(keys)
    out: dict[fs.Key, dict[str, str]] = {}
    for unit, key in before.items():
        if key in wanted and after.get(unit) != key:
            out.setdefault(key, {})[unit_name(unit)] = unit_digest(unit, values)
    return out


def with_gone(proof: Proof, extra: Mapping[str, str] | None) -> Proof:
    if not extra:
        return proof
    return {**proof, "gone": {**(proof.get("gone") or {}), **extra}}


def held(conn: sa.Connection, table: str, uuids: Iterable[str]) -> dict[str, dict[str, Proof]]:
    """uuid -> {stamp text: proof} of the proofs kept for these records."""
    t = SyncProof.__table__
    ids = list(uuids)
    out: dict[str, dict[str, Proof]] = {}
    for i in range(0, len(ids), 500):
        q = sa.select(t.c.uuid, t.c.key, t.c.sig, t.c.gone).where(
            t.c.table_name == table, t.c.uuid.in_(ids[i:i + 500]))
        for uuid, key, sig, gone in conn.execute(q):
            proof: Proof = {"sig": sig}
            if gone:
                proof["gone"] = gone
            out.setdefault(uuid, {})[key] = proof
    return out


def row(table: str, uuid: str, key_text: str, proof: Proof) -> dict[str, Any]:
    return {"table_name": table, "uuid": uuid, "unit": key_text, "key": key_text,
            "sig": proof["sig"], "gone": proof.get("gone") or None}


def keep(conn: sa.Connection, rows: list[dict[str, Any]]) -> None:
    """Store proofs (one statement for all of them; a newer note replaces the older)."""
    if not rows:
        return
    stmt = upsert(conn, SyncProof.__table__)
    conn.execute(stmt.on_conflict_do_update(
        index_elements=["table_name", "uuid", "unit"],
        set_={"key": stmt.excluded.key, "sig": stmt.excluded.sig,
              "gone": stmt.excluded.gone}), rows)


def note_local_edit(conn: sa.Connection, table: str, uuid: str, names: tuple[str, ...],
                    before: Mapping[str, fs.Key], after: Mapping[str, fs.Key],
                    values: Callable[[], Mapping[str, Any]], own: Iterable[str]) -> None:
    """A local edit replaced field groups another device had signed: note their digests
    (of the values they had, as written: ``values()``, read only when needed) in the proofs
    kept for them."""
    ub, ua = unit_keys(table, names, before), unit_keys(table, names, after)
    mine = set(own)
    foreign = {k for u, k in ub.items() if k[1] not in mine and ua[u] != k}
    if not foreign:
        return
    kept = held(conn, table, [uuid]).get(uuid, {})
    wanted = [k for k in foreign if fs.key_text(k) in kept]
    if not wanted:
        return
    rows = []
    for key, extra in gone_from(table, names, ub, ua, values(), wanted).items():
        text = fs.key_text(key)
        rows.append(row(table, uuid, text, with_gone(kept[text], extra)))
    keep(conn, rows)
