"""Tables measured once per width, frames copied in fewer steps and fonts that keep their
repeated work print exactly as ReportLab's own (SizedTable, ReportFrame, ReportFont)."""

import io

from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Frame, KeepTogether, PageTemplate, Table

from clusterdesk.reports.common import register_fonts
from clusterdesk.reports.diagnostic_layout import styles
from clusterdesk.reports.frames import ReportFrame
from clusterdesk.reports.paragraphs import Para
from clusterdesk.reports.tables import SizedTable

KAZAKH = "Әлеуетті кластер: Ғылым, Қызмет, Ңғ, Өнім, Ұйым, Үлес, Һ, Інжу"


def _pdf(table, frame) -> bytes:  # noqa: ANN001 - the classes compared
    register_fonts()
    st = styles()

    def rows(n: int) -> list:
        return [[Para(f"<b>{KAZAKH}</b> {i}", st["cellb"]), Para(KAZAKH * (i % 3 + 1), st["cell"])]
                for i in range(n)]

    story = []
    for n in (3, 12, 90):  # the last is longer than a page: split into parts
        story.append(KeepTogether([Para("Раздел", st["h1"]),
                                   table(rows(n), colWidths=[200, 270], repeatRows=1)]))
        story.append(table(rows(n), colWidths=[150, 320]))
    out = io.BytesIO()
    doc = BaseDocTemplate(out, pagesize=A4, invariant=1, initialFontName="DejaVuSans")
    doc.addPageTemplates([PageTemplate("page", [frame(doc.leftMargin, doc.bottomMargin,
                                                      doc.width, doc.height, id="body")])])
    doc.build(story)
    return out.getvalue()


def test_sized_tables_and_report_frames_make_the_same_pdf_as_reportlabs():
    assert _pdf(SizedTable, ReportFrame) == _pdf(Table, Frame)


def _font_pdf(name: str) -> bytes:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    st = ParagraphStyle("t", fontName=name, fontSize=9)
    rows = [[Paragraph(f"{KAZAKH} {i % 4}", st), Paragraph("—", st)] for i in range(60)]
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, invariant=1, initialFontName=name).build(
        [Paragraph(KAZAKH, st), Table(rows, colWidths=[300, 100])])
    return out.getvalue()


def test_report_fonts_make_the_same_pdf_as_reportlabs_truetype_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from clusterdesk.reports.fonts import ReportFont
    from clusterdesk.resources_path import resource

    path = str(resource("fonts", "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("PlainDejaVu", path))
    pdfmetrics.registerFont(ReportFont("KeptDejaVu", path))
    plain = _font_pdf("PlainDejaVu")
    assert plain.count(b"FontFile2") >= 1
    for _ in range(3):  # the second and third documents reuse the subset made first
        assert _font_pdf("KeptDejaVu").replace(b"KeptDejaVu", b"PlainDejaVu") == plain
