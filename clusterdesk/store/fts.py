"""The full-text indexes (FTS5: migrations 0002, 0007 and 0009) and bulk writes into them.

FTS5 updates its index at every statement; a bulk insert of 300,000 rows through the insert
triggers takes many minutes. ``insert_triggers_paused`` lifts the insert triggers for the
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
    """Inside one transaction: drop the FTS insert triggers, then rebuild and restore them."""
    names = [f"{fts}_ai" for t in tables for fts in INDEXES[t]]
    triggers = conn.execute(
        text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN "
             f"({', '.join(f':n{i}' for i in range(len(names)))})"),
        {f"n{i}": n for i, n in enumerate(names)}).all()
    for name, _sql in triggers:
        conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
    yield
    for name, _sql in triggers:
        fts = name.removesuffix("_ai")
        conn.exec_driver_sql(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")
    for _name, sql in triggers:
        conn.exec_driver_sql(sql)
