"""What every part of the applications code shares: statuses and their order, who acts,
finding rounds and applications, their templates, and the history of status changes.

Used by ``services.application_drafts`` (drafting) and ``services.applications`` (the
formal check, the workflow, scores and selection), which re-exports these names.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from clusterdesk.domain.app_template import AppTemplate, load_template
from clusterdesk.domain.enums import ApplicationStatus
from clusterdesk.errors import ClusterDeskError
from clusterdesk.services.records import get
from clusterdesk.store.application_models import ApplicationEvent
from clusterdesk.store.models import (
    Application,
    SelectionRound,
)

S = ApplicationStatus
DEFAULT_TEMPLATE = ("application", "2017")

# Which status may follow which. "submitted -> draft" returns a filed application for fixes.
TRANSITIONS: dict[S, set[S]] = {
    S.DRAFT: {S.SUBMITTED},
    S.SUBMITTED: {S.DRAFT, S.REGISTERED, S.REJECTED},
    S.REGISTERED: {S.EVALUATED, S.REJECTED},
    S.REJECTED: set(),
    S.EVALUATED: {S.SELECTED, S.NOT_SELECTED, S.REGISTERED},
    S.SELECTED: set(),
    S.NOT_SELECTED: set(),
}
RANKED = (S.EVALUATED, S.SELECTED, S.NOT_SELECTED)


@dataclass(frozen=True)
class Actor:
    """Who makes a change: the consultant's name as printed, and their record if known."""

    name: str
    uuid: str | None = None


def actor_of(who: Actor | str) -> Actor:
    """``who`` as an Actor (a bare name is a person with no record)."""
    return who if isinstance(who, Actor) else Actor(str(who))


def utc_now() -> dt.datetime:
    """Now in UTC, without time zone (as the history stores it)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


# ------------------------------------------------------------------ lookups
def find_round(session: Session, ref: str) -> SelectionRound:
    """A round by its UUID or its name (e.g. ``2017``)."""
    rnd = session.get(SelectionRound, ref)
    if rnd is not None and not rnd.deleted:
        return rnd
    found = session.scalars(select(SelectionRound).where(
        SelectionRound.name == ref, ~SelectionRound.deleted)).all()
    if len(found) == 1:
        return found[0]
    if len(found) > 1:
        raise ClusterDeskError("round.ambiguous", ref=ref)
    raise ClusterDeskError("round.missing", ref=ref)


def get_application(session: Session, uuid: str) -> Application:
    return get(session, Application, uuid)


def template_of(app: Application) -> AppTemplate:
    """The template the application was drafted on (its rules stay those it was filed under)."""
    return load_template(app.template_id or DEFAULT_TEMPLATE[0],
                         app.template_version or DEFAULT_TEMPLATE[1])


def round_template(rnd: SelectionRound) -> AppTemplate:
    return load_template(rnd.template_id or DEFAULT_TEMPLATE[0],
                         rnd.template_version or DEFAULT_TEMPLATE[1])


def applications_of_round(session: Session, rnd: SelectionRound) -> list[Application]:
    return list(session.scalars(select(Application).where(
        Application.round_uuid == rnd.uuid, ~Application.deleted)))


def record_event(session: Session, app: Application, from_: S | str, to: S, who: Actor,
           reasons: Sequence[str] = (), at: dt.datetime | None = None) -> ApplicationEvent:
    event = ApplicationEvent(application_uuid=app.uuid, from_status=str(from_ or ""),
                             to_status=to.value, who_name=who.name, who_uuid=who.uuid,
                             at=at or utc_now(), reasons=list(reasons))
    session.add(event)
    return event
