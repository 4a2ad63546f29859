"""The losing version's proof inside a conflict, so a copy with made-up losing values loses.

A conflict names its losing version (stamp and device: they make its id) and holds what that
version's field group said. Every honest machine finds the same values, but a signed and
hostile device can still write a copy with other values under the same id, marked resolved,
and a machine that never finds the conflict itself (head office reading a compacted central
file) cannot tell the two apart. So the machine that finds a conflict attaches the proof the
losing device made for its edit (``sync.proofs``: a signature over the digests of every field
group written at that stamp): the losing group's digest is computed again from
``loser_fields`` wherever the conflict arrives, the other groups travel as digests
(``others``). A copy whose proof holds ranks above one without (``apply_rows.whole_record``);
a copy whose proof does not hold is refused. Where no proof that holds is at hand (no
programme, a value this machine's merge rule derived, an older conflict) none is attached
and the copy ranks as before.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cache
from typing import TYPE_CHECKING, Any

from clusterdesk.store import edit_proofs as ep
from clusterdesk.store import field_stamps as fs
from clusterdesk.sync import format as fmt
from clusterdesk.sync import keys as devkeys
from clusterdesk.sync.proofs import message
from clusterdesk.sync.role_policy import HEAD_OFFICE

if TYPE_CHECKING:
    from clusterdesk.sync.field_merge import Lost, Side
    from clusterdesk.sync.roles import Authority

MAX_OTHERS = 200


@cache
def _units(table: str) -> tuple[tuple[str, ...], ...]:
    t = fmt.tables_by_name().get(table)
    if t is None:
        return ()
    return fs.units(table, tuple(c.name for c in fmt.field_columns(t)))


def losing_unit(row: Mapping[str, Any]) -> tuple[str, ...] | None:
    """The field group a conflict of kind ``field`` holds (the table's own group of exactly
    its losing fields, or the deletion marker), None when there is none."""
    if row.get("kind") != "field":
        return None
    fields = row.get("loser_fields") or {}
    wanted = set(fields) or {fs.DELETED}
    return next((u for u in _units(str(row.get("table_name") or "")) if set(u) == wanted), None)


def _values(row: Mapping[str, Any]) -> dict[str, Any]:
    return {**(row.get("loser_fields") or {}), fs.DELETED: bool(row.get("loser_deleted"))}


def signed_message(row: Mapping[str, Any], others: Mapping[str, str]) -> bytes | None:
    """What the losing device signed, rebuilt from the conflict (None: it cannot be)."""
    unit = losing_unit(row)
    if unit is None or ep.unit_name(unit) in others:
        return None
    digests = {**others, ep.unit_name(unit): ep.unit_digest(unit, _values(row))}
    return message(str(row["table_name"]), str(row["record_uuid"]),
                   (str(row["loser_hlc"]), str(row["loser_device_id"])), digests)


def _holds(row: Mapping[str, Any], proof: Any, sign_public: bytes) -> bool:
    if not (isinstance(proof, dict) and proof.keys() <= {"sig", "others"}
            and isinstance(proof.get("sig"), str) and len(proof["sig"]) <= 100):
        return False
    others = proof.get("others") or {}
    if not (isinstance(others, dict) and len(others) <= MAX_OTHERS and all(
            isinstance(k, str) and len(k) <= 300 and isinstance(v, str) and len(v) == 32
            for k, v in others.items())):
        return False
    data = signed_message(row, others)
    if data is None:
        return False
    try:
        sig = devkeys.unb64(proof["sig"])
    except ValueError:
        return False
    return devkeys.verify(sign_public, data, sig)


def unknown_prover(row: Mapping[str, Any], authority: Authority | None) -> str | None:
    """The losing device's id when an arriving conflict carries a proof this machine cannot
    check: its device list does not hold that device (yet). None otherwise, and when head
    office signed the file: it vouches for what it relays, as for any other change.

    Such a copy would rank as proven unchecked, so it is held back (``hold``) until the
    device list holds the device, then checked like any other."""
    if row.get("loser_proof") is None or authority is None:
        return None
    if authority.signer.role == HEAD_OFFICE:
        return None
    loser = str(row.get("loser_device_id") or "")
    return loser if authority.programme.device_of(loser) is None else None


def problem(row: Mapping[str, Any], authority: Authority | None) -> str | None:
    """Why an arriving conflict's proof does not hold, or None (it holds, it has none, or
    there is no programme here to check it against)."""
    proof = row.get("loser_proof")
    if proof is None or authority is None:
        return None
    # revoked or not: a proof is checked against the key the device had (a revoked device's
    # id cannot be used to carry a made-up proof past the check)
    writer = authority.programme.device_of(str(row.get("loser_device_id") or ""))
    if writer is None:
        if authority.signer.role == HEAD_OFFICE:
            return None  # head office vouches for what it relays
        # the hold gate keeps such a copy back; should one come this far, it is not taken
        return ("carries a proof of the losing version by a device this computer's device "
                "list does not hold, so it cannot be checked")
    if _holds(row, proof, writer.sign_public):
        return None
    return (f"carries a proof of the losing version that {writer.name} did not sign: the "
            "losing values are not the ones that device wrote")


class ProofFinder:
    """Finds, for a conflict this machine has just found, the losing device's proof."""

    def __init__(self, authority: Authority, own: set[str], table: str,
                 names: tuple[str, ...]) -> None:
        self.authority, self.own, self.table, self.names = authority, own, table, names
        self._keys: dict[str, devkeys.DeviceKeys | None] = {}

    def attach(self, row: dict[str, Any], lost: Lost, current: Side, incoming: Side,
               incoming_proofs: dict[str, Any] | None, local_proofs: dict[str, Any] | None,
               authored_current: Callable[[], dict[str, Any]]) -> None:
        """Put ``loser_proof`` on ``row`` when a proof that holds is at hand."""
        unit = losing_unit(row)
        if unit is None or lost.unit != unit:
            return
        si = fs.expand(incoming.stamps, (incoming.hlc, incoming.device), self.names)
        if max(si[f] for f in unit) == lost.loser:
            side, values = incoming, {**incoming.values, fs.DELETED: incoming.deleted}
            proof = (incoming_proofs or {}).get(fs.key_text(lost.loser))
        else:
            side, values = current, authored_current()
            proof = (local_proofs or {}).get(fs.key_text(lost.loser))
        # the group as the conflict holds it must be the group as its author wrote it
        if ep.unit_digest(unit, values) != ep.unit_digest(unit, _values(row)):
            return
        stamps = fs.expand(side.stamps, (side.hlc, side.device), self.names)
        at = [u for u, k in ep.unit_keys(self.table, self.names, stamps).items()
              if k == lost.loser and u != unit]
        others = {ep.unit_name(u): ep.unit_digest(u, values) for u in at}
        if lost.loser[1] in self.own:
            if lost.loser[1] not in self._keys:
                self._keys[lost.loser[1]] = devkeys.existing(lost.loser[1])
            keys = self._keys[lost.loser[1]]
            data = signed_message(row, others)
            if keys is None or data is None:
                return
            row["loser_proof"] = {"sig": devkeys.b64(keys.sign(data)), "others": others}
            return
        writer = self.authority.device(lost.loser[1])
        if writer is None or not isinstance(proof, dict):
            return
        gone = proof.get("gone") or {}
        candidate = {"sig": proof.get("sig"), "others": {**others, **gone}}
        if _holds(row, candidate, writer.sign_public):
            row["loser_proof"] = candidate
