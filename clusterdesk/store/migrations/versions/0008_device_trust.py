"""Trust between devices: proofs of origin for changes that need head office's role.

Device keys live in the user's data folder and the programme's signed device list in
``local_state``; only the proofs need a table (local: they travel inside record lines).

Revision ID: 0008
Revises: 0007
"""
import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_proofs",
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("unit", sa.String(length=300), nullable=False),
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("sig", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "uuid", "unit", name=op.f("pk_sync_proofs")),
    )


def downgrade() -> None:
    raise NotImplementedError("ClusterDesk migrates forward only; restore the backup instead")
