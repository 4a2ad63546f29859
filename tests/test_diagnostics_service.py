"""Diagnostics as records: start, save half-done, resume, complete, compare, find by place."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from clusterdesk.domain.enums import InitiativeStatus, MemberRole, OrgKind
from clusterdesk.errors import ClusterDeskError, ValidationError
from clusterdesk.services import diagnostics as svc
from clusterdesk.store.diagnostic_models import Diagnostic, DiagnosticStatus
from clusterdesk.store.models import Consultant, Initiative, Membership, Organization, Trip


@pytest.fixture
def db(any_db):
    """Every test here runs on an SQLite file and on a PostgreSQL database."""
    return any_db


GOOD = {"mass.members": 18, "mass.member_kinds": 3, "mass.education": True,
        "governance.coordinator": True, "commitment.agreement": True, "mass.territory": True,
        "governance.akimat": True, "strategy.plan": "draft"}


def _initiative(db, region: str = "51") -> tuple[str, str]:  # noqa: ANN001
    with db.session() as s:
        c = Consultant(name="Жанна Ахметова")
        org = Organization(kind=OrgKind.ENTERPRISE, name='ТОО "Әлем & <Құрылыс>"')
        s.add_all([c, org])
        s.flush()
        ini = Initiative(name="Фармацевтический кластер", sector_key="pharma",
                         region_code=region, coordinator_uuid=org.uuid)
        s.add(ini)
        s.flush()
        s.add(Membership(initiative_uuid=ini.uuid, organization_uuid=org.uuid,
                         role=MemberRole.ANCHOR, joined_on=dt.date(2017, 3, 1)))
        return ini.uuid, c.uuid


def test_save_half_done_resume_and_complete(db) -> None:  # noqa: ANN001
    ini, cons = _initiative(db)
    with db.session() as s:
        diag = svc.start_diagnostic(s, ini, consultant_uuid=cons, date=dt.date(2017, 5, 2))
        uuid = diag.uuid
        assert (diag.form_id, diag.form_version, diag.status) == ("readiness", 1, "draft")
        running = svc.set_answer(s, uuid, "mass.members", 18, "letters of 18 members")
        assert running.answered == 1 and running.dimensions["mass"].score == 75.0
    with db.session() as s:  # resumed later: what was saved is there
        diag = s.get(Diagnostic, uuid)
        assert diag.answers == {"mass.members": {"value": 18,
                                                 "evidence": "letters of 18 members"}}
        assert diag.scores["dimensions"]["mass"] == 75.0 and diag.scores["level"] is None
        with pytest.raises(ValidationError, match="governance.form"):
            svc.save_diagnostic(s, uuid, answers={"mass.education": True,
                                                  "governance.form": "cooperative"})
    with db.session() as s:  # the refused save changed nothing
        assert set(s.get(Diagnostic, uuid).answers) == {"mass.members"}
        svc.save_diagnostic(s, uuid, answers=GOOD, next_steps="Подписать меморандум",
                            attendees=["  Ким Дмитрий ", ""])
        svc.save_diagnostic(s, uuid, answers={"mass.territory": None})  # un-answer
        result = svc.complete_diagnostic(s, uuid)
        diag = s.get(Diagnostic, uuid)
        assert diag.status == DiagnosticStatus.COMPLETE
        assert diag.attendees == ["Ким Дмитрий"] and "mass.territory" not in diag.answers
        assert result.gates["territory"] is None and result.level is None
        assert diag.scores["answered"] == len(GOOD) - 1


def test_latest_previous_and_changes(db) -> None:  # noqa: ANN001
    ini, cons = _initiative(db)
    with db.session() as s:
        first = svc.start_diagnostic(s, ini, date=dt.date(2017, 5, 2))
        svc.save_diagnostic(s, first.uuid, answers={**GOOD, "strategy.vision": 1})
        svc.complete_diagnostic(s, first.uuid)
        draft = svc.start_diagnostic(s, ini, date=dt.date(2019, 1, 1))
        svc.set_answer(s, draft.uuid, "strategy.vision", 4)
        second = svc.start_diagnostic(s, ini, date=dt.date(2018, 11, 20))
        svc.save_diagnostic(s, second.uuid, answers={**GOOD, "strategy.vision": 3})
        svc.complete_diagnostic(s, second.uuid)
    with db.session() as s:
        assert svc.latest_diagnostic(s, ini).uuid == second.uuid  # drafts don't count
        assert svc.resolve_diagnostic(s, f"latest:{ini}").uuid == second.uuid
        assert svc.previous_diagnostic(s, s.get(Diagnostic, second.uuid)).uuid == first.uuid
        assert svc.previous_diagnostic(s, s.get(Diagnostic, first.uuid)) is None
        change = svc.changes_since_previous(s, s.get(Diagnostic, second.uuid))
        # strategy: plan draft (2) + vision 1 -> 3/8; then vision 3 -> 5/8: +25 points
        assert change["strategy"] == pytest.approx(25.0)
        assert change["mass"] == 0 and change["results"] is None


def test_region_and_trip_lists_count_historical_regions_under_today(db) -> None:  # noqa: ANN001
    south, _ = _initiative(db, region="51")      # South Kazakhstan region (until 2018)
    with db.session() as s:
        other = Initiative(name="Мукомольный кластер", sector_key="food", region_code="39")
        trip = Trip(round=1, title="Юг", region_codes=["51", "43"],
                    start_date=dt.date(2016, 9, 26), end_date=dt.date(2016, 10, 1))
        s.add_all([other, trip])
        s.flush()
        for ini in (south, other.uuid):
            d = svc.start_diagnostic(s, ini, date=dt.date(2017, 5, 2))
            svc.save_diagnostic(s, d.uuid, answers=GOOD)
            svc.complete_diagnostic(s, d.uuid)
        trip_uuid, other_uuid = trip.uuid, other.uuid
    with db.session() as s:
        names = lambda ds: [d.initiative_uuid for d in ds]  # noqa: E731
        assert names(svc.list_diagnostics(s, region="610000000")) == [south]  # today Turkistan
        assert names(svc.list_diagnostics(s, region="510000000")) == [south]
        assert names(svc.list_diagnostics(s, region="390000000")) == [other_uuid]
        assert names(svc.list_diagnostics(s, trip=trip_uuid)) == [south]
        assert len(svc.list_diagnostics(s)) == 2
        with pytest.raises(ClusterDeskError, match="KATO"):
            svc.list_diagnostics(s, region="990000000")


def test_explain_withheld_in_each_language(db) -> None:  # noqa: ANN001
    from clusterdesk.domain.scoring import score

    form = svc.latest_form("readiness")
    result = score(form, {"mass.members": 3})
    kk = svc.explain_withheld(form, result, "kk")
    assert kk[0].startswith("40 сұрақтың 1 сұрағына жауап берілді")
    assert any("Кемінде 15 қатысушы" in t and "орындалмады" in t for t in kk)
    assert "A required condition is not met" in " ".join(svc.explain_withheld(form, result, "en"))


def test_demo_diagnostics(demo_db) -> None:  # noqa: ANN001
    from clusterdesk.services.demo_diagnostics import add_demo_diagnostics

    with demo_db.session() as s:
        if not s.query(Diagnostic).count():  # until the demo generator calls it itself
            add_demo_diagnostics(s, random.Random(2017))
    with demo_db.session() as s:
        initiatives = s.query(Initiative).all()
        assert len(initiatives) == 23
        for ini in initiatives:
            found = svc.diagnostics_of(s, ini.uuid, complete_only=True)
            selected = ini.status == InitiativeStatus.SELECTED
            assert len(found) == (2 if selected else 1), ini.name
            if selected:
                assert found[1].scores["index"] > found[0].scores["index"], ini.name
        first = {ini.uuid: svc.diagnostics_of(s, ini.uuid)[0].scores["index"]
                 for ini in initiatives}
        sel = [first[i.uuid] for i in initiatives if i.status == InitiativeStatus.SELECTED]
        rest = [first[i.uuid] for i in initiatives if i.status != InitiativeStatus.SELECTED]
        assert sum(sel) / len(sel) > sum(rest) / len(rest) + 10
