"""The dashboard's consultation figures: how many, of how many organizations, by day and region.

Each figure is what the Consultations list counts with the same filter: live consultations
(``deleted`` false), joined to their organization where the filter or the grouping needs it.
Two ways to read them, with the same result:

* **Without a filter** (the dashboard as the program opens it, and the first dashboard after
  an import) the figures are read from the indexes alone, never from the consultations table
  (126 MB on the large dataset): every consultation by day from the index on ``date``, and the
  organizations with any consultation from the index on ``organization_uuid``; the deleted
  consultations, found through the index on ``deleted`` (a handful), are then taken away —
  a day loses its deleted consultations, a region the organizations whose every consultation
  is deleted. A check (live + deleted = all, from the same indexes) guards the arithmetic;
  if it ever failed, the figures are read the general way.
* **With a filter**, by one query per figure over the rows the filter selects.

Every consultation has its organization (a foreign key, on SQLite and PostgreSQL alike), so
counting consultations needs no join unless a region or sector is chosen.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, func, literal_column, select
from sqlalchemy.orm import Session

from clusterdesk.store.dialect_sql import by_dialect
from clusterdesk.store.models import Consultation, Organization


@dataclass(frozen=True)
class Filter:
    """The dashboard's choice of period, region, sector, trip and consultant."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    region: str | None = None  # region code
    recorded_region: bool = False  # the region as the documents of the time recorded it
    sector: str | None = None
    trip: str | None = None  # a trip's uuid: its consultations only
    consultant: str | None = None  # a consultant's uuid: the consultations they took part in

    def list_filters(self) -> dict[str, object]:
        """The same filter for the Consultations list (``services.lists``)."""
        out: dict[str, object] = {}
        if self.date_from:
            out["date_from"] = self.date_from
        if self.date_to:
            out["date_to"] = self.date_to
        if self.region and not self.recorded_region:
            out["region"] = self.region
        if self.sector:
            out["sector"] = self.sector
        if self.trip:
            out["trip"] = self.trip
        if self.consultant:
            out["consultant"] = self.consultant
        return out


def org_region(flt: Filter):  # noqa: ANN201
    """Today's region of an organization, or the region its documents recorded."""
    return Organization.region_recorded_code if flt.recorded_region else Organization.region_code


def _org_conds(flt: Filter) -> list[ColumnElement[bool]]:
    conds = []
    if flt.region:
        conds.append(org_region(flt) == flt.region)
    if flt.sector:
        conds.append(Organization.sector_key == flt.sector)
    return conds


def _dates(flt: Filter) -> list[ColumnElement[bool]]:
    conds = []
    if flt.date_from:
        conds.append(Consultation.date >= flt.date_from)
    if flt.date_to:
        conds.append(Consultation.date <= flt.date_to)
    return conds


def _own_conds(flt: Filter) -> list[ColumnElement[bool]]:
    """The filter's conditions on the consultation itself (live, dates, trip, consultant)."""
    conds = [~Consultation.deleted, *_dates(flt)]
    if flt.trip:
        conds.append(Consultation.trip_uuid == flt.trip)
    if flt.consultant:
        from clusterdesk.services.people import has_consultant

        conds.append(has_consultant(flt.consultant))
    return conds


def consultation_filter(flt: Filter) -> ColumnElement[bool]:
    """Live consultations within the filter (a query over them joins organizations)."""
    return and_(*_own_conds(flt), *_org_conds(flt))


def consultation_figures(session: Session, flt: Filter) -> dict[str, object]:
    """Consultations, organizations consulted, both by region and by month, in the filter."""
    plain = not (flt.region or flt.sector or flt.trip or flt.consultant)
    by_day = _by_day_from_indexes(session, flt) if plain else None
    if by_day is not None and not (flt.date_from or flt.date_to):
        by_region = _by_region_from_indexes(session, flt)
    else:
        by_region = _by_region(session, flt)
    if by_day is None:
        by_day = _by_day(session, flt)
    months: Counter[dt.date] = Counter()
    for day, n in by_day.items():
        months[day.replace(day=1)] += n
    regions = sorted(((code or "", n) for code, n in by_region.items() if n),
                     key=lambda r: (-r[1], r[0]))
    return {"consultations": sum(by_day.values()),
            "organizations_consulted": sum(n for _, n in regions),
            "by_region": regions, "by_month": sorted((m, n) for m, n in months.items() if n)}


# ---- with a filter ---------------------------------------------------------------------------

def _by_day(session: Session, flt: Filter) -> Counter[dt.date]:
    stmt = select(Consultation.date, func.count()).where(consultation_filter(flt))
    if _org_conds(flt):
        stmt = stmt.join(Organization, Organization.uuid == Consultation.organization_uuid)
    return Counter(dict(session.execute(stmt.group_by(Consultation.date)).all()))


def _by_region(session: Session, flt: Filter) -> Counter[str | None]:
    """Organizations with a consultation in the filter, by region (each counted once)."""
    consulted = select(Consultation.organization_uuid).where(*_own_conds(flt))
    region = org_region(flt)
    return Counter(dict(session.execute(
        select(region, func.count()).where(Organization.uuid.in_(consulted), *_org_conds(flt))
        .group_by(region)).all()))


# ---- without a filter: the indexes alone ---------------------------------------------------

def _deleted() -> ColumnElement[bool]:
    """Deleted consultations, through their index. SQLite is told they are few: statistics of
    a database without any (every ``deleted`` false) would make it scan the table instead."""
    return by_dialect(func.likelihood(Consultation.deleted == True,  # noqa: E712
                                      literal_column("0.001")), Consultation.deleted)


def _by_day_from_indexes(session: Session, flt: Filter) -> Counter[dt.date] | None:
    """Every consultation by day (index on date), less the deleted ones (index on deleted);
    None when the indexes' counts do not add up (then the general query answers)."""
    dates = _dates(flt)
    every = Counter(dict(session.execute(
        select(Consultation.date, func.count()).where(*dates)
        .group_by(Consultation.date)).all()))
    gone = Counter(dict(session.execute(
        select(Consultation.date, func.count()).where(_deleted(), *dates)
        .group_by(Consultation.date)).all()))
    live = session.scalar(select(func.count()).select_from(Consultation)
                          .where(~Consultation.deleted, *dates)) or 0
    if live + sum(gone.values()) != sum(every.values()):
        return None
    every.subtract(gone)
    return +every


def _by_region_from_indexes(session: Session, flt: Filter) -> Counter[str | None]:
    """Organizations with any consultation (index on organization_uuid), less those whose
    every consultation is deleted (few: reached through the index on deleted). Exact once
    ``_by_day_from_indexes`` found every consultation live or deleted."""
    region = org_region(flt)
    every = Counter(dict(session.execute(
        select(region, func.count())
        .where(Organization.uuid.in_(select(Consultation.organization_uuid)))
        .group_by(region)).all()))
    touched = select(Consultation.organization_uuid).where(_deleted())
    live = select(Consultation.uuid).where(
        Consultation.organization_uuid == Organization.uuid, ~Consultation.deleted).exists()
    gone = Counter(dict(session.execute(
        select(region, func.count())
        .where(Organization.uuid.in_(touched), ~live).group_by(region)).all()))
    every.subtract(gone)
    return +every
