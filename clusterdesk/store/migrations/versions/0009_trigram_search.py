"""Consultations found however a word is typed, inside words too, from an index (SQLite).

Two FTS5 indexes over a *folded* copy of what a consultation is searched by — its
organization's name, topics, notes and outcome — folded like organization names in 0007
(Kazakh letters as their Russian look-alikes, ё as е, Latin as Cyrillic):
``consultations_infix_fts`` (trigram: three letters or more anywhere inside a word) and
``consultations_words_fts`` (word starts, with prefix indexes for one or two letters).
Their content is the view ``consultations_folded``; triggers keep them in step with
consultations and with a renamed organization. The organization's name is part of the
indexed text, so one MATCH answers "this enterprise's consultations" without a second query.

The folding pairs are frozen here (equal to 0007's and to ``domain.text.FOLD_PAIRS``: a test
checks). PostgreSQL has no FTS5: there this migration does nothing (0010 adds pg_trgm).

Revision ID: 0009
Revises: 0008
"""
from alembic import op

revision = "0009"
down_revision = "0008"
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
    "consultations_infix_fts": "tokenize='trigram'",
    "consultations_words_fts": "tokenize='unicode61 remove_diacritics 0', prefix='1 2'",
}
WATCHED = "organization_uuid, topics, notes, outcome"  # the columns the indexed text is from
SOURCE = ("SELECT c.rowid, lower(coalesce(o.name, '') || ' ' || coalesce(c.topics, '') || ' ' "
          "|| coalesce(c.notes, '') || ' ' || coalesce(c.outcome, '')) "
          "FROM consultations AS c LEFT JOIN organizations AS o ON o.uuid = c.organization_uuid")


def _replaced(expr: str, pairs: tuple[tuple[str, str], ...]) -> str:
    for a, b in pairs:
        expr = f"replace({expr}, '{a}', '{b}')"
    return expr


def _views() -> list[str]:
    """The folded text as a chain of views (one expression of 76 nested ``replace`` calls
    overflows SQLite's parser stack; the planner flattens the chain)."""
    step = 25
    chunks = [PAIRS[i:i + step] for i in range(0, len(PAIRS), step)]
    out = ["CREATE VIEW consultations_folded0(id, text) AS " + SOURCE]
    source = "consultations_folded0"
    for n, chunk in enumerate(chunks, 1):
        name = "consultations_folded" if n == len(chunks) else f"consultations_folded{n}"
        out.append(f"CREATE VIEW {name}(id, text) AS "
                   f"SELECT id, {_replaced('text', chunk)} FROM {source}")
        source = name
    return out


def _index_statements(fts: str, tokenizer: str) -> list[str]:
    """The index and its triggers; they read the folded text from the view (the old text
    before a row changes, the new one after)."""
    new = "SELECT id, text FROM consultations_folded WHERE id = new.rowid"
    old = "SELECT 'delete', id, text FROM consultations_folded WHERE id = old.rowid"
    of_org = ("SELECT {what}f.id, f.text FROM consultations AS c JOIN consultations_folded AS f "
              "ON f.id = c.rowid WHERE c.organization_uuid = {row}.uuid")
    return [
        f"CREATE VIRTUAL TABLE {fts} USING fts5(text, content='consultations_folded', "
        f"content_rowid='id', {tokenizer})",
        f"CREATE TRIGGER {fts}_ai AFTER INSERT ON consultations BEGIN "
        f"INSERT INTO {fts}(rowid, text) {new}; END",
        f"CREATE TRIGGER {fts}_bd BEFORE DELETE ON consultations BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, text) {old}; END",
        f"CREATE TRIGGER {fts}_bu BEFORE UPDATE OF {WATCHED} ON consultations BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, text) {old}; END",
        f"CREATE TRIGGER {fts}_au AFTER UPDATE OF {WATCHED} ON consultations BEGIN "
        f"INSERT INTO {fts}(rowid, text) {new}; END",
        # a renamed organization: its consultations are found by the new name
        f"CREATE TRIGGER {fts}_org_bu BEFORE UPDATE OF name ON organizations BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, text) "
        f"{of_org.format(what=chr(39) + 'delete' + chr(39) + ', ', row='old')}; END",
        f"CREATE TRIGGER {fts}_org_au AFTER UPDATE OF name ON organizations BEGIN "
        f"INSERT INTO {fts}(rowid, text) {of_org.format(what='', row='new')}; END",
        f"INSERT INTO {fts}({fts}) VALUES ('rebuild')",
    ]


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return  # PostgreSQL: trigram indexes of its own (0010)
    for sql in _views():
        op.execute(sql)
    for fts, tokenizer in INDEXES.items():
        for sql in _index_statements(fts, tokenizer):
            op.execute(sql)


def downgrade() -> None:
    raise NotImplementedError("ClusterDesk migrates forward only; restore the backup instead")
