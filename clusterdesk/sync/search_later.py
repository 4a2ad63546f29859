"""An import's new consultations put in the search index a batch at a time, folded in Python.

Migration 0012's insert trigger folds each new consultation's text through the search views
(some 65 µs for 200 letters) and adds it to two FTS5 indexes, row by row: most of what a
central sync that brings thousands of consultations costs. For the length of one import the
trigger is replaced by a TEMP one that only notes the new rowid; after each batch (and before
the import ends) the noted rows are folded by ``store.fold_chain`` — the chain read from this
database's own views, so the same text — and written to the stored text and both indexes in
three statements. Every insert is noted, whoever makes it, so none is missed; a row that got
its stored text meanwhile (an update or a renamed organization fires the other triggers,
which index it) is left as they made it; a row deleted meanwhile is gone from the view. The
original trigger is put back inside the same transaction: a failed import rolls it all back.
Edits are indexed at the flush too, and the old texts they replace are taken out of both
indexes there, all rows in one statement (row by row, FTS5 flushes at every row).
A database whose trigger or views are not exactly 0012's keeps its triggers.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from clusterdesk.store.fold_chain import read_chain, views_of

STAGE = "sync_stage_"  # the import's TEMP objects (dropped with the staging tables)
TRIGGER = "consultations_search_text_ai"
EXPECTED = (
    "CREATE TRIGGER consultations_search_text_ai AFTER INSERT ON consultations BEGIN "
    "INSERT OR REPLACE INTO consultations_search_text(id, text) SELECT f.id, f.text FROM "
    "consultations_search_source AS f WHERE f.id = new.rowid; "
    "INSERT INTO consultations_infix_fts(rowid, text) SELECT t.id, t.text FROM "
    "consultations_search_text AS t WHERE t.id = new.rowid; "
    "INSERT INTO consultations_words_fts(rowid, text) SELECT t.id, t.text FROM "
    "consultations_search_text AS t WHERE t.id = new.rowid; END")
# The update trigger's second half is the same indexing of the new text (its first half, the
# BEFORE UPDATE trigger that takes the old text out of both indexes, stays in place).
UPDATE_TRIGGER = "consultations_search_text_au"
WATCHED = "organization_uuid, topics, notes, outcome"
EXPECTED_UPDATE = EXPECTED.replace(TRIGGER, UPDATE_TRIGGER).replace(
    "AFTER INSERT ON", f"AFTER UPDATE OF {WATCHED} ON")
# ...and its BEFORE UPDATE twin, which takes the old text out of both indexes row by row
# (each a statement of its own: FTS5 flushes at every one, some 100 µs a row)
BEFORE_TRIGGER = "consultations_search_text_bu"
EXPECTED_BEFORE = (
    f"CREATE TRIGGER {BEFORE_TRIGGER} BEFORE UPDATE OF {WATCHED} ON consultations BEGIN "
    "INSERT INTO consultations_infix_fts(consultations_infix_fts, rowid, text) SELECT "
    "'delete', t.id, t.text FROM consultations_search_text AS t WHERE t.id = old.rowid; "
    "INSERT INTO consultations_words_fts(consultations_words_fts, rowid, text) SELECT "
    "'delete', t.id, t.text FROM consultations_search_text AS t WHERE t.id = old.rowid; END")
PENDING, NEW, MARK = f"{STAGE}fold_pending", f"{STAGE}fold_new", f"{STAGE}fold_mark"
MARK_UPDATE = f"{STAGE}fold_mark_update"
GONE, MARK_BEFORE = f"{STAGE}fold_gone", f"{STAGE}fold_mark_before"
FOLD = "clusterdesk_fold"  # SQL name of the Python folds on the import's connection
TARGETS = ("consultations_search_text(id, text)", "consultations_infix_fts(rowid, text)",
           "consultations_words_fts(rowid, text)")
# the stored texts a first import rebuilds: (view the SQL reads, base the chain starts at)
SOURCES = {"consultations_search_text": ("consultations_search_source", "consultations_folded0"),
           "organizations_search_text": ("organizations_search_source", None)}
# the FTS5 indexes whose content is a folded view of the names (0007): rebuilt from the fold
FOLDED_CONTENT = {"organizations_infix_fts": "organizations_folded",
                  "organizations_words_fts": "organizations_folded"}


def _register(raw: Any, info: dict, top: str, base: str | None, key: str
              ) -> tuple[str, str, str] | None:
    """Make ``FOLD(key, x)`` the Python fold of view ``top`` on this connection; (source,
    id column, inner expression) to select it from, or None when the views are not of the
    expected shape.

    The SQL function is defined once per connection (``info``: SQLAlchemy's dictionary of
    the DBAPI connection) and looks its chains up by key: SQLite refuses to redefine a
    function while a statement is open, and a connection serves many imports."""
    chain = read_chain(views_of(raw), top, base)
    if chain is None:
        return None
    folds = info.get(FOLD)
    if folds is None:
        folds = {}
        try:
            raw.create_function(FOLD, 2, lambda k, value: folds[k](value), deterministic=True)
        except sqlite3.Error:  # not defined here: the caller keeps the SQL
            return None
        info[FOLD] = folds
    folds[key] = chain.function()
    return chain.source, chain.key, chain.inner


class LaterIndex:
    """Indexes an import's new consultations after each batch instead of row by row."""

    def __init__(self, raw: Any, sql: str, update_sql: str | None,
                 before_sql: str | None = None) -> None:
        self.raw = raw
        self.sql = sql  # the trigger as this database holds it, put back at the end
        self.update_sql = update_sql  # and its update trigger, when that is stood in for too
        self.before_sql = before_sql  # and the BEFORE UPDATE one, when that is too

    @classmethod
    def start(cls, raw: Any, info: dict, table: str) -> LaterIndex | None:
        if table != "consultations":
            return None
        # fetchall: a statement left open would keep SQLite from defining the function
        row = next(iter(raw.execute("SELECT sql FROM main.sqlite_master WHERE type = "
                                    "'trigger' AND name = ?", (TRIGGER,)).fetchall()), None)
        if row is None or " ".join((row[0] or "").split()) != EXPECTED:
            return None
        if _register(raw, info, *SOURCES["consultations_search_text"], TRIGGER) != (
                "consultations_folded0", "id", "text"):
            return None
        raw.execute(f"CREATE TEMP TABLE IF NOT EXISTS {PENDING} (id INTEGER PRIMARY KEY)")
        raw.execute(f"CREATE TEMP TABLE IF NOT EXISTS {NEW} (id INTEGER PRIMARY KEY, text)")
        raw.execute(f"DELETE FROM temp.{PENDING}")
        raw.execute(f"DELETE FROM temp.{NEW}")
        raw.execute(f'DROP TRIGGER main."{TRIGGER}"')
        raw.execute(f"CREATE TEMP TRIGGER {MARK} AFTER INSERT ON main.consultations BEGIN "
                    f"INSERT OR IGNORE INTO {PENDING}(id) VALUES (new.rowid); END")
        update_sql = _stand_in_for_update(raw)
        return cls(raw, row[0], update_sql,
                   _stand_in_for_before(raw) if update_sql is not None else None)

    def flush(self) -> None:
        """Fold and index the rows inserted or edited since the last flush."""
        raw = self.raw
        if self.before_sql is not None:
            self._take_out_old()
        raw.execute(f"INSERT INTO temp.{NEW}(id, text) SELECT f.id, {FOLD}('{TRIGGER}', f.text) "
                    f"FROM main.consultations_folded0 AS f WHERE f.id IN (SELECT id FROM "
                    f"temp.{PENDING}) AND NOT EXISTS (SELECT 1 FROM "
                    "main.consultations_search_text AS t WHERE t.id = f.id)")
        for target in TARGETS:
            raw.execute(f"INSERT INTO main.{target} SELECT id, text FROM temp.{NEW}")
        raw.execute(f"DELETE FROM temp.{NEW}")
        raw.execute(f"DELETE FROM temp.{PENDING}")

    def _take_out_old(self) -> None:
        """The old texts of the edited rows out of both indexes, in one statement each.

        Every stored text an edit met is in ``GONE`` (a row edited, re-indexed by a renamed
        organization's trigger and edited again left two): each is deleted once, as the
        database's own trigger would have. A row that has a stored text again (the rename
        indexed its new text meanwhile, while the old one was still in) is taken out and
        put back with it, so each index holds exactly its stored text."""
        raw = self.raw
        again = (f"FROM main.consultations_search_text AS t WHERE t.id IN "
                 f"(SELECT id FROM temp.{GONE})")
        for fts in ("consultations_infix_fts", "consultations_words_fts"):
            raw.execute(f"INSERT INTO main.{fts}({fts}, rowid, text) SELECT 'delete', g.id, "
                        f"g.text FROM temp.{GONE} AS g ORDER BY g.rowid")
            raw.execute(f"INSERT INTO main.{fts}({fts}, rowid, text) SELECT 'delete', t.id, "
                        f"t.text {again}")
            raw.execute(f"INSERT INTO main.{fts}(rowid, text) SELECT t.id, t.text {again}")
        raw.execute(f"DELETE FROM temp.{GONE}")

    def finish(self) -> None:
        """The last rows indexed, the database's own triggers back in place."""
        self.flush()
        self.raw.execute(f"DROP TRIGGER temp.{MARK}")
        self.raw.execute(self.sql)
        if self.update_sql is not None:
            self.raw.execute(f"DROP TRIGGER temp.{MARK_UPDATE}")
            self.raw.execute(self.update_sql)
        if self.before_sql is not None:
            self.raw.execute(f"DROP TRIGGER temp.{MARK_BEFORE}")
            self.raw.execute(self.before_sql)


def _stand_in_for_update(raw: Any) -> str | None:
    """Replace 0012's update trigger for the import: an edited consultation's new text is
    indexed at the next flush, like a new one. Its BEFORE UPDATE twin has already taken the
    old text out of both indexes; the stand-in drops the stored text too, so the row is in
    neither index nor the stored text until the flush folds it (the flush indexes every noted
    row without a stored text). Whatever meets the row in between finds it unindexed, as it
    finds a new one: another edit or a delete takes nothing out, a renamed organization's
    trigger indexes it (the flush then leaves it). Returns the trigger's SQL to put back, or
    None when it is not exactly 0012's (it is then kept)."""
    row = next(iter(raw.execute("SELECT sql FROM main.sqlite_master WHERE type = 'trigger' "
                                "AND name = ?", (UPDATE_TRIGGER,)).fetchall()), None)
    if row is None or " ".join((row[0] or "").split()) != EXPECTED_UPDATE:
        return None
    raw.execute(f'DROP TRIGGER main."{UPDATE_TRIGGER}"')
    raw.execute(f"CREATE TEMP TRIGGER {MARK_UPDATE} AFTER UPDATE OF {WATCHED} ON "
                "main.consultations BEGIN DELETE FROM consultations_search_text WHERE "
                f"id = new.rowid; INSERT OR IGNORE INTO {PENDING}(id) VALUES (new.rowid); END")
    return row[0]


def _stand_in_for_before(raw: Any) -> str | None:
    """Replace 0012's BEFORE UPDATE trigger for the import (only with the update trigger's
    stand-in, which drops the stored text): the stored text an edit meets is noted in
    ``GONE`` and taken out of both indexes at the next flush, all rows at once. An edit that
    meets no stored text (the row was edited before, or is new) notes nothing: what the
    indexes hold of it is noted already. Returns the trigger's SQL to put back, or None when
    it is not exactly 0012's (it is then kept, and takes the old text out itself)."""
    row = next(iter(raw.execute("SELECT sql FROM main.sqlite_master WHERE type = 'trigger' "
                                "AND name = ?", (BEFORE_TRIGGER,)).fetchall()), None)
    if row is None or " ".join((row[0] or "").split()) != EXPECTED_BEFORE:
        return None
    raw.execute(f"CREATE TEMP TABLE IF NOT EXISTS {GONE} (id INTEGER, text)")
    raw.execute(f"DELETE FROM temp.{GONE}")
    raw.execute(f'DROP TRIGGER main."{BEFORE_TRIGGER}"')
    raw.execute(f"CREATE TEMP TRIGGER {MARK_BEFORE} BEFORE UPDATE OF {WATCHED} ON "
                f"main.consultations BEGIN INSERT INTO {GONE}(id, text) SELECT t.id, t.text "
                "FROM main.consultations_search_text AS t WHERE t.id = old.rowid; END")
    return row[0]


def rebuild_statements(raw: Any, info: dict, name: str, statements: tuple[str, ...]
                       ) -> tuple[str, ...]:
    """``store.fts`` rebuild statements of ``name``, its stored text folded in Python (the
    same text: the chain is the views'); unchanged when the views are not as expected."""
    if name in FOLDED_CONTENT:
        return _folded_content(raw, info, name, statements)
    if name not in SOURCES:
        return statements
    top, base = SOURCES[name]
    plain = f"INSERT INTO {name}(id, text) SELECT id, text FROM {top}"
    if plain not in statements:
        return statements
    found = _register(raw, info, top, base, name)
    if found is None:
        return statements
    source, key, inner = found
    folded = f"INSERT INTO {name}(id, text) SELECT {key}, {FOLD}('{name}', {inner}) FROM {source}"
    return tuple(folded if s == plain else s for s in statements)


def _folded_content(raw: Any, info: dict, name: str, statements: tuple[str, ...]
                    ) -> tuple[str, ...]:
    """An FTS5 'rebuild' from a folded view, as 'delete-all' and the folded rows inserted in
    rowid order (what 'rebuild' does, reading the view)."""
    view = FOLDED_CONTENT[name]
    sql = next(iter(raw.execute("SELECT sql FROM main.sqlite_master WHERE name = ?",
                                (name,)).fetchall()), None)
    if statements != (f'INSERT INTO main."{name}"("{name}") VALUES (\'rebuild\')',) or \
            sql is None or f"content='{view}', content_rowid='id'" not in (sql[0] or ""):
        return statements
    if _register(raw, info, view, None, name) != ("organizations", "rowid", "lower(name)"):
        return statements
    return (f'INSERT INTO main."{name}"("{name}") VALUES (\'delete-all\')',
            f'INSERT INTO main."{name}"(rowid, name) SELECT rowid, {FOLD}(\'{name}\', '
            "lower(name)) FROM main.organizations ORDER BY rowid")
