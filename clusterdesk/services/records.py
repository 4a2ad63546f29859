"""Generic operations on travelling records: live queries, tombstones and their undo."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import Select, false, select
from sqlalchemy.orm import Session

from clusterdesk.errors import ClusterDeskError
from clusterdesk.store.base import Synced

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
    """Mark a record deleted (a tombstone that travels) or bring it back."""
    obj = get(session, model, uuid, include_deleted=True)
    obj.deleted = deleted
    return obj
