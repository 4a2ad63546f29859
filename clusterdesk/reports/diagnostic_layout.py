"""How a diagnostic report looks: colours, paragraph styles, tables and the radar chart.

Shared by every section of the report (``reports.diagnostic_story``); ReportLab is imported
inside the functions, so importing this module stays cheap.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from functools import cache
from typing import Any

from clusterdesk.domain import scoring
from clusterdesk.domain.documents import ReportData
from clusterdesk.domain.questionnaire import tr
from clusterdesk.reports.common import FONT, FONT_BOLD

PRIMARY = "#1F4E79"
CURRENT = "#2E75B6"
PREVIOUS = "#C55A11"
LIGHT = "#DEEAF6"
GRID = "#B7C3D0"


def fmt_date(d: dt.date | None) -> str:
    return f"{d:%d.%m.%Y}" if d else ""


def wrap_label(text: str, width: int = 22) -> str:
    """Break a chart label into lines of at most about ``width`` characters."""
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return "\n".join(lines)


@cache
def styles() -> dict[str, Any]:
    """The paragraph styles by name: made once per process (nothing changes them)."""
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle

    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5,
                          bulletFontName=FONT)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5),
        "cellb": ParagraphStyle("cellb", parent=base, fontName=FONT_BOLD, fontSize=8.5,
                                leading=10.5),
        "head": ParagraphStyle("head", parent=base, fontName=FONT_BOLD, fontSize=8.5,
                               leading=10.5, textColor=colors.white),
        "kicker": ParagraphStyle("kicker", parent=base, fontSize=10, leading=13,
                                 textColor=colors.HexColor(PRIMARY)),
        "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=18,
                                leading=23, spaceAfter=8, textColor=colors.HexColor(PRIMARY)),
        "h1": ParagraphStyle("h1", parent=base, fontName=FONT_BOLD, fontSize=13, leading=17,
                             spaceBefore=10, spaceAfter=5, textColor=colors.HexColor(PRIMARY),
                             keepWithNext=1),
        "h2": ParagraphStyle("h2", parent=base, fontName=FONT_BOLD, fontSize=10.5, leading=14,
                             spaceBefore=6, spaceAfter=2, keepWithNext=1),
        "big": ParagraphStyle("big", parent=base, fontName=FONT_BOLD, fontSize=14, leading=18),
        "bullet": ParagraphStyle("bullet", parent=base, leftIndent=12, bulletIndent=2,
                                 spaceAfter=1, bulletFontName=FONT),
    }


def table(rows: list[list[Any]], widths: list[float], *, header: bool = True,
          zebra: bool = True, extra: Sequence[tuple] = ()) -> Any:
    from reportlab.lib import colors
    from reportlab.platypus import TableStyle

    from clusterdesk.reports.cells import fit_widths, min_width
    from clusterdesk.reports.tables import SizedTable

    # a column as wide as its longest word (and the paddings), where the others have room
    mins = [max(min_width(c) for c in col) + 8 for col in zip(*rows, strict=False)]
    if len(mins) == len(widths):
        widths = fit_widths(widths, mins)
    t = SizedTable(rows, colWidths=widths, repeatRows=1 if header else 0)
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), FONT),
             ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor(GRID)),
             ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
             ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(PRIMARY)))
    if zebra:
        for i in range(1 if header else 0, len(rows)):
            if i % 2 == 0:
                style.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#F3F6FA")))
    t.setStyle(TableStyle(style + list(extra)))
    return t


def radar(data: ReportData, lang: str, lab: dict[str, str], width: float) -> Any:
    import copy

    from reportlab.graphics.shapes import Drawing

    form = data.form
    keys = [d.key for d in form.dimensions]
    current = data.result.scores()
    height = 310.0
    d = Drawing(width, height, initialFontName=FONT)  # no Times-Roman graphics default
    # The chart's looks are the same for every report with as many dimensions: made once,
    # then copied with this report's values and labels (its strands, spokes and their labels
    # are shared, read only, and ReportLab makes each point's properties only once).
    sc = copy.copy(_chart(len(keys), data.previous_scores is not None, width))
    rows = [[v] * len(keys) for v in RINGS]
    if data.previous_scores is not None:
        rows.append([max(0.0, data.previous_scores.get(k) or 0.0) for k in keys])
    rows.append([max(0.0, current.get(k) or 0.0) for k in keys])
    sc.data = rows
    names = []
    for dim in form.dimensions:
        s = current.get(dim.key)
        value = scoring.score_text(s) if s is not None else lab["no_answers"]
        names.append(wrap_label(tr(dim.name, lang)) + f"\n{value}")
    sc.labels = names
    d.add(sc)
    _legend(d, data, lab)
    return d


RINGS = (25, 50, 75, 100)


@cache
def _chart(count: int, previous: bool, width: float) -> Any:
    """The radar chart of ``count`` dimensions (with a previous diagnostic's strand or not),
    without values: colours, lines, label fonts and places."""
    from reportlab.graphics.charts.spider import SpiderChart
    from reportlab.lib import colors

    sc = SpiderChart()
    radius = 100.0
    sc.width = sc.height = 2 * radius
    sc.x, sc.y = width / 2 - radius, 62
    sc.strandLabels.fontName = sc.spokeLabels.fontName = FONT  # no Times-Roman default
    sc.startAngle = 90
    sc.direction = "clockwise"
    for i in range(len(RINGS)):
        sc.strands[i].strokeColor = colors.HexColor(GRID)
        sc.strands[i].strokeWidth = 0.4
        sc.strands[i].fillColor = None
    n = len(RINGS)
    if previous:
        sc.strands[n].strokeColor = colors.HexColor(PREVIOUS)
        sc.strands[n].strokeWidth = 1.4
        sc.strands[n].strokeDashArray = (3, 2)
        sc.strands[n].fillColor = None
        n += 1
    sc.strands[n].strokeColor = colors.HexColor(CURRENT)
    sc.strands[n].strokeWidth = 2
    sc.strands[n].fillColor = colors.Color(0.18, 0.46, 0.71, alpha=0.25)
    sc.strands[n].symbol = "FilledCircle"
    sc.strands[n].symbolSize = 4
    for i in range(count):
        angle = math.radians(90 - 360 * i / count)  # clockwise from the top
        cos, sin = math.cos(angle), math.sin(angle)
        vertical = "s" if sin > 0.3 else "n" if sin < -0.3 else ""
        horizontal = "w" if cos > 0.3 else "e" if cos < -0.3 else ""
        sc.spokeLabels[i].boxAnchor = (vertical + horizontal) or "c"
        sc.spokes[i].strokeColor = colors.HexColor(GRID)
        sc.spokes[i].strokeWidth = 0.4
        sc.spokes[i].labelRadius = 1.1
        sc.spokeLabels[i].fontName = FONT
        sc.spokeLabels[i].fontSize = 7.5
        sc.spokeLabels[i].leading = 9
    return sc


def _legend(d: Any, data: ReportData, lab: dict[str, str]) -> None:
    """The legend under the radar chart: this diagnostic, and the previous one if any."""
    from reportlab.graphics.shapes import Line, Rect, String
    from reportlab.lib import colors

    y = 10
    entries = [(CURRENT, lab["legend_current"].format(date=fmt_date(data.date)), None)]
    if data.previous_scores is not None:
        entries.append((PREVIOUS, lab["legend_previous"].format(
            date=fmt_date(data.previous_date)), (3, 2)))
    x = 20.0
    for color, text, dash in entries:
        d.add(Line(x, y + 3, x + 18, y + 3, strokeColor=colors.HexColor(color), strokeWidth=2,
                   strokeDashArray=dash))
        d.add(String(x + 23, y, text, fontName=FONT, fontSize=8))
        x += 40 + 4.6 * len(text)
    d.add(Rect(0, 0, 0.1, 0.1, strokeColor=None, fillColor=None))
