"""A conflict carries its loser's proof, so a third machine keeps the true losing values.

Aigerim and Bolat edit the same consultation; Bolat's edit wins and his machine finds that
Aigerim's notes lost. Head office never sees Aigerim's edit itself: only Bolat's winner and
the conflict he found. A signed laptop turned hostile sends head office a copy of that very
conflict (right id) with notes Aigerim never wrote, marked resolved — before Bolat's copy
arrives, or after it. Either way head office must end with Aigerim's real notes, open.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid as _uuid
from pathlib import Path

import pytest
from test_relay_proofs import world  # noqa: F401  (the fixture)
from test_sync_conflict_identity import _notes_unit
from test_sync_support import add_org_with_consultation
from test_trust import _enrolled, _file

from clusterdesk.store.models import Consultation
from clusterdesk.store.sync_models import SyncConflict
from clusterdesk.sync import import_file, sync_central, trust
from clusterdesk.sync.apply_rows import whole_record
from clusterdesk.sync.conflict_identity import conflict_uuid
from clusterdesk.sync.field_merge import Side

REAL, FORGED = "Әсем called back: Қостанай, 12 June", "nothing was agreed"


def _conflicts(db) -> list[tuple]:  # noqa: ANN001
    with db.engine.connect() as conn:
        return [(u, json.loads(f), bool(r), d, json.loads(p or "null") is not None)
                for u, f, r, d, p in
                conn.exec_driver_sql("SELECT uuid, loser_fields, resolved, device_id, "
                                     "loser_proof FROM sync_conflicts").all()]


@pytest.fixture
def scene(world, tmp_path: Path):  # noqa: ANN001, ANN201, F811
    """Aigerim's notes lost to Bolat's, found by Bolat; head office has the first version."""
    ho, a, b, central = world
    hostile = _enrolled(tmp_path, "hostile", ho)
    for db in (a, b, ho, hostile):
        trust.accept(db, trust.load(ho).document(), "programme.json")
    _org, cons = add_org_with_consultation(a, "Ферма «Іңкәр»", notes="first visit")
    sync_central(a, central)
    for db in (b, ho, hostile):
        sync_central(db, central)
    with a.session() as s:
        s.get(Consultation, cons).notes = REAL
    with b.session() as s:
        s.get(Consultation, cons).notes = "Қанат called back"  # later: Bolat's wins
    sync_central(a, central)
    with a.engine.connect() as conn:
        a_hlc = conn.exec_driver_sql("SELECT hlc FROM consultations WHERE uuid = ?",
                                     (cons,)).scalar()
    sync_central(b, central)  # Bolat's machine finds Aigerim's notes lost
    cid = conflict_uuid("consultations", cons, _notes_unit(), (a_hlc, a.device_id))
    assert _conflicts(b) == [(cid, {"notes": REAL}, False, b.device_id, True)]
    return ho, a, b, hostile, cons, a_hlc, cid


def _forge(hostile, tmp_path: Path, **row: object) -> Path:  # noqa: ANN001
    """What a modified program on a signed laptop could write into its own database."""
    with hostile.session() as s:
        s.add(SyncConflict(**row))
    return _file(hostile, tmp_path, f"h-{_uuid.uuid4().hex[:6]}")


def _forged_copy(scene, tmp_path: Path, **extra: object) -> Path:  # noqa: ANN001
    _ho, a, _b, hostile, cons, a_hlc, cid = scene
    return _forge(hostile, tmp_path, uuid=cid, table_name="consultations", record_uuid=cons,
                  loser_hlc=a_hlc, loser_device_id=a.device_id, loser_fields={"notes": FORGED},
                  kind="field", resolved=True, resolution="kept_current", **extra)


def test_the_true_copy_replaces_a_forged_one_that_came_first(scene, tmp_path: Path) -> None:
    ho, _a, b, hostile, _cons, _h, cid = scene
    summary = import_file(ho, _forged_copy(scene, tmp_path))
    assert not summary.refused, summary.refused
    assert _conflicts(ho) == [(cid, {"notes": FORGED}, True, hostile.device_id, False)]
    summary = import_file(ho, _file(b, tmp_path, "b", all_records=True))
    assert not summary.refused, summary.refused
    assert _conflicts(ho) == [(cid, {"notes": REAL}, False, b.device_id, True)]


def test_a_forged_copy_that_comes_later_changes_nothing(scene, tmp_path: Path) -> None:
    ho, _a, b, _hostile, _cons, _h, cid = scene
    import_file(ho, _file(b, tmp_path, "b", all_records=True))
    import_file(ho, _forged_copy(scene, tmp_path))
    assert _conflicts(ho) == [(cid, {"notes": REAL}, False, b.device_id, True)]


def test_a_true_proof_under_made_up_values_is_refused(scene, tmp_path: Path) -> None:
    """The hostile laptop copies Bolat's proof onto its own values: the proof no longer
    holds for them, and head office says so and keeps nothing of that copy."""
    ho, _a, b, _hostile, _cons, _h, cid = scene
    with b.engine.connect() as conn:
        proof = json.loads(conn.exec_driver_sql(
            "SELECT loser_proof FROM sync_conflicts WHERE uuid = ?", (cid,)).scalar())
    summary = import_file(ho, _forged_copy(scene, tmp_path, loser_proof=proof))
    assert any(cid[:8] in r and "did not sign" in r and "not the ones" in r
               for r in summary.refused), summary.refused
    assert _conflicts(ho) == []
    import_file(ho, _file(b, tmp_path, "b", all_records=True))
    assert _conflicts(ho) == [(cid, {"notes": REAL}, False, b.device_id, True)]


def test_a_resolution_of_the_true_copy_travels(scene, tmp_path: Path) -> None:
    """Resolving keeps the proof: the resolved copy outranks the open one everywhere."""
    from clusterdesk.sync import resolve_conflict

    ho, _a, b, _hostile, _cons, _h, cid = scene
    resolve_conflict(b, cid, keep="current")
    import_file(ho, _forged_copy(scene, tmp_path))
    import_file(ho, _file(b, tmp_path, "b", all_records=True))
    assert _conflicts(ho) == [(cid, {"notes": REAL}, True, b.device_id, True)]


def _side(hlc: str, device: str) -> Side:
    return Side(hlc, device, False, {}, None, {})


def test_copies_rank_the_same_whatever_the_order() -> None:
    """Proven, then resolved, then the stamp: a total order, so the kept copy does not
    depend on which copy a machine met first."""
    copies = [(_side(f"00017000000000{i}-0000", d), resolved, proven)
              for i, (d, resolved, proven) in enumerate([
                  ("a", False, True), ("h", True, False), ("b", True, False),
                  ("c", False, False), ("d", True, True)])]

    def merge(x, y):  # noqa: ANN001, ANN202
        m = whole_record(x[0], y[0], x[1], y[1], x[2], y[2])
        return y if m.took_incoming else x

    import itertools

    kept = set()
    for order in itertools.permutations(copies):
        acc = order[0]
        for c in order[1:]:
            acc = merge(acc, c)
        kept.add(acc[0].device)
    assert kept == {"d"}  # proven and resolved


def test_a_conflict_the_loser_found_itself_carries_its_own_signature(world,  # noqa: F811
                                                                     tmp_path: Path) -> None:
    """Bolat edits first, Aigerim later: Bolat's machine finds its own notes lost, signs
    the proof itself, and head office checks it against Bolat's key."""
    ho, a, b, central = world
    _org, cons = add_org_with_consultation(a, "ТОО «Үміт»", notes="first visit")
    sync_central(a, central)
    for db in (b, ho):
        sync_central(db, central)
    with b.session() as s:
        s.get(Consultation, cons).notes = "Bolat's notes"
    with a.session() as s:
        s.get(Consultation, cons).notes = "Aigerim's later notes"  # later: hers wins
    sync_central(a, central)
    sync_central(b, central)
    found = _conflicts(b)
    assert [(f[1], f[4]) for f in found] == [({"notes": "Bolat's notes"}, True)]
    summary = import_file(ho, _file(b, tmp_path, "b", all_records=True))
    assert not summary.refused, summary.refused
    assert [(f[1], f[2], f[4]) for f in _conflicts(ho)] == [
        ({"notes": "Bolat's notes"}, False, True)]


def test_a_made_up_proof_for_a_revoked_loser_is_still_checked(scene, tmp_path: Path) -> None:
    """Aigerim's laptop is revoked: a copy of her lost notes with a made-up proof does not
    get past head office on the strength of her device being gone."""
    ho, a, _b, hostile, _cons, _h, cid = scene
    trust.revoke(ho, a.device_id)
    trust.accept(hostile, trust.load(ho).document(), "programme.json")
    summary = import_file(ho, _forged_copy(scene, tmp_path, loser_proof={
        "sig": "AAAA", "others": {}}))
    assert any(cid[:8] in r and "did not sign" in r for r in summary.refused), summary.refused
    assert _conflicts(ho) == []


def test_a_conflict_without_a_proof_is_stored_alike_everywhere(tmp_path: Path) -> None:
    """An orphan found on one laptop and the copy another laptop imports hold the same
    bytes (no proof: SQL NULL on both, not NULL here and JSON null there)."""
    from test_sync_support import fresh_db

    from clusterdesk.store.models import Organization
    from clusterdesk.sync import export_changes

    a, b = fresh_db(tmp_path / "a.db"), fresh_db(tmp_path / "b.db")
    org, _cons = add_org_with_consultation(a, "ТОО «Жетісу»")
    import_file(b, _file(a, tmp_path, "a1", all_records=True))
    with a.session() as s:
        s.get(Organization, org).deleted = True
    with b.session() as s:
        s.add(Consultation(date=dt.date(2017, 3, 1), organization_uuid=org,
                           notes="Қайта келді"))
    export_changes(a, tmp_path / "a2.cdsync")
    import_file(a, _file(b, tmp_path, "b1"))  # a live consultation of a deleted organization
    import_file(b, _file(a, tmp_path, "a3"))

    def stored(db) -> list[tuple]:  # noqa: ANN001
        with db.engine.connect() as conn:
            return conn.exec_driver_sql("SELECT uuid, kind, typeof(loser_proof), hlc "
                                        "FROM sync_conflicts").all()

    found_at_a = stored(a)
    assert [r[1:3] for r in found_at_a] == [("orphan", "null")]
    assert found_at_a[0] in stored(b)  # the same row, stamp and empty proof included
    assert {r[2] for r in stored(b)} == {"null"}
