"""Saving consultations, trips, initiatives, memberships and contacts, with their rules.

Each ``*_problems`` function returns every ValidationError of a record; ``save`` raises the
first one. Editors show the same reasons next to the fields while the user types.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from clusterdesk.domain.validators import (
    consultation_date_problem,
    date_order_problem,
    email_problem,
    required_problem,
)
from clusterdesk.errors import Reason, ValidationError
from clusterdesk.services import records
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


def _kept(obj: object, attr: str) -> bool:
    """``obj`` is stored and ``attr`` holds what was stored (the form did not change it)."""
    state = inspect(obj)
    return state.persistent and not state.attrs[attr].history.has_changes()


def consultation_problems(session: Session, c: Consultation) -> list[ValidationError]:
    """A consultation may keep its link to a trip or an organization deleted since (undoing
    the deletion brings it back with its consultations) or not arrived yet by sync; it cannot
    be put on one. Its date is checked against the trip's days (``consultation_date_problem``)."""
    with session.no_autoflush:
        trip = session.get(Trip, c.trip_uuid) if c.trip_uuid else None
    trip_ok = (not c.trip_uuid or (trip is not None and not trip.deleted)
               or _kept(c, "trip_uuid"))
    checks = [
        ("date", consultation_date_problem(
            c.date, trip.start_date if trip else None, trip.end_date if trip else None,
            dt.date.today()) if c.date else Reason("required")),
        ("organization", None if _live(session, Organization, c.organization_uuid)
         or (c.organization_uuid and _kept(c, "organization_uuid"))
         else Reason("pick_organization")),
        ("trip", None if trip_ok else Reason("trip_gone")),
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
    """A new member of the initiative; an organization that takes part already (a live
    membership not ended before ``joined_on``) is refused, so it is never counted twice."""
    if not _live(session, Organization, organization_uuid):
        raise ValidationError("organization", Reason("pick_organization"))
    m = Membership(initiative_uuid=initiative_uuid, organization_uuid=organization_uuid,
                   role=role, joined_on=joined_on or dt.date.today())
    other = records.overlapping_membership(session, m)
    if other is not None:
        raise ValidationError("organization", Reason(
            "member.duplicate", name=session.get(Organization, organization_uuid).name,
            joined=other.joined_on.isoformat()))
    session.add(m)
    return m
