"""A printed list fit for a meeting, read back from the PDF page by page (pdftotext)."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from clusterdesk.gui import i18n
from clusterdesk.gui.print_layout import paginate
from clusterdesk.gui.printing import print_to_pdf
from clusterdesk.store.models import Initiative

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler")


def _pages(path) -> list[str]:
    count = len(PdfReader(path).pages)
    return [subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), "-layout", str(path), "-"],
                           capture_output=True, text=True, check=True).stdout
            for n in range(1, count + 1)]


def test_consultations_print_landscape_with_title_filter_and_header_on_every_page(
        window, qtbot, tmp_path):
    page = window.show_page("consultations")
    page.search.setText("кластер")
    qtbot.waitUntil(lambda: page.model.query.search == "кластер" and page.model.rowCount() > 0)
    rows = page.model.rowCount()
    path = tmp_path / "list.pdf"
    count = print_to_pdf(page, "Consultations", path)
    texts = _pages(path)
    assert len(texts) == count >= 2
    box = PdfReader(path).pages[0].mediabox
    assert box.width > box.height  # seven columns with topics and outcome: landscape
    for n, text in enumerate(texts, start=1):
        assert "Consultations" in text
        assert "Search: «кластер»" in text
        first_table_line = next(line for line in text.splitlines() if "Organization" in line)
        assert "Date" in first_table_line and "Outcome" in first_table_line
        assert f"Page {n} of {count}" in text
    assert f"{rows} records" in texts[0]


def test_long_names_print_with_every_word_whole_in_russian(window, qtbot, tmp_path):
    i18n.install("ru")
    try:
        page = window.show_page("initiatives")
        path = tmp_path / "ini.pdf"
        print_to_pdf(page, "Кластерные инициативы", path)
    finally:
        i18n.install("en")
    text = " ".join(_pages(path))
    with window.db.session() as s:
        names = s.scalars(select(Initiative.name).where(~Initiative.deleted)).all()
    # every word of every name printed whole (a compound may break after its hyphen only)
    tokens = set(text.split())
    cut = {w for name in names for w in name.split() if len(w) > 3 and w not in tokens
           and not all(part in tokens for part in re.split(r"(?<=-)", w))}
    assert not cut
    assert "Все записи" in text and "Стр. 1 из" in text


def test_a_narrow_list_stays_portrait_a_wide_one_turns_landscape(qapp):
    from PySide6.QtPrintSupport import QPrinter

    from clusterdesk.gui.print_layout import PrintedTable, choose

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    narrow = PrintedTable("t", "", ["Date", "BIN", "Name"],
                          [["01.02.2016", "123456789012", "ТОО «Іле Кирпич»"]] * 5)
    assert not choose(printer, narrow).landscape
    wide = PrintedTable("t", "", [f"Column {i}" for i in range(9)],
                        [["Экспортный потенциал и сбыт продукции"] * 9] * 5)
    layout = choose(printer, wide)
    assert layout.landscape and not any(layout.breaks_words)


def test_rows_are_never_split_across_pages():
    pages = paginate([30, 30, 50, 10, 80, 5], 100)
    assert pages == [[0, 1], [2, 3], [4, 5]]
    assert paginate([150, 10], 100) == [[0], [1]]  # taller than a page: a page of its own
