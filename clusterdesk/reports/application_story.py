"""What the application PDF says, part by part, in the document's language.

``story`` returns the flowables: the title page with the result of the formal check, one part
per template section, the participants, the attachments and the signatures. Each part is one
function over ``Page`` (the data, the language, its labels and styles).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from clusterdesk.domain.app_template import FieldDef
from clusterdesk.domain.documents import ApplicationPrint
from clusterdesk.domain.validators import parse_date, parse_number
from clusterdesk.reports.common import FONT, FONT_BOLD, esc, labels, sector_name
from clusterdesk.store.refdata import region_text

NAME = "application"
DRAFT = "draft"  # the one status of an application not yet filed


def draft_problems(data: ApplicationPrint) -> list[Any]:
    """The formal problems to mark the print with: a draft's, none once it was filed (then
    the application is what was filed, and its status says what became of it)."""
    return list(data.problems) if data.status == DRAFT else []


def field_value(f: FieldDef, value: Any, lang: str, empty: str) -> str:
    if value is None or (isinstance(value, str) and not value.strip()):
        return f"<font color='#888888'>{esc(empty)}</font>"
    if f.kind == "choice":
        return esc(f.option_label(str(value), lang))
    if f.kind == "date" and (d := parse_date(value)) is not None:
        return f"{d:%d.%m.%Y}"
    if f.kind == "number" and not isinstance(value, str):
        number = parse_number(value)
        if number is not None:
            text = f"{number:,.0f}" if number == int(number) else f"{number:,.1f}"
            return esc(text if lang == "en" else text.replace(",", "\u00a0").replace(".", ","))
    return esc(value)


def styles() -> dict[str, Any]:
    """The paragraph and table styles of the application."""
    body = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=13, bulletFontName=FONT)
    small = ParagraphStyle("small", parent=body, fontSize=8.5, leading=10.5)
    label = ParagraphStyle("label", parent=small, fontName=FONT_BOLD)
    cell = ParagraphStyle("cell", parent=body, fontSize=7.5, leading=9.5)
    head_cell = ParagraphStyle("head_cell", parent=cell, textColor=colors.HexColor("#333355"))
    title = ParagraphStyle("title", parent=body, fontName=FONT_BOLD, fontSize=17, leading=22,
                           alignment=TA_CENTER, spaceAfter=8 * mm)
    cluster = ParagraphStyle("cluster", parent=title, fontSize=14, leading=18)
    h1 = ParagraphStyle("h1", parent=body, fontName=FONT_BOLD, fontSize=13, leading=16,
                        spaceBefore=5 * mm, spaceAfter=3 * mm)
    item = ParagraphStyle("item", parent=body, leftIndent=7 * mm, firstLineIndent=-7 * mm,
                          spaceAfter=1.5 * mm)
    alert = ParagraphStyle("alert", parent=body, fontName=FONT_BOLD,
                           textColor=colors.HexColor("#a01010"))
    grid = TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),  # plain-text cells: DejaVu, not Helvetica
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e8ef")),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ])
    plain = TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), FONT),
                        ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#bbbbbb"))])
    return {
        "body": body, "small": small, "label": label, "cell": cell, "head_cell": head_cell,
        "title": title, "cluster": cluster, "h1": h1, "item": item, "alert": alert, "grid": grid,
        "plain": plain}


@dataclass
class Page:
    """The application being written: its data, language, labels, styles and flowables."""

    data: ApplicationPrint
    lang: str
    story: list[Any] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.lb = labels(NAME, self.lang)
        self.tpl, self.snap = self.data.template, self.data.snapshot
        for name, style in styles().items():
            setattr(self, name, style)

    def p(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        return Paragraph(text, style or self.small)

    def d(self, day: dt.date | None) -> str:
        return f"{day:%d.%m.%Y}" if day else self.lb["not_filed"]


def story(data: ApplicationPrint, lang: str) -> list[Any]:
    """The flowables of the application in ``lang``."""
    w = Page(data, lang)
    title_page(w)
    template_sections(w)
    number = len(w.tpl.sections)
    for i, part in enumerate((participants, attachments, signatures), start=number + 1):
        part(w, i)
    return w.story


def title_page(w: Page) -> None:
    """The title page: the cluster, the facts of the round, the result of the check."""
    p, d, lb, lang, data = w.p, w.d, w.lb, w.lang, w.data
    tpl, snap, story, body, label = w.tpl, w.snap, w.story, w.body, w.label
    title, cluster, item, alert, plain = w.title, w.cluster, w.item, w.alert, w.plain
    story.extend([Spacer(1, 25 * mm), p(esc(tpl.title[lang]), title),
                  p(esc(data.cluster), cluster), Spacer(1, 6 * mm)])
    coordinator = next((x.name for x in snap.participants if x.coordinator), "—")
    round_text = lb["round_value"].format(name=data.round_name, start=d(snap.round_announced),
                                          end=d(snap.round_deadline))
    # The region as recorded then, with today's after it: the same words as the diagnostic.
    region = region_text(data.region_recorded_code, data.region_code, lang,
                         labels("diagnostic", lang)["region_today"])
    facts = [(lb["round"], round_text), (lb["region"], region),
             (lb["sector"], sector_name(data.sector_key, lang)),
             (lb["coordinator"], coordinator),
             (lb["participants_count"], str(len(snap.participants))),
             (lb["status"], lb.get(f"status_{data.status}", data.status)),
             (lb["filed_on"], d(snap.filed_on)), (lb["basis"], tpl.basis[lang])]
    story.append(Table([[p(esc(k), label), p(esc(v), body)] for k, v in facts],
                       colWidths=[55 * mm, 115 * mm], style=plain))
    story.append(Spacer(1, 8 * mm))
    if data.status != DRAFT and data.problems:  # filed: no advice to fix it before filing
        status = lb.get(f"status_{data.status}", data.status)
        story.append(p(f"<b>{esc(lb['status'])}:</b> {esc(status)}", body))
    elif data.problems:
        story.append(p(esc(lb["check_failed"]), alert))
        story.append(Spacer(1, 2 * mm))
        story += [p(f"{i}.\u00a0\u00a0{esc(pr.text)}", item)
                  for i, pr in enumerate(data.problems, 1)]
    else:
        story.append(p(esc(lb["check_passed"].format(date=d(data.checked_on))), body))
    story.append(PageBreak())


def template_sections(w: Page) -> None:
    """One numbered part per section of the template, with its fields."""
    p, lb, lang, tpl, snap = w.p, w.lb, w.lang, w.tpl, w.snap
    story, body, label, h1, plain = w.story, w.body, w.label, w.h1, w.plain
    for number, section in enumerate(tpl.sections, start=1):
        values = snap.fields.get(section.id, {})
        rows = [[p(esc(f.label[lang]) + (" *" if f.required else ""), label),
                 p(field_value(f, values.get(f.id), lang, lb["empty"]), body)]
                for f in section.fields]
        story.append(p(f"{number}. {esc(section.title[lang])}", h1))
        story.append(Table(rows, colWidths=[58 * mm, 112 * mm], style=plain))


def participants(w: Page, number: int) -> None:
    """The participants with their region, BIN, kind and role, and agreement."""
    p, lb, lang, snap, story = w.p, w.lb, w.lang, w.snap, w.story
    body, cell, head_cell, h1, grid = w.body, w.cell, w.head_cell, w.h1, w.grid
    story.append(p(f"{number}. {esc(lb['participants'])}", h1))
    if snap.participants:
        head = [lb["col_no"], f"{lb['col_org']} / {lb['col_region'].lower()}", lb["col_bin"],
                lb["col_kind"], lb["col_employees"], lb["col_signed"]]
        rows = [[p(esc(h), head_cell) for h in head]]
        for i, x in enumerate(snap.participants, 1):
            region = snap.region_names.get(x.region_code or "", {}).get(lang, x.region_code or "")
            org = esc(x.name) + (f" — <b>{esc(lb['coordinator_mark'])}</b>"
                                 if x.coordinator else "")
            org += f"<br/><font color='#555555'>{esc(region)}</font>" if region else ""
            kind = lb.get(f"kind_{x.kind}", x.kind) + " / " + lb.get(f"role_{x.role}", x.role)
            rows.append([p(str(i), cell), p(org, cell), p(esc(x.bin or "—"), cell),
                         p(esc(kind), cell),
                         p("" if x.employees is None else str(x.employees), cell),
                         p(esc(lb["yes"] if x.agreement_signed else lb["no"]), cell)])
        story.append(Table(rows, colWidths=[7 * mm, 64 * mm, 24 * mm, 31 * mm, 23 * mm,
                                             21 * mm], style=grid, repeatRows=1))
    else:
        story.append(p(esc(lb["no_participants"]), body))


def attachments(w: Page, number: int) -> None:
    """The attachments the template asks for, and which are enclosed."""
    p, lb, lang, tpl, snap = w.p, w.lb, w.lang, w.tpl, w.snap
    story, cell, head_cell, h1, grid = w.story, w.cell, w.head_cell, w.h1, w.grid
    story.append(p(f"{number}. {esc(lb['attachments'])}", h1))
    head = [lb["col_no"], lb["col_document"], lb["col_required"], lb["col_present"],
            lb["col_file"]]
    rows = [[p(esc(h), head_cell) for h in head]]
    for i, a in enumerate(tpl.attachments, 1):
        got = snap.attachments.get(a.id)
        present = bool(got and got.present)
        rows.append([p(str(i), cell), p(esc(a.title[lang]), cell),
                     p(esc(lb["yes"] if a.required else lb["no"]), cell),
                     p(esc(lb["yes"] if present else lb["no"]), cell),
                     p(esc(got.file if got and present else ""), cell)])
    story.append(Table(rows, colWidths=[8 * mm, 68 * mm, 24 * mm, 18 * mm, 52 * mm],
                       style=grid, repeatRows=1))


def signatures(w: Page, number: int) -> None:
    """Signatures of the coordinator and of the operator who registers it."""
    p, lb, story, body, label = w.p, w.lb, w.story, w.body, w.label
    h1 = w.h1
    line = "_" * 28
    sign_rows = [
        [p(esc(lb["sign_coordinator"]), label), p(line + "<br/>" + esc(lb["sign_signature"])),
         p(line + "<br/>" + esc(lb["sign_name"]))],
        [p(esc(lb["sign_date"]), label), p("«___» __________ 20___"), p(esc(lb["sign_stamp"]))],
    ]
    operator_rows = [
        [p(esc(lb["sign_reg_number"]), label), p(line), p("")],
        [p(esc(lb["sign_date"]), label), p("«___» __________ 20___"), p("")],
        [p(esc(lb["sign_received_by"]), label), p(line + "<br/>" + esc(lb["sign_signature"])),
         p(line + "<br/>" + esc(lb["sign_name"]))],
    ]
    widths = [55 * mm, 60 * mm, 55 * mm]
    pad = TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("FONTNAME", (0, 0), (-1, -1), FONT),
                      ("TOPPADDING", (0, 0), (-1, -1), 9)])
    story.append(KeepTogether([
        p(f"{number}. {esc(lb['signatures'])}", h1), p(esc(lb["sign_confirm"]), body),
        Spacer(1, 4 * mm), Table(sign_rows, colWidths=widths, style=pad), Spacer(1, 8 * mm),
        p(esc(lb["sign_operator"]), label), Table(operator_rows, colWidths=widths, style=pad),
    ]))
