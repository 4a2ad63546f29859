"""The full-text indexes (FTS5: migrations 0007, 0009; 0002's were dropped by 0016), the
stored search texts (0012, 0014) and bulk writes into them.

FTS5 updates its index at every statement; a bulk insert of 300,000 rows through the insert
triggers takes many minutes. ``insert_triggers_paused`` lifts the indexes' triggers for the
length of one transaction and rebuilds the indexes once at the end, which gives the same index.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, text

# table -> what its triggers keep in step (their names start with these): the folded text,
# inside words (trigram) and at word starts (0007 names; consultations: 0009, whose text is
# stored since 0012 and feeds both of its indexes; see ``clusterdesk.domain.text.search_fold``
# and ``clusterdesk.services.search_fold``); the names' folded text stored for testing rows
# (0014)
INDEXES: dict[str, tuple[str, ...]] = {
    "organizations": ("organizations_infix_fts", "organizations_words_fts",
                      "organizations_search_text"),
    "consultations": ("consultations_search_text",),
}
INDEXED = tuple(INDEXES)
# How each is rebuilt in one pass (default: an FTS5 'rebuild' from its content)
REBUILD: dict[str, tuple[str, ...]] = {
    "organizations_search_text": (
        "DELETE FROM organizations_search_text",
        "INSERT INTO organizations_search_text(id, text) "
        "SELECT id, text FROM organizations_search_source"),
    "consultations_search_text": (
        "DELETE FROM consultations_search_text",
        "INSERT INTO consultations_search_text(id, text) "
        "SELECT id, text FROM consultations_search_source",
        "INSERT INTO consultations_infix_fts(consultations_infix_fts) VALUES ('rebuild')",
        "INSERT INTO consultations_words_fts(consultations_words_fts) VALUES ('rebuild')"),
}


def rebuild_statements(name: str) -> tuple[str, ...]:
    """How ``name`` (an FTS5 index or a stored text of 0012/0014) is rebuilt from its source."""
    return REBUILD.get(name, (f'INSERT INTO main."{name}"("{name}") VALUES (\'rebuild\')',))


@contextmanager
def insert_triggers_paused(conn: Connection, tables: tuple[str, ...] = INDEXED) -> Iterator[None]:
    """Inside one transaction: drop the FTS insert triggers, then rebuild and restore them.
    (PostgreSQL has no FTS5 tables: its GIN indexes take bulk inserts as they come.)"""
    if conn.dialect.name != "sqlite":
        yield
        return
    # Every trigger of these indexes, not only the insert ones: an update or delete trigger
    # would otherwise remove from an index a row the paused insert never put in (a merge in
    # the same import renames an organization), which FTS5 reports as a damaged database.
    indexes = [fts for t in tables for fts in INDEXES[t]]
    triggers = [(name, sql) for name, sql in conn.execute(text(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")).all()
        if any(name.startswith(f"{fts}_") for fts in indexes)]
    for name, _sql in triggers:
        conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
    yield
    for fts in indexes:
        if any(name.startswith(f"{fts}_") for name, _sql in triggers):
            for sql in rebuild_statements(fts):
                conn.exec_driver_sql(sql)
    for _name, sql in triggers:
        conn.exec_driver_sql(sql)
