"""The layout of the printed reports: the footer's title stays clear of the date, chart titles
stay inside their chart, table headers say what their columns hold, words break only with a
hyphen, and a filed application prints as filed (no draft watermark, no advice to fix it)."""

import contextlib
import io
import json
import re
import shutil
import subprocess
from pathlib import Path
from types import SimpleNamespace

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus.paragraph import Paragraph

from clusterdesk.cli.main import main
from clusterdesk.reports import monitoring
from clusterdesk.reports.cells import SHY, fit_widths, soft_hyphens
from clusterdesk.reports.common import FONT, FONT_BOLD, fit_lines, footer, register_fonts
from clusterdesk.reports.monitoring_parts import bar_chart

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                   reason="poppler-utils is not installed")
PHARMA = "Фармацевтический кластер Южно-Казахстанской области"
TOURISM = "Туристский кластер Алматинской области"
LONG_KK = f"Мониторинг: {PHARMA} — Бағдарламаның іске асырылу барысы туралы есеп"


class _Canvas:
    """What the footer draws: (kind, x, y, text)."""

    def __init__(self) -> None:
        self.drawn: list[tuple[str, float, float, str]] = []

    def saveState(self) -> None:  # noqa: N802 - ReportLab's names
        pass

    def restoreState(self) -> None:  # noqa: N802
        pass

    def setFont(self, *_: object) -> None:  # noqa: N802
        pass

    def drawString(self, x: float, y: float, text: str) -> None:  # noqa: N802
        self.drawn.append(("left", x, y, text))

    def drawCentredString(self, x: float, y: float, text: str) -> None:  # noqa: N802
        self.drawn.append(("centre", x, y, text))

    def drawRightString(self, x: float, y: float, text: str) -> None:  # noqa: N802
        self.drawn.append(("right", x, y, text))

    def getPageNumber(self) -> int:  # noqa: N802
        return 1


@pytest.mark.parametrize("title", [LONG_KK, "Бағдарламаның іске асырылу барысы туралы есеп",
                                   "Мониторинг: " + "Өте-ұзын-атауы-бар-кластер" * 4])
def test_the_footer_title_ends_before_the_print_date(title):
    register_fonts()
    canvas = _Canvas()
    doc = SimpleNamespace(pagesize=A4, leftMargin=16 * mm, rightMargin=16 * mm)
    footer(canvas, doc, title)
    (_, cx, _, date), = [d for d in canvas.drawn if d[0] == "centre"]
    date_left = cx - stringWidth(date, FONT, 8) / 2
    lines = [d for d in canvas.drawn if d[0] == "left"]
    assert 1 <= len(lines) <= 2
    for _, x, y, text in lines:
        assert x + stringWidth(text, FONT, 8) < date_left, text
        assert y >= 5 * mm
    printed = " ".join(t for *_, t in lines)
    assert title.startswith(printed.removesuffix("…"))  # what it says is the title's start
    if not printed.endswith("…"):
        assert printed == title  # all of it, wrapped at a space


def test_fit_lines_wraps_at_words_and_cuts_with_an_ellipsis():
    register_fonts()
    assert fit_lines("Мониторинг: Молочный кластер", 500, FONT, 8, 2) == [
        "Мониторинг: Молочный кластер"]
    lines = fit_lines(LONG_KK, 150, FONT, 8, 2)
    assert len(lines) == 2 and lines[1].endswith("…")
    assert lines[0] == " ".join(LONG_KK.split()[:len(lines[0].split())])
    assert all(stringWidth(line, FONT, 8) <= 150 for line in lines)


@pytest.mark.parametrize("title", [
    "Қатысушылар сатып алуындағы импорттық шикізат үлесі",
    "Доля участников, прошедших обучение по программе",
    "Индекс готовности кластерной инициативы"])
def test_a_chart_title_is_wrapped_inside_its_drawing(title):
    from reportlab.graphics.shapes import String

    register_fonts()
    width = 178 * mm / 3 - 2
    d = bar_chart(title, ["2019", "2020"], [[1, 2], [1, None]], ["План", "Факт"], width)
    lines = [s for s in d.contents if isinstance(s, String) and s.fontName == FONT_BOLD]
    assert " ".join(s.text for s in lines) == title  # nothing cut off
    for s in lines:
        assert s.x + stringWidth(s.text, FONT_BOLD, s.fontSize) <= width, s.text
    tops = sorted((s.y for s in lines), reverse=True)
    assert all(a - b >= 7.5 for a, b in zip(tops, tops[1:], strict=False))  # no overprinting
    plot = next(c for c in d.contents if hasattr(c, "categoryAxis"))
    assert min(tops) > plot.y + plot.height  # the title is above the bars, not over them
    assert max(tops) + 8 <= d.height


def test_soft_hyphens_and_column_widths():
    assert soft_hyphens("Орындалды") == f"Орын{SHY}дал{SHY}ды"
    assert soft_hyphens("Ответственный").replace(SHY, "-") == "От-вет-ствен-ный"
    assert soft_hyphens("тг") == "тг"
    widths = fit_widths([100, 50, 20], [40, 45, 30])
    assert widths == [90, 50, 30] and sum(widths) == 170
    assert fit_widths([10, 10], [30, 30]) == [10, 10]  # no room: as they were


# ------------------------------------------------------------ the demo's printed reports
def _run(*args: str) -> str:
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        assert main(list(args)) == 0
    return buf.getvalue()


@pytest.fixture(scope="module")
def printed(demo_db_file, tmp_path_factory):
    """The reports the reviewer looked at, with the tables' headers and every paragraph
    in which ReportLab cut a word without a hyphen."""
    out = tmp_path_factory.mktemp("layout")
    db = str(demo_db_file)
    headers: list[list[str]] = []
    cut: list[tuple[str, str]] = []
    table, wrap = monitoring.table, Paragraph.wrap

    def recording_table(header, rows, widths, st):  # noqa: ANN001, ANN202
        headers.append([h if isinstance(h, str) else "<flowable>" for h in header])
        return table(header, rows, widths, st)

    def recording_wrap(self, w, h):  # noqa: ANN001, ANN202
        size = wrap(self, w, h)
        if getattr(self, "_splitLongWordCount", 0):
            cut.append((name, " ".join(getattr(f, "text", "") for f in self.frags)))
        return size

    rows = json.loads(_run("--db", db, "ranking", "2017", "--json"))
    rejected = next(r["uuid"] for r in rows if "Туркестан" in r["initiative"])
    jobs = {}
    for lang in ("ru", "kk", "en"):
        jobs[f"programme-{lang}"] = ["report", "programme", "--on", "2019-06-01"]
        jobs[f"pharma-{lang}"] = ["report", "cluster", PHARMA, "--on", "2019-06-01"]
        jobs[f"tourism-{lang}"] = ["report", "cluster", TOURISM, "--on", "2019-06-01"]
    jobs["rejected-ru"] = ["report", "application", rejected]
    jobs["rejected-kk"] = ["report", "application", rejected]
    files = {}
    mp = pytest.MonkeyPatch()
    mp.setattr(monitoring, "table", recording_table)
    mp.setattr(Paragraph, "wrap", recording_wrap)
    try:
        for name, args in jobs.items():
            files[name] = out / f"{name}.pdf"
            _run("--db", db, *args, "--lang", name.rsplit("-", 1)[1], "-o",
                 str(files[name]))
    finally:
        mp.undo()
    return files, headers, cut


def _text(path: Path, *mode: str) -> str:
    return subprocess.run(["pdftotext", *mode, str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


@needs_poppler
@pytest.mark.parametrize("name", ["rejected-ru", "rejected-kk"])
def test_a_rejected_application_prints_as_filed_not_as_a_draft(printed, name):
    from pypdf import PdfReader

    pages = PdfReader(printed[0][name]).pages  # reads the rotated watermark too
    text = "\n".join(page.extract_text() for page in pages)
    for draft in ("ПРОЕКТ", "не соответствует требованиям", "Исправьте", "ЖОБА —",
                  "Бермес бұрын", "талаптарға сәйкес емес"):
        assert draft not in text, draft
    status = {"rejected-ru": "отклонена при регистрации",
              "rejected-kk": "тіркеу кезінде қабылданбаған"}[name]
    assert text.count(status) >= 2  # in the facts and where the advice was
    assert "01.06.2017" in text


def test_a_filed_application_is_not_reported_as_a_draft(printed, demo_db_file, capsys):
    rows = json.loads(_run("--db", str(demo_db_file), "ranking", "2017", "--json"))
    rejected = next(r["uuid"] for r in rows if "Туркестан" in r["initiative"])
    target = printed[0]["rejected-ru"].with_name("again.pdf")
    assert main(["--db", str(demo_db_file), "report", "application", rejected,
                 "-o", str(target)]) == 0
    assert "Marked as a draft" not in capsys.readouterr().err


def test_every_table_of_several_columns_has_a_header_for_each(printed):
    headers = printed[1]
    assert headers
    wide = [h for h in headers if len(h) >= 3]
    assert wide and all(all(x.strip() for x in h) for h in wide), \
        [h for h in wide if not all(x.strip() for x in h)]


def test_no_word_is_cut_without_a_hyphen(printed):
    assert printed[2] == []


@needs_poppler
@pytest.mark.parametrize("name, words", [
    ("programme-kk", ["Орындалды", "конкурентоспособности", "фармацевтическом",
                      "координаторов"]),
    ("programme-ru", ["Выполнено", "Ответственный", "конкурентоспособности",
                      "фармацевтическом", "координаторов"]),
    ("pharma-kk", ["Орындалды"]), ("tourism-ru", ["Выполнено", "Ответственный"])])
def test_words_read_whole_or_hyphenated(printed, name, words):
    raw = _text(printed[0][name], "-raw")
    joined = re.sub(r"-\n", "", raw)  # a line ending in a hyphen goes on with the word
    for w in words:
        assert w in joined, f"{w!r} is cut across lines without a hyphen in {name}"


@needs_poppler
@pytest.mark.parametrize("name", ["pharma-kk", "tourism-ru", "programme-kk"])
def test_footer_title_and_date_do_not_share_letters(printed, name):
    """Where the title and the date overlapped, pdftotext -layout ran them together."""
    layout = _text(printed[0][name], "-layout")
    feet = [line for line in layout.splitlines() if "ClusterDesk" in line]
    assert feet
    for line in feet:
        assert re.search(r"\s{2,}\d\d\.\d\d\.\d{4} · ClusterDesk", line), line
