"""What a diagnostic report says, section by section, in the report's language.

``build_story`` returns the flowables of one report: the cover with the summary and the radar
chart, the scores, strengths, weaknesses with advice, the required conditions, unanswered
questions, next steps and notes, the participants and the annex of every answer. Each section
is one function over ``Sections`` (the report's data, language, labels and styles).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from clusterdesk.domain import scoring
from clusterdesk.domain.documents import ReportData
from clusterdesk.domain.questionnaire import Form, tr
from clusterdesk.reports.common import check_lang, esc, labels, sector_name
from clusterdesk.reports.diagnostic_layout import LIGHT, PRIMARY, fmt_date, radar, styles, table
from clusterdesk.reports.paragraphs import Para
from clusterdesk.store.refdata import region_text


@dataclass
class Sections:
    """One report being written: what it prints, in which language, and the flowables so far."""

    data: ReportData
    lang: str
    lab: dict[str, str] = field(init=False)
    st: dict[str, Any] = field(init=False)
    story: list[Any] = field(default_factory=list)
    full: float = 174 * mm

    def __post_init__(self) -> None:
        self.lab = labels("diagnostic", self.lang)
        self.st = styles()

    @property
    def form(self) -> Form:
        return self.data.form

    @property
    def result(self) -> scoring.Result:
        return self.data.result

    def p(self, text: str, style: str = "body") -> Any:
        return Para(text, self.st[style])

    def heading(self, text: str, *following: Any) -> None:
        """A section title kept on one page with what follows it."""
        self.story.append(KeepTogether([self.p(esc(text), "h1"), *following]))


class FooterMark(Flowable):
    """Zero-size marker: pages from here on carry this initiative's name in their footer."""

    def __init__(self, state: dict[str, str], name: str) -> None:
        super().__init__()
        self.state, self.name = state, name

    def wrap(self, *_: Any) -> tuple[int, int]:
        return 0, 0

    def draw(self) -> None:
        self.state["left"] = self.name


def build_story(data: ReportData, lang: str, *, footer_state: dict[str, str] | None = None
                ) -> list[Any]:
    """The flowables of one report in ``lang`` (a combined batch concatenates them)."""
    w = Sections(data, check_lang(lang))
    if footer_state is not None:
        w.story.append(FooterMark(footer_state, data.initiative_name))
    for section in SECTIONS:
        section(w)
    return w.story


def cover(w: Sections) -> None:
    """The cover: what was diagnosed, where, when and by whom, with which form."""
    data, lang, lab, form = w.data, w.lang, w.lab, w.form
    full, story, p = w.full, w.story, w.p
    story.append(p(esc(lab["report_kind"]).upper(), "kicker"))
    story.append(p(esc(tr(form.title, lang)), "title"))
    story.append(p(esc(data.initiative_name), "big"))
    story.append(Spacer(1, 4 * mm))
    region = region_text(data.region_recorded_code, data.region_code, lang, lab["region_today"])
    status = lab["status_complete"] if data.status == "complete" else lab["status_draft"]
    info = [
        (lab["region"], region), (lab["sector"], sector_name(data.sector_key, lang)),
        (lab["date"], fmt_date(data.date)),
        (lab["consultant"], data.consultant or lab["not_recorded"]),
        (lab["form"], lab["form_version"].format(title=tr(form.title, lang),
                                                 version=form.version)),
        (lab["status"], status),
    ]
    story.append(table([[p(esc(k), "cellb"), p(esc(v), "cell")] for k, v in info],
                       [45 * mm, full - 45 * mm], header=False, zebra=False,
                       extra=[("BACKGROUND", (0, 0), (0, -1), colors.HexColor(LIGHT))]))
    story.append(Spacer(1, 5 * mm))


def summary(w: Sections) -> None:
    """The readiness index and level (or why none is given), and the radar chart."""
    data, lang, lab, form = w.data, w.lang, w.lab, w.form
    result, full, story, p = w.result, w.full, w.story, w.p
    summary = [[p(esc(lab["index"]), "cellb"),
                p(esc(lab["index_value"].format(value=scoring.score_text(result.index))), "big")]]
    if result.level:
        level = form.level(result.level)
        summary.append([p(esc(lab["level"]), "cellb"),
                        p(f"<b>{esc(tr(level.name, lang))}</b><br/>"
                          f"{esc(tr(level.description, lang))}", "cell")])
    else:
        reasons = "".join(f"<br/>• {esc(r)}"
                          for r in scoring.explain_withheld(form, result, lang))
        summary.append([p(esc(lab["level"]), "cellb"),
                        p(f"<b>{esc(lab['level_withheld'])}</b>{reasons}", "cell")])
    summary.append([p(esc(lab["summary"]), "cellb"),
                    p(esc(lab["answered"].format(answered=result.answered,
                                                 total=result.total)), "cell")])
    story.append(table(summary, [45 * mm, full - 45 * mm], header=False, zebra=False,
                       extra=[("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F3F6FA")),
                               ("BOX", (0, 0), (-1, -1), 1.2, colors.HexColor(PRIMARY))]))
    story.append(Spacer(1, 4 * mm))
    story.append(KeepTogether([p(esc(lab["chart_title"]), "h2"),
                               radar(data, lang, lab, full)]))


def scores(w: Sections) -> None:
    """The score of each dimension with its weight, band and change since the last one."""
    data, lang, lab, form = w.data, w.lang, w.lab, w.form
    result, full, story, p = w.result, w.full, w.story, w.p
    heading = w.heading
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
        notes.insert(0, p(esc(lab["change_note"].format(date=fmt_date(data.previous_date))),
                          "small"))
    heading(lab["scores_title"], table(rows, widths, extra=[
        ("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), colors.HexColor(LIGHT))]),
        Spacer(1, 2 * mm), *notes)


def answers_of(w: Sections, dim_key: str, keep: Callable[[int], bool], limit: int = 4
               ) -> list[Any]:
    """Bullets of the answers of dimension ``dim_key`` whose points pass ``keep``."""
    out = []
    for q in w.form.dimension(dim_key).questions:
        pts = w.result.points.get(q.id)
        if pts is not None and keep(pts):
            ans = q.answer_text(scoring.answer_value(w.data.answers.get(q.id)), w.lang)
            out.append(Para(f"{esc(tr(q.text, w.lang))} — <i>{esc(ans)}</i>",
                                 w.st["bullet"], bulletText="•"))
    return out[:limit]


def strengths(w: Sections) -> None:
    """The strongest dimensions with their best answers."""
    lang, lab, form, result = w.lang, w.lab, w.form, w.result
    story, p, heading = w.story, w.p, w.heading
    strong = scoring.strengths(form, result)
    items: list[Any] = []
    for ds in strong:
        items.append(p(f"{esc(tr(form.dimension(ds.key).name, lang))} — "
                       f"{scoring.score_text(ds.score)}", "h2"))
        good = answers_of(w, ds.key, lambda pts: pts >= 3, 3)
        if good:
            items.append(p(esc(lab["high_answers"]) + ":", "small"))
            items.extend(good)
    if not items:
        items.append(p(esc(lab["strengths_none"].format(
            score=f"{form.strength_min_score:.0f}"))))
    heading(lab["strengths_title"], *items[:2])
    story.extend(items[2:])


def weaknesses(w: Sections) -> None:
    """The weakest dimensions with what to do and their lowest answers."""
    lang, lab, form, result = w.lang, w.lab, w.form, w.result
    full, story, p, heading = w.full, w.story, w.p, w.heading
    weak = scoring.weaknesses(form, result)
    first = True
    if not weak:
        heading(lab["weaknesses_title"], p(esc(lab["weaknesses_none"])))
    for ds, advice in weak:
        block = [p(f"{esc(tr(form.dimension(ds.key).name, lang))} — {scoring.score_text(ds.score)} "
                   f"({esc(tr(form.level(ds.band).name, lang))})", "h2"),
                 table([[p(f"<b>{esc(lab['recommendation'])}:</b> {esc(tr(advice, lang))}",
                            "cell")]], [full], header=False, zebra=False,
                       extra=[("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(LIGHT)),
                               ("GRID", (0, 0), (-1, -1), 0, colors.white)])]
        low = answers_of(w, ds.key, lambda pts: pts <= 1)
        if low:
            block.append(Spacer(1, 1.5 * mm))
            block.append(p(esc(lab["low_answers"]) + ":", "small"))
            block.extend(low)
        if first:
            heading(lab["weaknesses_title"], *block)
            first = False
        else:
            story.append(KeepTogether(block))


def gates(w: Sections) -> None:
    """The required conditions not met, with what to do about each."""
    lang, lab, form, result = w.lang, w.lab, w.form, w.result
    full, p, heading = w.full, w.p, w.heading
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
                table(rows, [58 * mm, 24 * mm, full - 82 * mm]))
    else:
        heading(lab["gates_title"], p(esc(lab["gates_all_passed"])))


def unanswered(w: Sections) -> None:
    """The questions left unanswered."""
    lang, lab, st, form = w.lang, w.lab, w.st, w.form
    result, story, p, heading = w.result, w.story, w.p, w.heading
    if result.unanswered:
        items = [p(esc(lab["unanswered_note"]), "small")]
        for qid in result.unanswered:
            q = form.question(qid)
            items.append(Para(f"{esc(tr(form.dimension(q.dimension).name, lang))}: "
                                   f"{esc(tr(q.text, lang))}", st["bullet"], bulletText="•"))
        heading(lab["unanswered_title"], *items[:2])
        story.extend(items[2:])


def next_steps(w: Sections) -> None:
    """Next steps and notes."""
    data, lab, p, heading = w.data, w.lab, w.p, w.heading
    heading(lab["next_steps_title"],
            p(esc(data.next_steps) if data.next_steps.strip() else esc(lab["next_steps_none"])))
    if data.notes.strip():
        heading(lab["notes_title"], p(esc(data.notes)))


def participants(w: Sections) -> None:
    """The participants on the diagnostic's date and who attended."""
    data, lab, st, full = w.data, w.lab, w.st, w.full
    story, p, heading = w.story, w.p, w.heading
    if data.members:
        rows = [[p(esc(lab["col_org"]), "head"), p(esc(lab["col_role"]), "head"),
                 p(esc(lab["col_joined"]), "head")]]
        for m in data.members:
            rows.append([p(esc(m.name), "cell"),
                         p(esc(lab.get(f"role_{m.role}", m.role)), "cell"),
                         p(fmt_date(m.joined_on), "cell")])
        story.append(CondPageBreak(50 * mm))
        story.append(p(esc(lab["participants_title"]), "h1"))
        story.append(p(esc(lab["members_intro"].format(count=len(data.members)))))
        story.append(Spacer(1, 2 * mm))
        story.append(table(rows, [105 * mm, 37 * mm, full - 142 * mm]))
    else:
        heading(lab["participants_title"], p(esc(lab["members_none"])))
    if data.attendees:
        story.append(p(esc(lab["attendees_title"]), "h2"))
        for a in data.attendees:
            story.append(Para(esc(a), st["bullet"], bulletText="•"))


def annex(w: Sections) -> None:
    """Annex: every answer with its evidence, one small table per dimension."""
    data, lang, lab, form = w.data, w.lang, w.lab, w.form
    result, full, story, p = w.result, w.full, w.story, w.p
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
            table(rows, [70 * mm, 42 * mm, 17 * mm, full - 129 * mm])]))


SECTIONS: tuple[Callable[[Sections], None], ...] = (
    cover, summary, scores, strengths, weaknesses, gates, unanswered, next_steps, participants,
    annex)
