"""Applications to a selection round: drafting, checking, the workflow, scores and selection.

The window, the command line and the demo call these functions; they never import Qt. A draft
is pre-filled from what ClusterDesk already knows about the initiative, so the consultant only
writes what is new. Every status change is kept with who and when (``ApplicationEvent``).
"""

from __future__ import annotations

import datetime as dt
import importlib
import importlib.util
import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from clusterdesk.domain import compliance, ranking
from clusterdesk.domain.app_template import AppTemplate, load_template, parse_number
from clusterdesk.domain.compliance import (
    ApplicationSnapshot,
    AttachmentSnap,
    ParticipantSnap,
    Problem,
)
from clusterdesk.domain.enums import ApplicationStatus, InitiativeStatus
from clusterdesk.errors import ClusterDeskError, Reason, ValidationError
from clusterdesk.services.records import get
from clusterdesk.store.application_models import ApplicationEvent, EvaluationScore
from clusterdesk.store.models import (
    Application,
    Initiative,
    Membership,
    Organization,
    Region,
    SelectionRound,
)
from clusterdesk.store.refdata import regions, sectors

log = logging.getLogger(__name__)

S = ApplicationStatus
DEFAULT_TEMPLATE = ("application", "2017")

# Which status may follow which. "submitted -> draft" returns a filed application for fixes.
TRANSITIONS: dict[S, set[S]] = {
    S.DRAFT: {S.SUBMITTED},
    S.SUBMITTED: {S.DRAFT, S.REGISTERED, S.REJECTED},
    S.REGISTERED: {S.EVALUATED, S.REJECTED},
    S.REJECTED: set(),
    S.EVALUATED: {S.SELECTED, S.NOT_SELECTED, S.REGISTERED},
    S.SELECTED: set(),
    S.NOT_SELECTED: set(),
}
RANKED = (S.EVALUATED, S.SELECTED, S.NOT_SELECTED)


@dataclass(frozen=True)
class Actor:
    """Who makes a change: the consultant's name as printed, and their record if known."""

    name: str
    uuid: str | None = None


def _actor(who: Actor | str) -> Actor:
    return who if isinstance(who, Actor) else Actor(str(who))


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


# ------------------------------------------------------------------ lookups
def find_round(session: Session, ref: str) -> SelectionRound:
    """A round by its UUID or its name (e.g. ``2017``)."""
    rnd = session.get(SelectionRound, ref)
    if rnd is not None and not rnd.deleted:
        return rnd
    found = session.scalars(select(SelectionRound).where(
        SelectionRound.name == ref, ~SelectionRound.deleted)).all()
    if len(found) == 1:
        return found[0]
    if len(found) > 1:
        raise ClusterDeskError("round.ambiguous", ref=ref)
    raise ClusterDeskError("round.missing", ref=ref)


def get_application(session: Session, uuid: str) -> Application:
    return get(session, Application, uuid)


def template_of(app: Application) -> AppTemplate:
    """The template the application was drafted on (its rules stay those it was filed under)."""
    return load_template(app.template_id or DEFAULT_TEMPLATE[0],
                         app.template_version or DEFAULT_TEMPLATE[1])


def round_template(rnd: SelectionRound) -> AppTemplate:
    return load_template(rnd.template_id or DEFAULT_TEMPLATE[0],
                         rnd.template_version or DEFAULT_TEMPLATE[1])


def applications_of_round(session: Session, rnd: SelectionRound) -> list[Application]:
    return list(session.scalars(select(Application).where(
        Application.round_uuid == rnd.uuid, ~Application.deleted)))


# ------------------------------------------------------------------ drafting
def participants_of(session: Session, initiative: Initiative,
                    on: dt.date | None = None) -> list[ParticipantSnap]:
    """The initiative's live members on ``on`` as application lines, coordinator first."""
    on = on or dt.date.today()
    rows = session.execute(
        select(Membership, Organization)
        .join(Organization, Organization.uuid == Membership.organization_uuid)
        .where(Membership.initiative_uuid == initiative.uuid, ~Membership.deleted,
               ~Organization.deleted, Membership.joined_on <= on,
               or_(Membership.left_on.is_(None), Membership.left_on > on))
        .order_by(Organization.name_key)).all()
    out: dict[str, ParticipantSnap] = {}
    for m, org in rows:
        out.setdefault(org.uuid, _line(org, m.role.value, initiative))
    coord = initiative.coordinator_uuid
    if coord and coord not in out:
        org = session.get(Organization, coord)
        if org is not None and not org.deleted:
            out[coord] = _line(org, "support", initiative)
    return sorted(out.values(), key=lambda p: not p.coordinator)


def _line(org: Organization, role: str, initiative: Initiative) -> ParticipantSnap:
    return ParticipantSnap(
        name=org.name, bin=org.bin, kind=org.kind.value, role=role,
        region_code=org.region_recorded_code or org.region_code,
        coordinator=org.uuid == initiative.coordinator_uuid, agreement_signed=False,
        organization_uuid=org.uuid, employees=org.employees,
        revenue_mln_kzt=org.revenue_mln_kzt, export_share=org.export_share)


def diagnostic_summary(session: Session, initiative_uuid: str, lang: str,
                       on: dt.date | None = None) -> str:
    """The latest complete diagnostic (made on or before ``on``, the filing date, when given)
    in one paragraph, when diagnostics are installed."""
    if importlib.util.find_spec("clusterdesk.services.diagnostics") is None:
        return ""
    try:
        diagnostics = importlib.import_module("clusterdesk.services.diagnostics")
        from clusterdesk.data_files import labels
        from clusterdesk.domain.questionnaire import tr

        found = [d for d in diagnostics.diagnostics_of(session, initiative_uuid,
                                                       complete_only=True)
                 if on is None or d.date <= on]
        latest = found[-1] if found else None
        if latest is None:
            return ""
        form, result = diagnostics.form_of(latest), diagnostics.result_of(latest)
        level = next((tr(lv.name, lang) for lv in form.levels if lv.key == result.level), "—")
        text = labels("application", lang)["diagnostic_index"].format(
            date=f"{latest.date:%d.%m.%Y}", level=level,
            index="—" if result.index is None else f"{result.index:.0f}")
        dims = [f"{tr(d.name, lang)} — {result.dimensions[d.key].score:.0f}"
                for d in form.dimensions
                if d.key in result.dimensions and result.dimensions[d.key].score is not None]
        return f"{text} {'; '.join(dims)}." if dims else text
    except Exception:  # noqa: BLE001 - a missing summary must never block a draft
        log.warning("no diagnostic summary for initiative %s", initiative_uuid, exc_info=True)
        return ""


def prefill(session: Session, template: AppTemplate, initiative: Initiative,
            participants: Sequence[ParticipantSnap], lang: str = "ru",
            on: dt.date | None = None) -> dict[str, dict]:
    """Field values known from the records, by the template's ``prefill`` sources; ``on`` (the
    filing date) keeps later diagnostics out. The region is named as recorded."""
    region = regions().get(initiative.region_recorded_code or initiative.region_code)
    sector = sectors().get(initiative.sector_key)
    coordinator = next((p.name for p in participants if p.coordinator), "")
    employees = [p.employees for p in participants if p.employees is not None]
    revenue = [p.revenue_mln_kzt for p in participants if p.revenue_mln_kzt is not None]
    export_rev = [(p.revenue_mln_kzt, p.export_share) for p in participants
                  if p.revenue_mln_kzt and p.export_share is not None]
    exports = None
    if export_rev:
        base = sum(r for r, _ in export_rev)
        exports = round(sum(r * s for r, s in export_rev) / base, 1) if base else None
    values: dict[str, Any] = {
        "initiative.name": initiative.name,
        "initiative.region": region.names[lang] if region else initiative.region_code,
        "initiative.sector": sector.names[lang] if sector else initiative.sector_key,
        "initiative.coordinator": coordinator,
        "initiative.description": initiative.description,
        "sector.oked": ", ".join(sector.oked) if sector else "",
        "participants.employees": sum(employees) if employees else None,
        "participants.revenue": round(sum(revenue), 1) if revenue else None,
        "participants.exports": exports,
    }
    out: dict[str, dict] = {}
    for section in template.sections:
        out[section.id] = {}
        for f in section.fields:
            if f.prefill == "diagnostic.summary":
                value: Any = diagnostic_summary(session, initiative.uuid, lang, on)
            else:
                value = values.get(f.prefill) if f.prefill else None
            out[section.id][f.id] = "" if value is None else value
    return out


def draft_from_initiative(session: Session, initiative_uuid: str, round_ref: str,
                          who: Actor | str, *, lang: str = "ru",
                          on: dt.date | None = None) -> Application:
    """A new draft for the initiative in the round, pre-filled from the records."""
    initiative = get(session, Initiative, initiative_uuid)
    rnd = find_round(session, round_ref)
    existing = session.scalars(select(Application).where(
        Application.round_uuid == rnd.uuid, Application.initiative_uuid == initiative.uuid,
        ~Application.deleted)).first()
    if existing is not None:
        raise ClusterDeskError("application.exists", initiative=initiative.name,
                               round=rnd.name, uuid=existing.uuid)
    template = round_template(rnd)
    people = participants_of(session, initiative, on)
    app = Application(
        round_uuid=rnd.uuid, initiative_uuid=initiative.uuid, status=S.DRAFT,
        template_id=template.id, template_version=template.version,
        fields=prefill(session, template, initiative, people, lang),
        participants=[p.to_json() for p in people],
        attachments={a.id: {"present": False, "file": ""} for a in template.attachments},
        rejection_reasons=[])
    session.add(app)
    session.flush()
    _event(session, app, "", S.DRAFT, _actor(who))
    if initiative.status in (InitiativeStatus.IDENTIFIED, InitiativeStatus.DIAGNOSED):
        initiative.status = InitiativeStatus.APPLYING
    return app


def update_draft(session: Session, uuid: str, *, fields: Mapping[str, Mapping] | None = None,
                 participants: Iterable[ParticipantSnap | Mapping] | None = None,
                 attachments: Mapping[str, AttachmentSnap | Mapping] | None = None
                 ) -> Application:
    """Store what the consultant edited; unknown sections/fields/attachments are refused."""
    app = get_application(session, uuid)
    if app.status != S.DRAFT:
        raise ClusterDeskError("application.not_draft", uuid=uuid, status=app.status)
    template = template_of(app)
    if fields is not None:
        known = {s.id: {f.id for f in s.fields} for s in template.sections}
        clean: dict[str, dict] = {}
        for sid, values in fields.items():
            if sid not in known:
                raise ValidationError("section", Reason("template.section", id=sid))
            for fid in values:
                if fid not in known[sid]:
                    raise ValidationError(f"{sid}", Reason("template.field", id=fid))
            clean[sid] = {k: (v.strip() if isinstance(v, str) else v) for k, v in values.items()}
        app.fields = {**(app.fields or {}), **clean}
    if participants is not None:
        lines = [p if isinstance(p, ParticipantSnap) else ParticipantSnap.from_json(dict(p))
                 for p in participants]
        app.participants = [p.to_json() for p in lines]
    if attachments is not None:
        ids = {a.id for a in template.attachments}
        out = dict(app.attachments or {})
        for aid, value in attachments.items():
            if aid not in ids:
                raise ValidationError("attachment", Reason("template.attachment", id=aid))
            snap = value if isinstance(value, AttachmentSnap) else AttachmentSnap(
                bool(value.get("present")), str(value.get("file") or ""))
            out[aid] = {"present": snap.present, "file": snap.file}
        app.attachments = out
    return app


# ------------------------------------------------------------------ the formal check
def snapshot(session: Session, app: Application,
             today: dt.date | None = None) -> ApplicationSnapshot:
    """The plain-data view of a stored application that the checker and the PDF use."""
    rnd = app.round or get(session, SelectionRound, app.round_uuid)
    initiative = app.initiative or get(session, Initiative, app.initiative_uuid)
    names = {r.code: {"ru": r.name_ru, "kk": r.name_kk, "en": r.name_en}
             for r in session.scalars(select(Region))}
    return ApplicationSnapshot(
        region_code=initiative.region_code, round_announced=rnd.announced_on,
        round_deadline=rnd.deadline, fields=dict(app.fields or {}),
        participants=[ParticipantSnap.from_json(p) for p in app.participants or []],
        attachments={k: AttachmentSnap(bool(v.get("present")), str(v.get("file") or ""))
                     for k, v in (app.attachments or {}).items()},
        filed_on=app.submitted_on, check_date=today or dt.date.today(), region_names=names)


def check(session: Session, uuid: str, lang: str = "ru",
          today: dt.date | None = None) -> list[Problem]:
    """Every problem that would stop the application at registration, in plain words."""
    app = get_application(session, uuid)
    return compliance.check(template_of(app), snapshot(session, app, today), lang)


# ------------------------------------------------------------------ workflow
def _event(session: Session, app: Application, from_: S | str, to: S, who: Actor,
           reasons: Sequence[str] = (), at: dt.datetime | None = None) -> ApplicationEvent:
    event = ApplicationEvent(application_uuid=app.uuid, from_status=str(from_ or ""),
                             to_status=to.value, who_name=who.name, who_uuid=who.uuid,
                             at=at or _now(), reasons=list(reasons))
    session.add(event)
    return event


def change_status(session: Session, uuid: str, to: S | str, who: Actor | str, *,
                  reasons: Sequence[str] = (), at: dt.datetime | None = None) -> Application:
    """Move the application to ``to`` if the workflow allows it, and keep the history."""
    app = get_application(session, uuid)
    to = S(to)
    if to not in TRANSITIONS[app.status]:
        allowed = sorted(TRANSITIONS[app.status]) or "—"
        raise ClusterDeskError("application.transition", uuid=uuid, status=app.status, to=to,
                               allowed=allowed)
    if to is S.REJECTED and not reasons:
        raise ValidationError("reasons", Reason("rejection.reasons"))
    _event(session, app, app.status, to, _actor(who), reasons, at)
    app.status = to
    initiative = app.initiative or get(session, Initiative, app.initiative_uuid)
    if to is S.REJECTED:
        app.rejection_reasons = list(reasons)
        initiative.status = InitiativeStatus.NOT_SELECTED
    elif to is S.SUBMITTED:
        initiative.status = InitiativeStatus.APPLIED
    elif to in (S.SELECTED, S.NOT_SELECTED):
        initiative.status = InitiativeStatus(to.value)
    return app


def submit(session: Session, uuid: str, who: Actor | str, on: dt.date | None = None,
           at: dt.datetime | None = None) -> Application:
    """Filed on ``on`` (today by default); the check is run again at registration."""
    app = change_status(session, uuid, S.SUBMITTED, who, at=at)
    app.submitted_on = on or dt.date.today()
    return app


def register(session: Session, uuid: str, who: Actor | str, *, lang: str = "ru",
             at: dt.datetime | None = None) -> list[Problem]:
    """Registration at head office: rejected with the check's problems, else registered."""
    app = get_application(session, uuid)
    problems = check(session, uuid, lang, today=app.submitted_on)
    if problems:
        change_status(session, uuid, S.REJECTED, who, reasons=[p.text for p in problems], at=at)
    else:
        change_status(session, uuid, S.REGISTERED, who, at=at)
    return problems


def history(session: Session, uuid: str) -> list[ApplicationEvent]:
    return list(session.scalars(select(ApplicationEvent).where(
        ApplicationEvent.application_uuid == uuid, ~ApplicationEvent.deleted)
        .order_by(ApplicationEvent.at, ApplicationEvent.hlc)))


# ------------------------------------------------------------------ evaluation
def record_scores(session: Session, uuid: str, evaluator: Actor | str,
                  points: Mapping[str, float]) -> list[EvaluationScore]:
    """One evaluator's points per criterion (a second call corrects the earlier points)."""
    app = get_application(session, uuid)
    if app.status not in (S.REGISTERED, S.EVALUATED):
        raise ClusterDeskError("application.not_registered", uuid=uuid, status=app.status)
    who = _actor(evaluator)
    if not who.name.strip():
        raise ValidationError("evaluator", Reason("required"))
    template = template_of(app)
    existing = {s.criterion_id: s for s in _scores(session, [uuid]) if s.evaluator == who.name}
    out = []
    for cid, value in points.items():
        criterion = template.criterion(cid)
        if criterion is None:
            raise ValidationError("criterion", Reason("template.criterion", id=cid))
        number = parse_number(value)
        if number is None or not 0 <= number <= criterion.max_points:
            raise ValidationError("points", Reason("points.range", criterion=criterion.title,
                                                   max=f"{criterion.max_points:g}", value=value))
        score = existing.get(cid) or EvaluationScore(application_uuid=uuid, evaluator=who.name,
                                                     criterion_id=cid)
        score.evaluator_uuid = who.uuid
        score.points = number
        session.add(score)
        out.append(score)
    return out


def _scores(session: Session, uuids: Sequence[str]) -> list[EvaluationScore]:
    return list(session.scalars(select(EvaluationScore).where(
        EvaluationScore.application_uuid.in_(uuids), ~EvaluationScore.deleted)
        .order_by(EvaluationScore.hlc)))


def scores_of(session: Session, uuid: str) -> list[EvaluationScore]:
    return _scores(session, [uuid])


def mark_evaluated(session: Session, uuid: str, who: Actor | str,
                   at: dt.datetime | None = None) -> Application:
    """Close the evaluation: every evaluator must have scored every criterion."""
    app = get_application(session, uuid)
    template = template_of(app)
    by_evaluator: dict[str, set[str]] = {}
    for s in scores_of(session, uuid):
        by_evaluator.setdefault(s.evaluator, set()).add(s.criterion_id)
    if not by_evaluator:
        raise ClusterDeskError("application.no_points", uuid=uuid)
    for name, done in sorted(by_evaluator.items()):
        missing = [c.title for c in template.criteria if c.id not in done]
        if missing:
            raise ValidationError(name, Reason("points.missing", criteria=missing))
    app = change_status(session, uuid, S.EVALUATED, who, at=at)
    app.total = ranking.totals(_domain_scores(scores_of(session, uuid)))[uuid][0]
    return app


def _domain_scores(rows: Iterable[EvaluationScore]) -> list[ranking.Score]:
    return [ranking.Score(r.application_uuid, r.evaluator, r.criterion_id, r.points)
            for r in rows]


# ------------------------------------------------------------------ ranking and selection
@dataclass(frozen=True)
class RankRow:
    uuid: str
    initiative_uuid: str
    initiative: str
    status: str
    total: float | None
    rank: int | None
    selected: bool
    tie: bool
    evaluators: int
    problems: list[str]

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def round_ranking(session: Session, round_ref: str,
                  decided: Mapping[str, bool] | None = None) -> list[RankRow]:
    """Every application of the round: evaluated ones ranked by total, then the others.

    ``selected`` is the decision once applied, otherwise the program's proposal.
    """
    rnd = find_round(session, round_ref)
    apps = {a.uuid: a for a in applications_of_round(session, rnd)}
    ranked_ids = [u for u, a in apps.items() if a.status in RANKED]
    result = ranking.rank(ranked_ids, _domain_scores(_scores(session, ranked_ids)),
                          rnd.clusters_to_select, decided)
    names = dict(session.execute(select(Initiative.uuid, Initiative.name).where(
        Initiative.uuid.in_([a.initiative_uuid for a in apps.values()]))).all())
    order = {S.REGISTERED: 0, S.SUBMITTED: 1, S.DRAFT: 2, S.REJECTED: 3}
    rows = []
    for r in result:
        app = apps[r.application]
        decided_now = app.status in (S.SELECTED, S.NOT_SELECTED)
        rows.append(RankRow(app.uuid, app.initiative_uuid, names.get(app.initiative_uuid, ""),
                            app.status.value, r.total, r.rank,
                            app.status is S.SELECTED if decided_now else r.selected,
                            r.tie, r.evaluators, []))
    rest = sorted((a for a in apps.values() if a.status not in RANKED),
                  key=lambda a: (order.get(a.status, 9), names.get(a.initiative_uuid, "")))
    rows += [RankRow(a.uuid, a.initiative_uuid, names.get(a.initiative_uuid, ""),
                     a.status.value, None, None, False, False, 0,
                     list(a.rejection_reasons or []) if a.status is S.REJECTED else [])
             for a in rest]
    return rows


def apply_selection(session: Session, round_ref: str, who: Actor | str, *,
                    decided: Mapping[str, bool] | None = None,
                    at: dt.datetime | None = None) -> list[RankRow]:
    """Mark the top N selected and the other evaluated ones not selected (with history).

    Refused while registered applications still wait for evaluation, or while a tie on the
    cut is undecided (``decided`` says which of the tied ones the commission selected).
    """
    rnd = find_round(session, round_ref)
    waiting = [a for a in applications_of_round(session, rnd)
               if a.status in (S.SUBMITTED, S.REGISTERED)]
    if waiting:
        raise ClusterDeskError("round.not_evaluated", count=len(waiting), round=rnd.name)
    rows = round_ranking(session, round_ref, decided)
    ranked = [ranking.Ranked(r.uuid, r.total, r.evaluators, r.rank, r.selected, r.tie)
              for r in rows if r.status == S.EVALUATED.value]
    tied = ranking.unresolved_tie(ranked, rnd.clusters_to_select)
    if tied:
        names = ", ".join(r.initiative for r in rows if r.tie)
        raise ClusterDeskError("round.tie", names=names, rank=tied[0].rank,
                               total=f"{tied[0].total:g}")
    for r in rows:
        if r.status != S.EVALUATED.value:
            continue
        app = change_status(session, r.uuid, S.SELECTED if r.selected else S.NOT_SELECTED,
                            who, at=at)
        app.total, app.rank = r.total, r.rank
    return round_ranking(session, round_ref)

