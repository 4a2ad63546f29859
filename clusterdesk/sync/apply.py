"""The second pass of an import: merging checked records into the database, batch by batch.

The rule, per record: the version with the higher clock stamp wins, ties broken by device id.
That is a total order, so the result does not depend on the order files are imported in, and
importing a version twice changes nothing. (For ``sync_conflicts`` a copy carrying the losing
device's proof ranks first, then "resolved" above the stamp, so a conflict once resolved stays
resolved wherever it was detected later; ``conflict_proofs``.)

A losing version that the winner had not already seen (see ``sync_versions``) and that differs
from it is kept in ``sync_conflicts``. Remote rows keep their stamps: they are written with
SQLAlchemy Core, which the stamping listener never sees.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from clusterdesk.domain.hlc import Stamp
from clusterdesk.store import edit_proofs, history
from clusterdesk.store import field_stamps as fs
from clusterdesk.store.authored import Underiver
from clusterdesk.store.database import Database
from clusterdesk.store.field_stamps import DELETED, max_ahead_ms
from clusterdesk.store.models import LocalState, Organization
from clusterdesk.store.stamping import catch_up, next_seq
from clusterdesk.store.sync_models import (
    NOT_TRACKED,
    OrgMerge,
    SyncConflict,
    SyncMergeEffect,
    SyncVersion,
    merge_seen,
)
from clusterdesk.sync import conflict_proofs, dialects, proofs
from clusterdesk.sync import format as fmt
from clusterdesk.sync.apply_rows import (
    conflict_row,
    insert_params,
    lazy,
    merged_params,
    releasing_first,
    same_version,
    whole_record,
)
from clusterdesk.sync.conflict_identity import agrees, conflict_uuid, merge_uuid, stored_copies
from clusterdesk.sync.conflict_proofs import ProofFinder
from clusterdesk.sync.field_merge import Lost, Side, merge
from clusterdesk.sync.records import Record
from clusterdesk.sync.roles import Authority, domain_problem

FOUND_LIMIT = 20_000  # conflicts kept in memory before they are stored anyway


@dataclass
class Counts:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    merged: int = 0
    per_table: dict[str, dict[str, int]] = field(default_factory=dict)

    def add(self, table: str, what: str, n: int = 1) -> None:
        setattr(self, what, getattr(self, what) + n)
        t = self.per_table.setdefault(table, {"new": 0, "updated": 0, "unchanged": 0})
        t[what] += n


class Applier:
    """Applies batches of records on one connection inside the import's transaction."""

    def __init__(self, conn: sa.Connection, db: Database,
                 authority: Authority | None = None) -> None:
        self.conn = conn
        self.db = db
        self.authority = authority  # None: no programme here, no roles to check
        self.refused: list[str] = []  # changes the device that made them may not make
        self.refused_ids: dict[str, set[str]] = {}
        self.bundle_id = ""  # the file being imported (named in the change history)
        self._plans: dict[str, Any] = {}  # table -> its write plan (``dialects.write_plan``)
        self.counts = Counts()
        self.max_stamp = ""
        self._seq: int | None = None
        self.refused_merges: list[str] = []  # merge records of the file the rule refused
        self.earlier: set[str] = set()  # tables written by an earlier file of this batch
        self.found: dict[str, tuple[dict[str, Any], Counts]] = {}  # conflicts, kept to the end

    def next_file(self, bundle_id: str, authority: Authority | None) -> None:
        """Start the next file of several applied in one transaction (a central file's
        segments): its own counts and refusals. A table written by an earlier file is
        probed for existing rows even if it was empty when the transaction began."""
        self.earlier.update(self._plans)
        self.bundle_id = bundle_id
        self.authority = authority
        self.counts = Counts()
        self.refused, self.refused_ids, self.refused_merges = [], {}, []

    def _plan(self, table: sa.Table) -> Any:
        plan = self._plans.get(table.name)
        if plan is None:
            plan = self._plans[table.name] = dialects.write_plan(self.conn, table)
        return plan

    # -- the merge ------------------------------------------------------------------------
    def seq(self) -> int:
        """The local arrival number of everything this import writes (one per import)."""
        if self._seq is None:
            self._seq = next_seq(self.conn)
            catch_up(self.conn, self.db.clock)  # an analyst's save since ``_settle``: tick past
        return self._seq

    def apply(self, table: sa.Table, batch: list[Record]) -> None:
        if not batch:
            return
        conn = self.conn
        resolution_first = table.name == SyncConflict.__tablename__
        plan = self._plan(table)
        have: list[str] = []
        if not plan.empty_at_start or table.name in self.earlier:
            # A table empty when the import started holds only this file's records so far,
            # and the check pass refused repeated uuids: nothing to probe for. Otherwise a
            # cheap probe first; only rows that exist are read back.
            have = plan.existing([r.uuid for r in batch])
        local = plan.fetch(have) if have else {}
        sv = SyncVersion.__table__
        seen_local = dict(conn.execute(sa.select(sv.c.uuid, sv.c.seen).where(
            sv.c.table_name == table.name, sv.c.uuid.in_(have))).all()) if have else {}
        inserts: list[dict[str, Any]] = []
        updates: list[dict[str, Any]] = []
        sidecars: list[dict[str, Any]] = []
        conflicts: dict[str, dict[str, Any]] = {}
        names = tuple(c.name for c in fmt.field_columns(table))
        seq = self.seq()
        new = 0
        proof_rows: list[dict[str, Any]] = []
        own = set(self.db.own_device_ids)
        # proofs of others' edits kept here, to note what a merge takes from them
        local_proofs = edit_proofs.held(conn, table.name, list(local)) if (
            local and self.authority is not None) else {}
        underive = lazy(lambda: Underiver(conn, table, names))
        finder = ProofFinder(self.authority, own, table.name, names) if (
            self.authority is not None and table.name not in NOT_TRACKED) else None
        history_rows: list[dict[str, Any]] = []  # what an import changed in existing records
        for rec in batch:
            if rec.hlc > self.max_stamp:
                self.max_stamp = rec.hlc
            row = local.get(rec.uuid) if local else None
            if row is None:
                if self._refused(table, names, rec, None, fs.units(table.name, names)):
                    continue
                if rec.proofs:
                    proof_rows += proofs.kept_rows(table.name, rec.uuid, rec.proofs, own)
                inserts.append(insert_params(rec, seq))
                new += 1
                if rec.seen:
                    sidecars.append({"table_name": table.name, "uuid": rec.uuid,
                                     "seen": rec.seen})
                continue
            old_seen = seen_local.get(rec.uuid) or {}
            if not resolution_first and same_version(rec, row):
                # the version this database holds (a segment read again, a record sent back):
                # merge() would take nothing and lose nothing; only ``seen`` may grow
                self.counts.add(table.name, "unchanged")
                vv = merge_seen(old_seen, rec.seen, {rec.device: rec.hlc})
                if vv[rec.device] == rec.hlc:
                    del vv[rec.device]
                if vv != old_seen and (vv or old_seen):
                    sidecars.append({"table_name": table.name, "uuid": rec.uuid, "seen": vv})
                continue
            current = Side(row["hlc"], row["device_id"], bool(row["deleted"]),
                           {n: row[n] for n in names}, row["field_stamps"],
                           merge_seen(old_seen, {row["device_id"]: row["hlc"]}))
            incoming = Side(rec.hlc, rec.device, rec.deleted, rec.values, rec.stamps,
                            merge_seen(rec.seen, {rec.device: rec.hlc}))
            if resolution_first:
                merged = whole_record(current, incoming, bool(row["resolved"]),
                                       bool(rec.values.get("resolved")), row.get("loser_proof")
                                       is not None, rec.values.get("loser_proof") is not None)
            else:
                merged = merge(table.name, names, current, incoming)
            if merged.taken and self._refused(table, names, rec,
                                              {**current.values, DELETED: current.deleted},
                                              merged.taken):
                self.counts.add(table.name, "unchanged")
                continue
            if merged.took_incoming:
                if rec.proofs or rec.uuid in local_proofs:
                    proof_rows += proofs.merged_rows(
                        table.name, names, rec.uuid, current, incoming, merged, rec.proofs,
                        local_proofs.get(rec.uuid), own,
                        lambda row=row: proofs.authored_values(underive(), row, names))
                updates.append(merged_params(rec.uuid, merged, seq))
                history_rows += history.import_rows(
                    table.name, rec.uuid, {**current.values, DELETED: current.deleted},
                    {**merged.values, DELETED: merged.deleted},
                    fs.expand(merged.stamps, (merged.hlc, merged.device), names),
                    self.bundle_id)
                self.counts.add(table.name, "updated")
            else:
                self.counts.add(table.name, "unchanged")
            for lost in merged.lost:
                found = self.record_conflict(conflicts, table, rec.uuid, lost)
                if found is not None and finder is not None:
                    finder.attach(found, lost, current, incoming, rec.proofs,
                                  local_proofs.get(rec.uuid), lambda row=row: (
                                      proofs.authored_values(underive(), row, names)))
            vv = dict(merged.vv)
            if vv.get(merged.device) == merged.hlc:
                del vv[merged.device]
            if vv != old_seen and (vv or old_seen):
                sidecars.append({"table_name": table.name, "uuid": rec.uuid, "seen": vv})
        if new:
            self.counts.add(table.name, "new", new)
        merges: list[tuple[str, str, str]] = []
        if table.name == Organization.__tablename__:
            merges = self._bin_duplicates(table, inserts, updates)
        for part in releasing_first(table.name, updates):
            plan.update(part)
        if inserts:
            plan.insert(inserts)
        if sidecars:
            dialects.insert_many(conn, sv, sidecars, ["table_name", "uuid"], ["seen"])
        self.keep_conflicts(conflicts)
        self._store_merges(merges)
        edit_proofs.keep(conn, proof_rows)
        if history_rows:
            dialects.insert_many(conn, history.ChangeHistory.__table__, history_rows)

    def _refused(self, table: sa.Table, names: tuple[str, ...], rec: Record,
                 old: dict[str, Any] | None, taken: Any) -> bool:
        """True (and the reason listed) when this version may not be applied."""
        new = {**rec.values, DELETED: rec.deleted}
        problem = domain_problem(table.name, new)
        if not problem and table.name == SyncConflict.__tablename__:
            problem = conflict_proofs.problem(rec.values, self.authority)
        if problem:
            problem = f"{table.name} {rec.uuid[:8]} {problem}"
        if not problem and self.refused_ids:
            problem = self._refers_to_refused(table, rec)
        if not problem and self.authority is not None:
            stamps = fs.expand(rec.stamps, (rec.hlc, rec.device), names)
            problem = self.authority.refuses(table.name, rec.uuid, list(taken), stamps,
                                             old, new, rec.proofs)
        if problem:
            self.refuse_record(table, rec, problem)
            return True
        return False

    def refuse_record(self, table: sa.Table, rec: Record, problem: str) -> None:
        """Refused and listed (by the hold gate too); what refers to it goes with it."""
        self.refused.append(problem)
        self.refused_ids.setdefault(table.name, set()).add(rec.uuid)

    def _refers_to_refused(self, table: sa.Table, rec: Record) -> str | None:
        for col, target, synced in fmt.references(table):
            value = rec.values.get(col)
            if synced and value and value in self.refused_ids.get(target, ()):
                exists = self.conn.execute(sa.text(
                    f'SELECT 1 FROM "{target}" WHERE uuid = :u'), {"u": value}).first()
                if not exists:
                    return f"{table.name} {rec.uuid[:8]} refers to {target} {value[:8]}, refused"
        return None

    def record_conflict(self, out: dict[str, dict[str, Any]], table: sa.Table, uuid: str,
                  lost: Lost) -> dict[str, Any] | None:
        """Keep a losing field group (it had not been seen by the winner and differs); the
        conflict's row, to which the losing version's proof may be added."""
        if table.name in NOT_TRACKED:
            return None
        cid = conflict_uuid(table.name, uuid, lost.unit, lost.loser)
        out[cid] = conflict_row(cid, table, uuid, lost)
        return out[cid]

    def _fresh_stamps(self, rows: list[dict[str, Any]]) -> None:
        self._observe()
        for row in rows:
            row["hlc"] = str(self.db.clock.tick())
            row["device_id"] = self.db.device_id
            row["deleted"] = False
            row["field_stamps"] = None
            row["seq"] = self.seq()

    def _observe(self) -> None:
        if self.max_stamp:
            self.db.clock.observe(Stamp.parse(self.max_stamp), max_ahead_ms=max_ahead_ms())

    def _new_only(self, table: sa.Table, rows: dict[str, dict[str, Any]]) -> list[dict]:
        if not rows:
            return []
        have = set(self.conn.execute(sa.select(table.c.uuid).where(
            table.c.uuid.in_(list(rows)))).scalars())
        return [r for u, r in rows.items() if u not in have]

    def store_conflicts(self, conflicts: dict[str, dict[str, Any]],
                        counts: dict[str, Counts] | None = None) -> None:
        """Store the conflicts not held yet, stamped by this device; each counted for the
        file that found it (``counts``, by uuid) or the file being applied."""
        table = SyncConflict.__table__
        held = stored_copies(self.conn, conflicts) if conflicts else {}
        rows = [r for u, r in conflicts.items() if u not in held]
        # a copy that says the loser had other values than this machine saw gives way —
        # unless it carries the losing device's proof (checked on arrival): it says what that
        # device wrote, where this machine may see a value its merge rule derived
        replace = [r for u, r in conflicts.items() if u in held and not agrees(held[u], r)
                   and held[u]["loser_proof"] is None]
        if rows or replace:
            self._fresh_stamps(rows + replace)
        if rows:
            self.conn.execute(table.insert(), rows)
        for row in replace:
            self.conn.execute(table.update().where(table.c.uuid == row["uuid"]).values(row))
        for row in rows + replace:
            (counts or {}).get(row["uuid"], self.counts).conflicts += 1

    def keep_conflicts(self, conflicts: dict[str, dict[str, Any]]) -> None:
        """Conflicts found by merging are stored when the import ends (``store_found``): a
        later file of the same import (a central file's next segment, the file's own
        conflict records) often brings the same conflict, its uuid derived from the loser, as
        recorded by the machine that found it first. That copy is then taken as it is;
        stamping this machine's own would make one more version to send back, and every
        machine reading the file would read both."""
        for cid, row in conflicts.items():
            self.found.setdefault(cid, (row, self.counts))
        if len(self.found) >= FOUND_LIMIT:  # memory stays bounded on a huge import
            self.store_found()

    def store_found(self) -> None:
        found, self.found = list(self.found.items()), {}
        for i in range(0, len(found), 5_000):
            part = found[i:i + 5_000]
            self.store_conflicts({cid: row for cid, (row, _c) in part},
                                 {cid: c for cid, (_row, c) in part})

    # -- the same organization entered twice ------------------------------------------------
    def _bin_duplicates(self, table: sa.Table, inserts: list[dict[str, Any]],
                        updates: list[dict[str, Any]]) -> list[tuple[str, str, str]]:
        """Live organizations sharing a BIN: the smallest uuid survives, the others are merged.

        Losers become tombstones with their stamps kept (every machine does the same), and an
        ``org_merges`` record remembers the merge so it travels.
        """
        writes = {p["uuid"]: p for p in inserts + updates}
        by_bin: dict[str, set[str]] = defaultdict(set)
        for uuid, p in writes.items():
            if p["bin"] and not p["deleted"]:
                by_bin[p["bin"]].add(uuid)
        if not by_bin:
            return []
        bins = list(by_bin)
        for i in range(0, len(bins), 500):
            for uuid, bin_ in self.conn.execute(sa.select(table.c.uuid, table.c.bin).where(
                    table.c.bin.in_(bins[i:i + 500]), table.c.deleted == sa.false())).all():
                if uuid not in writes:
                    by_bin[bin_].add(uuid)
        merges = []
        for bin_, group in by_bin.items():
            if len(group) < 2:
                continue
            survivor = min(group)
            for loser in sorted(group - {survivor}):
                if loser in writes:
                    writes[loser]["deleted"] = True
                else:
                    self.conn.execute(table.update().where(table.c.uuid == loser)
                                      .values(deleted=True, seq=self.seq()))
                merges.append((loser, survivor, bin_))
        return merges

    def _store_merges(self, merges: list[tuple[str, str, str]]) -> None:
        table = OrgMerge.__table__
        rows = {merge_uuid(loser): {
            "uuid": merge_uuid(loser), "loser_uuid": loser,
            "survivor_uuid": survivor, "reason": "bin", "bin": bin_}
            for loser, survivor, bin_ in merges}
        fresh = self._new_only(table, rows)
        if fresh:
            self._fresh_stamps(fresh)
            self.conn.execute(table.insert(), fresh)
            self.counts.merged += len(fresh)
        if merges:  # the losers tombstoned with this batch: undone if the merge lapses
            self.conn.execute(SyncMergeEffect.__table__.insert(), [
                {"loser_uuid": loser, "table_name": "organizations", "record_uuid": loser,
                 "column_name": ""} for loser, _s, _b in merges])

    def finish(self) -> None:
        """Fold the remote stamps into this device's clock, durably with the import; rebuild
        the search index of the tables that were filled without their triggers."""
        self.store_found()
        for plan in self._plans.values():
            plan.resume()
        self._observe()
        value = str(self.db.clock.last)
        t = LocalState.__table__
        stmt = dialects.insert(self.conn, t).values(key="hlc", value=value, updated_at=None)
        self.conn.execute(stmt.on_conflict_do_update(index_elements=["key"], set_={
            "value": dialects.greatest(self.conn, t.c.value, value)}))
