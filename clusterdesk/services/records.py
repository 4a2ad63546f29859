"""Generic operations on travelling records: live queries, tombstones and their undo."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import Select, false, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from clusterdesk.errors import ClusterDeskError
from clusterdesk.store.base import Synced
from clusterdesk.store.models import (
    Application,
    Initiative,
    Membership,
    Organization,
    SelectionRound,
)

T = TypeVar("T", bound=Synced)


def live(model: type[T]) -> Select[tuple[T]]:
    """Records of ``model`` that are not tombstones."""
    return select(model).where(model.deleted == false())


def get(session: Session, model: type[T], uuid: str, *, include_deleted: bool = False) -> T:
    obj = session.get(model, uuid)
    if obj is None or (obj.deleted and not include_deleted):
        raise ClusterDeskError("record.missing", kind=model.__tablename__[:-1], uuid=uuid)
    return obj


def set_deleted(session: Session, model: type[T], uuid: str, deleted: bool = True) -> T:
    """Mark a record deleted (a tombstone that travels) or bring it back.

    Bringing one back is refused (ClusterDeskError, nothing changed) while a live record holds
    what only one live record may hold: :func:`undelete_problem`.
    """
    obj = get(session, model, uuid, include_deleted=True)
    if deleted or not obj.deleted:
        obj.deleted = deleted
        return obj
    problem = undelete_problem(session, obj)
    if problem is not None:
        raise problem
    obj.deleted = False
    try:
        session.flush()  # a rule of the database no check above knows of: its sentence
    except IntegrityError as exc:
        raise ClusterDeskError("undo.restore_clash", kind=model.__tablename__[:-1],
                               detail=str(exc.orig)) from exc
    return obj


def _live_other(session: Session, obj: Synced, *where) -> Synced | None:  # noqa: ANN002
    model = type(obj)
    if obj.uuid is not None:  # a record not stored yet has none
        where = (*where, model.uuid != obj.uuid)
    return session.scalars(select(model).where(model.deleted == false(), *where).limit(1)).first()


def _name(session: Session, model: type, uuid: str | None) -> str:
    obj = session.get(model, uuid) if uuid else None
    return getattr(obj, "name", "") or (uuid or "")


def _organization_problem(session: Session, o: Organization) -> ClusterDeskError | None:
    other = _live_other(session, o, Organization.bin == o.bin) if o.bin else None
    return None if other is None else ClusterDeskError(
        "undo.bin_taken", name=o.name, bin=o.bin, other=other.name, uuid=other.uuid)


def overlapping_membership(session: Session, m: Membership) -> Membership | None:
    """Another live membership of the same organization in the same initiative whose time
    overlaps ``m``'s (an organization takes part once; after leaving it may join again)."""
    return _live_other(  # type: ignore[return-value]
        session, m, Membership.initiative_uuid == m.initiative_uuid,
        Membership.organization_uuid == m.organization_uuid,
        or_(Membership.left_on.is_(None), Membership.left_on > m.joined_on),
        *([Membership.joined_on < m.left_on] if m.left_on else []))


def _membership_problem(session: Session, m: Membership) -> ClusterDeskError | None:
    other = overlapping_membership(session, m)
    return None if other is None else ClusterDeskError(
        "undo.member_again", name=_name(session, Organization, m.organization_uuid),
        initiative=_name(session, Initiative, m.initiative_uuid),
        joined=other.joined_on.isoformat() if other.joined_on else "")


def _round_problem(session: Session, r: SelectionRound) -> ClusterDeskError | None:
    other = _live_other(session, r, SelectionRound.name == r.name)
    return None if other is None else ClusterDeskError(
        "undo.round_name_taken", name=r.name, uuid=other.uuid)


def _application_problem(session: Session, a: Application) -> ClusterDeskError | None:
    other = _live_other(session, a, Application.round_uuid == a.round_uuid,
                        Application.initiative_uuid == a.initiative_uuid)
    return None if other is None else ClusterDeskError(
        "undo.application_again", initiative=_name(session, Initiative, a.initiative_uuid),
        round=_name(session, SelectionRound, a.round_uuid), uuid=other.uuid)


# what only one live record may hold, per kind of record
_ONE_LIVE = {Organization: _organization_problem, Membership: _membership_problem,
             SelectionRound: _round_problem, Application: _application_problem}


def undelete_problem(session: Session, obj: Synced) -> ClusterDeskError | None:
    """Why the deleted ``obj`` cannot come back now: a live record took what only one live
    record may hold (a BIN, a membership, a round's name, an application to a round)."""
    rule = _ONE_LIVE.get(type(obj))
    return rule(session, obj) if rule is not None else None
