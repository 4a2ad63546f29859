"""The printed diagnostic and the `report` commands: text read back from the PDF with pypdf."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader

from clusterdesk.cli.main import main
from clusterdesk.domain.enums import MemberRole, OrgKind
from clusterdesk.services import diagnostics as svc
from clusterdesk.store.models import Consultant, Initiative, Membership, Organization

NAME = 'ТОО "Әлем & <Құрылыс>"'
ANSWERS = {"mass.members": 18, "mass.member_kinds": 3, "mass.education": True,
           "governance.coordinator": True, "commitment.agreement": False,
           "mass.territory": True, "governance.akimat": True, "strategy.plan": "draft",
           "strategy.vision": {"value": 1, "evidence": "<b>not bold</b> & Co"},
           "results.benefits": 4, "services.marketing": 0}


@pytest.fixture
def setup(db):  # noqa: ANN001, ANN201
    """An initiative in a historical region with two complete diagnostics."""
    with db.session() as s:
        c = Consultant(name="Айгерім Нұрланқызы")
        org = Organization(kind=OrgKind.ENTERPRISE, name=NAME)
        s.add_all([c, org])
        s.flush()
        ini = Initiative(name=f"Кластер {NAME}", sector_key="construction", region_code="51")
        s.add(ini)
        s.flush()
        s.add(Membership(initiative_uuid=ini.uuid, organization_uuid=org.uuid,
                         role=MemberRole.ANCHOR, joined_on=dt.date(2017, 3, 1)))
        first = svc.start_diagnostic(s, ini.uuid, consultant_uuid=c.uuid,
                                     date=dt.date(2017, 5, 2))
        svc.save_diagnostic(s, first.uuid, answers={**ANSWERS, "results.benefits": 1})
        svc.complete_diagnostic(s, first.uuid)
        second = svc.start_diagnostic(s, ini.uuid, consultant_uuid=c.uuid,
                                      date=dt.date(2018, 11, 20))
        svc.save_diagnostic(s, second.uuid, answers=ANSWERS, attendees=[NAME],
                            next_steps=f"Встреча с {NAME}", notes="<i>x</i> & y")
        svc.complete_diagnostic(s, second.uuid)
        return ini.uuid, first.uuid, second.uuid


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_report_prints_user_text_literally_in_kazakh(db, setup, tmp_path: Path) -> None:  # noqa: ANN001
    from clusterdesk.reports.diagnostic import write_report
    from clusterdesk.services.report_data import diagnostic_report

    _, _, second = setup
    out = tmp_path / "report.pdf"
    with db.session() as s:
        write_report(diagnostic_report(s, second), "kk", out)
    text = _flat(_text(out))
    assert NAME in text                                       # markup-like text, literal
    assert "<b>not bold</b> & Co" in text and "<i>x</i> & y" in text
    for heading in ("Кластерлік бастаманың дайындығын диагностикалау", "Күшті жақтары",
                    "Әлсіз жақтары және ұсынымдар", "Міндетті шарттар", "Келесі қадамдар",
                    "Қатысушылар", "Оңтүстік Қазақстан облысы", "Түркістан облысы"):
        assert heading in text, heading
    assert "Алдыңғы диагностика, 02.05.2017" in text           # previous one overlaid
    assert "орындалмады" in text                              # the agreement gate failed
    assert "Айгерім Нұрланқызы" in text


@pytest.mark.parametrize(("lang", "headings"), [
    ("ru", ["Сильные стороны", "Слабые стороны и рекомендации", "Следующие шаги",
            "Уровень не присвоен"]),
    ("en", ["Strengths", "Weaknesses and recommendations", "Next steps", "No level assigned"]),
])
def test_cli_report_diagnostic(db, setup, tmp_path: Path, lang: str,  # noqa: ANN001
                               headings: list[str]) -> None:
    ini, _, second = setup
    out = tmp_path / f"{lang}.pdf"
    assert main(["--db", str(db.path), "report", "diagnostic", f"latest:{ini}", "--lang", lang,
                 "-o", str(out)]) == 0
    text = _flat(_text(out))
    for h in headings:
        assert h in text, h
    assert NAME in text
    assert not list(tmp_path.glob(".*tmp"))   # no temporary file left behind


def test_cli_report_errors_exit_2(db, setup, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    args = ["--db", str(db.path), "report"]
    assert main(args + ["diagnostic", "no-such-id", "-o", str(tmp_path / "a.pdf")]) == 2
    assert "No diagnostic with id no-such-id" in capsys.readouterr().err
    assert main(args + ["diagnostics", "--region", "123", "-o", str(tmp_path / "f")]) == 2
    assert "KATO" in capsys.readouterr().err
    assert not (tmp_path / "a.pdf").exists()


def test_cli_batch_by_region_names_files_for_people(db, setup, tmp_path: Path) -> None:  # noqa: ANN001
    folder = tmp_path / "out"
    assert main(["--db", str(db.path), "report", "diagnostics", "--region", "610000000",
                 "--lang", "ru", "-o", str(folder)]) == 0
    files = sorted(p.name for p in folder.iterdir())
    assert files == ["Туркестанская_область_Кластер_ТОО_Әлем_Құрылыс_2018-11-20.pdf"]
    assert main(["--db", str(db.path), "report", "diagnostics", "--all", "--every",
                 "--one-file", "-o", str(tmp_path / "all.pdf")]) == 0
    text = _text(tmp_path / "all.pdf")
    assert "02.05.2017" in text and "20.11.2018" in text


def test_batch_progress_and_cancel(db, setup, tmp_path: Path) -> None:  # noqa: ANN001
    from clusterdesk.reports.diagnostic import render_batch
    from clusterdesk.services.report_data import diagnostic_reports

    def batch(target, **kw):  # noqa: ANN001, ANN003, ANN202
        return render_batch(diagnostic_reports(db, [first, second]), 2, target, "en", **kw)

    _, first, second = setup
    seen: list[tuple[int, int]] = []
    written = batch(tmp_path / "a", progress=lambda d, t: seen.append((d, t)) or True)
    assert seen == [(1, 2), (2, 2)] and len(written) == 2
    assert written[0] != written[1]
    written = batch(tmp_path / "b", progress=lambda d, t: False)
    assert len(written) == 1 and len(list((tmp_path / "b").iterdir())) == 1
    assert batch(tmp_path / "c.pdf", one_file=True, progress=lambda d, t: d < 2) == []
    assert not (tmp_path / "c.pdf").exists()


def test_a_written_report_is_readable_like_any_document(db, setup, tmp_path: Path) -> None:  # noqa: ANN001
    """Under umask 022 an exported PDF is rw-r--r-- (others on the computer can open it)."""
    import os
    import stat

    from clusterdesk.reports.diagnostic import render_batch, write_report
    from clusterdesk.services.report_data import diagnostic_report, diagnostic_reports

    _, first, second = setup
    out = tmp_path / "out"
    out.mkdir()
    old = os.umask(0o022)
    try:
        with db.session() as s:
            one = write_report(diagnostic_report(s, second), "ru", out / "one.pdf")
        many = render_batch(diagnostic_reports(db, [first, second]), 2, out / "many", "kk")
    finally:
        os.umask(old)
    for path in [one, *many]:
        assert stat.S_IMODE(path.stat().st_mode) == 0o644, path
    assert sorted(p.name for p in out.iterdir()) == ["many", "one.pdf"]  # no leftovers
