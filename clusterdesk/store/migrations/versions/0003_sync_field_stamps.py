"""Sync v2: per-field clock stamps, version vectors, held records.

Revision ID: 0003
Revises: 0002
"""
from alembic import op  # noqa: F401

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass  # filled by the sync work


def downgrade() -> None:
    raise NotImplementedError("ClusterDesk migrates forward only; restore the backup instead")
