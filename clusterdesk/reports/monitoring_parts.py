"""Building blocks of the monitoring reports: styles, tables, numbers, bar charts, the file.

Every PDF is written with its language (``/Lang``), a displayed title and only the embedded
DejaVu fonts (Kazakh letters), atomically (``reports.common.write_file``).
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from clusterdesk.languages import DOCUMENT_TAGS
from clusterdesk.reports.common import FONT, FONT_BOLD, esc, footer, register_fonts, write_file

PRIMARY = "#1F4E79"
GRID = "#B7C3D0"
TARGET = "#9DB7D5"
ACTUAL = "#1F4E79"
STATUS_COLOURS = {"on_track": "#2E7D32", "at_risk": "#B26A00", "off_track": "#C62828",
                  "no_data": "#6B7785"}
PDF_LANG = DOCUMENT_TAGS


def fmt_date(d: dt.date | None) -> str:
    return f"{d:%d.%m.%Y}" if d else ""


def fmt_num(value: float | None, lang: str, digits: int = 1) -> str:
    """A number as people of ``lang`` write it: 1 234,5 in ru/kk, 1,234.5 in en."""
    if value is None:
        return "—"
    text = f"{value:,.0f}" if abs(value - round(value)) < 1e-9 else f"{value:,.{digits}f}"
    if lang == "en":
        return text
    return text.replace(",", "\u00a0").replace(".", ",")


def styles() -> dict[str, Any]:
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle

    register_fonts()  # before any paragraph is made: markup is parsed with the fonts
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8, leading=10),
        "head": ParagraphStyle("head", parent=base, fontName=FONT_BOLD, fontSize=8,
                               leading=10, textColor=colors.white),
        "kicker": ParagraphStyle("kicker", parent=base, fontSize=10, leading=13,
                                 textColor=colors.HexColor(PRIMARY)),
        "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=17,
                                leading=22, spaceAfter=6, textColor=colors.HexColor(PRIMARY)),
        "h1": ParagraphStyle("h1", parent=base, fontName=FONT_BOLD, fontSize=12.5, leading=16,
                             spaceBefore=10, spaceAfter=4, textColor=colors.HexColor(PRIMARY),
                             keepWithNext=1),
        "bullet": ParagraphStyle("bullet", parent=base, leftIndent=12, bulletIndent=2,
                                 bulletFontName=FONT, spaceAfter=1),
    }


def status_text(status: str, lab: dict[str, str]) -> str:
    """A status as coloured bold markup (the label itself is data, already safe)."""
    colour = STATUS_COLOURS.get(status, "#000000")
    return f'<font color="{colour}"><b>{esc(lab["status_" + status])}</b></font>'


def table(header: Sequence[str], rows: Sequence[Sequence[Any]], widths: Sequence[float],
          st: dict[str, Any]) -> Any:
    """A table with a coloured header row; plain strings are escaped into cell paragraphs."""
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Table, TableStyle

    def cell(v: Any, style: str) -> Any:
        return Paragraph(esc(v), st[style]) if isinstance(v, str | int | float) else v

    data = [[cell(h, "head") for h in header]] + [[cell(v, "cell") for v in r] for r in rows]
    t = Table(data, colWidths=list(widths), repeatRows=1)
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), FONT),
             ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor(GRID)),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(PRIMARY)),
             ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    style += [("BACKGROUND", (0, i), (-1, i), colors.HexColor("#F3F6FA"))
              for i in range(2, len(data), 2)]
    t.setStyle(TableStyle(style))
    return t


def bar_chart(title: str, categories: Sequence[str], series: Sequence[Sequence[float | None]],
              names: Sequence[str], width: float, height: float = 120) -> Any:
    """Grouped bars (e.g. target and actual per year) with a title and a small legend."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing, Rect, String
    from reportlab.lib import colors

    d = Drawing(width, height)
    d.initialFontName = FONT  # else the drawing's initial state names Helvetica (not embedded)
    d.add(String(2, height - 10, title[:60], fontName=FONT_BOLD, fontSize=7.5))
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 28, 26, width - 36, height - 48
    chart.data = [[v if v is not None else 0 for v in s] for s in series]
    chart.categoryAxis.categoryNames = list(categories)
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 6.5
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 6.5
    chart.barLabels.fontName = FONT
    chart.valueAxis.valueMin = 0
    chart.valueAxis.forceZero = 1
    top = max([v for s in chart.data for v in s] + [1])
    chart.valueAxis.valueMax = top * 1.15
    chart.barSpacing, chart.groupSpacing = 1, 6
    for i, colour in enumerate([TARGET, ACTUAL][:len(series)]):
        chart.bars[i].fillColor = colors.HexColor(colour)
        chart.bars[i].strokeColor = None
    d.add(chart)
    x = 28.0
    for name, colour in zip(names, [TARGET, ACTUAL], strict=False):
        d.add(Rect(x, 4, 7, 7, fillColor=colors.HexColor(colour), strokeColor=None))
        d.add(String(x + 10, 5, name, fontName=FONT, fontSize=6.5))
        x += 18 + 4 * len(name)
    return d


def write_pdf(path: Path | str, story: list[Any], lang: str, title: str, left: str) -> Path:
    """Build ``story`` into ``path``: A4, the language and title set, fonts embedded."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    register_fonts()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=16 * mm, rightMargin=16 * mm,
                            topMargin=15 * mm, bottomMargin=18 * mm, title=title,
                            author="ClusterDesk", creator="ClusterDesk", lang=PDF_LANG[lang],
                            initialFontName=FONT, displayDocTitle=1)

    def on_page(canvas, document) -> None:  # noqa: ANN001 - ReportLab callback
        footer(canvas, document, left[:70])

    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return write_file(Path(path), buf.getvalue())
