"""Monitoring reports: each cluster's and the programme's, in ru/kk/en, with Kazakh letters."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from clusterdesk.cli.main import main


@pytest.fixture
def demo_db(any_demo_db):
    """Every test here runs on the demo in an SQLite file and in a PostgreSQL database."""
    return any_demo_db


MILK = "Молочный кластер Акмолинской области"
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                   reason="poppler-utils (pdftotext) is not installed")


def text_of(path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                         text=True, check=True).stdout
    return re.sub(r"\s+", " ", out)


def fonts_of(path) -> str:
    return subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                          check=True).stdout


def stats_at(path, day: str) -> dict:
    import datetime as dt

    from clusterdesk.services.stats_at import dated_stats
    from clusterdesk.store.database import open_database

    db = open_database(path, create=False)
    try:
        with db.session() as s:
            return dated_stats(s, dt.date.fromisoformat(day))
    finally:
        db.close()


def run(*args: str) -> int:
    return main(list(args))


@needs_poppler
@pytest.mark.parametrize("lang, words", [
    ("ru", ["Отчёт о мониторинге кластера", "Индикаторы: план и факт", "под риском",
            "Созданные рабочие места у участников"]),
    ("kk", ["Кластер мониторингі туралы есеп", "Индикаторлар: жоспар мен нақты", "тәуекелде",
            "Қатысушыларда құрылған жұмыс орындары", "Үйлестіруші"]),
    ("en", ["Cluster monitoring report", "Indicators: target and actual", "at risk",
            "Jobs created by members", "Coordinator"]),
])
def test_cluster_report_shows_plan_and_indicators_with_target_and_actual(
        demo_db_file, tmp_path, lang, words):
    out = tmp_path / f"milk-{lang}.pdf"
    assert run("--db", str(demo_db_file), "report", "cluster", MILK, "--on", "2019-08-31",
               "--lang", lang, "-o", str(out)) == 0
    text = text_of(out)
    for w in words:
        assert w in text, f"{w!r} missing from the {lang} report"
    assert MILK in text and "190440005180" in text  # the cluster organization's BIN
    assert "Нет правовой основы" in text  # what blocks the state-supported projects
    assert "17 " in text and "19,8" in text.replace("19.8", "19,8")  # jobs: actual, expected
    pdf = out.read_bytes()
    assert f"/Lang ({ {'ru': 'ru-RU', 'kk': 'kk-KZ', 'en': 'en-GB'}[lang]})".encode() in pdf
    fonts = fonts_of(out)
    assert "DejaVuSans" in fonts and "Helvetica" not in fonts and " no " not in fonts


@needs_poppler
@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_programme_report_gives_the_seeds_figures_for_2019(demo_db_file, tmp_path, lang):
    out = tmp_path / f"programme-{lang}.pdf"
    assert run("--db", str(demo_db_file), "report", "programme", "--on", "2019-05-01",
               "--lang", lang, "-o", str(out)) == 0
    text = text_of(out)
    consultations = stats_at(demo_db_file, "2019-05-01")["consultations"]
    for figure in ("264", f" {consultations} ", " 21 ", " 166 ", " 58 ", " 24 "):
        assert figure in text
    head = {"ru": "Созданы организации кластеров: 2",
            "kk": "Кластер ұйымдары құрылды: 2",
            "en": "Cluster organizations created: 2"}[lang]
    coordinators = {"ru": "работают 5, обучены по проекту 13",
                    "kk": "жұмыс істейді 5, жоба бойынша оқытылды 13",
                    "en": "5 working, 13 trained by the project"}[lang]
    assert head in text and coordinators in text
    assert "Фармацевтический кластер" in text and "Молочный кластер" in text
    assert "Фаза 5, этап 1" in text
    if lang == "kk":
        assert set("ӘҒҚҢӨҰҮІ") & set(text) and "Қазақстан" in text
    assert "Helvetica" not in fonts_of(out)


def test_cluster_by_uuid_and_an_unknown_cluster_in_one_sentence(demo_db_file, tmp_path,
                                                                capsys):
    from sqlalchemy import select

    from clusterdesk.store.database import open_database
    from clusterdesk.store.models import Initiative

    db = open_database(demo_db_file, create=False)
    with db.session() as s:
        uuid = s.scalars(select(Initiative.uuid).where(Initiative.name == MILK)).one()
    db.close()
    out = tmp_path / "by-uuid.pdf"
    assert run("--db", str(demo_db_file), "report", "cluster", uuid, "--on", "2019-08-31",
               "-o", str(out)) == 0
    assert out.read_bytes().startswith(b"%PDF")
    capsys.readouterr()
    code = run("--db", str(demo_db_file), "report", "cluster", "Нет такого", "-o",
               str(tmp_path / "x.pdf"))
    err = capsys.readouterr().err
    assert code == 2 and "No cluster" in err and MILK in err and "Traceback" not in err
    assert not (tmp_path / "x.pdf").exists()
