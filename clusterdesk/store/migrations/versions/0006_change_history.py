"""An analyst's day: the history of changes (who changed a field, when, on which device).

One local table, ``change_history`` (see ``clusterdesk/store/history.py``): a row per changed
field with its value before and after. Nothing existing changes; the history starts with the
first change made or imported after the upgrade.

Revision ID: 0006
Revises: 0005
"""
import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "change_history",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("record_uuid", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("before", sa.JSON(), nullable=True),
        sa.Column("after", sa.JSON(), nullable=True),
        sa.Column("hlc", sa.String(length=22), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("source", sa.String(length=10), nullable=False),
        sa.Column("bundle_id", sa.String(length=36), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_history")),
    )
    op.create_index("ix_change_history_record", "change_history",
                    ["table_name", "record_uuid"], unique=False)


def downgrade() -> None:
    raise NotImplementedError("ClusterDesk migrates forward only; restore the backup instead")
