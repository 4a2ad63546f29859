"""Proofs of origin travelling with records, so a relay cannot alter a colleague's change.

Each record line carries ``proofs``: per stamp of another device's (or this device's) edit,
the editing device's Ed25519 signature over the table, the record, the stamp and the digests
of the field groups written at that stamp, plus ``gone`` (digests of groups replaced since;
see ``store.edit_proofs``). The exporting device signs its own edits afresh (signatures are
deterministic) and passes on those it keeps for others. An importer checks the proof of
every change made by a device other than the file's signer, unless head office signed the
file (head office vouches for what it relays). A line carries what people wrote: what this
machine's merge rule derived (re-pointed references, tombstoned and folded duplicates) is
put back first (``authored``), since every receiver derives it again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from clusterdesk.store import edit_proofs as ep
from clusterdesk.store import field_stamps as fs
from clusterdesk.store.authored import Underiver
from clusterdesk.sync import format as fmt
from clusterdesk.sync import keys as devkeys

if TYPE_CHECKING:
    from clusterdesk.sync.trust import Device

_BATCH = 500


def message(table: str, uuid: str, key: fs.Key, digests: dict[str, str]) -> bytes:
    from clusterdesk.sync.trust import canonical

    return canonical(["clusterdesk-edit-1", table, uuid, key[0], key[1],
                      sorted(digests.items())])


def digests_at(table: str, names: tuple[str, ...], stamps: dict[str, fs.Key],
               values: dict[str, Any], key: fs.Key) -> dict[str, str]:
    """The digests of the field groups a version holds at ``key``."""
    return {ep.unit_name(u): ep.unit_digest(u, values)
            for u, k in ep.unit_keys(table, names, stamps).items() if k == key}


def valid(writer: Device, table: str, uuid: str, key: fs.Key, stamps: dict[str, fs.Key],
          values: dict[str, Any], proof: Any) -> bool:
    """Does ``proof`` show that ``writer`` made this version's groups at ``key``?"""
    if not isinstance(proof, dict):
        return False
    names = tuple(f for f in stamps if f != fs.DELETED)
    digests = digests_at(table, names, stamps, values, key)
    gone = proof.get("gone") or {}
    if not isinstance(gone, dict) or set(gone) & set(digests):
        return False
    try:
        sig = devkeys.unb64(proof["sig"])
    except (KeyError, TypeError, ValueError):
        return False
    return devkeys.verify(writer.sign_public, message(table, uuid, key, {**digests, **gone}),
                          sig)


def well_formed(proofs: Any) -> bool:
    """The shape a line's ``proofs`` must have (checked with every other field)."""
    if not isinstance(proofs, dict) or len(proofs) > 64:
        return False
    for key, p in proofs.items():
        try:
            fs.parse_key(key)
        except (ValueError, AttributeError):
            return False
        if not (isinstance(p, dict) and isinstance(p.get("sig"), str) and len(p["sig"]) <= 100
                and p.keys() <= {"sig", "gone"}):
            return False
        gone = p.get("gone")
        if gone is not None and not (isinstance(gone, dict) and len(gone) <= 200 and all(
                isinstance(k, str) and len(k) <= 300 and isinstance(v, str) and len(v) == 32
                for k, v in gone.items())):
            return False
    return True


def kept_rows(table: str, uuid: str, proofs: dict[str, Any] | None, own: set[str],
              extra: dict[fs.Key, dict[str, str]] | None = None) -> list[dict[str, Any]]:
    """``sync_proofs`` rows for the proofs a record arrived with (others' edits only), with
    the digests of groups the merge replaced added."""
    out = []
    for text, proof in (proofs or {}).items():
        key = fs.parse_key(text)
        if key[1] in own:
            continue
        out.append(ep.row(table, uuid, text, ep.with_gone(proof, (extra or {}).get(key))))
    return out


class Attester:
    """Prepares one table's record lines for a signed file: derived values put back, this
    device's edits signed, others' proofs attached (read in batches)."""

    def __init__(self, conn: sa.Connection, table: sa.Table, keys: devkeys.DeviceKeys | None,
                 own: tuple[str, ...]) -> None:
        self.conn, self.table, self.keys, self.own = conn, table, keys, set(own)
        self.names = tuple(c.name for c in fmt.field_columns(table))
        self.underive = Underiver(conn, table, self.names)
        self._pending: list[dict[str, Any]] = []

    def as_stored(self, uuid: str) -> bool:
        """Does ``prepare`` leave this record's stamps and deletion as stored (no merge
        changed it)? Then its version can be told from the stored row alone."""
        return not self.underive.effects.get(uuid)

    def prepare(self, line: dict[str, Any]) -> dict[str, Any]:
        """The line as its authors wrote it (before the local merge rule), own edits signed."""
        line = self.underive(line)
        if self.keys is None:
            return line
        values = {**line["fields"], fs.DELETED: line["deleted"]}
        table = self.table.name
        if not line.get("stamps"):  # the usual case: one edit wrote the whole record
            own = (line["hlc"], line["device"])
            at = {own: fs.units(table, self.names)} if own[1] in self.own else {}
        else:
            stamps = fs.expand(line["stamps"], (line["hlc"], line["device"]), self.names)
            at = {}
            for unit, key in ep.unit_keys(table, self.names, stamps).items():
                if key[1] in self.own:
                    at.setdefault(key, []).append(unit)
        signed: dict[str, Any] = {}
        for key, units in at.items():
            digests = {ep.unit_name(u): ep.unit_digest(u, values) for u in units}
            sig = self.keys.sign(message(table, line["uuid"], key, digests))
            signed[fs.key_text(key)] = {"sig": devkeys.b64(sig)}
        if signed:
            line["proofs"] = signed
        return line

    def feed(self, line: dict[str, Any]) -> list[dict[str, Any]]:
        """Lines ready to write (others' proofs attached), in order, a batch at a time."""
        if self.keys is None:
            return [line]
        self._pending.append(line)
        return self.flush() if len(self._pending) >= _BATCH else []

    def flush(self) -> list[dict[str, Any]]:
        lines, self._pending = self._pending, []
        if not lines:
            return lines
        held = ep.held(self.conn, self.table.name, [ln["uuid"] for ln in lines])
        for ln in lines:
            theirs = held.get(ln["uuid"])
            if not theirs:
                continue
            stamps = fs.expand(ln.get("stamps"), (ln["hlc"], ln["device"]), self.names)
            present = {fs.key_text(k) for k in stamps.values()}
            carried = {k: p for k, p in theirs.items() if k in present}
            if carried:
                ln["proofs"] = {**carried, **ln.get("proofs", {})}
        return lines


def merged_rows(table: str, names: tuple[str, ...], uuid: str, current: Any, incoming: Any,
                merged: Any, incoming_proofs: dict[str, Any] | None,
                local_proofs: dict[str, Any] | None, own: set[str],
                authored_current: Any) -> list[dict[str, Any]]:
    """The proofs to keep for a record after a merge: for each other device's stamp still in
    the record, its proof (ours if we had one, else the incoming one) with the digests of the
    groups the merge took away from that stamp. ``authored_current()`` gives the local
    version's values as written (what its proof covers)."""
    def keys_of(side: Any) -> dict[tuple[str, ...], fs.Key]:
        return ep.unit_keys(table, names, fs.expand(side.stamps, (side.hlc, side.device), names))

    ul, ui, um = keys_of(current), keys_of(incoming), keys_of(merged)
    out = []
    for key in {k for k in um.values() if k[1] not in own}:
        text = fs.key_text(key)
        if local_proofs and text in local_proofs and key in ul.values():
            extra = ep.gone_from(table, names, ul, um, authored_current(), [key]).get(key)
            if extra:
                out.append(ep.row(table, uuid, text, ep.with_gone(local_proofs[text], extra)))
        elif incoming_proofs and text in incoming_proofs and key in ui.values():
            values = {**incoming.values, fs.DELETED: incoming.deleted}
            extra = ep.gone_from(table, names, ui, um, values, [key]).get(key)
            out.append(ep.row(table, uuid, text, ep.with_gone(incoming_proofs[text], extra)))
    return out


def authored_values(underive: Underiver, row: Any, names: tuple[str, ...]) -> dict[str, Any]:
    """A stored row's values as written (merge effects put back), ``deleted`` included."""
    line = {"uuid": row["uuid"], "hlc": row["hlc"], "device": row["device_id"],
            "deleted": bool(row["deleted"]),
            "fields": {n: fmt.to_json_value(row[n]) for n in names}}
    if row["field_stamps"]:
        line["stamps"] = row["field_stamps"]
    line = underive(line)
    return {**line["fields"], fs.DELETED: line["deleted"]}
