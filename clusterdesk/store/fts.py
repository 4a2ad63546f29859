"""The full-text indexes (FTS5: migrations 0002, 0007 and 0009) and bulk writes into them.

FTS5 updates its index at every statement; a bulk insert of 300,000 rows through the insert
triggers takes many minutes. ``insert_triggers_paused`` lifts the indexes' triggers for the
length of one transaction and rebuilds the indexes once at the end, which gives the same index.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, text

# table -> its FTS5 indexes: words of the name/notes as typed (0002); the folded text, inside
# words (trigram) and at word starts (0007 names, 0009 consultations; see
# ``clusterdesk.domain.text.search_fold`` and ``clusterdesk.services.search_fold``)
INDEXES: dict[str, tuple[str, ...]] = {
    "organizations": ("organizations_fts", "organizations_infix_fts", "organizations_words_fts"),
    "consultations": ("consultations_fts", "consultations_infix_fts", "consultations_words_fts"),
}
INDEXED = tuple(INDEXES)


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
            conn.exec_driver_sql(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")
    for _name, sql in triggers:
        conn.exec_driver_sql(sql)
