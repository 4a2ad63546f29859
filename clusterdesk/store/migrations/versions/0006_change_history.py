"""An analyst's day: the history of changes (who changed a field, when, on which device).

Revision ID: 0006
Revises: 0005
"""
from alembic import op  # noqa: F401

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass  # filled by the analyst's-day work


def downgrade() -> None:
    raise NotImplementedError("ClusterDesk migrates forward only; restore the backup instead")
