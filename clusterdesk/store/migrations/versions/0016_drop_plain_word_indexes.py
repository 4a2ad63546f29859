"""The plain word indexes of 0002 dropped: no search has read them since 0009 and 0012.

``organizations_fts`` and ``consultations_fts`` (words as typed, unicode61) were the first
search. Every list now searches the folded texts: the trigram and word-start indexes of 0007
(names) and 0012 (consultations). The old indexes were still kept up to date by their
triggers at every save and every imported row. A central sync that brings 125,000
consultations spent about 0.9 s of its 23 s on them, and a first import rebuilt them. The
database file is smaller without them.

SQLite only (PostgreSQL never had them).

Revision ID: 0016
Revises: the newest migration before it
"""
from pathlib import Path

from alembic import op

revision = "0016"
# written beside other migrations in parallel: this follows the newest one below it
down_revision = max(p.name[:4] for p in Path(__file__).parent.glob("[0-9][0-9][0-9][0-9]_*.py")
                    if p.name[:4] < revision)
branch_labels = None
depends_on = None

DROPPED = ("organizations_fts", "consultations_fts")


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for fts in DROPPED:
        for suffix in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS {fts}_{suffix}")
        op.execute(f"DROP TABLE IF EXISTS {fts}")


def downgrade() -> None:
    raise NotImplementedError("ClusterDesk migrates forward only; restore the backup instead")
