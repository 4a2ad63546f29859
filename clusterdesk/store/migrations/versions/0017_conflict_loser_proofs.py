"""A conflict carries the losing version's proof, so a copy with made-up losing values loses.

``sync_conflicts.loser_proof``: the signature the losing device made over its edit, with
the digests of the other field groups it wrote at that stamp. A machine that never found
the conflict itself (head office, reading a compacted central file) could not tell an
honest copy from one a signed but hostile device wrote under the same id with other losing
values, marked resolved; a copy that carries a proof that holds now ranks above one that
carries none, and a proof that does not hold is refused. Older conflicts carry none.

Revision ID: 0017
Revises: the newest migration before it
"""
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = max(p.name[:4] for p in Path(__file__).parent.glob("[0-9][0-9][0-9][0-9]_*.py")
                    if p.name[:4] < revision)
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sync_conflicts") as batch:
        batch.add_column(sa.Column("loser_proof", sa.JSON(), nullable=True))


def downgrade() -> None:
    raise NotImplementedError("ClusterDesk migrates forward only; restore the backup instead")
