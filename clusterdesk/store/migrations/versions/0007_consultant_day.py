"""A consultant's day: people, search that folds Kazakh letters, drafts.

Revision ID: 0007
Revises: 0006
"""
from alembic import op  # noqa: F401

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass  # filled by the consultant's-day work


def downgrade() -> None:
    raise NotImplementedError("ClusterDesk migrates forward only; restore the backup instead")
