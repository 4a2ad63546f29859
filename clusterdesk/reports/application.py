"""The selection application as a PDF, in the structure of its template.

Printed for filing, so the formal check runs first: while a draft fails it, every page
carries a diagonal "DRAFT — does not meet requirements" in the document's language and the
title page lists what to fix. An application already filed (submitted, registered, rejected,
evaluated, selected or not) is no draft: it prints without either, its status on the title
page. Every user string is escaped (names such as ТОО "Әлем & <Құрылыс>" print
literally), and the file appears only when complete (``clusterdesk.atomic``: written beside,
then renamed; readable like any document). It prints what ``services.report_data`` gathered.
"""

from __future__ import annotations

import math
import tempfile
from pathlib import Path

from clusterdesk.atomic import atomic_path
from clusterdesk.domain.compliance import Problem
from clusterdesk.domain.documents import ApplicationPrint
from clusterdesk.reports.application_story import NAME, draft_problems, story
from clusterdesk.reports.archive import doc_options, xmp_page_hook
from clusterdesk.reports.common import (
    FONT_BOLD,
    check_lang,
    footer,
    labels,
)


def write_application_pdf(data: ApplicationPrint, path: Path | str, lang: str = "ru"
                          ) -> list[Problem]:
    """Print the application to ``path``; returns the problems it is marked as a draft for
    (none once the application was filed).

    ``data`` comes from ``services.report_data.application_print`` in the same language."""
    check_lang(lang)
    render(data, Path(path), lang)
    return draft_problems(data)


def write_application_pdfa(data: ApplicationPrint, path: Path | str, lang: str = "ru"
                           ) -> list[Problem]:
    """The same document as PDF/A-2b for the archive (needs Ghostscript; see ``archive``)."""
    from clusterdesk.reports.archive import to_pdfa

    check_lang(lang)
    path = Path(path)
    with tempfile.TemporaryDirectory(prefix="clusterdesk-") as tmp:
        plain = Path(tmp) / "application.pdf"
        render(data, plain, lang)
        to_pdfa(plain, path, lang=lang,
                title=f"{data.template.title[lang]}: {data.cluster}")
    return draft_problems(data)


# ------------------------------------------------------------------ rendering
def _watermark(canvas, doc, text: str) -> None:  # noqa: ANN001 - ReportLab callback
    from reportlab.lib.colors import Color
    from reportlab.pdfbase.pdfmetrics import stringWidth

    width, height = doc.pagesize
    angle = math.degrees(math.atan2(height, width))
    size = 0.75 * math.hypot(width, height) / max(stringWidth(text, FONT_BOLD, 10), 1) * 10
    canvas.saveState()
    canvas.setFillColor(Color(0.8, 0.1, 0.1, alpha=0.16))
    canvas.setFont(FONT_BOLD, min(size, 60))
    canvas.translate(width / 2, height / 2)
    canvas.rotate(angle)
    canvas.drawCentredString(0, -size / 3, text)
    canvas.restoreState()


def render(data: ApplicationPrint, path: Path, lang: str) -> None:
    """Write the PDF atomically: a temporary file beside ``path``, renamed when complete."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        SimpleDocTemplate,
    )

    from clusterdesk.reports.common import register_fonts

    check_lang(lang)
    register_fonts()
    lb = labels(NAME, lang)
    tpl = data.template
    story_ = story(data, lang)

    left = lb["footer"].format(round=data.round_name)

    doc_title = f"{tpl.title[lang]}: {data.cluster}"
    xmp = xmp_page_hook(doc_title, lang, tpl.title[lang])

    def on_page(canvas, doc) -> None:  # noqa: ANN001 - ReportLab callback
        xmp(canvas)
        if draft_problems(data):
            _watermark(canvas, doc, lb["watermark"])
        footer(canvas, doc, left)

    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_path(path) as tmp:
        doc = SimpleDocTemplate(str(tmp), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                                topMargin=18 * mm, bottomMargin=20 * mm,
                                **doc_options(lang, doc_title, tpl.title[lang]))
        doc.build(story_, onFirstPage=on_page, onLaterPages=on_page)
