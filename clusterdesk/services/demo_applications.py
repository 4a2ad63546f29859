"""The demo's 2017 applications made whole: forms, participants, attachments, history, points.

``services/demo.py`` writes the round and 21 bare applications with their final status. This
module fills them in as they were filed, so that the formal check rejects exactly the three
rejected ones for their concrete reasons, and the evaluators' points rank exactly the six
selected clusters on top. It checks its own result and fails loudly if the two disagree.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid as _uuid
from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from clusterdesk.domain import compliance, ranking
from clusterdesk.domain.app_template import AppTemplate
from clusterdesk.domain.bin import is_valid_bin, make_bin, normalize_bin
from clusterdesk.domain.enums import ApplicationStatus, OrgKind
from clusterdesk.services import applications as svc
from clusterdesk.services.demo_names import FEMALE_NAMES
from clusterdesk.store.application_models import ApplicationEvent, EvaluationScore
from clusterdesk.store.models import Application, Consultant, Contact, Initiative, Organization
from clusterdesk.store.refdata import calendar, regions

S = ApplicationStatus
SEED = 2017
REGISTRAR = "Жанна Ахметова"
EVALUATORS = ("Ерлан Сейтқазиев", "Дмитрий Ким", "Javier Ortega")
FIELD_CONSULTANTS = ("Айгерім Нұрланқызы", "Ерлан Сейтқазиев", "Дмитрий Ким")
FILES = {"agreement": "Соглашение о сотрудничестве.pdf",
         "registration": "Справки о регистрации участников.pdf",
         "coordinator_letter": "Письмо координатора.pdf",
         "akimat_letter": "Письмо акимата.pdf",
         "development_plan": "План развития кластера.docx",
         "financial_statements": "Финансовая отчётность 2016.xlsx"}

# Sector texts: products; markets; joint projects; indicators.
TEXTS = {
    "flour": ("Мука высшего и первого сортов, макаронные изделия, отруби и комбикорма.",
              "Внутренний рынок, Узбекистан, Таджикистан и Афганистан; конкуренты — мельницы "
              "Северо-Казахстанской области и России. Преимущество — твёрдая пшеница "
              "высокого качества и близость к зерну."),
    "milk": ("Питьевое молоко, кисломолочные продукты, сыры и сливочное масло.",
             "Рынки Астаны и соседних областей; конкуренты — импорт из России и Беларуси. "
             "Преимущество — собственная сырьевая база и короткая логистика."),
    "food": ("Переработанная сельскохозяйственная продукция и продукты питания.",
             "Региональный и республиканский рынки; конкуренты — импортная продукция. "
             "Преимущество — местное сырьё и спрос со стороны торговых сетей."),
    "tourism": ("Размещение, питание, экскурсионные и активные туры, услуги гидов.",
                "Внутренние туристы, гости из России, Китая и стран Центральной Азии; "
                "конкуренты — курорты Кыргызстана и Узбекистана. Преимущество — природные "
                "и исторические достопримечательности."),
    "pharma": ("Инфузионные растворы, таблетированные препараты, лекарственное сырьё.",
               "Государственные закупки через СК-Фармацию, аптечные сети, страны ЕАЭС; "
               "конкуренты — индийские и российские производители."),
    "construction": ("Цемент, сухие смеси, кирпич, железобетонные изделия, строительные "
                     "услуги.",
                     "Жилищное строительство региона и соседних областей; конкуренты — "
                     "поставщики из России и Китая. Преимущество — сырьё и логистика."),
    "furniture": ("Корпусная и мягкая мебель, мебель для офисов и гостиниц, фурнитура.",
                  "Алматы, Астана, Кыргызстан; конкуренты — мебель из Китая, России и "
                  "Турции. Преимущество — заказы под размер и короткие сроки."),
    "light": ("Швейные изделия, хлопчатобумажная пряжа, трикотаж.",
              "Внутренний рынок и Россия; конкуренты — Китай, Турция, Узбекистан."),
    "chemical": ("Продукты основной химии, реагенты для промышленности.",
                 "Промышленные предприятия Казахстана и России."),
    "machinery": ("Сельскохозяйственная техника, запасные части, сервис.",
                  "Хозяйства Северного Казахстана; конкуренты — техника из России и "
                  "Беларуси."),
    "paint": ("Лакокрасочные материалы, грунтовки, строительная химия.",
              "Строительные компании и розничные сети Западного Казахстана."),
}


def _uuid_maker(rng: random.Random) -> Callable[[], str]:
    return lambda: str(_uuid.UUID(int=rng.getrandbits(128), version=4))


def _bin_maker(rng: random.Random, taken: set[str]) -> Callable[[str], str]:
    """Numbers of a kind: ``legal`` (resident legal entity, head office, registered
    2000-2015), ``farm`` (peasant farm), ``iin-m`` / ``iin-f`` (a man's / woman's IIN)."""
    def make(kind: str = "legal") -> str:
        while True:
            if kind.startswith("iin"):
                born = dt.date(1958, 1, 1) + dt.timedelta(days=rng.randrange(365 * 35))
                first = f"{born:%y%m%d}{'4' if kind == 'iin-f' else '3'}{rng.randrange(10000):04d}"
            else:
                unit = "63" if kind == "farm" else "40"
                first = f"{rng.randint(0, 15):02d}{rng.randint(1, 12):02d}{unit}" \
                        f"{rng.randint(0, 99999):05d}"
            value = make_bin(first)
            if value and value not in taken:
                taken.add(value)
                return value
    return make


def _at(day: dt.date, rng: random.Random) -> dt.datetime:
    """A time of a working day (office hours; a weekend or holiday moves to the next)."""
    day = calendar().next_working_day(day)
    return dt.datetime.combine(day, dt.time(rng.randint(9, 17), rng.randint(0, 59)))


def _fields(session: Session, template: AppTemplate, ini: Initiative, lines: list,
            filed: dt.date, rng: random.Random) -> dict:
    """The application's fields: pre-filled from the records, then the texts a consultant
    would write (products, cooperation, strategy) and the co-financing."""
    fields = svc.prefill(session, template, ini, lines, "ru", on=filed)
    coordinator = next(p for p in lines if p.coordinator)
    org = session.get(Organization, coordinator.organization_uuid)
    contact = session.scalars(select(Contact).where(
        Contact.organization_uuid == org.uuid)).first()
    region = regions().get(ini.region_recorded_code or org.region_recorded_code
                           or ini.region_code)
    words = _words(ini)
    products, markets = TEXTS.get(words, TEXTS["food"])
    agreement_day = filed - dt.timedelta(days=rng.randint(5, 20))
    fields["general"].update(
        region=region.names["ru"] if region else fields["general"]["region"],
        contact_person=(f"{contact.name}, {contact.position}, {contact.phone}"
                        if contact else coordinator.name))
    fields["profile"].update(products=products, markets=markets)
    fields["cooperation"].update(
        cooperation_history=(
            "Участники с 2014–2016 годов совместно закупают сырьё и упаковку, обмениваются "
            "заказами и вместе участвуют в выставках; в 2016–2017 годах прошли обучение и "
            "диагностику готовности кластерной инициативы с консультантами программы."),
        agreement_date=f"{agreement_day:%d.%m.%Y}",
        governance=rng.choice(["agreement", "agreement", "association"]))
    fields["strategy"].update(
        vision=f"К 2020 году {ini.name.lower()} — узнаваемый поставщик продукции и услуг "
               "отрасли в Казахстане и соседних странах, с общей системой качества и "
               "подготовки кадров.",
        joint_projects="1. Центр компетенций и обучения работников вместе с вузом региона. "
                       "2. Совместный сбыт и участие в выставках. 3. Общая лаборатория "
                       "контроля качества. 4. Совместная закупка сырья и логистика.",
        indicators="Рост выручки участников на 25 %; рост экспорта в 1,5 раза; 150 новых "
                   "рабочих мест; не менее 5 совместных проектов за три года.",
        cofinancing=round(rng.uniform(20, 180), 1))
    return fields


def _attachments(template: AppTemplate, ini: Initiative, rng: random.Random) -> dict:
    """Every required attachment enclosed, the others about every other one, with file names."""
    out = {a.id: {"present": a.required or rng.random() < 0.6,
                  "file": f"Заявки 2017/{ini.name[:40]}/{FILES.get(a.id, a.id)}"}
           for a in template.attachments}
    for a in template.attachments:
        if not out[a.id]["present"]:
            out[a.id]["file"] = ""
    return out


def _score(session: Session, app: Application, template: AppTemplate, target: float,
           rng: random.Random, new_uuid: Callable[[], str],
           actor: Callable[[str], svc.Actor]) -> None:
    """Two or three evaluators' points on every criterion, around ``target`` of 100."""
    for name in EVALUATORS[:3 if rng.random() < 0.7 else 2]:
        goal = target + rng.uniform(-2.5, 2.5)
        for c in template.criteria:
            points = round(c.max_points * goal / 100 + rng.uniform(-1, 1))
            session.add(EvaluationScore(
                uuid=new_uuid(), application_uuid=app.uuid, evaluator=name,
                evaluator_uuid=actor(name).uuid, criterion_id=c.id,
                points=float(max(0, min(c.max_points, points)))))


def _participants(session: Session, app: Application, ini: Initiative, deadline: dt.date,
                  new_bin: Callable[[str], str]) -> list:
    """The participants as filed: every BIN known, every agreement signed, except for the
    application rejected for missing agreements (two enterprises did not sign)."""
    lines = svc.participants_of(session, ini, on=deadline)
    for p in lines:
        if not is_valid_bin(normalize_bin(p.bin)):
            p.bin = _learnt_bin(session, p, new_bin)  # the record may lack it
        p.agreement_signed = True
    if app.status is S.REJECTED and _reason(app, lines) == "agreement":
        for p in [p for p in lines if not p.coordinator and p.kind == "enterprise"][-2:]:
            p.agreement_signed = False
    return lines


def enrich_round(session: Session, round_name: str = "2017", *, seed: int = SEED) -> None:
    """Fill in the round's bare applications; does nothing when they are filled in already."""
    rng = random.Random(seed)
    new_uuid = _uuid_maker(rng)
    rnd = svc.find_round(session, round_name)
    ids = [a.uuid for a in svc.applications_of_round(session, rnd)]
    if session.scalars(select(ApplicationEvent.uuid).where(
            ApplicationEvent.application_uuid.in_(ids)).limit(1)).first():
        return  # already filled in
    rnd.template_id, rnd.template_version = svc.DEFAULT_TEMPLATE
    template = svc.round_template(rnd)
    people = {c.name: c for c in session.scalars(select(Consultant))}

    def actor(name: str) -> svc.Actor:
        c = people.get(name)
        return svc.Actor(name, c.uuid if c else None)

    taken = {b for b in session.scalars(select(Organization.bin)) if b}
    new_bin = _bin_maker(rng, taken)
    apps = sorted(svc.applications_of_round(session, rnd),
                  key=lambda a: session.get(Initiative, a.initiative_uuid).name)

    def event(app, from_: str, to: S, who: str, at: dt.datetime, reasons=()) -> None:  # noqa: ANN001
        session.add(ApplicationEvent(uuid=new_uuid(), application_uuid=app.uuid,
                                     from_status=from_, to_status=to.value,
                                     who_name=who, who_uuid=actor(who).uuid, at=at,
                                     reasons=list(reasons)))

    targets_selected = [86, 83, 80, 78, 75, 73]
    targets_other = [64, 62, 60, 59, 57, 55, 54, 52, 50, 48, 46, 43]
    rng.shuffle(targets_selected)
    rng.shuffle(targets_other)
    expected_selected: set[str] = set()
    evaluated: list[str] = []
    for app in apps:
        ini = session.get(Initiative, app.initiative_uuid)
        final = app.status
        lines = _participants(session, app, ini, rnd.deadline, new_bin)
        filed = app.submitted_on or rnd.deadline
        fields = _fields(session, template, ini, lines, filed, rng)
        app.template_id, app.template_version = template.id, template.version
        app.fields = fields
        app.participants = [p.to_json() for p in lines]
        app.attachments = _attachments(template, ini, rng)
        problems = compliance.check(template, svc.snapshot(session, app, filed), "ru")
        consultant = FIELD_CONSULTANTS[len(evaluated) % len(FIELD_CONSULTANTS)]
        start = max(rnd.announced_on + dt.timedelta(days=1),
                    filed - dt.timedelta(days=rng.randint(12, 30)))
        event(app, "", S.DRAFT, consultant, _at(start, rng))
        event(app, S.DRAFT.value, S.SUBMITTED, consultant, _at(filed, rng))
        registered_on = calendar().next_working_day(
            rnd.deadline + dt.timedelta(days=rng.randint(4, 8)))
        if final is S.REJECTED:
            if not problems:
                raise RuntimeError(f"demo: «{ini.name}» is rejected but passes the check")
            app.rejection_reasons = [p.text for p in problems]
            event(app, S.SUBMITTED.value, S.REJECTED, REGISTRAR, _at(registered_on, rng),
                  app.rejection_reasons)
            continue
        if problems:
            raise RuntimeError(f"demo: «{ini.name}» fails the check: {problems[0].text}")
        event(app, S.SUBMITTED.value, S.REGISTERED, REGISTRAR, _at(registered_on, rng))
        target = (targets_selected if final is S.SELECTED else targets_other).pop()
        if final is S.SELECTED:
            expected_selected.add(app.uuid)
        _score(session, app, template, target, rng, new_uuid, actor)
        event(app, S.REGISTERED.value, S.EVALUATED, EVALUATORS[0],
              _at(dt.date(2017, 7, rng.randint(3, 14)), rng))
        event(app, S.EVALUATED.value, final, REGISTRAR, _at(dt.date(2017, 8, 1), rng))
        evaluated.append(app.uuid)
    session.flush()
    result = _settle_places(session, evaluated, rnd.clusters_to_select, new_uuid)
    if {r.application for r in result if r.selected} != expected_selected:
        raise RuntimeError("demo: the points do not select the six selected clusters")
    by_uuid = {a.uuid: a for a in apps}
    for r in result:
        by_uuid[r.application].total, by_uuid[r.application].rank = r.total, r.rank


LAST_SELECTED_POINTS = {"critical_mass": 15, "competitiveness": 15, "cooperation": 11,
                        "strategy": 15, "governance": 11, "knowledge": 7}  # 74 points


def _rank(session: Session, evaluated: list[str], seats: int) -> list:
    scores = [ranking.Score(s.application_uuid, s.evaluator, s.criterion_id, s.points)
              for s in session.scalars(select(EvaluationScore).where(
                  EvaluationScore.application_uuid.in_(evaluated)))]
    return ranking.rank(evaluated, scores, seats)


def _settle_places(session: Session, evaluated: list[str], seats: int,
                   new_uuid: Callable[[], str]) -> list:
    """The published round as the demo always shows it: the last selected cluster on exactly
    74 points (every evaluator's 74), and two unselected applications sharing place 11 (the
    evaluators scored them alike: the second gets the first's points)."""
    result = _rank(session, evaluated, seats)
    by_rank = sorted(result, key=lambda r: r.rank)
    last = by_rank[seats - 1].application
    for score in session.scalars(select(EvaluationScore).where(
            EvaluationScore.application_uuid == last)):
        score.points = float(LAST_SELECTED_POINTS.get(score.criterion_id, score.points))
    eleventh, twelfth = by_rank[10].application, by_rank[11].application
    model = {(x.evaluator, x.criterion_id): x for x in session.scalars(select(EvaluationScore)
             .where(EvaluationScore.application_uuid == eleventh))}
    own = {(x.evaluator, x.criterion_id): x for x in session.scalars(select(EvaluationScore)
           .where(EvaluationScore.application_uuid == twelfth))}
    for key, x in own.items():  # never deleted: the same evaluators give the same points
        if key not in model:
            x.deleted = True
    for key, x in model.items():
        if key in own:
            own[key].points = x.points
        else:
            session.add(EvaluationScore(uuid=new_uuid(), application_uuid=twelfth,
                                        evaluator=x.evaluator, evaluator_uuid=x.evaluator_uuid,
                                        criterion_id=x.criterion_id, points=x.points))
    session.flush()
    return _rank(session, evaluated, seats)


def _learnt_bin(session: Session, p: compliance.ParticipantSnap, new_bin: Callable[[str], str]
               ) -> str:
    """The number learnt while drafting, stored on the organization too: an entrepreneur's
    IIN (sex digit from the name), a peasant farm's BIN, any other body's legal-entity BIN."""
    org = session.get(Organization, p.organization_uuid) if p.organization_uuid else None
    form = org.legal_form if org is not None else ""
    holder = p.name[p.name.find("«") + 1:-1] if "«" in p.name else p.name
    kind = ("iin-f" if holder.split()[-1] in FEMALE_NAMES else "iin-m") \
        if form in ("ИП", "ЖК") else "farm" if form in ("КХ", "ШҚ") else "legal"
    value = new_bin(kind)
    if org is not None and not org.bin:
        org.bin = value
    return value


def _words(ini: Initiative) -> str:
    name = ini.name.lower()
    for key, stem in (("flour", "мук"), ("flour", "зерно"), ("milk", "молоч")):
        if stem in name:
            return key
    return ini.sector_key


def _reason(app, lines: list[compliance.ParticipantSnap]) -> str:  # noqa: ANN001
    """Which of the three concrete problems a rejected demo application has."""
    reasons = " ".join(app.rejection_reasons or []).lower()
    if "соглашени" in reasons:
        return "agreement"
    if "образовани" in reasons or not any(p.kind in (OrgKind.UNIVERSITY, OrgKind.RESEARCH)
                                          for p in lines):
        return "education"
    return "participants"
