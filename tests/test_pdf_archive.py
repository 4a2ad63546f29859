"""Every printed document archives: a language, only embedded fonts, its title shown, XMP
metadata; the application "as filed" also as PDF/A-2b. Checked with poppler's pdffonts and
pdfinfo (as a reader of the file would) and with the project's PDF/A-2b check."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from clusterdesk.cli.main import main
from clusterdesk.reports.archive import ghostscript
from clusterdesk.reports.pdfa_check import inspect

pytestmark = pytest.mark.skipif(shutil.which("pdffonts") is None,
                                reason="poppler-utils is not installed (bash .ci/debian-deps)")


def _fonts(path: Path) -> list[tuple[str, str]]:
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                         check=True).stdout.splitlines()[2:]
    return [(line.split()[0], line.split()[-5]) for line in out if line.strip()]


def _assert_archivable(path: Path, lang: str) -> None:
    fonts = _fonts(path)
    assert fonts, "no fonts listed"
    assert all(emb == "yes" for _, emb in fonts), fonts
    assert not any(n.startswith(("Helvetica", "Times")) for n, _ in fonts), fonts
    info = subprocess.run(["pdfinfo", "-meta", str(path)], capture_output=True, text=True,
                          check=True).stdout
    assert f"<rdf:li>{lang}</rdf:li>" in info, "no dc:language in the XMP metadata"
    assert "Metadata Stream: yes" in subprocess.run(
        ["pdfinfo", str(path)], capture_output=True, text=True).stdout
    report = inspect(path)
    assert report.problems == []
    assert report.lang == lang and report.display_title and report.title


@pytest.fixture(scope="module")
def printed(demo_db_file, tmp_path_factory):
    out = tmp_path_factory.mktemp("printed")
    db = str(demo_db_file)
    import contextlib
    import io

    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        assert main(["--db", db, "ranking", "2017", "--json"]) == 0
    rows = json.loads(buf.getvalue())
    app = next(r["uuid"] for r in rows if r["status"] == "selected")
    rejected = next(r["uuid"] for r in rows if r["status"] == "rejected")
    files = {}
    for lang in ("ru", "kk", "en"):
        files[f"diagnostic-{lang}"] = out / f"diagnostic-{lang}.pdf"
        assert main(["--db", db, "report", "diagnostics", "--all", "--one-file", "--lang", lang,
                     "-o", str(files[f"diagnostic-{lang}"])]) == 0
        files[f"application-{lang}"] = out / f"application-{lang}.pdf"
        assert main(["--db", db, "report", "application", app, "--lang", lang,
                     "-o", str(files[f"application-{lang}"])]) == 0
    files["draft-ru"] = out / "draft.pdf"  # watermarked: the rejected one fails the check
    assert main(["--db", db, "report", "application", rejected, "-o",
                 str(files["draft-ru"])]) == 0
    return files, db, app, out


@pytest.mark.parametrize("kind, lang", [
    ("diagnostic-ru", "ru-RU"), ("diagnostic-kk", "kk-KZ"), ("diagnostic-en", "en-GB"),
    ("application-ru", "ru-RU"), ("application-kk", "kk-KZ"), ("application-en", "en-GB"),
    ("draft-ru", "ru-RU")])
def test_every_report_declares_its_language_and_embeds_every_font(printed, kind, lang):
    files = printed[0]
    _assert_archivable(files[kind], lang)


@pytest.mark.skipif(ghostscript() is None, reason="Ghostscript is not installed")
def test_the_application_as_filed_is_written_as_pdfa_2b(printed):
    _, db, app, out = printed
    target = out / "application-pdfa.pdf"
    assert main(["--db", db, "report", "application", app, "--lang", "kk", "--pdfa",
                 "-o", str(target)]) == 0
    _assert_archivable(target, "kk-KZ")
    report = inspect(target, pdfa=True)
    assert report.pdfa == ("2", "B")
    assert report.problems == []
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True).stdout
    assert "өтінім" in text  # the Kazakh text can still be searched and copied


def test_the_pdfa_check_finds_what_breaks_pdfa(printed):
    files = printed[0]
    problems = inspect(files["application-ru"], pdfa=True).problems
    assert any("not part 2 conformance B" in p for p in problems)
    assert any("output intent" in p for p in problems)
