"""Saving consultations, trips, initiatives, memberships and contacts, with their rules.

Each ``*_problems`` function returns every ValidationError of a record; ``save`` raises the
first one. Editors show the same reasons next to the fields while the user types.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from clusterdesk.domain.validators import date_order_problem, email_problem, required_problem
from clusterdesk.errors import Reason, ValidationError
from clusterdesk.store.models import (
    Consultation,
    Contact,
    Initiative,
    Membership,
    Organization,
    Trip,
)


def _errors(checks: list[tuple[str, str | None]]) -> list[ValidationError]:
    return [ValidationError(field, reason) for field, reason in checks if reason]


def _live(session: Session, model: type, uuid: str | None) -> bool:
    obj = session.get(model, uuid) if uuid else None
    return obj is not None and not obj.deleted


def consultation_problems(session: Session, c: Consultation) -> list[ValidationError]:
    checks = [
        ("date", None if c.date else Reason("required")),
        ("organization", None if _live(session, Organization, c.organization_uuid)
         else Reason("pick_organization")),
        ("trip", None if not c.trip_uuid or _live(session, Trip, c.trip_uuid)
         else Reason("trip_gone")),
        ("due date", Reason("due_before_date")
         if c.next_step_due and c.date and c.next_step_due < c.date else None),
    ]
    return _errors(checks)


def trip_problems(session: Session, t: Trip) -> list[ValidationError]:
    return _errors([("title", required_problem(t.title)),
                    ("dates", date_order_problem(t.start_date, t.end_date)),
                    ("regions", None if t.region_codes else Reason("pick_region"))])


def initiative_problems(session: Session, i: Initiative) -> list[ValidationError]:
    return _errors([("name", required_problem(i.name)),
                    ("sector", None if i.sector_key else Reason("required")),
                    ("region", None if i.region_code else Reason("required"))])


def contact_problems(session: Session, c: Contact) -> list[ValidationError]:
    return _errors([("name", required_problem(c.name)), ("e-mail", email_problem(c.email))])


_RULES = {Consultation: consultation_problems, Trip: trip_problems,
          Initiative: initiative_problems, Contact: contact_problems}


def save(session: Session, obj: Consultation | Trip | Initiative | Contact):  # noqa: ANN201
    found = _RULES[type(obj)](session, obj)
    if found:
        raise found[0]
    session.add(obj)
    return obj


def add_member(session: Session, initiative_uuid: str, organization_uuid: str, role: str,
               joined_on: dt.date | None = None) -> Membership:
    if not _live(session, Organization, organization_uuid):
        raise ValidationError("organization", Reason("pick_organization"))
    m = Membership(initiative_uuid=initiative_uuid, organization_uuid=organization_uuid,
                   role=role, joined_on=joined_on or dt.date.today())
    session.add(m)
    return m
