"""The demo continued to August 2019: plans, indicators, cluster organizations, coordinators,
the Commission's decision of 5 February 2019 and the consultant's Phase 5.

Published facts (the seed document): six plans formed by the end of 2018 and worked out with
the ministry; two cluster organizations created by 1 May 2019 (pharmaceutical and milk);
13 coordinators trained by the project and 5 working; the decision No. 5 and its five tasks;
Phase 5 stage 1 completed in December 2018, stage 2 in May 2019; the contract ending in
August 2019. Day-exact dates, budgets and indicator values are illustrative demo defaults.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid as _uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from clusterdesk.domain.bin import make_bin
from clusterdesk.domain.enums import InitiativeStatus, OrgKind
from clusterdesk.domain.plans import (
    DecisionKind,
    FinancingSource,
    GroundworkKind,
    MeasureStatus,
    TaskStatus,
)
from clusterdesk.domain.text import sort_key
from clusterdesk.services.demo_monitoring_data import (
    COORDINATORS,
    COURSES,
    INDICATORS,
    MEASURES,
    NO_LEGAL_BASIS,
    WORDS,
)
from clusterdesk.services.stats import participants
from clusterdesk.store.diagnostic_models import Diagnostic, DiagnosticStatus
from clusterdesk.store.models import Initiative, Organization
from clusterdesk.store.monitoring_models import (
    ClusterIndicator,
    ClusterOrganization,
    Coordinator,
    CoordinatorAssignment,
    CoordinatorTraining,
    IndicatorValue,
    PlanGroundwork,
    PlanMeasure,
    PlanVersion,
    ProgrammeDecision,
    ProgrammeTask,
    StrategicPlan,
)

SEED = 2019
D = dt.date
YEARS = [(D(2019, 1, 1), D(2019, 12, 31)), (D(2020, 1, 1), D(2020, 12, 31)),
         (D(2021, 1, 1), D(2021, 12, 31))]
Q1, Q2 = (D(2019, 1, 1), D(2019, 3, 31)), (D(2019, 4, 1), D(2019, 6, 30))
# (cluster words, organization name, registered on, serial of its BIN)
CLUSTER_ORGS = [("pharma", "Объединение юридических лиц «Фармацевтический кластер Шымкент»",
                 D(2019, 3, 19), "01273"),
                ("milk", "Объединение юридических лиц «Молочный кластер Акмолинской области»",
                 D(2019, 4, 16), "00518")]
# Coordinators at work: cluster words → from
ASSIGNMENTS = {"furniture": D(2018, 9, 3), "tourism": D(2018, 10, 1),
               "construction": D(2018, 12, 3), "pharma": D(2019, 3, 20), "milk": D(2019, 4, 17)}


def words_of(name: str) -> str:
    low = name.lower()
    return next(w for stem, w in WORDS if stem in low)


class _Writer:
    def __init__(self, session: Session) -> None:
        self.s = session
        self.rng = random.Random(SEED)

    def add(self, obj):  # noqa: ANN001, ANN201
        """Add and flush: the tables have no relationships to order the inserts by."""
        obj.uuid = str(_uuid.UUID(int=self.rng.getrandbits(128), version=4))
        self.s.add(obj)
        self.s.flush()
        return obj


def continue_to_2019(session: Session) -> None:
    """Add the 2018-2019 follow-up of the six selected clusters (once)."""
    if session.scalars(select(StrategicPlan.uuid).limit(1)).first():
        return
    w = _Writer(session)
    clusters = {words_of(i.name): i for i in session.scalars(select(Initiative).where(
        ~Initiative.deleted, Initiative.status == InitiativeStatus.SELECTED))}
    counts = participants(session, [i.uuid for i in clusters.values()], D(2019, 1, 1))
    for words, ini in sorted(clusters.items()):
        plan = _plan(w, ini, words)
        _indicators(w, ini, plan, words, counts.get(ini.uuid, 0))
    _cluster_organizations(w, clusters)
    _coordinators(w, clusters)
    _decisions(w)
    session.flush()


def _plan(w: _Writer, ini: Initiative, words: str) -> StrategicPlan:
    spec = MEASURES[words]
    plan = w.add(StrategicPlan(
        initiative_uuid=ini.uuid, title=f"Стратегический план развития: {ini.name}",
        description="Индивидуальный план работы с пилотным кластером, проработанный с "
                    "МНЭ РК по итогам работы 2018 года."))
    w.add(PlanVersion(plan_uuid=plan.uuid, number=1, period_start=D(2019, 1, 1),
                      period_end=D(2021, 12, 31), drafted_on=D(2018, 10, 15),
                      agreed_on=D(2018, 11, 28), approved_on=D(2018, 12, 21),
                      goals=list(spec["goals"]),
                      document=f"Планы 2019/{ini.name[:40]}/План развития, версия 1.docx"))
    if spec.get("v2"):
        w.add(PlanVersion(plan_uuid=plan.uuid, number=2, period_start=D(2019, 1, 1),
                          period_end=D(2021, 12, 31), drafted_on=D(2019, 4, 10),
                          agreed_on=D(2019, 6, 14), approved_on=D(2019, 7, 5),
                          goals=list(spec["goals"]) + [spec["v2"]["goal"]],
                          notes="Дополнена после создания организации кластера.",
                          document=f"Планы 2019/{ini.name[:40]}/План развития, версия 2.docx"))
    org_done = spec.get("org_done")
    common = [
        ("Создание организации кластера (юридического лица) и органа управления",
         spec["goals"][0], False, "Координатор кластера", D(2019, 5, 1), 2.5,
         FinancingSource.OWN_FUNDS, "",
         [("2019-01-15", "in_progress")] + ([(org_done, "done")] if org_done else [])),
        ("Маркетинговое исследование целевых рынков", spec["goals"][1], False,
         "Infyde Ltd, АО «КИРИ»", D(2019, 4, 30), 6.0, FinancingSource.OTHER, "",
         [("2019-02-01", "in_progress"), ("2019-04-26", "done")]),
        ("Совместное участие в отраслевых выставках и бизнес-миссиях 2019 года",
         spec["goals"][1], False, "Участники кластера", D(2019, 10, 31), 12.0,
         FinancingSource.OWN_FUNDS, "", [("2019-02-11", "in_progress")]),
        ("Центр компетенций и подготовки кадров с вузом и колледжами региона",
         spec["goals"][2], True, "Организация кластера, вуз региона", D(2020, 12, 31), 180.0,
         FinancingSource.STATE_SUPPORT, NO_LEGAL_BASIS, [("2019-03-01", "blocked")]),
    ]
    rows = common + [(title, spec["goals"][g], True, owner, due, budget, FinancingSource(fin),
                      blocker, history) for title, g, owner, due, budget, fin, blocker, history
                     in spec["projects"]]
    for title, goal, project, owner, due, budget, fin, blocker, history in rows:
        hist = [{"on": on, "status": st} for on, st in history]
        w.add(PlanMeasure(plan_uuid=plan.uuid, title=title, goal=goal, is_project=project,
                          owner=owner, due_date=due, budget_mln_kzt=budget, financing=fin,
                          blocker=blocker, status_history=hist,
                          status=MeasureStatus(hist[-1]["status"]) if hist
                          else MeasureStatus.PLANNED))
    if spec.get("v2"):
        title, owner, due, budget, fin = spec["v2"]["measure"]
        w.add(PlanMeasure(plan_uuid=plan.uuid, from_version=2, title=title,
                          goal=spec["v2"]["goal"], is_project=True, owner=owner, due_date=due,
                          budget_mln_kzt=budget, financing=FinancingSource(fin),
                          blocker=NO_LEGAL_BASIS if fin == "state_support" else "",
                          status_history=[], status=MeasureStatus.PLANNED))
    for kind, title, done, doc in [
        (GroundworkKind.MARKET_ANALYSIS, "Анализ рынка и состояния отрасли кластера",
         D(2018, 4, 27), "Анализ рынка.pdf"),
        (GroundworkKind.STAKEHOLDERS, "Вовлечение заинтересованных сторон: акимат, палата "
         "предпринимателей, вузы, институты развития", D(2018, 6, 29), "Карта участников.xlsx"),
        (GroundworkKind.VALUE_CHAIN, "Анализ и развитие цепочек создания стоимости",
         D(2018, 9, 28), "Цепочка создания стоимости.pdf"),
        (GroundworkKind.STRUCTURING, "Структурирование кластера и модель управления",
         D(2018, 11, 30), "Модель управления кластером.docx")]:
        w.add(PlanGroundwork(plan_uuid=plan.uuid, kind=kind, title=title, done_on=done,
                             summary="Выполнено АО «КИРИ» совместно с Infyde Ltd.",
                             documents=[f"Работа 2018/{ini.name[:40]}/{doc}"]))
    return plan


def _indicators(w: _Writer, ini: Initiative, plan: StrategicPlan, words: str,
                members: int) -> None:
    diag = w.s.scalars(select(Diagnostic).where(
        Diagnostic.initiative_uuid == ini.uuid, ~Diagnostic.deleted,
        Diagnostic.status == DiagnosticStatus.COMPLETE).order_by(Diagnostic.date.desc())).first()
    specs = dict(INDICATORS[words])
    specs["members"] = (members, [members + 1, members + 3, members + 5], (members, members))
    index = (diag.scores or {}).get("index") if diag else None
    if index is not None:
        specs["readiness_index"] = (round(index, 1), [min(100.0, round(index + 8, 1))], None)
    for code, (baseline, targets, actual) in specs.items():
        rate = isinstance(actual, tuple) and len(actual) == 2 and isinstance(actual[0], tuple)
        row = w.add(ClusterIndicator(
            initiative_uuid=ini.uuid, plan_uuid=plan.uuid, catalogue_version=1, code=code,
            baseline_value=float(baseline), baseline_date=(diag.date if code ==
                                                           "readiness_index" else D(2018, 12, 31)),
            baseline_source=("Диагностика готовности" if code == "readiness_index"
                             else "Данные участников за 2018 год"),
            targets=[{"start": s.isoformat(), "end": e.isoformat(), "value": float(v)}
                     for (s, e), v in zip(YEARS, targets, strict=False)]))
        if actual is None:
            continue
        for (start, end), part in zip((Q1, Q2), actual, strict=True):
            fields = ({"numerator": float(part[0]), "denominator": float(part[1])} if rate
                      else {"value": float(part)})
            w.add(IndicatorValue(
                indicator_uuid=row.uuid, period_start=start, period_end=end,
                source="Отчёт координатора кластера за " + ("I" if end.month == 3 else "II")
                       + " квартал 2019 г.",
                evidence="Сводная таблица данных участников (подписана координатором)",
                recorded_on=end + dt.timedelta(days=20), recorded_by="Жанна Ахметова",
                **fields))


def _cluster_organizations(w: _Writer, clusters: dict[str, Initiative]) -> None:
    for words, name, registered, serial in CLUSTER_ORGS:
        ini = clusters[words]
        org = w.add(Organization(
            kind=OrgKind.ASSOCIATION, name=name, name_lang="ru", name_key=sort_key(name),
            legal_form="ОЮЛ", bin=make_bin(f"{registered:%y%m}40{serial}"),
            region_recorded_code=ini.region_code, region_code=ini.region_code,
            sector_key=ini.sector_key))
        w.add(ClusterOrganization(initiative_uuid=ini.uuid, organization_uuid=org.uuid,
                                  registered_on=registered,
                                  notes="Создана по решению Комиссии от 05.02.2019 № 5."))


def _coordinators(w: _Writer, clusters: dict[str, Initiative]) -> None:
    for i, (name, phone) in enumerate(COORDINATORS):
        course, started, completed = COURSES[0 if i < 7 else 1]
        person = w.add(Coordinator(name=name, phone=phone))
        w.add(CoordinatorTraining(coordinator_uuid=person.uuid, course=course,
                                  started_on=started, completed_on=completed,
                                  certificate=f"EFCI-2018-{i + 1:02d}"))
        if i < len(ASSIGNMENTS):
            words = list(ASSIGNMENTS)[i]
            w.add(CoordinatorAssignment(coordinator_uuid=person.uuid,
                                        initiative_uuid=clusters[words].uuid,
                                        starts_on=ASSIGNMENTS[words],
                                        role="Координатор кластера"))


def _decisions(w: _Writer) -> None:
    commission = w.add(ProgrammeDecision(
        kind=DecisionKind.DECISION, number="5", date=D(2019, 2, 5),
        body="Комиссия по реализации Проекта «Повышение конкурентоспособности МСП»",
        title="О задачах АО «КИРИ» по развитию кластерных инициатив"))
    for pos, (title, deadline, status, done, evidence) in enumerate([
        ("Подготовить и представить в МНЭ РК детальный отчёт о проделанной работе по "
         "развитию кластерных инициатив", D(2019, 2, 20), TaskStatus.DONE, D(2019, 2, 20),
         "Отчёт направлен в МНЭ РК"),
        ("Внести в МИИР РК предложения по формированию правовой основы кластерной политики, "
         "в том числе для мер государственной поддержки кластеров", D(2019, 7, 1),
         TaskStatus.IN_PROGRESS, None, "Проект предложений обсуждается с МИИР РК"),
        ("Создать организации кластеров", D(2019, 5, 1), TaskStatus.IN_PROGRESS, None,
         "Созданы 2 из 6: в фармацевтическом и молочном кластерах"),
        ("Реализовать стратегические планы развития 6 кластеров", D(2021, 12, 31),
         TaskStatus.IN_PROGRESS, None, "Начата реализация практических мероприятий планов"),
        ("Обеспечить необходимое число координаторов кластеров", None,
         TaskStatus.IN_PROGRESS, None, "Работают 5 координаторов, обучены по Проекту 13"),
    ]):
        w.add(ProgrammeTask(decision_uuid=commission.uuid, position=pos, title=title,
                            owner="АО «КИРИ»", deadline=deadline, status=status,
                            completed_on=done, evidence=evidence))
    contract = w.add(ProgrammeDecision(
        kind=DecisionKind.CONTRACT, number="", date=D(2016, 12, 30),
        body="Контракт МНЭ РК с Infyde Ltd",
        title="Техническая поддержка работы с 6 отобранными кластерами"))
    for pos, (title, deadline, status, done) in enumerate([
        ("Фаза 5, этап 1", D(2018, 12, 31), TaskStatus.DONE, D(2018, 12, 28)),
        ("Фаза 5, этап 2", D(2019, 5, 31), TaskStatus.DONE, D(2019, 5, 31)),
        ("Завершение контракта", D(2019, 8, 31), TaskStatus.IN_PROGRESS, None)]):
        w.add(ProgrammeTask(decision_uuid=contract.uuid, position=pos, title=title,
                            owner="Infyde Ltd", deadline=deadline, status=status,
                            completed_on=done))
