"""What each role may change, checked for every field group an import would take.

The role is that of the device that made the change (the field group's stamp names it), not of
whoever relayed the file: a consultant's export cannot carry a registration or an evaluation,
and a change that needs head office's role, relayed through a consultant, must carry head
office's proof (``proofs``) or it is refused. What is refused is listed in the import summary;
everything else in the file is applied. Rules are data: ``resources/sync/roles.toml``.
Domain rules hold whatever the role (points never above a criterion's maximum).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from clusterdesk.resources_path import resource
from clusterdesk.store import field_stamps as fs
from clusterdesk.sync import proofs
from clusterdesk.sync.trust import Device, Programme

HEAD_OFFICE = "head_office"


@cache
def policy() -> dict[str, Any]:  # noqa: D103
    with resource("sync", "roles.toml").open("rb") as fh:
        return tomllib.load(fh)


@cache
def table_roles(table: str) -> tuple[str, ...]:
    return tuple(policy().get("tables", {}).get(table, [HEAD_OFFICE]))


@cache
def needs_head_office(table: str, unit: tuple[str, ...]) -> bool:
    """A change of this field group that only head office may make (in some or all cases)."""
    if table_roles(table) == (HEAD_OFFICE,):
        return True
    restricted = set(policy().get("fields", {}).get(table, {}))
    restricted |= {v["field"] for v in policy().get("values", []) if v["table"] == table}
    return bool(restricted.intersection(unit))


def role_problem(
    table: str,
    unit: tuple[str, ...],
    role: str | None,
    old: dict[str, Any] | None,
    new: dict[str, Any],
) -> str | None:
    """Why a device of ``role`` may not make this change (None: it may)."""
    who = (role or "unknown").replace("_", " ")
    if role not in table_roles(table):
        return f"a {who} device may not change {table}"
    for name in unit:
        allowed = policy().get("fields", {}).get(table, {}).get(name)
        if allowed is not None and role not in allowed and (old or {}).get(name) != new.get(name):
            return f"a {who} device may not change {table}.{name}"
    for rule in policy().get("values", []):
        if rule["table"] != table or rule["role"] != role or rule["field"] not in unit:
            continue
        before = (old or {}).get(rule["field"])
        after = new.get(rule["field"])
        if after not in rule["allowed"] or (
            old is not None and before not in rule["allowed"] and before != after
        ):
            return (
                f"a {who} device may not set {table}.{rule['field']} from {before!r} to {after!r}"
            )
    return None


@cache
def _criteria_max() -> dict[str, float]:
    from clusterdesk.domain.app_template import load_template_file

    out: dict[str, float] = {}
    for path in sorted(resource("methodology").glob("application-*.toml")):
        for c in load_template_file(path).criteria:
            out[c.id] = max(out.get(c.id, 0.0), float(c.max_points))
    return out


def domain_problem(table: str, values: dict[str, Any]) -> str | None:
    """Rules that hold whatever the role."""
    if table == "evaluation_scores":
        top = _criteria_max().get(values.get("criterion_id") or "")
        if top is None:
            return f"names an unknown criterion {values.get('criterion_id')!r}"
        points = values.get("points")
        if points is None or not 0 <= points <= top:
            return f"gives {points} points where the criterion allows 0 to {top:g}"
    return None


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
        if all(stamps[f][1] in mine for u in taken for f in u):
            # the usual case: everything by the device that signed the file
            if self.signer.role not in table_roles(table):
                return (f"{table} {uuid[:8]} from {self.signer.name}: a "
                        f"{self.signer.role.replace('_', ' ')} device may not change {table}")
            taken = [u for u in taken if needs_head_office(table, u)]
        for unit in taken:
            key = max(stamps[f] for f in unit)
            writer = self.device(key[1])
            if key[1] not in mine and needs_head_office(table, unit):
                proof = (rec_proofs or {}).get(proofs.unit_name(unit))
                if writer is None or not proofs.valid(writer, table, uuid, unit, key, new, proof):
                    return (
                        f"{table} {uuid[:8]}: a change of {', '.join(unit)} relayed by "
                        f"{self.signer.name or self.signer.device_id[:8]} has no valid "
                        "proof from the device that made it"
                    )
            role = (
                writer.role
                if writer is not None
                else (self.signer.role if key[1] == self.signer.device_id else "consultant")
            )
            problem = role_problem(table, unit, role, old, new)
            if problem:
                name = writer.name if writer is not None else key[1][:8]
                return f"{table} {uuid[:8]} from {name}: {problem}"
        return None
