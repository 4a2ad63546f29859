"""Importing the new segments of a central file as one step: one transaction, one commit.

Each segment is an ordinary sync file and is opened, authenticated, checked and applied as
``import_file`` would (same signature and role rules, held clocks, field checks, merges) —
but all segments new to this database go through one connection and one transaction: the
work done once per import (the write plans, the merge rule, orphaned references, the clock,
the commit, the planner's statistics) is done once per sync, not once per segment.

A segment refused on opening or by its check pass (tampered, unsigned, not for this
computer, a broken record or reference) is skipped alone, as before: its check pass wrote
nothing but TEMP tables. Anything else — a rule the database enforces broken, a cancel, a
killed process — rolls back every segment of the sync: nothing of the first ones is applied
without the others.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from clusterdesk.errors import ClusterDeskError
from clusterdesk.progress import Progress
from clusterdesk.store import changes
from clusterdesk.store.database import Database
from clusterdesk.sync import dialects
from clusterdesk.sync.apply import Applier, Counts
from clusterdesk.sync.authenticity import authenticate, opened
from clusterdesk.sync.check import Checked, check_bundle, drop_temp
from clusterdesk.sync.export import SyncCancelledError
from clusterdesk.sync.hold import HoldGate, release_due
from clusterdesk.sync.importer import (
    ANALYZE_AFTER,
    IMPORT_CACHE_KIB,
    ImportedMeanwhile,
    ImportSummary,
    apply_all,
    known_bundle,
    live_rows,
    log_import,
    origin_name,
    refuse_own_device,
    settle_import,
    summary_of,
    write_error,
)
from clusterdesk.sync.merge_rules import enforce_merges
from clusterdesk.sync.orphans import orphan_conflicts
from clusterdesk.sync.reader import Bundle, SyncFileError
from clusterdesk.sync.redate import drop_withdrawn
from clusterdesk.sync.roles import Authority


@dataclass
class Outcome:
    """What became of one segment: imported (or found imported before), or refused."""

    key: Any                                  # the caller's name for the segment
    summary: ImportSummary | None = None
    error: ClusterDeskError | None = None     # why it was refused (then summary is None)


@dataclass
class _Open:
    outcome: Outcome
    bundle: Bundle
    authority: Authority | None
    gate: HoldGate | None = None
    checked: Checked | None = None  # what its check pass decoded, for a small segment
    counts: Counts | None = None  # its counts (conflicts found are added as the import ends)


def import_segments(db: Database, parts: list[tuple[Any, Path]],
                    progress: Progress | None = None,
                    on_line: Callable[[str, Any], None] | None = None) -> list[Outcome]:
    """Import the sync files ``parts`` ((key, path), in order) in one transaction.

    Returns one Outcome per part. ``on_line(table, line)`` sees every record line of each
    segment applied (the central sync remembers which versions the file holds)."""
    outcomes = [Outcome(key) for key, _path in parts]
    with contextlib.ExitStack() as stack:
        ready: list[_Open] = []
        for outcome, (_key, path) in zip(outcomes, parts, strict=True):
            try:
                bundle = stack.enter_context(opened(db, path))
                outcome.summary = summary_of(bundle, path)
                with db.engine.connect() as conn:
                    known = known_bundle(conn, bundle.bundle_id)
                refuse_own_device(db, bundle, known)
                if known is not None:
                    outcome.summary.already_imported = True
                    outcome.summary.first_imported_at = known.isoformat()
                    continue
                ready.append(_Open(outcome, bundle, authenticate(db, bundle)))
            except SyncFileError as exc:
                outcome.summary, outcome.error = None, exc
        if ready:
            _run(db, ready, _ticker(progress, ready), on_line)
    if progress is not None:
        progress(1, 1)
    return outcomes


def _ticker(progress: Progress | None, ready: list[_Open]) -> Callable[[], None]:
    total = 2 * sum(r.outcome.summary.records for r in ready if r.outcome.summary)
    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        if progress is not None and (done % 500 == 0) and not progress(done, total):
            raise SyncCancelledError("sync.import_cancelled")
    return tick


def _run(db: Database, ready: list[_Open], tick: Callable[[], None],
         on_line: Callable[[str, Any], None] | None) -> None:
    """Check and apply each segment in order, then what an import does once, and commit."""
    applied: list[_Open] = []
    with db.engine.connect() as conn, dialects.import_session(conn, IMPORT_CACHE_KIB):
        try:
            with conn.begin():
                before = live_rows(conn)
                applier = Applier(conn, db)
                for part in ready:
                    if _check(conn, db, part, tick):
                        _apply(conn, db, applier, part, tick, on_line)
                        applied.append(part)
                if applied:
                    _finish(conn, applier, applied)
        except Exception as exc:
            explained = write_error(db, _names(ready), exc)
            if explained is None:
                raise
            raise explained from exc
        finally:
            drop_temp(conn)
            conn.commit()
    new = sum(p.outcome.summary.new for p in applied if p.outcome.summary)
    if new >= ANALYZE_AFTER and new >= before // 10:
        db.analyze()


def _names(ready: list[_Open]) -> str:
    return ", ".join(p.bundle.label for p in ready)


def _check(conn: sa.Connection, db: Database, part: _Open, tick: Callable[[], None]) -> bool:
    """The check pass of one segment (after the segments before it were applied, so it may
    refer to their records). Refused: skipped alone — the pass wrote only TEMP tables."""
    summary = part.outcome.summary
    assert summary is not None
    try:
        part.checked = check_bundle(conn, part.bundle, tick, settle=lambda: settle_import(
            conn, db, part.bundle.bundle_id))
    except SyncFileError as exc:
        part.outcome.summary, part.outcome.error = None, exc
        return False
    except ImportedMeanwhile as meanwhile:  # by another analyst, while we checked
        summary.already_imported = True
        summary.first_imported_at = meanwhile.at.isoformat()
        return False
    return True


def _apply(conn: sa.Connection, db: Database, applier: Applier, part: _Open,
           tick: Callable[[], None], on_line: Callable[[str, Any], None] | None) -> None:
    applier.next_file(part.bundle.bundle_id, part.authority)
    part.gate = HoldGate(conn, part.bundle.bundle_id, db.clock.wall_ms(),
                         authority=part.authority, refuse=applier.refuse_record,
                         own_newest_ms=db.clock.last.millis, own_ids=db.own_device_ids)
    apply_all(part.bundle, applier, part.gate, tick, on_line, part.checked)
    part.checked = None  # applied: its memory is free for the next segment
    part.gate.store()
    summary = part.outcome.summary
    assert summary is not None
    summary.held_over = part.gate.over
    summary.withdrawn = drop_withdrawn(conn, part.bundle.manifest["device_id"],
                                       part.bundle.manifest.get("withdrawn"))
    part.counts = applier.counts
    _take_counts(part.outcome.summary, applier)


def _take_counts(summary: ImportSummary | None, applier: Applier) -> None:
    assert summary is not None
    c = applier.counts
    summary.new, summary.updated, summary.unchanged = c.new, c.updated, c.unchanged
    summary.conflicts, summary.merged = c.conflicts, c.merged
    summary.per_table = c.per_table
    summary.refused = list(applier.refused)
    summary.refused_merges = list(applier.refused_merges)


def _finish(conn: sa.Connection, applier: Applier, applied: list[_Open]) -> None:
    """Once for all segments: held versions now in range, the merge rule, orphaned
    references, the clock; then each segment logged (what follows counts to the last)."""
    last = applied[-1]
    assert last.gate is not None and last.outcome.summary is not None
    released = release_due(conn, applier, last.gate.now_ms)
    enforce_merges(conn, applier)
    orphan_conflicts(conn, applier)
    applier.finish()
    _take_counts(last.outcome.summary, applier)
    last.outcome.summary.released = released
    tables: set[str] = {"sync_conflicts", "org_merges"}
    for part in applied:
        summary, gate = part.outcome.summary, part.gate
        assert summary is not None and gate is not None
        if part.counts is not None:  # the conflicts it found, stored by ``finish``
            summary.conflicts = part.counts.conflicts
        summary.held, summary.held_unproven = gate.count, gate.unproven
        summary.clock_behind = gate.count > gate.unproven and gate.behind
        summary.held_reason = gate.sentence(origin_name(gate, summary))
        tables.update(summary.per_table)
        log_import(conn, summary)
    changes.note(conn, tables)
