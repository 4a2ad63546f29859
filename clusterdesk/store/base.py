"""Declarative base and the columns every travelling record carries.

Every record that moves between machines has a random UUID (its identity everywhere), the id
of the device that last changed it, the hybrid-logical-clock stamp of that change and a
deletion marker (tombstone). They live here, once, so that no table forgets them; the
stamping itself happens in ``clusterdesk.store.session`` on every flush.
"""

from __future__ import annotations

import uuid as _uuid
from typing import Any

from sqlalchemy import JSON, Boolean, Integer, MetaData, String, false, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_uuid() -> str:
    return str(_uuid.uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Synced:
    """Mixin for records that travel in sync files; they are never physically deleted."""

    uuid: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    device_id: Mapped[str] = mapped_column(String(36), default="")
    hlc: Mapped[str] = mapped_column(String(22), default="", index=True)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false(),
                                          index=True)  # counts of live rows use it
    # Fields (or groups of fields) last changed at another stamp than the record's own:
    # {"<hlc> <device id>": [field, ...]} (None: every field at ``hlc``/``device_id``).
    # It is what lets concurrent edits of different fields both survive a merge.
    field_stamps: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    # Local arrival order (never travels): the transaction that last wrote the row here.
    # "What has this recipient not received yet" is every row above its watermark.
    seq: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"), index=True)


def synced_tables() -> list[type[Synced]]:
    """Every mapped class that travels, in an order where referenced tables come first."""
    classes = {m.class_.__table__: m.class_ for m in Base.registry.mappers
               if issubclass(m.class_, Synced)}
    return [classes[t] for t in Base.metadata.sorted_tables if t in classes]
