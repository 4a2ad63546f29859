"""The printed readiness diagnostic that an initiative's enterprises receive (A4, ReportLab).

The data are gathered from the database first (``gather``) into a plain, language-free
``ReportData``; rendering (``render_pdf``) needs no session, so a batch can gather and render
one report at a time. Every user text (names, notes, evidence) goes through ``esc`` and prints
literally. Files are written atomically: a temporary file in the target folder, flushed and
synced, then renamed over the target.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import os
import re
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from clusterdesk.domain import scoring
from clusterdesk.domain.questionnaire import Form, tr
from clusterdesk.reports.archive import doc_options, xmp_page_hook
from clusterdesk.reports.common import FONT, FONT_BOLD, check_lang, esc, footer, labels
from clusterdesk.store.refdata import region_text, regions, sectors

Progress = Callable[[int, int], bool] | None

PRIMARY = "#1F4E79"
CURRENT = "#2E75B6"
PREVIOUS = "#C55A11"
LIGHT = "#DEEAF6"
GRID = "#B7C3D0"


@dataclass
class Member:
    name: str
    role: str
    joined_on: dt.date | None


@dataclass
class ReportData:
    """Everything one report prints, independent of the report's language."""

    diagnostic_uuid: str
    initiative_name: str
    region_code: str | None           # today's region
    region_recorded_code: str | None  # as named when the initiative was recorded
    sector_key: str | None
    date: dt.date
    consultant: str
    status: str
    form: Form
    answers: dict[str, Any]
    result: scoring.Result
    notes: str = ""
    next_steps: str = ""
    attendees: list[str] = field(default_factory=list)
    members: list[Member] = field(default_factory=list)
    previous_date: dt.date | None = None
    previous_scores: dict[str, float | None] | None = None

    @property
    def changes(self) -> dict[str, float | None] | None:
        if self.previous_scores is None:
            return None
        return scoring.changes(self.result.scores(), self.previous_scores)


def gather(session: Session, diagnostic_uuid: str) -> ReportData:
    """Read one diagnostic and what its report shows (members on its date, the previous one)."""
    from clusterdesk.services import diagnostics as svc
    from clusterdesk.services.records import get
    from clusterdesk.store.diagnostic_models import Diagnostic
    from clusterdesk.store.models import Membership, Organization

    diag = get(session, Diagnostic, diagnostic_uuid)
    ini = diag.initiative
    on = diag.date
    rows = session.execute(
        select(Organization.name, Membership.role, Membership.joined_on)
        .join(Organization, Organization.uuid == Membership.organization_uuid)
        .where(Membership.initiative_uuid == ini.uuid, ~Membership.deleted,
               Membership.joined_on <= on)
        .where((Membership.left_on.is_(None)) | (Membership.left_on > on))
        .order_by(Membership.role, Organization.name_key)).all()
    prev = svc.previous_diagnostic(session, diag)
    return ReportData(
        diagnostic_uuid=diag.uuid, initiative_name=ini.name, region_code=ini.region_code,
        region_recorded_code=ini.region_recorded_code,
        sector_key=ini.sector_key, date=diag.date,
        consultant=diag.consultant.name if diag.consultant else "",
        status=str(diag.status), form=svc.form_of(diag), answers=dict(diag.answers or {}),
        result=svc.result_of(diag), notes=diag.notes or "", next_steps=diag.next_steps or "",
        attendees=list(diag.attendees or []),
        members=[Member(n, str(r), j) for n, r, j in rows],
        previous_date=prev.date if prev else None,
        previous_scores=svc.result_of(prev).scores() if prev else None)


# ---- formatting helpers -----------------------------------------------------------------------

def _fmt_date(d: dt.date | None) -> str:
    return f"{d:%d.%m.%Y}" if d else ""


def region_names(code: str | None, lang: str) -> tuple[str, str | None]:
    """(recorded region name, today's region name when it differs) in ``lang``."""
    ref = regions().get(code or "")
    if ref is None:
        return (code or "", None)
    today = regions().get(ref.today)
    return ref.names[lang], (today.names[lang] if today and today.code != ref.code else None)


def sector_name(key: str | None, lang: str) -> str:
    ref = sectors().get(key or "")
    return ref.names[lang] if ref else (key or "")


def _wrap_label(text: str, width: int = 22) -> str:
    """Break a chart label into lines of at most about ``width`` characters."""
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return "\n".join(lines)


# ---- the document -----------------------------------------------------------------------------

def _styles() -> dict[str, Any]:
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


def _table(rows: list[list[Any]], widths: list[float], *, header: bool = True,
           zebra: bool = True, extra: Sequence[tuple] = ()) -> Any:
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    t = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
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


def _radar(data: ReportData, lang: str, lab: dict[str, str], width: float) -> Any:
    from reportlab.graphics.charts.spider import SpiderChart
    from reportlab.graphics.shapes import Drawing, Line, Rect, String
    from reportlab.lib import colors

    form = data.form
    keys = [d.key for d in form.dimensions]
    current = data.result.scores()
    height = 310.0
    d = Drawing(width, height, initialFontName=FONT)  # no Times-Roman graphics default
    sc = SpiderChart()
    radius = 100.0
    sc.width = sc.height = 2 * radius
    sc.x, sc.y = width / 2 - radius, 62
    rings = [[v] * len(keys) for v in (25, 50, 75, 100)]
    rows = rings[:]
    if data.previous_scores is not None:
        rows.append([max(0.0, data.previous_scores.get(k) or 0.0) for k in keys])
    rows.append([max(0.0, current.get(k) or 0.0) for k in keys])
    sc.data = rows
    names = []
    for dim in form.dimensions:
        s = current.get(dim.key)
        value = scoring.score_text(s) if s is not None else lab["no_answers"]
        names.append(_wrap_label(tr(dim.name, lang)) + f"\n{value}")
    sc.labels = names
    sc.strandLabels.fontName = sc.spokeLabels.fontName = FONT  # no Times-Roman default
    sc.startAngle = 90
    sc.direction = "clockwise"
    for i in range(len(rings)):
        sc.strands[i].strokeColor = colors.HexColor(GRID)
        sc.strands[i].strokeWidth = 0.4
        sc.strands[i].fillColor = None
    n = len(rings)
    if data.previous_scores is not None:
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
    for i in range(len(keys)):
        angle = math.radians(90 - 360 * i / len(keys))  # clockwise from the top
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
    d.add(sc)
    # Legend under the chart.
    y = 10
    entries = [(CURRENT, lab["legend_current"].format(date=_fmt_date(data.date)), None)]
    if data.previous_scores is not None:
        entries.append((PREVIOUS, lab["legend_previous"].format(
            date=_fmt_date(data.previous_date)), (3, 2)))
    x = 20.0
    for color, text, dash in entries:
        d.add(Line(x, y + 3, x + 18, y + 3, strokeColor=colors.HexColor(color), strokeWidth=2,
                   strokeDashArray=dash))
        d.add(String(x + 23, y, text, fontName=FONT, fontSize=8))
        x += 40 + 4.6 * len(text)
    d.add(Rect(0, 0, 0.1, 0.1, strokeColor=None, fillColor=None))
    return d


def build_story(data: ReportData, lang: str, *, footer_state: dict[str, str] | None = None
                ) -> list[Any]:
    """The flowables of one report in ``lang`` (a combined batch concatenates them)."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

    lang = check_lang(lang)
    lab = labels("diagnostic", lang)
    st = _styles()
    form, result = data.form, data.result
    full = 174 * mm
    story: list[Any] = []

    if footer_state is not None:
        class _Footer(Flowable):
            """Zero-size marker: pages from here on carry this initiative's name."""

            def wrap(self, *_: Any) -> tuple[int, int]:
                return 0, 0

            def draw(self) -> None:
                footer_state["left"] = data.initiative_name
        story.append(_Footer())

    def p(text: str, style: str = "body") -> Any:
        return Paragraph(text, st[style])

    def heading(text: str, *following: Any) -> None:
        story.append(KeepTogether([p(esc(text), "h1"), *following]))

    # -- cover -------------------------------------------------------------------------------
    story.append(p(esc(lab["report_kind"]).upper(), "kicker"))
    story.append(p(esc(tr(form.title, lang)), "title"))
    story.append(p(esc(data.initiative_name), "big"))
    story.append(Spacer(1, 4 * mm))
    region = region_text(data.region_recorded_code, data.region_code, lang, lab["region_today"])
    status = lab["status_complete"] if data.status == "complete" else lab["status_draft"]
    info = [
        (lab["region"], region), (lab["sector"], sector_name(data.sector_key, lang)),
        (lab["date"], _fmt_date(data.date)),
        (lab["consultant"], data.consultant or lab["not_recorded"]),
        (lab["form"], lab["form_version"].format(title=tr(form.title, lang),
                                                 version=form.version)),
        (lab["status"], status),
    ]
    story.append(_table([[p(esc(k), "cellb"), p(esc(v), "cell")] for k, v in info],
                        [45 * mm, full - 45 * mm], header=False, zebra=False,
                        extra=[("BACKGROUND", (0, 0), (0, -1), colors.HexColor(LIGHT))]))
    story.append(Spacer(1, 5 * mm))

    summary = [[p(esc(lab["index"]), "cellb"),
                p(esc(lab["index_value"].format(value=scoring.score_text(result.index))), "big")]]
    if result.level:
        level = form.level(result.level)
        summary.append([p(esc(lab["level"]), "cellb"),
                        p(f"<b>{esc(tr(level.name, lang))}</b><br/>"
                          f"{esc(tr(level.description, lang))}", "cell")])
    else:
        from clusterdesk.services.diagnostics import explain_withheld

        reasons = "".join(f"<br/>• {esc(r)}" for r in explain_withheld(form, result, lang))
        summary.append([p(esc(lab["level"]), "cellb"),
                        p(f"<b>{esc(lab['level_withheld'])}</b>{reasons}", "cell")])
    summary.append([p(esc(lab["summary"]), "cellb"),
                    p(esc(lab["answered"].format(answered=result.answered,
                                                 total=result.total)), "cell")])
    story.append(_table(summary, [45 * mm, full - 45 * mm], header=False, zebra=False,
                        extra=[("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F3F6FA")),
                               ("BOX", (0, 0), (-1, -1), 1.2, colors.HexColor(PRIMARY))]))
    story.append(Spacer(1, 4 * mm))
    story.append(KeepTogether([p(esc(lab["chart_title"]), "h2"),
                               _radar(data, lang, lab, full)]))

    # -- scores --------------------------------------------------------------------------------
    changes = data.changes
    total_weight = sum(d.weight for d in form.dimensions)
    head = [lab["col_dimension"], lab["col_weight"], lab["col_score"], lab["col_band"]]
    if changes is not None:
        head.append(lab["col_change"])
    head.append(lab["col_answered"])
    rows: list[list[Any]] = [[p(esc(h), "head") for h in head]]
    for dim in form.dimensions:
        ds = result.dimensions[dim.key]
        band = tr(form.level(ds.band).name, lang) if ds.band else lab["no_answers"]
        row = [p(esc(tr(dim.name, lang)), "cell"),
               p(f"{100 * dim.weight / total_weight:.0f}%", "cell"),
               p(f"<b>{scoring.score_text(ds.score)}</b>", "cell"), p(esc(band), "cell")]
        if changes is not None:
            row.append(p(scoring.change_text(changes.get(dim.key)), "cell"))
        row.append(p(f"{ds.answered}/{ds.total}", "cell"))
        rows.append(row)
    last = [p(esc(lab["overall"]), "cellb"), p("100%", "cellb"),
            p(f"<b>{scoring.score_text(result.index)}</b>", "cellb"),
            p(esc(tr(form.level(result.level).name, lang)) if result.level else "—", "cellb")]
    if changes is not None:
        prev_index = None
        if data.previous_scores is not None:
            from clusterdesk.domain.scoring import DimensionScore, readiness_index

            prev_index = readiness_index(form, {
                d.key: DimensionScore(d.key, data.previous_scores.get(d.key), 0, 0, None)
                for d in form.dimensions})
        diff = None if prev_index is None or result.index is None else result.index - prev_index
        last.append(p(f"<b>{scoring.change_text(diff)}</b>", "cellb"))
    last.append(p(f"{result.answered}/{result.total}", "cellb"))
    rows.append(last)
    widths = [66 * mm, 16 * mm, 17 * mm, 30 * mm]
    if changes is not None:
        widths.append(24 * mm)
    widths.append(full - sum(widths))
    story.append(CondPageBreak(90 * mm))
    notes = [p(esc(lab["scores_note"]), "small")]
    if changes is not None:
        notes.insert(0, p(esc(lab["change_note"].format(date=_fmt_date(data.previous_date))),
                          "small"))
    heading(lab["scores_title"], _table(rows, widths, extra=[
        ("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), colors.HexColor(LIGHT))]),
        Spacer(1, 2 * mm), *notes)

    # -- strengths -------------------------------------------------------------------------
    def answers_of(dim_key: str, keep: Callable[[int], bool], limit: int = 4) -> list[Any]:
        out = []
        for q in form.dimension(dim_key).questions:
            pts = result.points.get(q.id)
            if pts is not None and keep(pts):
                ans = q.answer_text(scoring.answer_value(data.answers.get(q.id)), lang)
                out.append(Paragraph(f"{esc(tr(q.text, lang))} — <i>{esc(ans)}</i>",
                                     st["bullet"], bulletText="•"))
        return out[:limit]

    strong = scoring.strengths(form, result)
    items: list[Any] = []
    for ds in strong:
        items.append(p(f"{esc(tr(form.dimension(ds.key).name, lang))} — "
                       f"{scoring.score_text(ds.score)}", "h2"))
        good = answers_of(ds.key, lambda pts: pts >= 3, 3)
        if good:
            items.append(p(esc(lab["high_answers"]) + ":", "small"))
            items.extend(good)
    if not items:
        items.append(p(esc(lab["strengths_none"].format(
            score=f"{form.strength_min_score:.0f}"))))
    heading(lab["strengths_title"], *items[:2])
    story.extend(items[2:])

    # -- weaknesses ------------------------------------------------------------------------
    weak = scoring.weaknesses(form, result)
    first = True
    if not weak:
        heading(lab["weaknesses_title"], p(esc(lab["weaknesses_none"])))
    for ds, advice in weak:
        block = [p(f"{esc(tr(form.dimension(ds.key).name, lang))} — {scoring.score_text(ds.score)} "
                   f"({esc(tr(form.level(ds.band).name, lang))})", "h2"),
                 _table([[p(f"<b>{esc(lab['recommendation'])}:</b> {esc(tr(advice, lang))}",
                            "cell")]], [full], header=False, zebra=False,
                        extra=[("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(LIGHT)),
                               ("GRID", (0, 0), (-1, -1), 0, colors.white)])]
        low = answers_of(ds.key, lambda pts: pts <= 1)
        if low:
            block.append(Spacer(1, 1.5 * mm))
            block.append(p(esc(lab["low_answers"]) + ":", "small"))
            block.extend(low)
        if first:
            heading(lab["weaknesses_title"], *block)
            first = False
        else:
            story.append(KeepTogether(block))

    # -- gates -----------------------------------------------------------------------------
    missing = scoring.gates_not_passed(form, result)
    if missing:
        rows = [[p(esc(lab["col_gate"]), "head"), p(esc(lab["col_gate_status"]), "head"),
                 p(esc(lab["col_todo"]), "head")]]
        for gate, ok in missing:
            rows.append([p(esc(tr(gate.text, lang)), "cell"),
                         p(esc(lab["gate_failed"] if ok is False else lab["gate_unanswered"]),
                           "cellb"),
                         p(esc(tr(gate.remedy, lang)), "cell")])
        heading(lab["gates_title"], p(esc(lab["gates_intro"]), "small"), Spacer(1, 2 * mm),
                _table(rows, [58 * mm, 24 * mm, full - 82 * mm]))
    else:
        heading(lab["gates_title"], p(esc(lab["gates_all_passed"])))

    # -- unanswered ----------------------------------------------------------------------
    if result.unanswered:
        items = [p(esc(lab["unanswered_note"]), "small")]
        for qid in result.unanswered:
            q = form.question(qid)
            items.append(Paragraph(f"{esc(tr(form.dimension(q.dimension).name, lang))}: "
                                   f"{esc(tr(q.text, lang))}", st["bullet"], bulletText="•"))
        heading(lab["unanswered_title"], *items[:2])
        story.extend(items[2:])

    # -- next steps and notes ------------------------------------------------------------
    heading(lab["next_steps_title"],
            p(esc(data.next_steps) if data.next_steps.strip() else esc(lab["next_steps_none"])))
    if data.notes.strip():
        heading(lab["notes_title"], p(esc(data.notes)))

    # -- participants --------------------------------------------------------------------
    if data.members:
        rows = [[p(esc(lab["col_org"]), "head"), p(esc(lab["col_role"]), "head"),
                 p(esc(lab["col_joined"]), "head")]]
        for m in data.members:
            rows.append([p(esc(m.name), "cell"),
                         p(esc(lab.get(f"role_{m.role}", m.role)), "cell"),
                         p(_fmt_date(m.joined_on), "cell")])
        story.append(CondPageBreak(50 * mm))
        story.append(p(esc(lab["participants_title"]), "h1"))
        story.append(p(esc(lab["members_intro"].format(count=len(data.members)))))
        story.append(Spacer(1, 2 * mm))
        story.append(_table(rows, [105 * mm, 37 * mm, full - 142 * mm]))
    else:
        heading(lab["participants_title"], p(esc(lab["members_none"])))
    if data.attendees:
        story.append(p(esc(lab["attendees_title"]), "h2"))
        for a in data.attendees:
            story.append(Paragraph(esc(a), st["bullet"], bulletText="•"))

    # -- annex: every answer with its evidence, one small table per dimension -------------
    head = [p(esc(lab["col_question"]), "head"), p(esc(lab["col_answer"]), "head"),
            p(esc(lab["col_points"]), "head"), p(esc(lab["col_evidence"]), "head")]
    story.append(CondPageBreak(60 * mm))
    story.append(p(esc(lab["answers_title"]), "h1"))
    for dim in form.dimensions:
        rows = [head]
        for q in dim.questions:
            answer = data.answers.get(q.id) or {}
            pts = result.points.get(q.id)
            if pts is None:
                shown = f"<i>{esc(lab['no_answer'])}</i>"
            else:
                shown = esc(q.answer_text(scoring.answer_value(answer), lang))
            evidence = answer.get("evidence", "") if isinstance(answer, dict) else ""
            rows.append([p(esc(tr(q.text, lang)), "cell"), p(shown, "cell"),
                         p("—" if pts is None else str(pts), "cell"), p(esc(evidence), "cell")])
        story.append(KeepTogether([
            p(esc(tr(dim.name, lang)), "h2"),
            _table(rows, [70 * mm, 42 * mm, 17 * mm, full - 129 * mm])]))
    return story


def render_pdf(items: Sequence[ReportData], lang: str, *, title: str = "") -> bytes:
    """One PDF holding the reports of ``items`` (one after another, each from a new page)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import BaseDocTemplate, Frame, PageBreak, PageTemplate

    from clusterdesk.reports.common import register_fonts

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
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")

    def on_page_end(canvas, document) -> None:  # noqa: ANN001 - ReportLab callback
        from reportlab.pdfbase.pdfmetrics import stringWidth

        left, room = state["left"], A4[0] / 2 - document.leftMargin - 75
        while left and stringWidth(left, FONT, 8) > room:
            left = left[:-2] + "…"
        xmp(canvas)
        footer(canvas, document, left)

    doc.addPageTemplates([PageTemplate("page", [frame], onPageEnd=on_page_end)])
    story: list[Any] = []
    for i, data in enumerate(items):
        if i:
            story.append(PageBreak())
        story.extend(build_story(data, lang, footer_state=state))
    doc.build(story)
    return buf.getvalue()


# ---- files ------------------------------------------------------------------------------------

def atomic_write(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` so that a reader sees the old file or the whole new one."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        # mkstemp makes the file private; a report is an ordinary document
        os.chmod(tmp, path.stat().st_mode & 0o777 if path.exists() else 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


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


def write_report(session: Session, diagnostic_uuid: str, lang: str, path: Path | str) -> Path:
    """Render one diagnostic's report to ``path`` (atomically)."""
    data = gather(session, diagnostic_uuid)
    return atomic_write(Path(path), render_pdf([data], lang))


def render_batch(db: Any, diagnostic_uuids: Sequence[str], target: Path | str, lang: str, *,
                 one_file: bool = False, progress: Progress = None) -> list[Path]:
    """Reports of many diagnostics: one file each in folder ``target``, or one combined file.

    ``db`` is an open Database (each report is read in its own short session, so the GUI can
    run this off its thread). ``progress(done, total)`` returning False cancels: files already
    written stay; a combined file is not written at all.
    """
    check_lang(lang)
    target = Path(target)
    total = len(diagnostic_uuids)
    written: list[Path] = []
    gathered: list[ReportData] = []
    used: set[str] = set()
    steps = total + 1 if one_file else total  # the combined file is built in a last step
    for done, uuid in enumerate(diagnostic_uuids, start=1):
        with db.session() as s:
            data = gather(s, uuid)
        if one_file:
            gathered.append(data)
        else:
            name = file_name(data, lang)
            stem, n = name[:-4], 2
            while name in used:
                name, n = f"{stem}_{n}.pdf", n + 1
            used.add(name)
            written.append(atomic_write(target / name, render_pdf([data], lang)))
        if progress is not None and progress(done, steps) is False:
            return written
    if one_file:
        title = labels("diagnostic", lang)["report_kind"]
        written.append(atomic_write(target, render_pdf(gathered, lang, title=title)))
        if progress is not None:
            progress(steps, steps)
    return written
