"""Saving organizations: every field rule and the one-organization-per-BIN rule."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from clusterdesk.domain.bin import normalize_bin
from clusterdesk.domain.validators import (
    bin_field_problem,
    email_problem,
    not_negative_problem,
    oked_problem,
    percent_problem,
    required_problem,
)
from clusterdesk.errors import Reason, ValidationError
from clusterdesk.store.models import Organization, Region
from clusterdesk.store.refdata import today_code
from clusterdesk.store.text_limits import length_problems


def problems(session: Session, org: Organization) -> list[ValidationError]:
    """Everything wrong with ``org`` as it stands, field by field."""
    out: list[ValidationError] = []
    checks = [
        ("name", required_problem(org.name)),
        ("BIN", bin_field_problem(org.bin)),
        ("e-mail", email_problem(org.email)),
        ("share of exports", percent_problem(org.export_share)),
        ("employees", not_negative_problem(org.employees)),
        ("annual revenue", not_negative_problem(org.revenue_mln_kzt)),
        ("OKED", oked_problem(org.oked)),
    ]
    out += [ValidationError(field, reason) for field, reason in checks if reason]
    out += length_problems(org)
    for code in {org.region_code, org.region_recorded_code} - {None}:
        with session.no_autoflush:
            if session.get(Region, code) is None:  # the window offers only known ones
                out.append(ValidationError("region", Reason("registry.region", value=code)))
    bin_ = normalize_bin(org.bin)
    if bin_ and not any(e.field == "BIN" for e in out):
        other = duplicate_of(session, bin_, org.uuid)
        if other is not None:
            out.append(ValidationError(
                "BIN", Reason("bin.duplicate", bin=bin_, name=other.name, uuid=other.uuid)))
    return out


def duplicate_of(session: Session, bin_: str, own_uuid: str | None) -> Organization | None:
    """The live organization that already holds ``bin_``, other than ``own_uuid``."""
    with session.no_autoflush:
        q = select(Organization).where(Organization.bin == bin_, Organization.deleted.is_(False))
        if own_uuid:
            q = q.where(Organization.uuid != own_uuid)
        return session.scalars(q.limit(1)).first()


def save(session: Session, org: Organization) -> Organization:
    """Validate and store; the first problem is raised as a ValidationError."""
    org.bin = normalize_bin(org.bin)
    org.name = (org.name or "").strip()
    org.oked = (org.oked or "").strip()
    org.region_code = org.region_code or None  # "" is no region, as None
    org.region_recorded_code = org.region_recorded_code or None
    if org.region_recorded_code:  # today's region follows from the recorded one and the
        # settlement (a region that split sends each settlement to its own successor)
        org.region_code = today_code(org.region_recorded_code, org.settlement_kato)
    found = problems(session, org)
    if found:
        raise found[0]
    session.add(org)
    return org
