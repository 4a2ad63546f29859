"""Storing a record from the values an editor collected, with the record's own rules.

An editor reads its widgets on the GUI thread into a plain dict; this runs in the gateway's
writer thread with that dict only, so no widget is touched outside the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from clusterdesk.services import editing, records

Saver = Callable[[Session, object], object]


def save_fields(session: Session, model: type, uuid: str | None, fields: dict,
                saver: Saver | None = None) -> str:
    """Create (``uuid`` None) or change a record from ``fields`` (attribute -> value), check
    it (``saver``: ``editing.save`` unless the record has its own) and return its uuid."""
    obj = records.get(session, model, uuid) if uuid else model()
    for name, value in fields.items():
        setattr(obj, name, value)
    (saver or editing.save)(session, obj)  # type: ignore[arg-type]
    session.flush()
    return obj.uuid
