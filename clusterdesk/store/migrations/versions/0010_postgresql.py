"""PostgreSQL: search folding as SQL functions, trigram and full-text indexes (no-op on SQLite).

SQLite searches through FTS5 tables (0002, 0007) and Python functions registered on each
connection. On PostgreSQL the same rules are database functions, so that indexes can hold
their results and every analyst's connection folds alike:

* ``casefold(text)``: case folding that does not depend on the server's locale (Cyrillic,
  Kazakh and Latin letters listed explicitly, ``lower()`` for the rest; ß as ss);
* ``search_fold(text)``: ``clusterdesk.domain.text.search_fold`` — ASCII lowered, Latin
  digraphs, Kazakh letters as their Russian look-alikes, ё as е, Latin as Cyrillic, then
  casefold (a test compares it with the Python function on many names);
* a trigram GIN index (``pg_trgm``) on the folded organization name, for a match anywhere
  inside a word; a full-text GIN index on it (``simple`` configuration) for word starts and
  whole words; a full-text GIN index on consultations' topics, notes and outcome.

The pairs are frozen here, as in 0007; changing the folding needs a new migration.
``pg_trgm`` is a trusted extension: the database's owner may create it (no superuser).

Revision ID: 0010
Revises: 0009 (0008 while 0009 is not in this tree)
"""
from pathlib import Path

from alembic import op

revision = "0010"
# 0009 (SQLite trigram search) is written in parallel; this follows it when it is there.
down_revision = "0009" if any(Path(__file__).parent.glob("0009_*.py")) else "0008"
branch_labels = None
depends_on = None

DIGRAPHS = (("shch", "щ"), ("sh", "ш"), ("ch", "ч"), ("zh", "ж"), ("kh", "х"), ("ya", "я"),
            ("yu", "ю"))
LETTERS_FROM = "әӘғҒқҚңҢөӨұҰүҮһҺіІёЁйЙäÄğĞñÑöÖūŪüÜşŞçÇıİabdefghijklmnopqrstuvwyz"
LETTERS_TO = "ааггккннооууууххииееииааггннооуууушшччыиабдефгхижклмнопкрстувуыз"
ASCII_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ASCII_LOWER = "abcdefghijklmnopqrstuvwxyz"


def _case_pairs() -> tuple[str, str, list[tuple[str, str]]]:
    """Letters of Latin-1 to Cyrillic Supplement (U+00C0-U+052F) and their case folding:
    one letter to one (for ``translate``), and those folding to several (ß as ss)."""
    up = low = ""
    longer = [("ẞ", "ss")]
    for code in range(0xC0, 0x530):
        ch = chr(code)
        folded = ch.casefold()
        if folded != ch and len(folded) == 1:
            up, low = up + ch, low + folded
        elif len(folded) > 1:
            longer.append((ch, folded))
    return up, low, longer


def _quote(s: str) -> str:
    return "'" + s.replace("'", "''") + "'"


def _casefold_sql(expr: str) -> str:
    up, low, longer = _case_pairs()
    for a, b in longer:
        expr = f"replace({expr}, {_quote(a)}, {_quote(b)})"
    return f"lower(translate({expr}, {_quote(up)}, {_quote(low)}))"


def _search_fold_sql(expr: str) -> str:
    expr = f"translate({expr}, '{ASCII_UPPER}', '{ASCII_LOWER}')"
    for a, b in DIGRAPHS:
        expr = f"replace({expr}, '{a}', '{b}')"
    expr = f"replace({expr}, 'x', 'кс')"
    expr = f"translate({expr}, {_quote(LETTERS_FROM)}, {_quote(LETTERS_TO)})"
    return _casefold_sql(expr)


FUNCTIONS = {"casefold": _casefold_sql, "search_fold": _search_fold_sql}
INDEXES = (
    "CREATE INDEX ix_organizations_name_trgm ON organizations "
    "USING gin (search_fold(name) gin_trgm_ops)",
    "CREATE INDEX ix_organizations_name_words ON organizations "
    "USING gin (to_tsvector('simple'::regconfig, search_fold(name)))",
    "CREATE INDEX ix_consultations_notes_fts ON consultations "
    "USING gin (to_tsvector('simple'::regconfig, "
    "casefold(topics || ' ' || notes || ' ' || outcome)))",
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for name, body in FUNCTIONS.items():
        op.execute(f"CREATE OR REPLACE FUNCTION {name}(value text) RETURNS text "
                   f"LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE "
                   f"RETURN {body('value')}")
    for sql in INDEXES:
        op.execute(sql)


def downgrade() -> None:
    raise NotImplementedError("ClusterDesk migrates forward only; restore the backup instead")
