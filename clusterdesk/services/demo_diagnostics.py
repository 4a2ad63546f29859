"""Demo readiness diagnostics: one per demo initiative, two for the selected clusters.

Answers are plausible rather than random: facts the records hold (members on the date, their
kinds, an education member, one region) are answered from the records; the rest follows a
maturity drawn per initiative, higher for the selected clusters, and higher again at their
second diagnostic (late 2018, after the year of strategy work). One unselected group has a
half-finished questionnaire, so the demo also shows a withheld level.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid as _uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from clusterdesk.domain import scoring
from clusterdesk.domain.enums import InitiativeStatus, OrgKind
from clusterdesk.domain.questionnaire import MAX_POINTS, Form, Question, QuestionKind, latest_form
from clusterdesk.store.diagnostic_models import Diagnostic, DiagnosticStatus
from clusterdesk.store.models import Consultant, Contact, Initiative, Membership, Organization
from clusterdesk.store.refdata import calendar

# The first diagnostic: with the group during the third round of trips, after the selection
# was announced (10 April 2017) and before the applications were filed (from 22 May); the
# second after the 2018 strategy work of the selected clusters. Always on working days.
FIRST_FROM = dt.date(2017, 5, 10)
SECOND_FROM = dt.date(2018, 11, 12)
EVIDENCE = {
    "mass.members": "Письма участников о вступлении хранятся у координатора",
    "commitment.agreement": "Меморандум о сотрудничестве, копия в папке инициативы",
    "commitment.meetings": "Протоколы встреч участников",
    "governance.coordinator": "Решение общего собрания участников",
    "governance.akimat": "Письмо управления предпринимательства акимата",
    "strategy.plan": "Проект стратегии развития кластера",
    "environment.exports": "Оценка по данным участников, без подтверждающих документов",
    "results.sales": "Со слов руководителей предприятий",
}
NOTES = [
    "Участники заинтересованы в совместных закупках сырья и общем складе.",
    "Основная проблема — нехватка квалифицированных кадров; колледж готов обсуждать "
    "программы подготовки.",
    "Якорное предприятие готово выделить помещение для координатора.",
    "Руководители просили подготовить примеры действующих кластеров за рубежом.",
]
NEXT_STEPS = [
    "Подписать меморандум о сотрудничестве со всеми участниками до конца месяца; "
    "ответственный — координатор.",
    "Провести стратегическую сессию с участниками и подготовить проект стратегии.",
    "Получить письмо поддержки акимата и подать заявку на конкурсный отбор.",
    "Подготовить план обучения на год и график встреч участников.",
]
HALF_DONE = "Птицеводческий кластер Павлодарской области"


def _uuid_from(rng: random.Random) -> str:
    return str(_uuid.UUID(int=rng.getrandbits(128), version=4))


def _members_on(session: Session, initiative_uuid: str, on: dt.date) -> list[Organization]:
    return list(session.scalars(
        select(Organization).join(Membership, Membership.organization_uuid == Organization.uuid)
        .where(Membership.initiative_uuid == initiative_uuid, ~Membership.deleted,
               Membership.joined_on <= on)
        .where(Membership.left_on.is_(None) | (Membership.left_on > on))))


def _value_for(q: Question, target: int, rng: random.Random) -> Any:
    """An answer to ``q`` worth about ``target`` points."""
    if q.kind is QuestionKind.SCALE:
        return target
    if q.kind is QuestionKind.YESNO:
        return target >= 2
    if q.kind is QuestionKind.CHOICE:
        return min(q.options, key=lambda o: (abs(o.points - target), o.points)).key
    below = [(lo, p) for lo, p in q.thresholds if p <= target]
    lo = below[-1][0] if below else q.thresholds[0][0]
    nxt = [x for x, _ in q.thresholds if x > lo]
    hi = nxt[0] - 1 if nxt else lo * 1.5 + 1
    value = rng.randint(int(lo), max(int(lo), int(hi)))
    if q.value_range:
        value = min(max(value, int(q.value_range[0])), int(q.value_range[1]))
    return value


def _answers(form: Form, session: Session, ini: Initiative, on: dt.date, maturity: float,
             rng: random.Random, *, selected: bool, answered_share: float = 1.0
             ) -> dict[str, dict[str, Any]]:
    members = _members_on(session, ini.uuid, on)
    kinds = {m.kind for m in members}
    enterprises = sum(m.kind == OrgKind.ENTERPRISE for m in members)
    exporters = sum(bool(m.export_share) for m in members if m.kind == OrgKind.ENTERPRISE)
    facts: dict[str, Any] = {
        "mass.members": len(members),
        "mass.member_kinds": len(kinds),
        "mass.enterprise_share": round(100 * enterprises / len(members)) if members else 0,
        "mass.education": bool(kinds & {OrgKind.UNIVERSITY, OrgKind.RESEARCH}),
        "mass.territory": True,
        "environment.exports": round(100 * exporters / enterprises) if enterprises else 0,
    }
    if selected:  # the selected clusters met the formal requirements when they applied
        facts.update({"commitment.agreement": True, "governance.coordinator": True,
                      "governance.akimat": True})
        facts.setdefault("strategy.plan", "approved" if maturity > 0.6 else "draft")
    answers: dict[str, dict[str, Any]] = {}
    for q in form.questions:
        if q.id in facts:
            value = facts[q.id]
        else:
            if rng.random() > answered_share:
                continue
            target = round(maturity * MAX_POINTS + rng.gauss(0, 0.7))
            value = _value_for(q, min(MAX_POINTS, max(0, target)), rng)
        answers[q.id] = {"value": q.normalize(value), "evidence": EVIDENCE.get(q.id, "")}
    return answers


def _attendees(session: Session, orgs: Sequence[Organization], rng: random.Random) -> list[str]:
    people = []
    for org in list(orgs)[:5]:
        c = session.scalars(select(Contact).where(Contact.organization_uuid == org.uuid)).first()
        if c is not None:
            people.append(f"{c.name}, {c.position.lower() if c.position else ''} — {org.name}"
                          .replace(",  —", " —"))
    return people


def add_demo_diagnostics(session: Session, rng: random.Random, *,
                         consultants: Sequence[Consultant] | None = None,
                         initiatives: Sequence[Initiative] | None = None) -> int:
    """Add the demo diagnostics; returns how many. Needs the initiatives and members flushed.

    ``rng`` is the demo's seeded generator (UUIDs and answers come from it, so the demo stays
    deterministic); consultants and initiatives default to every one in the session.
    """
    form = latest_form("readiness")
    session.flush()
    consultants = list(consultants or session.scalars(
        select(Consultant).where(~Consultant.deleted).order_by(Consultant.name)))
    initiatives = list(initiatives or session.scalars(
        select(Initiative).where(~Initiative.deleted).order_by(Initiative.name)))
    local = [c for c in consultants if "Infyde" not in (c.organization or "")] or consultants
    foreign = [c for c in consultants if "Infyde" in (c.organization or "")] or consultants
    count = 0
    for ini in initiatives:
        selected = ini.status == InitiativeStatus.SELECTED
        maturity = rng.uniform(0.38, 0.5) if selected else rng.uniform(0.12, 0.4)
        work = calendar().next_working_day
        plan = [(work(FIRST_FROM + dt.timedelta(days=rng.randrange(9))), maturity, local)]
        if selected:
            plan.append((work(SECOND_FROM + dt.timedelta(days=rng.randrange(30))),
                         min(0.75, maturity + rng.uniform(0.12, 0.22)), foreign))
        for n, (on, level, team) in enumerate(plan):
            share = 0.45 if ini.name == HALF_DONE else 0.97
            answers = _answers(form, session, ini, on, level, rng, selected=selected,
                               answered_share=share)
            members = _members_on(session, ini.uuid, on)
            diag = Diagnostic(
                uuid=_uuid_from(rng), initiative_uuid=ini.uuid, date=on,
                consultant_uuid=rng.choice(team).uuid if team else None,
                form_id=form.id, form_version=form.version, answers=answers,
                status=DiagnosticStatus.COMPLETE,
                attendees=_attendees(session, members, rng),
                notes=rng.choice(NOTES),
                next_steps="\n".join(rng.sample(NEXT_STEPS, 2 if n == 0 else 1)))
            diag.scores = scoring.score(form, answers).to_json()
            session.add(diag)
            count += 1
    session.flush()
    return count
