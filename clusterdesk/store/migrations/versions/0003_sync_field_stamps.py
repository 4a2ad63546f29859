"""Sync v2: per-field clock stamps, local arrival order, held records, merge effects.

Every travelling table gains ``field_stamps`` (fields last changed at another stamp than the
record's) and ``seq`` (the local transaction that last wrote the row). What each recipient
has not received becomes "rows above its ``sent_seq``": rows that the old per-device
watermark still counted as unsent get ``seq`` 1, the rest 0, every recipient ``sent_seq`` 0.

Revision ID: 0003
Revises: 0002
"""
import json

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

SYNCED = ("consultants", "org_merges", "selection_rounds", "sync_conflicts", "trips",
          "organizations", "consultations", "contacts", "initiatives", "applications",
          "diagnostics", "memberships", "application_events", "evaluation_scores")


def upgrade() -> None:
    conn = op.get_bind()
    # Plain ADD COLUMN (no table rebuild: other tables' foreign keys point at these).
    for table in SYNCED:
        op.add_column(table, sa.Column("field_stamps", sa.JSON(), nullable=True))
        op.add_column(table, sa.Column("seq", sa.Integer(), server_default=sa.text("0"),
                                       nullable=False))
        op.create_index(f"ix_{table}_seq", table, ["seq"], unique=False)
    op.add_column("sync_conflicts", sa.Column("kind", sa.String(length=20),
                                              server_default="field", nullable=False))
    op.add_column("sync_conflicts", sa.Column("undo_fields", sa.JSON(), nullable=True))
    op.add_column("sync_peers", sa.Column("sent_seq", sa.Integer(), server_default=sa.text("0"),
                                          nullable=False))
    op.add_column("sync_peers", sa.Column("clock_offset_s", sa.Float(), nullable=True))
    op.create_table(
        "sync_held",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("bundle_id", sa.String(length=36), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("record_uuid", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.String(length=22), nullable=False),
        sa.Column("line", sa.JSON(), nullable=False),
        sa.Column("reason", sa.String(length=500), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_held")),
    )
    op.create_index("ix_sync_held_bundle_id", "sync_held", ["bundle_id"], unique=False)
    op.create_table(
        "sync_merge_effects",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("loser_uuid", sa.String(length=36), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("record_uuid", sa.String(length=36), nullable=False),
        sa.Column("column_name", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_merge_effects")),
    )
    op.create_index("ix_sync_merge_effects_loser_uuid", "sync_merge_effects", ["loser_uuid"],
                    unique=False)
    _carry_over_watermarks(conn)


def _carry_over_watermarks(conn: sa.Connection) -> None:
    """Rows any recipient had not been sent (old rule: newer than its per-device stamp)."""
    recipients = [json.loads(r[0] or "{}") if isinstance(r[0], str) else (r[0] or {})
                  for r in conn.exec_driver_sql(
                      "SELECT sent FROM sync_peers WHERE kind IN ('recipient', 'central')")]
    mark = "?" if conn.dialect.name == "sqlite" else "%s"  # the driver's placeholder
    for table in SYNCED:
        if not recipients:
            break
        clauses, params = [], []
        for sent in recipients:
            if not sent:
                clauses.append("1" if mark == "?" else "TRUE")
                continue
            marks = ",".join([mark] * len(sent))
            parts = [f"device_id NOT IN ({marks})"]
            params += list(sent)
            for device, hlc in sent.items():
                parts.append(f"(device_id = {mark} AND hlc > {mark})")
                params += [device, hlc]
            clauses.append("(" + " OR ".join(parts) + ")")
        conn.exec_driver_sql(f'UPDATE "{table}" SET seq = 1 WHERE ' + " OR ".join(clauses),
                             tuple(params))
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(
            "INSERT OR REPLACE INTO local_state (key, value) VALUES ('seq', '1')")
    else:
        conn.exec_driver_sql("INSERT INTO local_state (key, value) VALUES ('seq', '1') "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value")


def downgrade() -> None:
    raise NotImplementedError("ClusterDesk migrates forward only; restore the backup instead")
