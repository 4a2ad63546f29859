"""Proofs of origin for every edit, and merges that can be told apart from edits.

``sync_proofs`` keeps, per record and stamp, the signature of the device that made an edit
(``unit`` and ``key`` both hold the stamp now) and ``gone``: digests of the field groups a
later change replaced. The head-office-only proofs per field group of 0008 are dropped (head
office signs again, per edit, at its next export). ``sync_merge_effects.before`` keeps what a
merge replaced (the stamp a re-pointed reference or tombstone had; a survivor's field group
before the duplicate's was folded in), so a sync file carries what people wrote, not what
this machine's merge rule derived from it (every receiver derives it again).

Revision ID: 0011
Revises: the newest migration before it
"""
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision = "0011"
# 0009 and 0010 are written in parallel; this follows the newest of them that is present.
down_revision = max(p.name[:4] for p in Path(__file__).parent.glob("[0-9][0-9][0-9][0-9]_*.py")
                    if p.name[:4] < revision)
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("DELETE FROM sync_proofs")
    with op.batch_alter_table("sync_proofs") as batch:
        batch.add_column(sa.Column("gone", sa.JSON(), nullable=True))
    with op.batch_alter_table("sync_merge_effects") as batch:
        batch.add_column(sa.Column("before", sa.JSON(), nullable=True))


def downgrade() -> None:
    raise NotImplementedError("ClusterDesk migrates forward only; restore the backup instead")
