"""Applications to a selection round: checking, the workflow, scores and selection.

The window, the command line and the demo call these functions; they never import Qt. A draft
is pre-filled from what ClusterDesk already knows about the initiative, so the consultant only
writes what is new (``services.application_drafts``). Every status change is kept with who and
when (``ApplicationEvent``); what the parts share is ``services.application_base``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from clusterdesk.domain import compliance, ranking
from clusterdesk.domain.app_template import parse_number
from clusterdesk.domain.compliance import (
    ApplicationSnapshot,
    AttachmentSnap,
    ParticipantSnap,
    Problem,
)
from clusterdesk.domain.enums import InitiativeStatus
from clusterdesk.errors import ClusterDeskError, Reason, ValidationError
from clusterdesk.services.application_base import (  # noqa: F401 - re-exported
    DEFAULT_TEMPLATE,
    RANKED,
    TRANSITIONS,
    Actor,
    S,
    actor_of,
    applications_of_round,
    find_round,
    get_application,
    record_event,
    round_template,
    template_of,
    utc_now,
)
from clusterdesk.services.application_drafts import (  # noqa: F401 - re-exported
    diagnostic_summary,
    draft_from_initiative,
    participants_of,
    prefill,
    update_draft,
)
from clusterdesk.services.records import get
from clusterdesk.store.application_models import ApplicationEvent, EvaluationScore
from clusterdesk.store.models import (
    Application,
    Initiative,
    Region,
    SelectionRound,
)


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
    record_event(session, app, app.status, to, actor_of(who), reasons, at)
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
    """One evaluator's points per criterion (a second call corrects the earlier points).

    Once the evaluation is closed, points are corrections: the evaluator's points must still
    cover every criterion (an evaluator added half-way would reorder the round), and the
    application's total follows them."""
    app = get_application(session, uuid)
    if app.status not in (S.REGISTERED, S.EVALUATED):
        raise ClusterDeskError("application.not_registered", uuid=uuid, status=app.status)
    who = actor_of(evaluator)
    if not who.name.strip():
        raise ValidationError("evaluator", Reason("required"))
    template = template_of(app)
    existing = {s.criterion_id: s for s in _scores(session, [uuid]) if s.evaluator == who.name}
    missing = [c.title for c in template.criteria if c.id not in points and c.id not in existing]
    if app.status is S.EVALUATED and missing:
        raise ValidationError(who.name, Reason("points.missing", criteria=missing))
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
    if app.status is S.EVALUATED:
        session.flush()
        app.total = _total(session, app)
    return out


def _total(session: Session, app: Application) -> float | None:
    found = ranking.totals(_domain_scores(scores_of(session, app.uuid)),
                           {app.uuid: _criteria(app)}).get(app.uuid)
    return found[0] if found else None


def _criteria(app: Application) -> frozenset[str]:
    return frozenset(c.id for c in template_of(app).criteria)


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
    app.total = _total(session, app)
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
                          rnd.clusters_to_select, decided,
                          {u: _criteria(apps[u]) for u in ranked_ids})
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
