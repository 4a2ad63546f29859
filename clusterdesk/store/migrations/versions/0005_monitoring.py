"""After the selection: strategic plans, indicators, cluster organizations, coordinators, tasks.

Revision ID: 0005
Revises: 0004
"""
from alembic import op  # noqa: F401

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass  # filled by the monitoring work


def downgrade() -> None:
    raise NotImplementedError("ClusterDesk migrates forward only; restore the backup instead")
