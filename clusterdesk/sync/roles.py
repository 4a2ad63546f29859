"""What each role may change, checked for every field group an import would take.

The role is that of the device that made the change (the field group's stamp names it), not of
whoever relayed the file: a consultant's export cannot carry a registration or an evaluation.
A change relayed by a device other than head office (a colleague's stick, a central file a
consultant wrote) must carry the proof of the device that made it (``proofs``) or it is
refused: a relay can neither alter a colleague's change nor forge head office's decision.
What is refused is listed in the import summary; everything else in the file is applied.
Rules are data: ``resources/sync/roles.toml``.
Domain rules hold whatever the role (points never above a criterion's maximum).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from clusterdesk.store import field_stamps as fs
from clusterdesk.sync import proofs
from clusterdesk.sync.role_policy import (
    HEAD_OFFICE,
    domain_problem,
    needs_head_office,
    role_problem,
    table_roles,
)
from clusterdesk.sync.trust import Device, Programme

CONFLICTS = "sync_conflicts"

__all__ = ["Authority", "domain_problem", "needs_head_office", "role_problem", "table_roles"]

@dataclass
class Authority:
    """The import's judge: the programme, and the device that signed the file."""

    programme: Programme
    signer: Device
    refused: list[str] = field(default_factory=list)

    def device(self, device_id: str) -> Device | None:
        dev = self.programme.device_of(device_id)
        return None if dev is None or dev.revoked else dev

    def refuses(
        self,
        table: str,
        uuid: str,
        taken: list[tuple[str, ...]],
        stamps: dict[str, fs.Key],
        old: dict[str, Any] | None,
        new: dict[str, Any],
        rec_proofs: dict[str, Any] | None,
    ) -> str | None:
        mine = set(self.signer.ids)
        if table == CONFLICTS and (scope := self._conflict_scope(uuid, taken, stamps, new)):
            return scope
        if all(stamps[f][1] in mine for u in taken for f in u):
            # the usual case: everything by the device that signed the file
            if self.signer.role not in table_roles(table):
                return (f"{table} {uuid[:8]} from {self.signer.name}: a "
                        f"{self.signer.role.replace('_', ' ')} device may not change {table}")
            taken = [u for u in taken if needs_head_office(table, u)]
        # Head office vouches for what it relays; any other relay passes on proofs.
        vouched = self.signer.role == HEAD_OFFICE
        proven: dict[fs.Key, bool] = {}
        for unit in taken:
            key = max(stamps[f] for f in unit)
            writer = self.device(key[1])
            if key[1] not in mine and not vouched:
                ok = proven.get(key)
                if ok is None:
                    ok = proven[key] = writer is not None and proofs.valid(
                        writer, table, uuid, key, stamps, new,
                        (rec_proofs or {}).get(fs.key_text(key)))
                if not ok:
                    return (
                        f"{table} {uuid[:8]}: a change of {', '.join(unit)} relayed by "
                        f"{self.signer.name or self.signer.device_id[:8]} has no valid "
                        "proof from the device that made it"
                    )
            role = (
                writer.role
                if writer is not None
                else (self.signer.role if key[1] in mine else "consultant")
            )
            problem = role_problem(table, unit, role, old, new)
            if problem:
                name = writer.name if writer is not None else key[1][:8]
                return f"{table} {uuid[:8]} from {name}: {problem}"
        return None

    def _conflict_scope(self, uuid: str, taken: list[tuple[str, ...]],
                        stamps: dict[str, fs.Key], new: dict[str, Any]) -> str | None:
        """A conflict is recorded, or resolved, only by a device whose role may change the
        table it is about: a consultant's laptop can neither hide a conflict of head office's
        evaluations by "resolving" it nor offer head office a made-up "other version"."""
        target = str(new.get("table_name") or "")
        mine = set(self.signer.ids)
        for unit in taken:
            key = max(stamps[f] for f in unit)
            writer = self.signer if key[1] in mine else self.device(key[1])
            role = writer.role if writer is not None else "consultant"
            if role not in table_roles(target):
                name = writer.name if writer is not None else key[1][:8]
                return (f"{CONFLICTS} {uuid[:8]} from {name}: a {role.replace('_', ' ')} "
                        f"device may not record or resolve conflicts of {target}")
        return None
