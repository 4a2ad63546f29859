"""A consultant's day: names found however they are typed; "interest: not asked".

1. Organization names get two more FTS5 indexes over a *folded* copy of the name (Kazakh
   letters as their Russian-keyboard look-alikes, ё as е, Latin transliteration as Cyrillic):
   ``organizations_infix_fts`` (trigram: a match anywhere inside a word, 3+ letters) and
   ``organizations_words_fts`` (word starts, for one or two letters typed). Both read their
   content from the view ``organizations_folded``; triggers keep them in step. The folding is
   plain SQL (nested ``replace``), so any connection can write organizations. The pairs are
   frozen here; ``clusterdesk.domain.text.FOLD_PAIRS`` must stay equal to them (a test checks):
   changing the folding needs a new migration that recreates the view and rebuilds.
2. ``consultations.interest`` accepts ``not_asked`` (the new default). Existing values keep
   their meaning. Only the CHECK constraint is widened, by SQLite's documented
   ``writable_schema`` procedure: no table rebuild, so rowids, foreign keys and the notes'
   search index stay as they are.
3. ``consultations.next_step_done_on``: the day a next step was marked done (the follow-ups
   view lists the open ones). Plain ADD COLUMN: other tables' foreign keys point here.
4. ``consultants.region_code`` and ``consultants.role`` (``consultant`` or ``head_office``):
   the People page lists who works where; trip teams are picked from it.

Revision ID: 0007
Revises: 0006
"""
import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

PAIRS = (
    ("shch", "щ"), ("sh", "ш"), ("ch", "ч"), ("zh", "ж"), ("kh", "х"), ("ya", "я"), ("yu", "ю"),
    ("ә", "а"), ("Ә", "а"), ("ғ", "г"), ("Ғ", "г"), ("қ", "к"), ("Қ", "к"), ("ң", "н"),
    ("Ң", "н"), ("ө", "о"), ("Ө", "о"), ("ұ", "у"), ("Ұ", "у"), ("ү", "у"), ("Ү", "у"),
    ("һ", "х"), ("Һ", "х"), ("і", "и"), ("І", "и"), ("ё", "е"), ("Ё", "е"), ("й", "и"),
    ("Й", "и"), ("ä", "а"), ("Ä", "а"), ("ğ", "г"), ("Ğ", "г"), ("ñ", "н"), ("Ñ", "н"),
    ("ö", "о"), ("Ö", "о"), ("ū", "у"), ("Ū", "у"), ("ü", "у"), ("Ü", "у"), ("ş", "ш"),
    ("Ş", "ш"), ("ç", "ч"), ("Ç", "ч"), ("ı", "ы"), ("İ", "и"), ("a", "а"), ("b", "б"),
    ("d", "д"), ("e", "е"), ("f", "ф"), ("g", "г"), ("h", "х"), ("i", "и"), ("j", "ж"),
    ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"), ("q", "к"),
    ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"), ("v", "в"), ("w", "у"), ("x", "кс"),
    ("y", "ы"), ("z", "з"),
)
INDEXES = {  # FTS table -> tokenizer options
    "organizations_infix_fts": "tokenize='trigram'",
    "organizations_words_fts": "tokenize='unicode61 remove_diacritics 0', prefix='1 2'",
}
OLD_INTEREST = "CHECK (interest IN ('none', 'low', 'medium', 'high'))"
NEW_INTEREST = "CHECK (interest IN ('not_asked', 'none', 'low', 'medium', 'high'))"


def _replaced(expr: str, pairs: tuple[tuple[str, str], ...]) -> str:
    for a, b in pairs:
        expr = f"replace({expr}, '{a}', '{b}')"
    return expr


def _views() -> list[str]:
    """The folded names as a chain of views: one expression of 76 nested ``replace`` calls
    overflows SQLite's parser stack, three of 25 do not (the planner flattens the chain)."""
    step = 25
    chunks = [PAIRS[i:i + step] for i in range(0, len(PAIRS), step)]
    out, source, column = [], "organizations", "lower(name)"
    for n, chunk in enumerate(chunks, 1):
        name = "organizations_folded" if n == len(chunks) else f"organizations_folded{n}"
        rowid = "rowid" if source == "organizations" else "id"
        out.append(f"CREATE VIEW {name}(id, name) AS "
                   f"SELECT {rowid}, {_replaced(column, chunk)} FROM {source}")
        source, column = name, "name"
    return out


def _index_statements(fts: str, tokenizer: str) -> list[str]:
    """The index and its triggers; they read the folded name from the view (the old one
    before the row changes, the new one after)."""
    new = "SELECT id, name FROM organizations_folded WHERE id = new.rowid"
    old = "SELECT 'delete', id, name FROM organizations_folded WHERE id = old.rowid"
    return [
        f"CREATE VIRTUAL TABLE {fts} USING fts5(name, content='organizations_folded', "
        f"content_rowid='id', {tokenizer})",
        f"CREATE TRIGGER {fts}_ai AFTER INSERT ON organizations BEGIN "
        f"INSERT INTO {fts}(rowid, name) {new}; END",
        f"CREATE TRIGGER {fts}_bd BEFORE DELETE ON organizations BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, name) {old}; END",
        f"CREATE TRIGGER {fts}_bu BEFORE UPDATE OF name ON organizations BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, name) {old}; END",
        f"CREATE TRIGGER {fts}_au AFTER UPDATE OF name ON organizations BEGIN "
        f"INSERT INTO {fts}(rowid, name) {new}; END",
        f"INSERT INTO {fts}({fts}) VALUES ('rebuild')",
    ]


def _widen_interest() -> None:
    conn = op.get_bind()
    sql = conn.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'consultations'").scalar()
    if OLD_INTEREST not in sql:
        raise RuntimeError("consultations.interest: unexpected constraint, not migrated")
    version = conn.exec_driver_sql("PRAGMA schema_version").scalar()
    conn.exec_driver_sql("PRAGMA writable_schema = ON")
    conn.exec_driver_sql("UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND "
                         "name = 'consultations'",
                         (sql.replace(OLD_INTEREST, NEW_INTEREST),))
    conn.exec_driver_sql(f"PRAGMA schema_version = {version + 1}")
    conn.exec_driver_sql("PRAGMA writable_schema = OFF")


def _widen_interest_server() -> None:
    """PostgreSQL: the constraint is replaced (the folded-name indexes are 0010's)."""
    op.drop_constraint(op.f("ck_consultations_interest"), "consultations", type_="check")
    op.create_check_constraint(
        op.f("ck_consultations_interest"), "consultations",
        "interest IN ('not_asked', 'none', 'low', 'medium', 'high')")


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for sql in _views():
            op.execute(sql)
        for fts, tokenizer in INDEXES.items():
            for sql in _index_statements(fts, tokenizer):
                op.execute(sql)
        _widen_interest()
    else:
        _widen_interest_server()
    op.add_column("consultations", sa.Column("next_step_done_on", sa.Date(), nullable=True))
    op.add_column("consultants", sa.Column("region_code", sa.String(length=10),
                                           server_default="", nullable=False))
    op.add_column("consultants", sa.Column("role", sa.String(length=20),
                                           server_default="consultant", nullable=False))


def downgrade() -> None:
    raise NotImplementedError("ClusterDesk migrates forward only; restore the backup instead")
