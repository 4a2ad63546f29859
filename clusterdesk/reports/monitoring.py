"""Monitoring reports (PDF, ru/kk/en): one per selected cluster, and the programme's report.

They render what ``services.monitoring_reports`` assembled at a date; no database access
here. Labels and vocabulary names come from ``resources/reports/monitoring.toml``; every
record text goes through ``esc``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from clusterdesk.domain.indicators import Aggregation
from clusterdesk.reports.common import FONT, check_lang, esc, labels, region_names, sector_name
from clusterdesk.reports.monitoring_parts import (
    bar_chart,
    chart_title_lines,
    fmt_date,
    fmt_num,
    status_text,
    styles,
    table,
    write_pdf,
)

# What it is handed, assembled by ``services.monitoring`` and ``services.monitoring_reports``
# (reports never import the services: the names below only say which object is meant).
ClusterView = IndicatorView = ClusterReport = ProgrammeReport = Any
CHARTS_PER_ROW = 2


def _p(text: str, st: dict[str, Any], style: str = "body") -> Any:
    from reportlab.platypus import Paragraph

    return Paragraph(text, st[style])


def _plan_line(c: ClusterView, lab: dict[str, str]) -> str:
    plan = c.plan
    if plan is None:
        return lab["plan_none"]
    if plan.version is None:
        if plan.newest is None:
            return lab["plan_none"]
        return lab["plan_not_in_force"].format(version=plan.newest,
                                               stage=lab["stage_" + str(plan.stage)])
    line = lab["plan_version"].format(version=plan.version, date=fmt_date(plan.approved_on),
                                      start=fmt_date(plan.period_start),
                                      end=fmt_date(plan.period_end))
    if plan.newest and plan.newest != plan.version:
        line += "; " + lab["plan_newer"].format(version=plan.newest,
                                                stage=lab["stage_" + str(plan.stage)])
    return line


def _organization_line(c: ClusterView, lab: dict[str, str]) -> str:
    if c.organization is None:
        return lab["organization_none"]
    name, form, bin_, registered = c.organization
    return lab["organization_line"].format(name=name, form=form, bin=bin_ or "—",
                                           date=fmt_date(registered))


def _coordinator_line(c: ClusterView, lab: dict[str, str]) -> str:
    if not c.coordinators:
        return lab["coordinator_none"]
    return "; ".join(lab["coordinator_since"].format(name=n, date=fmt_date(d))
                     for n, d in c.coordinators)


def _indicator_row(i: IndicatorView, year: int, lang: str, lab: dict[str, str],
                   st: dict[str, Any]) -> list[Any]:
    d, a = i.definition, i.assessment
    actual = fmt_num(a.actual, lang)
    if a.as_of:
        actual += " " + lab["actual_as_of"].format(date=fmt_date(a.as_of))
    return [f"{d.name[lang]}, {d.unit[lang]}", lab["rule_" + d.aggregation.value],
            fmt_num(i.baseline, lang), fmt_num(i.target_for(year), lang), actual,
            fmt_num(a.expected, lang), _p(status_text(a.status.value, lab), st, "cell")]


def cluster_story(report: ClusterReport, lang: str) -> list[Any]:
    """The flowables of one cluster's monitoring report in ``lang``."""
    lang = check_lang(lang)
    lab, st, c = labels("monitoring", lang), styles(), report.cluster
    return [*_cluster_heading(c, lang, lab, st), *_plan_parts(c, lang, lab, st),
            *_indicator_parts(c, lang, lab, st), *_members_part(report, lab, st)]


def _cluster_heading(c: ClusterView, lang: str, lab: dict[str, str], st: dict[str, Any]
                     ) -> list[Any]:
    """Name, date, region and sector, and the summary table."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    full = 178 * mm
    region, today = region_names(c.region_code, lang)
    return [
        _p(esc(lab["cluster_kind"]), st, "kicker"), _p(esc(c.name), st, "title"),
        _p(esc(lab["on_date"].format(date=fmt_date(c.on))), st),
        _p(esc(f"{lab['region']}: {region}" + (f" ({today})" if today else "")
               + f" · {lab['sector']}: {sector_name(c.sector_key, lang)}"), st),
        Spacer(1, 4 * mm),
        table([lab["summary"], ""], [
            [lab["overall"], _p(status_text(c.status.value, lab), st, "cell")],
            [lab["plan"], _plan_line(c, lab)],
            [lab["organization"], _organization_line(c, lab)],
            [lab["coordinator"], _coordinator_line(c, lab)]], [45 * mm, full - 45 * mm], st)]


def _plan_parts(c: ClusterView, lang: str, lab: dict[str, str], st: dict[str, Any]
                ) -> list[Any]:
    """The development plan: goals, measures with their status, the groundwork."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    full = 178 * mm
    story: list[Any] = [_p(esc(lab["plan"]), st, "h1"), _p(esc(_plan_line(c, lab)), st)]
    if c.plan and c.plan.goals:
        story.append(_p(esc(lab["goals"]), st))
        story += [_p(esc(g), st, "bullet") for g in c.plan.goals]
    if c.plan and c.plan.measures:
        rows = [[m.title + (f" ({lab['project_mark']})" if m.is_project else ""), m.owner,
                 fmt_date(m.due_date), lab["measure_" + m.status],
                 fmt_num(m.budget_mln_kzt, lang), lab["financing_" + m.financing], m.blocker]
                for m in c.plan.measures]
        story.append(Spacer(1, 2 * mm))
        story.append(table([lab["col_measure"], lab["col_owner"], lab["col_due"],
                            lab["col_status"], lab["col_budget"], lab["col_financing"],
                            lab["col_blocker"]], rows,
                           [42 * mm, 22 * mm, 19 * mm, 22 * mm, 14 * mm, 22 * mm, 37 * mm], st))
    if c.plan and c.plan.groundwork:
        story.append(_p(esc(lab["groundwork"]), st, "h1"))
        # the kind of work, what was done, when, and the documents that show it
        story.append(table([lab["col_task"], lab["col_measure"], lab["col_done"],
                            lab["col_evidence"]], [
            [lab["groundwork_" + k], t, fmt_date(d), "; ".join(docs)]
            for k, t, d, docs in c.plan.groundwork],
            [36 * mm, 62 * mm, 20 * mm, full - 118 * mm], st))
    return story


def _indicator_parts(c: ClusterView, lang: str, lab: dict[str, str], st: dict[str, Any]
                     ) -> list[Any]:
    """The indicators: target, actual and expected with their status, and a chart each."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer, Table

    full = 178 * mm
    story: list[Any] = [_p(esc(lab["indicators"]), st, "h1")]
    if not c.indicators:
        return [*story, _p(esc(lab["indicators_none"]), st)]
    year = c.on.year
    tol = c.indicators[0].definition.tolerance
    story.append(_p(esc(lab["tolerance_note"].format(on=round(tol.on_track * 100),
                                                     risk=round(tol.at_risk * 100))),
                    st, "small"))
    story.append(table(
        [lab["col_indicator"], lab["col_rule"], lab["col_baseline"],
         lab["col_target"].format(year=year), lab["col_actual"], lab["col_expected"],
         lab["col_status"]],
        [_indicator_row(i, year, lang, lab, st) for i in c.indicators],
        [50 * mm, 27 * mm, 17 * mm, 18 * mm, 26 * mm, 18 * mm, 22 * mm], st))
    # Two charts a row: most names fit on one line above a chart half the page wide (longer
    # ones are wrapped), and the names stay searchable as one line of text.
    n = CHARTS_PER_ROW
    width = full / n - 2
    rows = [c.indicators[k:k + n] for k in range(0, len(c.indicators), n)]
    grid = []
    for row in rows:  # the charts of a row reserve as many title lines as the longest needs
        most = max(len(chart_title_lines(i.definition.name[lang], width)) for i in row)
        grid.append([_indicator_chart(i, lang, lab, width, most) for i in row]
                    + [Spacer(1, 1)] * (n - len(row)))
    return [*story, Spacer(1, 3 * mm), Table(grid, colWidths=[full / n] * n,
                                             style=[("FONTNAME", (0, 0), (-1, -1), FONT)]),
            _p(esc(lab["chart_note"]), st, "small")]


def _members_part(report: ClusterReport, lab: dict[str, str], st: dict[str, Any]
                  ) -> list[Any]:
    """Participants over time, as bars (nothing when none were recorded)."""
    from reportlab.lib.units import mm

    if not report.members:
        return []
    return [_p(esc(lab["members"]), st, "h1"),
            bar_chart("", [f"{d:%m.%y}" for d, _ in report.members],
                      [[n for _, n in report.members]], [lab["col_participants"]], 178 * mm, 130)]


def _indicator_chart(i: IndicatorView, lang: str, lab: dict[str, str], width: float,
                     title_lines: int = 1) -> Any:
    years = sorted({t.end.year for t in i.targets})
    return bar_chart(i.definition.name[lang], [str(y) for y in years],
                     [[i.target_for(y) for y in years], [i.actual_for(y) for y in years]],
                     [lab["chart_target"], lab["chart_actual"]], width,
                     title_lines=title_lines)


def programme_story(report: ProgrammeReport, lang: str) -> list[Any]:
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    lang = check_lang(lang)
    lab, st, s, pv = labels("monitoring", lang), styles(), report.stats, report.programme
    full = 178 * mm
    half = [full - 40 * mm, 40 * mm]
    story: list[Any] = [
        _p(esc(lab["programme_kind"]), st, "title"), _p(esc(lab["programme_for"]), st, "kicker"),
        _p(esc(lab["on_date"].format(date=fmt_date(pv.on))), st), Spacer(1, 3 * mm),
        _p(esc(lab["field_work"]), st, "h1"),
        table(["", ""], [[lab["trips"], s["trips"]], [lab["consultations"], s["consultations"]],
                         [lab["organizations_consulted"], s["organizations_consulted"]]],
              half, st),
        _p(esc(lab["groups"]), st, "h1")]
    groups = [(sector_name(k, lang), n) for k, n in s["initiatives_by_sector"].items() if n]
    story.append(table([lab["col_sector"], lab["col_count"]],
                       sorted(groups, key=lambda g: -g[1]) + [(lab["total"], s["initiatives"])],
                       half, st))
    by_status = s["applications_by_status"]
    story += [_p(esc(lab["selection"]), st, "h1"), table(["", ""], [
        [lab["applications"], s["applications"] - by_status.get("draft", 0)],
        [lab["rejected"], by_status.get("rejected", 0)],
        [lab["selected"], len(s["selected_clusters"])]], half, st), Spacer(1, 2 * mm)]
    members = s["participants_by_cluster"]
    story.append(table([lab["col_cluster"], lab["col_participants"]],
                       list(members.items()) + [(lab["total"], sum(members.values()))],
                       half, st))
    story += [_p(esc(lab["after_selection"]), st, "h1"),
              _p(esc(f"{lab['cluster_organizations']}: {len(pv.cluster_organizations)}"
                     + (" — " + "; ".join(pv.cluster_organizations)
                        if pv.cluster_organizations else "")), st),
              _p(esc(lab["coordinators"].format(working=pv.working, trained=pv.trained)), st),
              _p(esc(lab["clusters_table"]), st, "h1")]
    rows = []
    for c in pv.clusters:
        m = c.plan.measures_by_status() if c.plan else {}
        k = c.status_counts()
        rows.append([c.name, str(c.plan.version) if c.plan and c.plan.version else "—",
                     f"{m.get('done', 0)} / {m.get('in_progress', 0)} / {m.get('blocked', 0)}",
                     f"{k['on_track']} / {k['at_risk']} / {k['off_track']}",
                     _p(status_text(c.status.value, lab), st, "cell")])
    story.append(table([lab["col_cluster"], lab["col_version"], lab["col_measures"],
                        lab["col_indicators"], lab["overall"]], rows,
                       [60 * mm, 20 * mm, 36 * mm, 36 * mm, 26 * mm], st))
    if pv.totals:
        story.append(_p(esc(lab["totals"].format(year=pv.on.year)), st, "h1"))
        story.append(table([lab["col_indicator"], lab["col_rule"], lab["col_clusters"],
                            lab["total"]], _total_rows(pv, lang, lab),
                           [78 * mm, 40 * mm, 22 * mm, 38 * mm], st))
    story += _task_part(pv, lang, lab, st)
    return story


def _total_rows(pv: Any, lang: str, lab: dict[str, str]) -> list[list[Any]]:
    defs = {i.definition.code: i.definition for c in pv.clusters for i in c.indicators}
    rows = []
    for code, total in pv.totals.items():
        d = defs[code]
        n = sum(any(i.definition.code == code and any(v.end.year == pv.on.year
                                                      for v in i.values)
                    for i in c.indicators) for c in pv.clusters)
        value = fmt_num(total.value, lang)
        if d.aggregation is Aggregation.RATE:
            value += f" ({fmt_num(total.numerator, lang)} / {fmt_num(total.denominator, lang)})"
        rows.append([f"{d.name[lang]}, {d.unit[lang]}", lab["rule_" + d.aggregation.value],
                     n, value])
    return rows


def _task_part(pv: Any, lang: str, lab: dict[str, str], st: dict[str, Any]) -> list[Any]:
    from reportlab.lib.units import mm

    out = [_p(esc(lab["tasks"]), st, "h1")]
    if not pv.tasks:
        return out + [_p(esc(lab["tasks_none"]), st)]
    by = pv.tasks_by_status()
    out.append(_p(esc(lab["tasks_summary"].format(
        total=len(pv.tasks), done=by["done"], running=by["in_progress"] + by["open"],
        overdue=pv.overdue)), st))
    rows = []
    for t in pv.tasks:
        status = esc(lab["task_" + t.status])
        if t.overdue:
            status += f' · <font color="#C62828"><b>{esc(lab["overdue"])}</b></font>'
        rows.append([t.title, t.decision, t.owner, fmt_date(t.deadline),
                     _p(status, st, "cell"), fmt_date(t.completed_on), t.evidence])
    out.append(table([lab["col_task"], lab["col_decision"], lab["col_owner"],
                      lab["col_deadline"], lab["col_status"], lab["col_done"],
                      lab["col_evidence"]], rows,
                     [42 * mm, 34 * mm, 18 * mm, 19 * mm, 23 * mm, 19 * mm, 23 * mm], st))
    return out


def write_cluster_report(report: ClusterReport, lang: str, path: Path | str) -> Path:
    lab = labels("monitoring", check_lang(lang))
    title = f"{lab['cluster_kind']}: {report.cluster.name}"
    return write_pdf(path, cluster_story(report, lang), lang, title,
                     lab["footer"].format(name=report.cluster.name))


def write_programme_report(report: ProgrammeReport, lang: str, path: Path | str) -> Path:
    lab = labels("monitoring", check_lang(lang))
    return write_pdf(path, programme_story(report, lang), lang,
                     f"{lab['programme_kind']}, {fmt_date(report.programme.on)}",
                     lab["footer_programme"])
