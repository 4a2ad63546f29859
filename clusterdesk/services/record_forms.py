"""Storing a record from the values an editor collected, with the record's own rules.

An editor reads its widgets on the GUI thread into a plain dict; this runs in the gateway's
writer thread with that dict only, so no widget is touched outside the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from clusterdesk.services import editing, records
from clusterdesk.services.concurrent_edit import EditBase, reconcile_fields

Saver = Callable[[Session, object], object]


def save_fields(session: Session, model: type, uuid: str | None, fields: dict,
                saver: Saver | None = None, base: EditBase | None = None) -> str:
    """Create (``uuid`` None) or change a record from ``fields`` (attribute -> value), check
    it (``saver``: ``editing.save`` unless the record has its own) and return its uuid.

    ``base``: the version the form was loaded from; a change made since by someone else is
    kept, and a field both changed raises ``EditConflict`` (``services.concurrent_edit``)."""
    obj = records.get(session, model, uuid, include_deleted=base is not None) if uuid \
        else model()
    if uuid and base is not None:
        fields = reconcile_fields(session, obj, base, fields)
    for name, value in fields.items():
        setattr(obj, name, value)
    (saver or editing.save)(session, obj)  # type: ignore[arg-type]
    session.flush()
    return obj.uuid
