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
from clusterdesk.reports.cells import fit_widths, hyphenate_wide, min_width
from clusterdesk.reports.common import (
    FONT,
    FONT_BOLD,
    esc,
    fit_lines,
    footer,
    register_fonts,
    write_file,
)

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
    """A table with a coloured header row; plain strings are escaped into cell paragraphs.

    Lines break between words: a column is widened to its longest word where the others
    can spare the room, and a word still wider than its column is hyphenated (``cells``)."""
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Table, TableStyle

    def cell(v: Any, style: str, room: float | None = None) -> Any:
        if not isinstance(v, str | int | float):
            return v
        text = str(v)
        if room is not None:
            text = hyphenate_wide(text, room, st[style].fontName, st[style].fontSize)
        return Paragraph(esc(text), st[style])

    raw = [(list(header), "head"), *((list(r), "cell") for r in rows)]
    data = [[cell(v, style) for v in r] for r, style in raw]
    pad = 6  # the left and right padding below
    widths = fit_widths(widths, [max(min_width(c) for c in col) + pad
                                 for col in zip(*data, strict=True)])
    data = [[cell(v, style, w - pad) if min_width(c) > w - pad else c
             for v, c, w in zip(r, cells, widths, strict=True)]
            for (r, style), cells in zip(raw, data, strict=True)]
    t = Table(data, colWidths=widths, repeatRows=1)
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), FONT),
             ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor(GRID)),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(PRIMARY)),
             ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    style += [("BACKGROUND", (0, i), (-1, i), colors.HexColor("#F3F6FA"))
              for i in range(2, len(data), 2)]
    t.setStyle(TableStyle(style))
    return t


TITLE_SIZE, TITLE_LEADING, TITLE_MOST = 7.5, 9, 3


def chart_title_lines(title: str, width: float) -> list[str]:
    """A chart's title wrapped at words to the drawing's width (at most three lines)."""
    return fit_lines(title, width - 4, FONT_BOLD, TITLE_SIZE, TITLE_MOST) if title else []


def bar_chart(title: str, categories: Sequence[str], series: Sequence[Sequence[float | None]],
              names: Sequence[str], width: float, height: float = 120,
              title_lines: int = 1) -> Any:
    """Grouped bars (e.g. target and actual per year) with a title and a small legend.

    The title is wrapped to ``width``; the drawing grows by the lines past the first, at
    least to ``title_lines`` lines (the charts of one row then keep their bars level)."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing, Rect, String
    from reportlab.lib import colors

    lines = chart_title_lines(title, width)
    height += TITLE_LEADING * (max(len(lines), title_lines, 1) - 1)
    d = Drawing(width, height)
    d.initialFontName = FONT  # else the drawing's initial state names Helvetica (not embedded)
    for i, line in enumerate(lines):
        d.add(String(2, height - 10 - i * TITLE_LEADING, line, fontName=FONT_BOLD,
                     fontSize=TITLE_SIZE))
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
        footer(canvas, document, left)

    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return write_file(Path(path), buf.getvalue())
