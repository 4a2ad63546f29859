"""Facts: settlement/district KATO on records so split regions map to the right successor.

Organizations and initiatives gain ``settlement_kato`` (the settlement or district KATO code
as recorded); initiatives also keep the region as recorded (``region_recorded_code``). For
records made before, the settlement is read once from the address (the towns of
``resources/reference/region-splits.toml`` as they stood when this migration was written,
frozen below so the upgrade does the same on every machine) and today's region is set again:
Shymkent records of South Kazakhstan region go to the city of Shymkent, not Turkistan region;
Taldykorgan ones of Almaty region to Jetisu; Semey ones of East Kazakhstan to Abai;
Zhezkazgan ones of Karaganda region to Ulytau. An initiative takes its coordinator's.

Revision ID: 0004
Revises: 0003
"""
import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# historical region -> (default successor, [(town names, settlement KATO, successor)])
SPLITS = {
    "51": ("61", [(("Шымкент", "Shymkent"), "511010000", "79")]),
    "19-2022": ("19", [(("Талдыкорган", "Taldykorgan"), "191010000", "33"),
                       (("Текели", "Tekeli"), "192610000", "33")]),
    "63-2022": ("63", [(("Семей", "Семипалатинск", "Semey"), "632810000", "10"),
                       (("Курчатов", "Kurchatov"), "632210000", "10")]),
    "35-2022": ("35", [(("Жезказган", "Zhezkazgan"), "351810000", "62"),
                       (("Сатпаев", "Satbayev"), "352310000", "62")]),
}


def _settlement(region: str, address: str) -> tuple[str, str] | None:
    default, towns = SPLITS[region]
    for names, kato, successor in towns:
        if any(name.casefold() in (address or "").casefold() for name in names):
            return kato, successor
    return None


def upgrade() -> None:
    # Plain ADD COLUMN (no table rebuild: other tables' foreign keys point at these).
    op.add_column("organizations", sa.Column("settlement_kato", sa.String(length=9),
                                             server_default="", nullable=False))
    op.add_column("initiatives", sa.Column("region_recorded_code", sa.String(length=10),
                                           nullable=True))
    op.add_column("initiatives", sa.Column("settlement_kato", sa.String(length=9),
                                           server_default="", nullable=False))
    conn = op.get_bind()
    orgs = conn.execute(sa.text(
        "SELECT uuid, region_recorded_code, address FROM organizations "
        "WHERE region_recorded_code IN :codes").bindparams(
            sa.bindparam("codes", expanding=True)), {"codes": list(SPLITS)}).all()
    for uuid, region, address in orgs:
        found = _settlement(region, address)
        kato, successor = found if found else ("", SPLITS[region][0])
        conn.execute(sa.text("UPDATE organizations SET settlement_kato = :k, region_code = :r "
                             "WHERE uuid = :u"), {"k": kato, "r": successor, "u": uuid})
    # An initiative is where its coordinator is (when the coordinator is of the same region).
    rows = conn.execute(sa.text(
        "SELECT i.uuid, o.region_recorded_code, o.settlement_kato, o.region_code, "
        "i.region_code FROM initiatives i JOIN organizations o ON o.uuid = i.coordinator_uuid "
        "WHERE o.region_recorded_code IS NOT NULL")).all()
    for uuid, recorded, kato, today, current in rows:
        default = SPLITS.get(recorded, (today, []))[0]
        if current not in (today, default, recorded):
            continue  # the initiative was placed elsewhere on purpose
        conn.execute(sa.text("UPDATE initiatives SET region_recorded_code = :rec, "
                             "settlement_kato = :k, region_code = :r WHERE uuid = :u"),
                     {"rec": recorded, "k": kato or "", "r": today, "u": uuid})


def downgrade() -> None:
    raise NotImplementedError("ClusterDesk migrates forward only; restore the backup instead")
