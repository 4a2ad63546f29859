"""Each organization's folded name, stored once in lower case (SQLite), for the lists' search.

0007 indexes the names through a *view* (``organizations_folded``: 76 nested ``replace``
calls), so a row could only be tested against a search by folding its name again. Most names
hold «ТОО» (a legal form): a search such as «ТОО Ал» gathered the trigram index's 100,000
hits of «тоо» to keep the 5,000 whose words start with «ал». With the folded name stored, the
few rows of the selective word are read from their index and the other words tested on the
stored name by ``instr`` — and a search found in tens of thousands of names walks the name
index testing the same stored name, as consultations do since 0012. The indexes of 0007 are
left as they are (same entries).

The text is in lower case (SQLite's ``lower()`` leaves Cyrillic alone: the Russian capitals
are replaced after 0007's folding), so a word folded like the indexes' is found by ``instr``.
Triggers keep it in step with inserts, renames and deletions. PostgreSQL: nothing (it stores
the folded name in ``search_folded``, 0010/0013).

Revision ID: 0014
Revises: the newest migration before it
"""
from pathlib import Path

from alembic import op

revision = "0014"
# written beside other migrations in parallel: this follows the newest one below it
down_revision = max(p.name[:4] for p in Path(__file__).parent.glob("[0-9][0-9][0-9][0-9]_*.py")
                    if p.name[:4] < revision)
branch_labels = None
depends_on = None

TEXT = "organizations_search_text"
SOURCE = "organizations_search_source"  # the view the stored text is written from
CAPITALS = "АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"  # Ё, Й and the Kazakh ones are folded by 0007


def _source_views() -> list[str]:
    """The view, as two (one expression of 31 nested ``replace`` calls overflows SQLite's
    parser stack, as in 0007; the planner flattens the chain)."""
    out, source, column = [], "organizations_folded", "name"
    for n, chunk in enumerate((CAPITALS[:16], CAPITALS[16:])):
        expr = column
        for capital in chunk:
            expr = f"replace({expr}, '{capital}', '{capital.lower()}')"
        name = SOURCE if n == 1 else f"{SOURCE}1"
        out.append(f"CREATE VIEW {name}(id, text) AS SELECT id, {expr} FROM {source}")
        source, column = name, "text"
    return out


_WRITE = (f"INSERT OR REPLACE INTO {TEXT}(id, text) SELECT id, text FROM {SOURCE} "
          "WHERE id = new.rowid; ")
TRIGGERS = (
    f"CREATE TRIGGER {TEXT}_ai AFTER INSERT ON organizations BEGIN {_WRITE}END",
    f"CREATE TRIGGER {TEXT}_au AFTER UPDATE OF name ON organizations BEGIN {_WRITE}END",
    f"CREATE TRIGGER {TEXT}_ad AFTER DELETE ON organizations BEGIN "
    f"DELETE FROM {TEXT} WHERE id = old.rowid; END",
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return  # PostgreSQL: the column search_folded of 0010
    for sql in _source_views():
        op.execute(sql)
    op.execute(f"CREATE TABLE {TEXT} (id INTEGER PRIMARY KEY, text TEXT NOT NULL)")
    op.execute(f"INSERT INTO {TEXT}(id, text) SELECT id, text FROM {SOURCE}")
    for sql in TRIGGERS:
        op.execute(sql)


def downgrade() -> None:
    raise NotImplementedError("ClusterDesk migrates forward only; restore the backup instead")
