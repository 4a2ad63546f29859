"""Records stamped too far in the future are held back, not applied — and not lost.

A computer whose clock is wrong (a year 2999, a dead battery reset the other way round on the
receiver) would otherwise hand its records a stamp that beats every later edit, and drag the
receiver's clock along. A version stamped more than the allowed offset (``resources/sync/
policy.toml``) ahead of this computer's clock is kept in ``sync_held`` with the reason, and so
is a record that refers to a held one; the import summary names the device and how far
ahead its clock is. Held versions are applied by a later import once they are in range.

A conflict carrying a proof by a device this computer's device list does not hold yet is held
the same way (``conflict_proofs.unknown_prover``): it cannot be checked, and unchecked it would
outrank an honest copy. It is applied, and its proof checked, by an import made once the
device list holds that device.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from clusterdesk.domain.hlc import Stamp
from clusterdesk.store.field_stamps import max_ahead_ms, max_held_per_device
from clusterdesk.store.sync_models import SyncConflict, SyncHeld
from clusterdesk.sync import format as fmt
from clusterdesk.sync.conflict_proofs import unknown_prover
from clusterdesk.sync.records import Record

if TYPE_CHECKING:
    from clusterdesk.sync.roles import Authority

CONFLICTS = SyncConflict.__tablename__


def describe_span(ms: float) -> str:
    """'3 hours', '12 days', '982 years': how far a clock is off, for a sentence."""
    hours = ms / 3_600_000
    if hours < 48:
        return f"{max(hours, 0):.0f} hours"
    days = hours / 24
    if days < 730:
        return f"{days:.0f} days"
    return f"{days / 365.25:.0f} years"


def stamp_time(hlc: str) -> str:
    millis = Stamp.parse(hlc).millis
    try:
        return dt.datetime.fromtimestamp(millis / 1000, dt.UTC).strftime("%Y-%m-%d")
    except (OverflowError, ValueError, OSError):
        return "beyond the year 9999"


@dataclass
class HoldGate:
    """Decides, record by record during the apply pass, what is held back."""

    conn: sa.Connection
    bundle_id: str
    now_ms: int
    held: dict[str, set[str]] = field(default_factory=dict)   # table -> held uuids
    rows: list[dict[str, Any]] = field(default_factory=list)
    newest: str = ""                                           # the furthest stamp held
    devices: set[str] = field(default_factory=set)
    authority: Authority | None = None        # the file's judge: proofs it cannot check
    provers: set[str] = field(default_factory=set)  # unknown devices whose proofs wait
    unproven: int = 0                                          # conflicts held for them
    # the import's refusals (``Applier.refuse_record``): a version past the per-device bound
    refuse: Callable[[sa.Table, Record, str], None] | None = None
    _per_device: dict[str, int] = field(default_factory=dict)  # held here, by device
    over: int = 0                                              # refused past the bound
    own_newest_ms: int = 0  # this computer's newest stamp: far past its clock, the clock is wrong
    own_ids: tuple[str, ...] = ()                              # this computer's device ids
    _behind: bool | None = None

    @property
    def behind(self) -> bool:
        """Is this computer's own clock behind the changes it already holds (reset)? Then
        it, not the sender's, is what makes records look ahead. Its own far-ahead changes
        alone do not say so (its clock may have been ahead when it made them): other
        devices' versions stored beyond the bound do, since they were within it on arrival."""
        if self._behind is None:
            limit = f"{self.limit_ms:015d}-999999"
            self._behind = self.own_newest_ms - self.now_ms > max_ahead_ms() and any(
                self.conn.execute(sa.select(sa.literal(1)).where(
                    t.c.hlc > limit, t.c.device_id.not_in(self.own_ids)).limit(1)).first()
                for t in fmt.table_order())
        return self._behind

    @property
    def limit_ms(self) -> int:
        return self.now_ms + max_ahead_ms()

    @property
    def count(self) -> int:
        return sum(len(u) for u in self.held.values())

    def _too_far(self, rec: Record) -> str | None:
        stamps = [rec.hlc, *rec.seen.values()]
        worst = max(stamps)
        if Stamp.parse(worst).millis > self.limit_ms:
            return worst
        return None

    def _refers_to_held(self, table: sa.Table, rec: Record) -> str | None:
        for col, target, synced in fmt.references(table):
            value = rec.values.get(col)
            if synced and value and value in self.held.get(target, ()):
                exists = self.conn.execute(sa.text(
                    f'SELECT 1 FROM "{target}" WHERE uuid = :u'), {"u": value}).first()
                if not exists:
                    return f"{target} {value}"
        return None

    def holds(self, table: sa.Table, rec: Record, obj: dict[str, Any]) -> bool:
        """True (and the version kept aside, or refused past the bound) when ``rec`` must
        not be applied now."""
        worst, prover = self._too_far(rec), None
        if worst is not None:
            ahead = Stamp.parse(worst).millis - self.now_ms
            reason = (f"stamped {stamp_time(worst)}, {describe_span(ahead)} ahead of this "
                      "computer's clock")
        elif table.name == CONFLICTS and (
                prover := unknown_prover(rec.values, self.authority)) is not None:
            reason = (f"carries a proof by device {prover}, which this computer's device "
                      "list does not hold yet")
        else:
            ref = self._refers_to_held(table, rec)
            if ref is None:
                return False
            reason = f"refers to {ref}, which is held back"
        if self._full(rec.device):
            self.over += 1
            if self.refuse is not None:
                self.refuse(table, rec, (
                    f"{table.name} {rec.uuid[:8]} would be held back ({reason}), but "
                    f"{max_held_per_device()} versions of device {rec.device[:8]} are held "
                    "back here already: refused (that device still has it)"))
            return True
        if worst is not None:
            self.newest = max(self.newest, worst)
            self.devices.add(rec.device)
        elif prover is not None:
            self.provers.add(prover)
            self.unproven += 1
        self._per_device[rec.device] += 1
        self.held.setdefault(table.name, set()).add(rec.uuid)
        self.rows.append({"bundle_id": self.bundle_id, "table_name": table.name,
                          "record_uuid": rec.uuid, "device_id": rec.device, "hlc": rec.hlc,
                          "line": json.loads(json.dumps(obj)), "reason": reason,
                          "at": dt.datetime.now(dt.UTC).replace(tzinfo=None)})
        return True

    def _full(self, device: str) -> bool:
        """Are as many versions of ``device`` held here as the policy keeps?"""
        if device not in self._per_device:
            t = SyncHeld.__table__
            self._per_device[device] = self.conn.execute(sa.select(sa.func.count()).where(
                t.c.device_id == device)).scalar() or 0
        return self._per_device[device] >= max_held_per_device()

    def store(self) -> None:
        if self.rows:
            self.conn.execute(SyncHeld.__table__.insert(), self.rows)

    def sentence(self, device_name: str) -> str:
        """What the summary says about held records ('' when none)."""
        proofs = (f"{self.unproven} conflicts held back: they carry proofs by devices this "
                  f"computer's device list does not hold yet "
                  f"({', '.join(sorted(d[:8] for d in self.provers))}). They are kept, not "
                  "applied; take the current programme file from head office and sync "
                  "again.") if self.unproven else ""
        count = self.count - self.unproven
        if not count:
            return proofs
        if self.behind:
            own = dt.datetime.fromtimestamp(self.now_ms / 1000, dt.UTC)
            return " ".join(filter(None, (
                f"{count} records held back: this computer's clock reads {own:%Y-%m-%d}, "
                f"{describe_span(self.own_newest_ms - self.now_ms)} behind the changes this "
                "database already holds. They are kept, not applied; set this computer's date "
                "and time, and the next import applies them.", proofs)))
        ahead = describe_span(Stamp.parse(self.newest).millis - self.now_ms) if (
            self.newest) else ""
        clock = (f": the clock of {device_name} is {ahead} ahead (records stamped "
                 f"{stamp_time(self.newest)})") if ahead else ""
        return " ".join(filter(None, (
            f"{count} records held back{clock}. They are kept, not applied; correct that "
            "computer's clock, date its changes again there (Sync view, or: clusterdesk "
            "redate) and sync again.", proofs)))


def _unprovable(line: Any, authority: Authority | None) -> bool:
    """A held conflict whose proof's device this computer still cannot check it against."""
    fields = line.get("fields") if isinstance(line, dict) else None
    if not isinstance(fields, dict) or fields.get("loser_proof") is None:
        return False
    return authority is None or authority.programme.device_of(
        str(fields.get("loser_device_id") or "")) is None


def release_due(conn: sa.Connection, applier: Any, now_ms: int, strict: bool = True) -> int:
    """Apply the held versions that are no longer too far ahead (time has caught up, or the
    bound was widened) and whose references resolve; the others stay held."""
    from clusterdesk.sync.records import RecordError, decode

    t = SyncHeld.__table__
    limit = now_ms + max_ahead_ms()
    rows = conn.execute(sa.select(t).order_by(t.c.id)).mappings().all()
    order = {tb.name: i for i, tb in enumerate(fmt.table_order())}
    released = []
    for row in sorted(rows, key=lambda r: (order.get(r["table_name"], 99), r["id"])):
        table = fmt.tables_by_name().get(row["table_name"])
        line = row["line"] if isinstance(row["line"], dict) else json.loads(row["line"])
        if row["table_name"] == CONFLICTS and _unprovable(line, applier.authority):
            continue  # its proof still cannot be checked here (looked up before decoding)
        try:
            rec = decode(table, line, strict_fields=False) if table is not None else None
        except RecordError:
            rec = None
        if rec is None or max([rec.hlc, *rec.seen.values()]) > f"{limit:015d}-999999":
            continue
        if any(rec.values.get(col) and not conn.execute(sa.text(
                f'SELECT 1 FROM "{target}" WHERE uuid = :u'), {"u": rec.values[col]}).first()
               for col, target, synced in fmt.references(table) if synced):
            continue
        applier.apply(table, [rec])
        released.append(row["id"])
    if released:
        conn.execute(t.delete().where(t.c.id.in_(released)))
    return len(released)
