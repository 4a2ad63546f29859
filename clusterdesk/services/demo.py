"""The demo programme: a deterministic, realistic programme matching the published figures.

264 organizations consulted on 3 rounds of trips (July 2016 - May 2017) covering every
region; 23 groups by sector; the 2017 selection round with 21 applications, 3 rejected at
registration, and the 6 selected clusters with 166 participants on 1 January 2019. With
``extra_organizations`` the same generator adds bulk records for benchmarks (Core inserts).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from clusterdesk.domain.enums import (
    ApplicationStatus,
    ConsultationFormat,
    InitiativeStatus,
    Interest,
    MemberRole,
    OrgKind,
    SizeClass,
)
from clusterdesk.domain.text import sort_key
from clusterdesk.services import demo_names as names
from clusterdesk.services.demo_groups import (
    CONSULTANTS,
    GROUPS,
    REJECTION_REASONS,
    ROUND_STARTS,
    TRIP_GROUPS,
)
from clusterdesk.services.demo_maker import Maker
from clusterdesk.store.database import Database
from clusterdesk.store.models import (
    Application,
    Consultant,
    Consultation,
    Contact,
    Initiative,
    Membership,
    Organization,
    SelectionRound,
    Trip,
)
from clusterdesk.store.refdata import calendar, regions, today_code

SEED = 2017
CONSULTED = 264
APPLIED_ON = dt.date(2017, 5, 20)
CENSUS = dt.date(2019, 1, 1)

def is_empty(session: Session) -> bool:
    """True when the database holds no organizations, trips or initiatives yet."""
    return all((session.scalar(select(func.count()).select_from(m)) or 0) == 0
               for m in (Organization, Trip, Initiative))


def generate(db: Database, *, seed: int = SEED, extra_organizations: int = 0,
             extra_initiatives: int = 0, extra_applications: int = 0) -> str:
    """Write the demo programme in one transaction; returns a one-line summary.

    The ``extra_*`` counts add bulk records on top (benchmarks): organizations with three
    consultations each, initiatives with five members and a diagnostic each, applications.
    """
    mk = Maker(seed)
    with db.session() as s:
        _Programme(s, mk).build()
        from clusterdesk.services.demo_applications import enrich_round

        enrich_round(s)
        from clusterdesk.services.demo_monitoring import continue_to_2019

        continue_to_2019(s)  # plans, indicators, coordinators and tasks to August 2019
    if extra_organizations or extra_initiatives:
        from clusterdesk.services.demo_bulk import add_bulk, add_bulk_initiatives

        if extra_organizations:
            add_bulk(db, mk, extra_organizations)
        if extra_initiatives:
            add_bulk_initiatives(db, mk, extra_initiatives, extra_applications)
    db.analyze()
    with db.session() as s:
        from clusterdesk.services.stats import programme_stats

        st = programme_stats(s)
    return (f"{st['organizations_consulted']} organizations consulted, "
            f"{st['consultations']} consultations, {st['initiatives']} initiatives, "
            f"{st['applications']} applications")


class _Programme:
    def __init__(self, session: Session, mk: Maker) -> None:
        self.s, self.mk, self.r = session, mk, mk.rng
        self.refs = regions()

    def add(self, obj):  # noqa: ANN001, ANN201
        obj.uuid = self.mk.uuid()
        self.s.add(obj)
        return obj

    def org(self, region: str, kind: OrgKind, name: str, form: str, lang: str,
            sector: str | None, towns: tuple[int, ...] = (0,)) -> Organization:
        r = self.r
        city, kato, area = names.TOWNS[region][r.choice(towns)]
        bin_kind = "person" if form in ("ИП", "ЖК") else "farm" if form in ("КХ", "ШҚ") \
            else "legal"
        holder = name[name.find("«") + 1:-1] if bin_kind == "person" else ""
        big = kind == OrgKind.ENTERPRISE and form == "АО"
        employees = r.randint(250, 1200) if big else r.randint(5, 240)
        size = (SizeClass.LARGE if employees >= 250 else SizeClass.MEDIUM if employees >= 100
                else SizeClass.SMALL if employees >= 15 else SizeClass.MICRO)
        org = Organization(
            kind=kind, name=name, name_lang=lang, name_key=sort_key(name), legal_form=form,
            bin="" if r.random() < 0.08 else self.mk.bin(bin_kind, self.mk.female.get(holder)),
            region_recorded_code=region, settlement_kato=kato,
            region_code=today_code(region, kato),
            sector_key=sector, address=f"{city}, {r.choice(names.STREETS)}, {r.randint(1, 180)}",
            phone=self.mk.phone(area),
        )
        if kind == OrgKind.ENTERPRISE:
            org.employees, org.size_class = employees, size
            org.revenue_mln_kzt = round(employees * r.uniform(4, 25), 1)
            org.export_share = round(r.choice([0, 0, 0, r.uniform(1, 45)]), 1)
            org.oked = {"flour": "10.61", "milk": "10.51", "food": "10", "tourism": "55",
                        "pharma": "21", "construction": "23", "light": "14", "chemical": "20",
                        "machinery": "28.30", "furniture": "31", "paint": "20.30"}.get(
                            sector or "", "")
        self.add(org)
        contact = Contact(organization_uuid=org.uuid, name=self.mk.person(),
                          position=r.choice(names.POSITIONS), phone=org.phone)
        self.add(contact)
        return org

    def build(self) -> None:
        consultants = [self.add(Consultant(name=n, organization=o)) for n, o in CONSULTANTS]
        trips = self.trips(consultants)
        members = self.teams()
        support = self.support_bodies()
        self.complete_teams(members, support)
        self.consultations(trips, self.consulted(members, support))
        self.initiatives(members, consultants)
        from clusterdesk.services.demo_diagnostics import add_demo_diagnostics

        add_demo_diagnostics(self.s, self.r, consultants=consultants)

    def teams(self) -> dict[str, list[tuple[Organization, MemberRole]]]:
        """Each group's enterprises (an anchor first), by group name."""
        r = self.r
        members: dict[str, list[tuple[Organization, MemberRole]]] = {}
        for g in GROUPS:
            team: list[tuple[Organization, MemberRole]] = []
            n_enterprises = g.members_2017 - 2
            for i in range(n_enterprises):
                name, form, lang = self.mk.enterprise_name(g.words)
                org = self.org(g.region, OrgKind.ENTERPRISE, name, form, lang, g.sector,
                               g.towns)
                role = MemberRole.ANCHOR if i == 0 else (
                    MemberRole.SUPPLIER if r.random() < 0.25 else MemberRole.PARTICIPANT)
                team.append((org, role))
            members[g.name] = team
        return members

    def support_bodies(self) -> dict[str, list[tuple[Organization, MemberRole]]]:
        """Each region's chamber, university, development corporation and public body."""
        support = {}
        for region in names.TOWNS:
            gen = names.REGION_GENITIVE[region]
            support[region] = [
                (self.org(region, OrgKind.ASSOCIATION, f"Палата предпринимателей {gen} "
                          "«Атамекен»", "ЧУ", "ru", None), MemberRole.SUPPORT),
                (self.org(region, OrgKind.UNIVERSITY, names.UNIVERSITIES[region], "НАО", "ru",
                          None), MemberRole.EDUCATION),
                (self.org(region, OrgKind.DEVELOPMENT, "АО «Социально-предпринимательская "
                          f"корпорация «{names.SPK[region]}»", "АО", "ru", None),
                 MemberRole.SUPPORT),
                (self.org(region, OrgKind.PUBLIC_BODY, "ГУ «Управление предпринимательства и "
                          f"индустриально-инновационного развития {gen}»", "ГУ", "ru", None),
                 MemberRole.SUPPORT),
            ]
        return support

    def complete_teams(self, members: dict[str, list[tuple[Organization, MemberRole]]],
                       support: dict[str, list[tuple[Organization, MemberRole]]]) -> None:
        """The region's chamber and university join each group (a group rejected for lacking
        education gets one more enterprise instead of the university)."""
        for g in GROUPS:
            chamber, university = support[g.region][0], support[g.region][1]
            extra = [chamber] if g.name in REJECTION_REASONS and "образования" in \
                REJECTION_REASONS[g.name][0] else [chamber, university]
            if len(extra) == 1:  # keep the size: one more enterprise instead of the university
                name, form, lang = self.mk.enterprise_name(g.words)
                extra.append((self.org(g.region, OrgKind.ENTERPRISE, name, form, lang, g.sector,
                                       g.towns), MemberRole.PARTICIPANT))
            members[g.name] += extra

    def consulted(self, members: dict[str, list[tuple[Organization, MemberRole]]],
                  support: dict[str, list[tuple[Organization, MemberRole]]]
                  ) -> dict[str, list[tuple[Organization, Interest]]]:
        """Every organization consulted, by region, with its interest: the groups' members,
        the support bodies, and enterprises that did not join a group, up to CONSULTED."""
        r = self.r
        orgs_by_region: dict[str, list[tuple[Organization, Interest]]] = {}
        seen: set[str] = set()
        for g in GROUPS:
            for org, _ in members[g.name]:
                if org.uuid not in seen:
                    seen.add(org.uuid)
                    orgs_by_region.setdefault(g.region, []).append(
                        (org, r.choice([Interest.HIGH, Interest.HIGH, Interest.MEDIUM])))
        for region, entries in support.items():
            for org, _ in entries:
                if org.uuid not in seen:
                    seen.add(org.uuid)
                    orgs_by_region.setdefault(region, []).append((org, Interest.MEDIUM))
        count = len(seen)
        regions_cycle = list(names.TOWNS)
        i = 0
        while count < CONSULTED:  # enterprises consulted that did not join a group
            region = regions_cycle[i % len(regions_cycle)]
            i += 1
            words = r.choice(list(names.SECTOR_WORDS))
            sector = {"flour": "food", "milk": "food"}.get(words, words)
            name, form, lang = self.mk.enterprise_name(words)
            org = self.org(region, OrgKind.ENTERPRISE, name, form, lang, sector,
                           tuple(range(len(names.TOWNS[region]))))
            orgs_by_region.setdefault(region, []).append(
                (org, r.choice([Interest.NONE, Interest.LOW, Interest.LOW, Interest.MEDIUM])))
            count += 1
        return orgs_by_region

    def trips(self, consultants: list[Consultant]) -> dict[str, list[Trip]]:
        """Three working days per region visited (no weekends, no public holidays)."""
        by_region: dict[str, list[Trip]] = {}
        self.trip_days: dict[tuple[str, str], list[dt.date]] = {}
        for rnd, starts in ROUND_STARTS.items():
            for (label, codes), start in zip(TRIP_GROUPS, starts, strict=True):
                team = self.r.sample(consultants[:4], 2) + [self.r.choice(consultants[4:])]
                names = ", ".join(self.refs[c].names["ru"] for c in codes)
                days = calendar().working_days(start, 3 * len(codes))
                trip = self.add(Trip(
                    round=rnd, title=f"Раунд {rnd}: {label}", region_codes=codes,
                    start_date=days[0], end_date=days[-1],
                    team=[c.uuid for c in team],
                    purpose=f"Разъяснение программы кластерного развития, диагностика "
                            f"готовности кластерных инициатив ({names})"))
                for n, code in enumerate(codes):
                    by_region.setdefault(code, []).append(trip)
                    self.trip_days[trip.uuid, code] = days[3 * n:3 * n + 3]
        return by_region

    def consultations(self, trips: dict[str, list[Trip]],
                      orgs: dict[str, list[tuple[Organization, Interest]]]) -> None:
        r = self.r
        for region, entries in orgs.items():
            for org, interest in entries:
                visits = sorted(r.sample(trips[region], r.randint(1, 3)), key=lambda t: t.round)
                for n, trip in enumerate(visits):
                    day = self.trip_days[trip.uuid, region][r.randrange(3)]
                    level = interest if n == len(visits) - 1 else Interest.MEDIUM \
                        if interest in (Interest.HIGH, Interest.MEDIUM) else interest
                    fmt = ConsultationFormat.SEMINAR if n == 0 and r.random() < 0.3 else \
                        r.choice([ConsultationFormat.VISIT, ConsultationFormat.MEETING])
                    topics = "; ".join(names.topic_on(t, day) for t in r.sample(names.TOPICS, 2))
                    self.add(Consultation(
                        date=day, trip_uuid=trip.uuid, organization_uuid=org.uuid,
                        consultants=r.sample(trip.team, 2), format=fmt, topics=topics,
                        interest=level, outcome=r.choice(names.OUTCOMES[level.value]),
                        notes=f"Встреча с руководством {org.name}. Обсуждали: {topics.lower()}.",
                        next_steps=r.choice(names.NEXT_STEPS) if level != Interest.NONE else "",
                        next_step_owner=self.s.get(Consultant, trip.team[0]).name
                        if level != Interest.NONE else "",
                        next_step_due=day + dt.timedelta(days=14)
                        if level != Interest.NONE else None))
                if interest == Interest.HIGH and r.random() < 0.3:
                    last = calendar().next_working_day(
                        visits[-1].end_date + dt.timedelta(days=r.randint(5, 20)))
                    self.add(Consultation(
                        date=last, organization_uuid=org.uuid, consultants=visits[-1].team[:1],
                        format=ConsultationFormat.PHONE, topics=names.TOPICS[3], interest=interest,
                        outcome="Уточнили данные для заявки", notes="Телефонный звонок."))

    def initiatives(self, members: dict[str, list[tuple[Organization, MemberRole]]],
                    consultants: list[Consultant]) -> None:
        r = self.r
        rnd = self.add(SelectionRound(name="2017", announced_on=dt.date(2017, 4, 10),
                                      deadline=dt.date(2017, 6, 8), clusters_to_select=6))
        status_of = {"selected": InitiativeStatus.SELECTED,
                     "not_selected": InitiativeStatus.NOT_SELECTED,
                     "rejected": InitiativeStatus.NOT_SELECTED,
                     "not_applied": InitiativeStatus.DIAGNOSED}
        app_status = {"selected": ApplicationStatus.SELECTED,
                      "not_selected": ApplicationStatus.NOT_SELECTED,
                      "rejected": ApplicationStatus.REJECTED}
        for g in GROUPS:
            team = members[g.name]
            anchor = team[0][0]
            ini = self.add(Initiative(
                name=g.name, sector_key=g.sector, region_recorded_code=g.region,
                settlement_kato=anchor.settlement_kato, region_code=anchor.region_code,
                status=status_of[g.outcome], coordinator_uuid=team[0][0].uuid,
                description=f"Группа предприятий ({len(team)}), выявленная в ходе выездов "
                            "2016–2017 гг."))
            joined = [self.add(Membership(
                initiative_uuid=ini.uuid, organization_uuid=org.uuid, role=role,
                joined_on=dt.date(2017, r.randint(2, 5), r.randint(1, 28)))) for org, role in team]
            leavers = [m for m in joined if m.role == MemberRole.PARTICIPANT]
            for m in leavers[:g.left_2018]:
                m.left_on = dt.date(2018, r.randint(2, 11), r.randint(1, 28))
            for _ in range(g.joined_2018):  # joined while the cluster was being structured
                name, form, lang = self.mk.enterprise_name(g.words)
                org = self.org(g.region, OrgKind.ENTERPRISE, name, form, lang, g.sector,
                               g.towns)
                self.add(Membership(initiative_uuid=ini.uuid, organization_uuid=org.uuid,
                                    role=MemberRole.PARTICIPANT,
                                    joined_on=dt.date(2018, r.randint(1, 12), r.randint(1, 28))))
            if g.outcome in app_status:
                self.add(Application(
                    round_uuid=rnd.uuid, initiative_uuid=ini.uuid, status=app_status[g.outcome],
                    submitted_on=calendar().next_working_day(  # after the spring round
                        dt.date(2017, 5, 22) + dt.timedelta(days=r.randrange(17))),
                    rejection_reasons=REJECTION_REASONS.get(g.name, [])))
        self.s.flush()
