"""Drafting from the records, the workflow with its history, evaluation, the PDF and the CLI."""

from __future__ import annotations

import datetime as dt
import os
import stat

import pytest
from pypdf import PdfReader

from clusterdesk.cli.main import main
from clusterdesk.domain.bin import make_bin
from clusterdesk.domain.enums import InitiativeStatus, MemberRole, OrgKind
from clusterdesk.errors import ClusterDeskError, ValidationError
from clusterdesk.reports.application import write_application_pdf
from clusterdesk.services import applications as svc
from clusterdesk.services import organizations
from clusterdesk.services.report_data import application_print
from clusterdesk.store.models import Initiative, Membership, Organization, SelectionRound


@pytest.fixture
def db(any_db):
    """Every test here runs on an SQLite file and on a PostgreSQL database."""
    return any_db


COORDINATOR = 'ТОО "Әлем & <Құрылыс>"'
FILING_DAY = dt.date(2017, 5, 20)


def _bin(n: int) -> str:
    return next(b for s in range(n * 50, n * 50 + 49) if (b := make_bin(f"120440{s:05d}")))


def build(db, n_members: int = 6, name: str = "Құрылыс кластері", to_select: int = 1) -> str:  # noqa: ANN001
    """An initiative in Kostanay region with members, a 2017 round, and a fresh draft."""
    with db.session() as s:
        if not s.query(SelectionRound).filter_by(name="2017").first():
            s.add(SelectionRound(name="2017", announced_on=dt.date(2017, 4, 10),
                                 deadline=dt.date(2017, 6, 8), clusters_to_select=to_select,
                                 template_id="application", template_version="2017"))
        base = s.query(Organization).count()
        orgs = []
        for i in range(n_members):
            kind = OrgKind.UNIVERSITY if i == n_members - 1 else OrgKind.ENTERPRISE
            org_name = COORDINATOR if i == 0 and base == 0 else f"ТОО «Өнім {base + i}»"
            orgs.append(organizations.save(s, Organization(
                name=org_name, kind=kind, bin=_bin(base + i), region_recorded_code="39",
                employees=10 * (i + 1), revenue_mln_kzt=100.0, export_share=10.0)))
        s.flush()
        ini = Initiative(name=name, sector_key="construction", region_code="39",
                         coordinator_uuid=orgs[0].uuid, description="Кірпіш пен бетон")
        s.add(ini)
        s.flush()
        for org in orgs:
            s.add(Membership(initiative_uuid=ini.uuid, organization_uuid=org.uuid,
                             role=MemberRole.PARTICIPANT, joined_on=dt.date(2017, 3, 1)))
        s.flush()
        return svc.draft_from_initiative(s, ini.uuid, "2017", "Айгерім Нұрланқызы",
                                         on=dt.date(2017, 5, 1)).uuid


def complete(db, uuid: str) -> None:  # noqa: ANN001
    with db.session() as s:
        app = svc.get_application(s, uuid)
        tpl = svc.template_of(app)
        fields = {sec.id: {f.id: app.fields[sec.id].get(f.id) or
                           {"number": "5", "date": "02.05.2017"}.get(f.kind) or
                           (f.options[0][0] if f.options else "Мәтін")
                           for f in sec.fields} for sec in tpl.sections}
        people = [dict(p, agreement_signed=True) for p in app.participants]
        files = {a.id: {"present": True, "file": f"{a.id}.pdf"} for a in tpl.attachments}
        svc.update_draft(s, uuid, fields=fields, participants=people, attachments=files)


def test_draft_is_prefilled_from_the_records(db):
    uuid = build(db)
    with db.session() as s:
        app = svc.get_application(s, uuid)
        assert (app.template_id, app.template_version) == ("application", "2017")
        general, profile = app.fields["general"], app.fields["profile"]
        assert general["cluster_name"] == "Құрылыс кластері"
        assert general["region"] == "Костанайская область"
        assert general["coordinator"] == COORDINATOR
        assert general["sector"] == "Строительная индустрия"
        assert profile["employees_total"] == 210 and profile["revenue_total"] == 600.0
        assert profile["export_share"] == 10.0
        assert app.participants[0]["coordinator"] and app.participants[0]["name"] == COORDINATOR
        assert [p["kind"] for p in app.participants].count("university") == 1
        assert all(len(p["bin"]) == 12 for p in app.participants)
        assert app.initiative.status is InitiativeStatus.APPLYING
        with pytest.raises(ClusterDeskError, match="already has an application"):
            svc.draft_from_initiative(s, app.initiative_uuid, "2017", "x")


def test_workflow_keeps_history_and_rejects_with_the_checks_reasons(db):
    uuid = build(db)
    with db.session() as s:
        svc.submit(s, uuid, svc.Actor("Айгерім Нұрланқызы"), on=FILING_DAY)
        problems = svc.register(s, uuid, "Жанна Ахметова")
        app = svc.get_application(s, uuid)
        assert app.status.value == "rejected"
        assert app.rejection_reasons == [p.text for p in problems]
        assert any("не подписал соглашение" in r for r in app.rejection_reasons)
        assert app.initiative.status is InitiativeStatus.NOT_SELECTED
        steps = [(e.from_status, e.to_status, e.who_name) for e in svc.history(s, uuid)]
        assert steps == [("", "draft", "Айгерім Нұрланқызы"),
                         ("draft", "submitted", "Айгерім Нұрланқызы"),
                         ("submitted", "rejected", "Жанна Ахметова")]
        assert svc.history(s, uuid)[-1].reasons == app.rejection_reasons
        with pytest.raises(ClusterDeskError, match="cannot become registered"):
            svc.change_status(s, uuid, "registered", "x")


def test_register_evaluate_rank_and_select(db):
    first, second = build(db, to_select=1), build(db, name="Сүт кластері")
    for uuid in (first, second):
        complete(db, uuid)
    with db.session() as s:
        for uuid in (first, second):
            svc.submit(s, uuid, "Дмитрий Ким", on=FILING_DAY)
            assert svc.register(s, uuid, "Жанна Ахметова") == []
        with pytest.raises(ValidationError, match="between 0 and 20"):
            svc.record_scores(s, first, "E1", {"critical_mass": 25})
        svc.record_scores(s, first, "E1", {"critical_mass": 10})
        with pytest.raises(ValidationError, match="has not scored"):
            svc.mark_evaluated(s, first, "E1")
        for uuid, points in ((first, 10), (second, 10)):
            for evaluator in ("E1", "E2"):
                svc.record_scores(s, uuid, evaluator, dict.fromkeys(
                    ("critical_mass", "competitiveness", "cooperation", "strategy",
                     "governance", "knowledge"), points))
            svc.mark_evaluated(s, uuid, "E1")
        assert svc.get_application(s, first).total == 60.0
        with pytest.raises(ClusterDeskError, match="tied on place 1"):
            svc.apply_selection(s, "2017", "Жанна Ахметова")
        svc.record_scores(s, second, "E2", {"knowledge": 9})  # a corrected point
        rows = svc.apply_selection(s, "2017", "Жанна Ахметова")
        assert [(r.uuid, r.rank, r.total, r.selected) for r in rows] == [
            (first, 1, 60.0, True), (second, 2, 59.5, False)]
        assert svc.get_application(s, first).initiative.status is InitiativeStatus.SELECTED
        assert svc.get_application(s, second).initiative.status is \
            InitiativeStatus.NOT_SELECTED
        assert svc.history(s, first)[-1].to_status == "selected"


def _pdf_text(path) -> str:  # noqa: ANN001
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_pdf_prints_literal_names_kazakh_and_the_draft_watermark(db, tmp_path):
    uuid = build(db)
    out = tmp_path / "out" / "өтінім.pdf"
    with db.session() as s:
        problems = write_application_pdf(application_print(s, uuid, "kk", FILING_DAY), out,
                                         "kk")
    assert problems
    text = _pdf_text(out)
    assert COORDINATOR in text
    assert "Кластер қатысушылары" in text and "Үйлестіруші ұйым" in text
    pages = PdfReader(out).pages
    assert all("ЖОБА — талаптарға сәйкес емес" in p.extract_text() for p in pages)
    assert [p.name for p in out.parent.iterdir()] == ["өтінім.pdf"]  # no half-written files

    complete(db, uuid)
    old = os.umask(0o022)
    try:
        with db.session() as s:
            assert write_application_pdf(application_print(s, uuid, "en", FILING_DAY), out,
                                         "en") == []
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == 0o644  # readable like any document
    with db.session() as s:
        assert write_application_pdf(application_print(s, uuid, "en", FILING_DAY), out,
                                     "en") == []
    text = _pdf_text(out)
    assert "does not meet requirements" not in text
    assert "The formal requirements check passed" in text and COORDINATOR in text


def test_cli_check_exit_codes(db, capsys):
    uuid = build(db)
    assert main(["--db", db.location, "check", "application", uuid, "--lang", "en"]) == 1
    out = capsys.readouterr().out
    assert "has not signed the cooperation agreement" in out and COORDINATOR in out
    complete(db, uuid)
    with db.session() as s:
        svc.submit(s, uuid, "x", on=FILING_DAY)
    assert main(["--db", db.location, "check", "application", uuid]) == 0
    assert main(["--db", db.location, "check", "application", "no-such-id"]) == 2
    assert "No application with id no-such-id" in capsys.readouterr().err


def test_cli_report_application_writes_the_pdf(db, tmp_path, capsys):
    uuid = build(db)
    out = tmp_path / "application.pdf"
    args = ["--db", db.location, "report", "application", uuid, "--lang", "ru", "-o"]
    assert main([*args, str(out)]) == 0
    assert "ПРОЕКТ — не соответствует требованиям" in _pdf_text(out)
    assert "formal problem" in capsys.readouterr().err
    assert main([*args, str(tmp_path)]) == 2  # a folder is not a file name
