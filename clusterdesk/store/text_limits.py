"""Text no longer than its column holds, checked on every save.

SQLite stores any length, but every sync refuses a text longer than its column (so a
consultant's whole file would be refused at head office for one overlong name), and
PostgreSQL refuses the write itself. So the limit is checked where a record is saved: by the
services (a registry row is refused with its reason) and, for every other writer, before each
flush (``install``), with the field named.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.orm import Mapper, Session

from clusterdesk.errors import FIELDS, Reason, ValidationError


@cache
def _limits(mapper: Mapper) -> tuple[tuple[str, int], ...]:
    out = []
    for attr in mapper.column_attrs:
        col = attr.columns[0]
        length = getattr(col.type, "length", None)
        if isinstance(col.type, sa.String) and not isinstance(col.type, sa.Enum) and length:
            out.append((attr.key, int(length)))
    return tuple(out)


def limits(model: type) -> dict[str, int]:
    """Attribute -> the most characters its column holds, for a mapped class."""
    return dict(_limits(sa.inspect(model)))


def field_key(attr: str) -> str:
    """The field as the error catalogue names it ("legal_form" -> "legal form")."""
    spaced = attr.replace("_", " ")
    return spaced if spaced in FIELDS else {"email": "e-mail", "bin": "BIN"}.get(attr, spaced)


def length_problems(obj: Any) -> list[ValidationError]:
    """Every text of ``obj`` (only what is loaded) longer than its column holds."""
    state = sa.inspect(obj)
    loaded = state.dict
    out = []
    for key, limit in _limits(state.mapper):
        value = loaded.get(key)
        if isinstance(value, str) and len(value) > limit:
            out.append(ValidationError(field_key(key), Reason(
                "text.too_long", length=len(value), limit=limit)))
    return out


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    for obj in (*session.new, *session.dirty):
        found = length_problems(obj)
        if found:
            raise found[0]


def install(session_class: type[Session]) -> None:
    if not event.contains(session_class, "before_flush", _before_flush):
        event.listen(session_class, "before_flush", _before_flush)
