"""Trust between devices: device keys, roles and what each device may change.

Revision ID: 0008
Revises: 0007
"""
from alembic import op  # noqa: F401

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass  # filled by the trust work


def downgrade() -> None:
    raise NotImplementedError("ClusterDesk migrates forward only; restore the backup instead")
