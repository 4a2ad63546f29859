"""The printed readiness diagnostic that an initiative's enterprises receive (A4, ReportLab).

It prints what it is handed: ``ReportData`` gathered by ``services.report_data`` (language
free, so one gathered record prints in ru, kk or en). The sections are written by
``reports.diagnostic_story``; this module makes the PDF and the files. Files are written
with ``clusterdesk.atomic``: whole or not at all, readable like any document (umask).
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from clusterdesk.domain.documents import Member, ReportData
from clusterdesk.progress import Progress, go_on
from clusterdesk.reports.archive import doc_options, xmp_page_hook
from clusterdesk.reports.common import (
    check_lang,
    footer,
    labels,
    region_names,
    sector_name,
    write_file,
)
from clusterdesk.store.refdata import regions

__all__ = ["Member", "ReportData", "build_story", "file_name", "region_names", "render_batch",
           "render_pdf", "safe_name", "sector_name", "write_report"]


def build_story(data: ReportData, lang: str, *, footer_state: dict[str, str] | None = None
                ) -> list[Any]:
    """The flowables of one report in ``lang`` (see ``reports.diagnostic_story``)."""
    from clusterdesk.reports.diagnostic_story import build_story as story

    return story(data, lang, footer_state=footer_state)


def render_pdf(items: Sequence[ReportData], lang: str, *, title: str = "") -> bytes:
    """One PDF holding the reports of ``items`` (one after another, each from a new page)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import BaseDocTemplate, PageBreak, PageTemplate

    from clusterdesk.reports.common import register_fonts
    from clusterdesk.reports.frames import ReportFrame

    register_fonts()
    lang = check_lang(lang)
    state = {"left": ""}
    buf = io.BytesIO()
    title = title or (items[0].initiative_name if items else "")
    subject = labels("diagnostic", lang)["report_kind"]
    doc = BaseDocTemplate(buf, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                          topMargin=16 * mm, bottomMargin=18 * mm,
                          **doc_options(lang, title, subject))
    xmp = xmp_page_hook(title, lang, subject)
    frame = ReportFrame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")

    def on_page_end(canvas, document) -> None:  # noqa: ANN001 - ReportLab callback
        xmp(canvas)
        footer(canvas, document, state["left"])  # the footer fits it before the date

    doc.addPageTemplates([PageTemplate("page", [frame], onPageEnd=on_page_end)])
    story: list[Any] = []
    for i, data in enumerate(items):
        if i:
            story.append(PageBreak())
        story.extend(build_story(data, lang, footer_state=state))
    doc.build(story)
    return buf.getvalue()


# ---- files ------------------------------------------------------------------------------------

def safe_name(text: str, limit: int = 60) -> str:
    """A file-name part from any text: letters (any script) and digits kept, rest → '_'."""
    text = re.sub(r"[^\w\-]+", "_", text, flags=re.UNICODE).strip("_.")
    text = re.sub(r"_+", "_", text)
    return text[:limit].rstrip("_") or "diagnostic"


def file_name(data: ReportData, lang: str) -> str:
    """``<region>_<initiative>_<date>.pdf``: today's region, so a person finds it by place."""
    ref = regions().get(data.region_code or "")
    region = regions()[ref.today].names[lang] if ref else (data.region_code or "")
    return f"{safe_name(region, 40)}_{safe_name(data.initiative_name)}_{data.date:%Y-%m-%d}.pdf"


def render_one(data: ReportData, lang: str) -> bytes:
    """One diagnostic's report (what a batch's worker processes run)."""
    return render_pdf([data], lang)


def prepare_worker() -> None:
    """What a batch's worker process does once, before its first report.

    It registers the fonts (parsing the TrueType files), imports what a report needs, and
    turns off ReportLab's checking of every attribute set on a chart's shapes: a debugging
    aid that costs about a tenth of a report and never changes the page (the charts are the
    ones this process draws alone too, where the check stays on; tests/test_pdf_batch.py
    compares the files).
    """
    from reportlab import rl_config

    rl_config.shapeChecking = 0  # before reportlab.graphics is imported: no checking hooks
    from clusterdesk.reports.common import register_fonts

    register_fonts()
    import reportlab.graphics.charts.spider  # noqa: F401 - what the radar chart needs
    import reportlab.platypus  # noqa: F401

    import clusterdesk.reports.diagnostic_story  # noqa: F401


def write_report(data: ReportData, lang: str, path: Path | str) -> Path:
    """Render one diagnostic's report to ``path`` (atomically)."""
    return write_file(path, render_one(data, lang))


def render_batch(items: Iterable[ReportData], total: int, target: Path | str, lang: str, *,
                 one_file: bool = False, progress: Progress | None = None,
                 workers: int | None = None) -> list[Path]:
    """Reports of ``total`` diagnostics: one file each in folder ``target``, or one combined file.

    ``items`` yields the report data one at a time (``services.report_data.diagnostic_reports``
    reads each in its own short session, so the window can run this off its thread).
    ``progress(done, total)`` returning False cancels: files already written stay; a combined
    file is not written at all.
    """
    check_lang(lang)
    target = Path(target)
    used: set[str] = set()
    if not one_file:  # one file per report, rendered on every core (``reports.batch``)
        from clusterdesk.reports.batch import render_files

        def write(data: ReportData, pdf: bytes) -> Path:
            name = file_name(data, lang)
            stem, n = name[:-4], 2
            while name in used:
                name, n = f"{stem}_{n}.pdf", n + 1
            used.add(name)
            return write_file(target / name, pdf)

        return render_files(items, total, render_one, lang, write, progress=progress,
                            workers=workers, prepare=prepare_worker)
    gathered: list[ReportData] = []
    steps = total + 1  # the combined file is built in a last step
    for done, data in enumerate(items, start=1):
        gathered.append(data)
        if not go_on(progress, done, steps):
            return []
    title = labels("diagnostic", lang)["report_kind"]
    written = [write_file(target, render_pdf(gathered, lang, title=title))]
    go_on(progress, steps, steps)
    return written
