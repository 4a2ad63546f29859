"""Each consultation's folded search text, stored once (SQLite), for the indexes and the lists.

0009 indexed a *view* (``consultations_folded``: the organization's name, topics, notes and
outcome, folded by 76 nested ``replace`` calls): every index built from it and every row
tested against a search computed the folding again (~15-50 µs a row). The text is now kept in
``consultations_search_text`` (one row per consultation, by its rowid), written by triggers
from the same view, and both FTS5 indexes of 0009 take their content from it:

* a first import folds each consultation once (its indexes were built from the view twice);
* a search found in tens of thousands of consultations walks the date index and tests each
  row's stored text (``services.search_fold``), instead of first collecting every hit from
  the trigram index — one keystroke then costs what a page of rows costs, not what the hits
  cost. PostgreSQL keeps the same text in its ``search_folded`` column (0010).

The stored text is also in lower case (SQLite's ``lower()`` leaves Cyrillic alone: the
Russian capitals are replaced here, after the Kazakh ones became Russian letters), so a word
typed, folded the same way, is found in it by a plain ``instr``; the indexes, which fold case
themselves, hold the same entries as before.

The triggers are one per event, with the text and both indexes in the order they must be
written (the old text leaves the indexes before the text changes). PostgreSQL: nothing.

Revision ID: 0012
Revises: the newest migration before it
"""
from pathlib import Path

from alembic import op

revision = "0012"
# written beside other migrations in parallel: this follows the newest one below it
down_revision = max(p.name[:4] for p in Path(__file__).parent.glob("[0-9][0-9][0-9][0-9]_*.py")
                    if p.name[:4] < revision)
branch_labels = None
depends_on = None

TEXT = "consultations_search_text"
INDEXES = {  # FTS table -> tokenizer options (as 0009)
    "consultations_infix_fts": "tokenize='trigram'",
    "consultations_words_fts": "tokenize='unicode61 remove_diacritics 0', prefix='1 2'",
}
WATCHED = "organization_uuid, topics, notes, outcome"  # the columns the text is made of
OLD_0009_TRIGGERS = ("ai", "bd", "bu", "au", "org_bu", "org_au")
SOURCE = "consultations_search_source"  # the view the stored text is written from
CAPITALS = "АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"  # Ё, Й and the Kazakh ones are folded by 0009


def _source_views() -> list[str]:
    """The view, as two (one expression of 31 nested ``replace`` calls overflows SQLite's
    parser stack, as in 0009; the planner flattens the chain)."""
    out, source = [], "consultations_folded"
    for n, chunk in enumerate((CAPITALS[:16], CAPITALS[16:])):
        expr = "text"
        for capital in chunk:
            expr = f"replace({expr}, '{capital}', '{capital.lower()}')"
        name = SOURCE if n == 1 else f"{SOURCE}1"
        out.append(f"CREATE VIEW {name}(id, text) AS SELECT id, {expr} FROM {source}")
        source = name
    return out


def _out(rows: str) -> str:
    """Statements taking the stored text of ``rows`` (a condition on ``t.id``) out of both
    indexes (an external-content FTS5 index deletes with the text it was given)."""
    return "".join(f"INSERT INTO {fts}({fts}, rowid, text) SELECT 'delete', t.id, t.text "
                   f"FROM {TEXT} AS t WHERE {rows}; " for fts in INDEXES)


def _in(rows: str) -> str:
    """Statements writing the folded text of ``rows`` (a condition on ``f.id``), then putting
    it into both indexes."""
    out = (f"INSERT OR REPLACE INTO {TEXT}(id, text) SELECT f.id, f.text "
           f"FROM {SOURCE} AS f WHERE {rows.format(id='f.id')}; ")
    return out + "".join(f"INSERT INTO {fts}(rowid, text) SELECT t.id, t.text FROM {TEXT} AS t "
                         f"WHERE {rows.format(id='t.id')}; " for fts in INDEXES)


OF_ORG = "{id} IN (SELECT c.rowid FROM consultations AS c WHERE c.organization_uuid = %s.uuid)"

TRIGGERS = (
    f"CREATE TRIGGER {TEXT}_ai AFTER INSERT ON consultations BEGIN "
    f"{_in('{id} = new.rowid')}END",
    f"CREATE TRIGGER {TEXT}_bd BEFORE DELETE ON consultations BEGIN "
    f"{_out('t.id = old.rowid')}DELETE FROM {TEXT} WHERE id = old.rowid; END",
    f"CREATE TRIGGER {TEXT}_bu BEFORE UPDATE OF {WATCHED} ON consultations BEGIN "
    f"{_out('t.id = old.rowid')}END",
    f"CREATE TRIGGER {TEXT}_au AFTER UPDATE OF {WATCHED} ON consultations BEGIN "
    f"{_in('{id} = new.rowid')}END",
    f"CREATE TRIGGER {TEXT}_org_bu BEFORE UPDATE OF name ON organizations BEGIN "
    f"{_out(OF_ORG.format(id='t.id') % 'old')}END",
    f"CREATE TRIGGER {TEXT}_org_au AFTER UPDATE OF name ON organizations BEGIN "
    f"{_in(OF_ORG % 'new')}END",
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return  # PostgreSQL: the column search_folded of 0010
    for fts in INDEXES:
        for suffix in OLD_0009_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {fts}_{suffix}")
        op.execute(f"DROP TABLE IF EXISTS {fts}")
    for sql in _source_views():
        op.execute(sql)
    op.execute(f"CREATE TABLE {TEXT} (id INTEGER PRIMARY KEY, text TEXT NOT NULL)")
    op.execute(f"INSERT INTO {TEXT}(id, text) SELECT id, text FROM {SOURCE}")
    for fts, tokenizer in INDEXES.items():
        op.execute(f"CREATE VIRTUAL TABLE {fts} USING fts5(text, content='{TEXT}', "
                   f"content_rowid='id', {tokenizer})")
        op.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")
    for sql in TRIGGERS:
        op.execute(sql)


def downgrade() -> None:
    raise NotImplementedError("ClusterDesk migrates forward only; restore the backup instead")
