"""Paragraphs parsed once and wrapped once per width print exactly as ReportLab's own."""

import io

from reportlab.lib.pagesizes import A4
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Table

from clusterdesk.reports.common import register_fonts
from clusterdesk.reports.diagnostic_layout import styles
from clusterdesk.reports.paragraphs import Para

KAZAKH = "Әлеуетті кластер: Ғылым, Қызмет, Ңғ, Өнім, Ұйым, Үлес, Һ, Інжу"


def _pdf(kind) -> bytes:  # noqa: ANN001 - Paragraph or Para
    register_fonts()
    st = styles()
    long = " ".join([KAZAKH] * 300)  # longer than a page: split parts

    def story() -> list:
        cells = [[kind(f"<b>{KAZAKH}</b>", st["cellb"]), kind("3 &amp; 4 &lt;5&gt;", st["cell"])],
                 [kind(f"<i>{KAZAKH}</i><br/>второй", st["cell"]), kind("—", st["cell"])]]
        return [kind("ДИАГНОСТИКА", st["kicker"]), kind(KAZAKH, st["title"]),
                KeepTogether([kind("Раздел", st["h1"]), Table(cells, colWidths=[300, 170])]),
                kind(KAZAKH, st["bullet"], bulletText="•"), kind(long, st["body"]),
                Table(cells, colWidths=[200, 270], repeatRows=1)]

    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, invariant=1, initialFontName="DejaVuSans").build(
        story() + story())  # every text twice: the second comes from the parse cache
    return out.getvalue()


def test_cached_paragraphs_make_the_same_pdf_as_reportlabs():
    first = _pdf(Para)
    assert first == _pdf(Paragraph)
    assert _pdf(Para) == first  # and again, with every text already parsed
