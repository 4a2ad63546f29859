"""A conflict whose proof is by a device this laptop does not know yet waits, then is checked.

Head office enrols Nurlan's laptop after Raushan last took the programme file, so Raushan's
device list does not hold Nurlan. A conflict copy "proven" by Nurlan cannot be checked there:
taken as it came, a made-up proof would outrank the honest copy for good. It is held back,
named in the summary, and checked once Raushan's list holds Nurlan: a true one is then kept,
a made-up one refused.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_conflict_proofs import FORGED, REAL, _conflicts
from test_relay_proofs import world  # noqa: F401  (the fixture)
from test_sync_conflict_identity import _notes_unit
from test_sync_support import add_org_with_consultation
from test_trust import _enrolled

from clusterdesk.store.models import Consultation, Organization
from clusterdesk.store.sync_models import SyncConflict
from clusterdesk.sync import ImportSummary, sync_central, sync_status, trust
from clusterdesk.sync.conflict_identity import conflict_uuid


def _held(db) -> list[tuple]:  # noqa: ANN001
    with db.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT table_name, record_uuid, reason "
                                    "FROM sync_held").all()


@pytest.fixture
def people(world, tmp_path: Path):  # noqa: ANN001, ANN201, F811
    """Raushan and a hostile laptop take the programme file; Nurlan is enrolled later."""
    ho, a, b, central = world
    hostile = _enrolled(tmp_path, "hostile", ho)
    raushan = _enrolled(tmp_path, "raushan", ho)
    for db in (a, b):
        trust.accept(db, trust.load(ho).document(), "programme.json")
    _org, cons = add_org_with_consultation(a, "Шаруа қожалығы «Әділ»", notes="first visit")
    for db in (a, b, raushan, hostile):
        sync_central(db, central)
    nurlan = _enrolled(tmp_path, "nurlan", ho)
    assert trust.load(raushan).device_of(nurlan.device_id) is None
    assert trust.load(hostile).device_of(nurlan.device_id) is None
    return ho, a, b, hostile, raushan, nurlan, central, cons


def _made_up_copy(people, loser: str) -> str:  # noqa: ANN001
    """The hostile laptop puts a conflict "proven" by ``loser`` into the central file."""
    _ho, _a, _b, hostile, raushan, _nurlan, central, cons = people
    with raushan.engine.connect() as conn:
        hlc = conn.exec_driver_sql("SELECT hlc FROM consultations WHERE uuid = ?",
                                   (cons,)).scalar()
    cid = conflict_uuid("consultations", cons, _notes_unit(), (hlc, loser))
    with hostile.session() as s:
        s.add(SyncConflict(uuid=cid, table_name="consultations", record_uuid=cons,
                           loser_hlc=hlc, loser_device_id=loser,
                           loser_fields={"notes": FORGED}, kind="field", resolved=True,
                           resolution="kept_current",
                           loser_proof={"sig": "AAAA", "others": {}}))
    sync_central(hostile, central)
    return cid


def _imported(result) -> ImportSummary:  # noqa: ANN001
    assert result.imported is not None
    return result.imported


def test_a_made_up_proof_by_an_unknown_device_waits_then_is_refused(people) -> None:  # noqa: ANN001
    ho, a, _b, _hostile, raushan, nurlan, central, _cons = people
    cid = _made_up_copy(people, nurlan.device_id)
    summary = _imported(sync_central(raushan, central))
    assert not summary.refused, summary.refused
    assert _conflicts(raushan) == []
    assert summary.held == 1
    assert nurlan.device_id[:8] in summary.held_reason
    assert "device list does not hold" in summary.held_reason, summary.held_reason
    assert [(t, u) for t, u, _r in _held(raushan)] == [("sync_conflicts", cid)]
    assert sync_status(raushan).held == 1

    trust.accept(raushan, trust.load(ho).document(), "programme.json")  # now she knows him
    with a.session() as s:
        s.add(Organization(name="ТОО «Келесі»", region_code="39"))
    sync_central(a, central)
    later = _imported(sync_central(raushan, central))
    assert any(cid[:8] in r and "did not sign" in r for r in later.refused), later.refused
    assert _conflicts(raushan) == []
    assert _held(raushan) == []


def test_a_proof_by_a_device_that_does_not_exist_stays_held(people) -> None:  # noqa: ANN001
    """No device list will ever hold it: it is kept aside, never shown as signed."""
    ho, _a, _b, _hostile, raushan, _nurlan, central, _cons = people
    cid = _made_up_copy(people, "0badc0de-0000-4000-8000-000000000000")
    for db in (raushan, ho):  # head office's own list does not hold it either
        summary = _imported(sync_central(db, central))
        assert summary.held == 1 and "0badc0de" in summary.held_reason, summary.held_reason
        assert _conflicts(db) == []
        assert [(t, u) for t, u, _r in _held(db)] == [("sync_conflicts", cid)]


def test_a_true_proof_comes_with_the_device_list_that_holds_its_device(people) -> None:  # noqa: ANN001
    """Nurlan's notes lose to Bolat's later ones; Bolat's machine attaches Nurlan's proof.
    Nurlan's and Bolat's segments carry the newer device list, so Raushan checks the proof
    at once and keeps the conflict: an honest copy is never held."""
    ho, _a, b, _hostile, raushan, nurlan, central, _cons = people
    trust.accept(b, trust.load(ho).document(), "programme.json")
    _org, cons = add_org_with_consultation(nurlan, "ТОО «Нұр»", notes="first visit")
    sync_central(nurlan, central)
    sync_central(b, central)
    with nurlan.session() as s:
        s.get(Consultation, cons).notes = REAL
    with b.session() as s:
        s.get(Consultation, cons).notes = "Қанат called back"  # later: Bolat's wins
    sync_central(nurlan, central)
    sync_central(b, central)
    found = _conflicts(b)
    assert [(f[1], f[4]) for f in found] == [({"notes": REAL}, True)]

    summary = sync_central(raushan, central)
    assert summary.imported is not None and summary.imported.held == 0, summary.imported
    assert not summary.imported.refused, summary.imported.refused
    assert _conflicts(raushan) == [(found[0][0], {"notes": REAL}, False, b.device_id, True)]
    with raushan.engine.connect() as conn, b.engine.connect() as theirs:
        assert json.loads(conn.exec_driver_sql(
            "SELECT loser_proof FROM sync_conflicts").scalar()) == json.loads(
            theirs.exec_driver_sql("SELECT loser_proof FROM sync_conflicts").scalar())
