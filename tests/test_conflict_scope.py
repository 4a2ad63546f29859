"""A consultant's laptop may record and resolve conflicts only of what its role may change.

Before, any signed device could write conflict records about head office's own tables: mark
one "resolved" to hide it from head office, or make one up whose "other version" carried a
value head office never wrote, one click away from being kept.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from test_relay_proofs import world  # noqa: F401  (the fixture)
from test_sync_support import add_org_with_consultation
from test_trust import _file

from clusterdesk.store.models import Consultation, SelectionRound
from clusterdesk.store.sync_models import SyncConflict
from clusterdesk.sync import import_file, sync_central
from clusterdesk.sync.conflict_identity import conflict_uuid


def _conflicts(db) -> list[tuple]:  # noqa: ANN001
    with db.engine.connect() as conn:
        return [(t, json.loads(f)) for t, f in conn.exec_driver_sql(
            "SELECT table_name, loser_fields FROM sync_conflicts").all()]


def test_a_consultant_cannot_record_a_conflict_of_head_offices_tables(world, tmp_path: Path  # noqa: F811
                                                                     ) -> None:
    ho, a, _b, central = world
    with ho.session() as s:
        rnd = SelectionRound(name="Отбор 2017", announced_on=dt.date(2017, 3, 1),
                             deadline=dt.date(2017, 5, 1), clusters_to_select=10)
        s.add(rnd)
        s.flush()
        round_uuid, round_hlc = rnd.uuid, rnd.hlc
    sync_central(ho, central)
    sync_central(a, central)
    made_up = (round_hlc, ho.device_id)
    cid = conflict_uuid("selection_rounds", round_uuid, ("clusters_to_select",), made_up)
    with a.session() as s:  # what a modified program on the signed laptop could write
        s.add(SyncConflict(uuid=cid,
                           table_name="selection_rounds", record_uuid=round_uuid,
                           loser_hlc=made_up[0], loser_device_id=made_up[1],
                           loser_fields={"clusters_to_select": 40},
                           kind="field"))
    org, cons = add_org_with_consultation(a, "Ферма «Ақбидай»")   # ordinary work beside it
    summary = import_file(ho, _file(a, tmp_path, "a1"))
    assert any("may not record or resolve conflicts of selection_rounds" in r
               for r in summary.refused), summary.refused
    assert _conflicts(ho) == []
    with ho.session() as s:
        assert s.get(Consultation, cons) is not None              # the rest was applied


def test_a_consultants_conflict_of_its_own_work_still_travels(world, tmp_path: Path  # noqa: F811
                                                              ) -> None:
    ho, a, b, central = world
    _org, cons = add_org_with_consultation(a, "Ферма «Іңкәр»", notes="first visit")
    sync_central(a, central)
    sync_central(b, central)
    with a.session() as s:
        s.get(Consultation, cons).notes = "Aigerim's"
    with b.session() as s:
        s.get(Consultation, cons).notes = "Bolat's"
    sync_central(a, central)
    sync_central(b, central)          # Bolat's machine finds the conflict and sends it
    result = sync_central(ho, central).imported
    assert result is not None and not result.refused, result.refused
    assert [t for t, _f in _conflicts(ho)] == ["consultations"]


def test_a_consultants_laptop_does_not_offer_to_resolve_head_offices_conflicts(
        world, tmp_path: Path) -> None:  # noqa: ANN001, F811
    import pytest

    from clusterdesk.errors import ClusterDeskError
    from clusterdesk.sync import resolve_conflict

    ho, a, _b, _central = world
    with a.session() as s:
        s.add(SyncConflict(uuid="0c3e8c2a-0000-5000-8000-000000000001",
                           table_name="selection_rounds",
                           record_uuid="0c3e8c2a-0000-4000-8000-000000000002",
                           loser_hlc="001700000000000-000000", loser_device_id=ho.device_id,
                           loser_fields={"clusters_to_select": 40}, kind="field"))
    with pytest.raises(ClusterDeskError, match="may not resolve their conflicts"):
        resolve_conflict(a, "0c3e8c2a-0000-5000-8000-000000000001", keep="current")
    with a.session() as s:
        assert not s.get(SyncConflict, "0c3e8c2a-0000-5000-8000-000000000001").resolved
