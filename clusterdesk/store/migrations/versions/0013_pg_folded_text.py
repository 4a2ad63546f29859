"""PostgreSQL: the folded search text written with each row, not computed by the server.

Migration 0010 kept ``search_folded`` (the folded organization name; the folded topics,
notes and outcome of a consultation) as a stored generated column over ``search_fold()``,
a chain of ``translate()`` calls: PostgreSQL's ``translate`` compares every letter with
every letter of its list (≈ 0.3 ms for a consultation's text), which made the column most
of a bulk import's time. Now:

* ``search_folded`` is a plain column (``DROP EXPRESSION``: the values and the trigram and
  full-text indexes stay as they are). Imports write it themselves, folded in Python by the
  same function as the typed text (``store.pg_folded``), alongside the row's COPY;
* a trigger fills it for every other write (the editors, ``clusterdesk copy``): on insert
  when it is missing, on update when the text changed and the folded text did not. Its
  ``WHEN`` test runs in the server's own code, so rows that come folded cost nothing more;
* ``search_fold()`` and ``casefold()`` (still used by short lists, searched without an index)
  are the same rules as ``replace()`` chains — a letter absent from the text costs one
  byte search — schema-qualified instead of ``SET search_path`` (which kept every call
  out of line), about three times faster; their results are unchanged;
* ``search_words``: the words of ``search_folded`` (``to_tsvector('simple', …)``) stored
  beside it, the full-text index now over it: a row tested for a word start no longer
  computes its words again (for a consultation's text, most of such a search's time);
* an index on each large list's default order with its tie-break, ``(date, rowid)`` and
  ``(name_key, rowid)``: a page is read off it instead of sorting every row.

The rules are frozen here as in 0010 (``clusterdesk.domain.text`` at this revision).

Revision ID: 0013
Revises: the newest migration before it
"""
from pathlib import Path

from alembic import op

revision = "0013"
# 0012 is written in parallel; this follows the newest migration before it that is present.
down_revision = max(p.name[:4] for p in Path(__file__).parent.glob("[0-9][0-9][0-9][0-9]_*.py")
                    if p.name[:4] < revision)
branch_labels = None
depends_on = None

DIGRAPHS = (("shch", "щ"), ("sh", "ш"), ("ch", "ч"), ("zh", "ж"), ("kh", "х"), ("ya", "я"),
            ("yu", "ю"))
LETTERS_FROM = "әӘғҒқҚңҢөӨұҰүҮһҺіІёЁйЙäÄğĞñÑöÖūŪüÜşŞçÇıİabdefghijklmnopqrstuvwyz"
LETTERS_TO = "ааггккннооууууххииееииааггннооуууушшччыиабдефгхижклмнопкрстувуыз"
# the folded text of a row, as 0010's generated column computed it
SOURCES = {"organizations": ("name",), "consultations": ("topics", "notes", "outcome")}


def _quote(s: str) -> str:
    return "'" + s.replace("'", "''") + "'"


def _replaced(expr: str, pairs) -> str:  # noqa: ANN001
    for a, b in pairs:
        expr = f"pg_catalog.replace({expr}, {_quote(a)}, {_quote(b)})"
    return expr


def _case_pairs() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """Letters of U+00C0-U+052F folding to one letter, and those folding to several."""
    one, longer = [], [("ẞ", "ss")]
    for code in range(0xC0, 0x530):
        ch = chr(code)
        folded = ch.casefold()
        if folded != ch and len(folded) == 1:
            one.append((ch, folded))
        elif len(folded) > 1:
            longer.append((ch, folded))
    return one, longer


def _casefold_sql(expr: str, explicit: bool) -> str:
    one, longer = _case_pairs()
    expr = _replaced(expr, longer)
    if explicit:  # a database of character type C: lower() leaves non-ASCII letters alone
        expr = _replaced(expr, one)
    return f"pg_catalog.lower({expr})"


def search_fold_sql(expr: str, explicit: bool) -> str:
    """``domain.text.search_fold`` of the SQL ``expr``: ASCII lowered, digraphs, letters
    (``x`` as кс), then case folded. No letter of the lists is another's result, so one
    ``replace`` after another gives what one ``translate`` gives."""
    expr = _replaced(expr, [(chr(c), chr(c + 32)) for c in range(ord("A"), ord("Z") + 1)])
    expr = _replaced(expr, DIGRAPHS + (("x", "кс"),))
    expr = _replaced(expr, zip(LETTERS_FROM, LETTERS_TO, strict=True))
    return _casefold_sql(expr, explicit)


FUNCTIONS = {"casefold": _casefold_sql, "search_fold": search_fold_sql}
# the large lists' default order and its tie-break (``list_query``: rowid), one index each,
# so that a page of a long list, or of a search found in most rows, is read in order
SORTED = {"consultations": "date", "organizations": "name_key"}


def _source(table: str, row: str = "") -> str:
    return " || ' ' || ".join(f"{row}{c}" for c in SOURCES[table])


def _fold_trigger(table: str, explicit: bool) -> list[str]:
    fn = f"{table}_search_fold"
    changed = " OR ".join(f"NEW.{c} IS DISTINCT FROM OLD.{c}" for c in SOURCES[table])
    folded = search_fold_sql(f"({_source(table, 'NEW.')})", explicit)
    return [
        f"CREATE FUNCTION {fn}() RETURNS trigger LANGUAGE plpgsql "
        "SET search_path = pg_catalog, pg_temp AS $$ BEGIN "
        f"NEW.search_folded := {folded}; "
        "RETURN NEW; END $$",
        f"CREATE TRIGGER {fn}_insert BEFORE INSERT ON {table} FOR EACH ROW "
        f"WHEN (NEW.search_folded IS NULL) EXECUTE FUNCTION {fn}()",
        f"CREATE TRIGGER {fn}_update BEFORE UPDATE ON {table} FOR EACH ROW "
        f"WHEN (NEW.search_folded IS NULL OR (({changed}) AND "
        f"NEW.search_folded IS NOT DISTINCT FROM OLD.search_folded)) EXECUTE FUNCTION {fn}()",
    ]


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    ctype = op.get_bind().exec_driver_sql(
        "SELECT datctype FROM pg_database WHERE datname = current_database()").scalar()
    explicit = ctype in ("C", "POSIX")
    for name, body in FUNCTIONS.items():
        op.execute(f"CREATE OR REPLACE FUNCTION {name}(value text) RETURNS text "
                   "LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ SELECT "
                   f"{body('value', explicit)} $$")
    for table in SOURCES:
        op.execute(f"ALTER TABLE {table} ALTER COLUMN search_folded DROP EXPRESSION")
        for sql in _fold_trigger(table, explicit):
            op.execute(sql)
    for table in SOURCES:  # computed once per write, not at every row a search tests
        op.execute(f"ALTER TABLE {table} ADD COLUMN search_words tsvector GENERATED ALWAYS AS "
                   "(to_tsvector('simple'::regconfig, coalesce(search_folded, ''))) STORED")
        op.execute(f"DROP INDEX ix_{table}_folded_words")
        op.execute(f"CREATE INDEX ix_{table}_folded_words ON {table} USING gin (search_words)")
    for table, column in SORTED.items():
        op.execute(f"CREATE INDEX ix_{table}_{column}_rowid ON {table} ({column}, rowid)")


def downgrade() -> None:
    raise NotImplementedError("ClusterDesk migrates forward only; restore the backup instead")
