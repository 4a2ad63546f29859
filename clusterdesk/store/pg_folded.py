"""PostgreSQL's stored search text (migrations 0010, 0013): what a bulk write puts in it.

PostgreSQL has no FTS5 (``store.fts`` is SQLite's): each organization and consultation keeps
its folded text in a plain column, ``search_folded``, searched through trigram and full-text
GIN indexes (``services.search_pg``; its words are stored beside it in ``search_words``).
Imports fill it themselves with :func:`pg_folded` — Python folds a consultation's text about
a hundred times faster than SQL's string functions — and a trigger of 0013 fills it for any
other write (an editor's save, ``clusterdesk copy``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from clusterdesk.domain.text import search_fold

PG_FOLDED = "search_folded"
PG_FOLDED_SOURCES: dict[str, tuple[str, ...]] = {
    "organizations": ("name",), "consultations": ("topics", "notes", "outcome")}


def pg_folded(table: str, values: Mapping[str, Any]) -> str | None:
    """The ``search_folded`` value of a row of ``table`` with these column ``values`` (what
    the trigger would compute: ``search_fold`` of the texts joined by spaces)."""
    parts = [values[c] for c in PG_FOLDED_SOURCES[table]]
    return None if any(p is None for p in parts) else search_fold(" ".join(parts))
