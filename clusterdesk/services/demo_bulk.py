"""Bulk additions to the demo programme for benchmarks: many organizations with their
consultations, initiatives with members and a diagnostic each, applications.

Written with SQLAlchemy Core in batches (the ORM unit of work is ~5x slower for this), with
the full-text insert triggers paused and the index rebuilt once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from sqlalchemy import insert, select

from clusterdesk.domain.enums import ApplicationStatus, InitiativeStatus, MemberRole
from clusterdesk.domain.text import sort_key
from clusterdesk.services import demo_names as names
from clusterdesk.services.demo_maker import Maker
from clusterdesk.store import changes
from clusterdesk.store.database import Database
from clusterdesk.store.fts import insert_triggers_paused
from clusterdesk.store.models import (
    Application,
    Consultation,
    Initiative,
    Membership,
    Organization,
)
from clusterdesk.store.refdata import regions


def _bulk_rows(db: Database, mk: Maker, count: int, region_codes: list[str],
               ) -> Iterator[tuple[dict, list[dict]]]:
    r = mk.rng
    for i in range(count):
        region = region_codes[i % len(region_codes)]
        words = r.choice(list(names.SECTOR_WORDS))
        name = f"ТОО «{r.choice(names.ROOTS)} {r.choice(names.SECTOR_WORDS[words])} {i + 1}»"
        org_uuid = mk.uuid()
        org = dict(uuid=org_uuid, device_id=db.device_id, hlc=str(db.clock.tick()),
                   deleted=False, kind="enterprise", name=name, name_lang="ru",
                   name_key=sort_key(name), legal_form="ТОО", bin="", region_code=region,
                   region_recorded_code=region, sector_key={"flour": "food", "milk": "food"}
                   .get(words, words), oked="", address="", phone="", email="", website="",
                   employees=r.randint(5, 300))
        cons = []
        for _ in range(3):
            day = dt.date(2016, 7, 1) + dt.timedelta(days=r.randrange(330))
            topics = r.choice(names.TOPICS)
            cons.append(dict(
                uuid=mk.uuid(), device_id=db.device_id, hlc=str(db.clock.tick()), deleted=False,
                date=day, trip_uuid=None, organization_uuid=org_uuid, consultants=[],
                format="visit", topics=topics, interest=r.choice(["none", "low", "medium"]),
                outcome="", notes=f"{name}: {topics}", next_steps="", next_step_owner=""))
        yield org, cons


def add_bulk(db: Database, mk: Maker, count: int, batch: int = 5000) -> None:
    """Extra organizations with 3 consultations each, for benchmarks (Core, batched)."""
    codes = [c for c, ref in regions().items() if ref.current]
    with db.session() as s:
        conn = s.connection()
        with insert_triggers_paused(conn):
            orgs: list[dict] = []
            cons: list[dict] = []
            for org, org_cons in _bulk_rows(db, mk, count, codes):
                orgs.append(org)
                cons.extend(org_cons)
                if len(orgs) >= batch:
                    conn.execute(insert(Organization.__table__), orgs)
                    conn.execute(insert(Consultation.__table__), cons)
                    orgs, cons = [], []
            if orgs:
                conn.execute(insert(Organization.__table__), orgs)
                conn.execute(insert(Consultation.__table__), cons)
        changes.note(conn, ("organizations", "consultations"))  # told with the commit


def _clone(row: dict, db: Database, mk: Maker, **changes: object) -> dict:
    return {**row, "uuid": mk.uuid(), "device_id": db.device_id, "hlc": str(db.clock.tick()),
            "deleted": False, **changes}


def add_bulk_initiatives(db: Database, mk: Maker, count: int, applications: int) -> None:
    """Initiatives with 5 members and one diagnostic each (copied from a demo diagnostic),
    and ``applications`` applications (copied from a demo application), for benchmarks."""
    from clusterdesk.store.diagnostic_models import Diagnostic

    r = mk.rng
    codes = [c for c, ref in regions().items() if ref.current]
    with db.session() as s:
        conn = s.connection()
        orgs = list(conn.execute(select(Organization.uuid).limit(20000)).scalars())
        diag = dict(conn.execute(select(Diagnostic.__table__)
                                 .order_by(Diagnostic.date).limit(1)).mappings().one())
        app = dict(conn.execute(select(Application.__table__).where(
            Application.status == ApplicationStatus.NOT_SELECTED).limit(1)).mappings().one())
        inis, members, diags, apps = [], [], [], []
        for i in range(count):
            sector = r.choice(list(names.SECTOR_WORDS))
            key = {"flour": "food", "milk": "food"}.get(sector, sector)
            ini = mk.uuid()
            inis.append(dict(uuid=ini, device_id=db.device_id, hlc=str(db.clock.tick()),
                             deleted=False, name=f"Кластерная инициатива № {i + 1} ({sector})",
                             sector_key=key, region_code=r.choice(codes),
                             status=InitiativeStatus.DIAGNOSED.value,
                             coordinator_uuid=r.choice(orgs), description=""))
            for org in r.sample(orgs, 5):
                members.append(dict(uuid=mk.uuid(), device_id=db.device_id,
                                    hlc=str(db.clock.tick()), deleted=False, initiative_uuid=ini,
                                    organization_uuid=org, role=MemberRole.PARTICIPANT.value,
                                    joined_on=dt.date(2017, r.randint(1, 12), r.randint(1, 28)),
                                    left_on=None))
            diags.append(_clone(diag, db, mk, initiative_uuid=ini))
            if i < applications:
                apps.append(_clone(app, db, mk, initiative_uuid=ini))
        for table, rows in ((Initiative, inis), (Membership, members), (Diagnostic, diags),
                            (Application, apps)):
            for start in range(0, len(rows), 5000):
                conn.execute(insert(table.__table__), rows[start:start + 5000])
        changes.note(conn, ("initiatives", "memberships", "diagnostics", "applications"))
