"""Facts: settlement/district KATO on records so split regions map to the right successor.

Revision ID: 0004
Revises: 0003
"""
from alembic import op  # noqa: F401

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass  # filled by the facts work


def downgrade() -> None:
    raise NotImplementedError("ClusterDesk migrates forward only; restore the backup instead")
