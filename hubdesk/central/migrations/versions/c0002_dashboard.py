"""dashboard: contacts and hub reach areas projected, areas of visits, postcode lookup

Revision ID: c0002
Revises: c0001
Create Date: 2026-11-23 14:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "c0002"
down_revision = "c0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "central_contacts",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("hub_id", sa.Uuid(), nullable=False),
        sa.Column("site_id", sa.Uuid(), nullable=False),
        sa.Column("family_id", sa.Uuid(), nullable=True),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("needs", sa.String(length=200), nullable=False),
        sa.Column("outcomes", sa.String(length=200), nullable=False),
        sa.Column("minutes_spent", sa.Integer(), nullable=False),
        sa.Column("follow_up_due", sa.Date(), nullable=True),
        sa.Column("follow_up_done_at", sa.DateTime(), nullable=True),
        sa.Column("contacted_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("event_id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_central_contacts")),
    )
    op.create_index(
        "ix_central_contacts_hub_at", "central_contacts", ["hub_id", "contacted_at"], unique=False
    )
    op.create_table(
        "central_hub_areas",
        sa.Column("hub_id", sa.Uuid(), nullable=False),
        sa.Column("reach_districts", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("hub_id", name=op.f("pk_central_hub_areas")),
    )
    op.create_table(
        "central_postcode_areas",
        sa.Column("postcode", sa.String(length=8), nullable=False),
        sa.Column("district", sa.String(length=4), nullable=False),
        sa.Column("ward_code", sa.String(length=9), nullable=True),
        sa.Column("ward_name", sa.String(length=120), nullable=True),
        sa.Column("lsoa_code", sa.String(length=9), nullable=True),
        sa.Column("imd_decile", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("postcode", name=op.f("pk_central_postcode_areas")),
    )
    op.create_index(
        op.f("ix_central_postcode_areas_district"),
        "central_postcode_areas",
        ["district"],
        unique=False,
    )
    with op.batch_alter_table("central_visits", schema=None) as batch_op:
        batch_op.add_column(sa.Column("ward_code", sa.String(length=9), nullable=True))
        batch_op.add_column(sa.Column("lsoa_code", sa.String(length=9), nullable=True))
        batch_op.add_column(sa.Column("imd_decile", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("central_visits", schema=None) as batch_op:
        batch_op.drop_column("imd_decile")
        batch_op.drop_column("lsoa_code")
        batch_op.drop_column("ward_code")
    op.drop_index(op.f("ix_central_postcode_areas_district"), table_name="central_postcode_areas")
    op.drop_table("central_postcode_areas")
    op.drop_table("central_hub_areas")
    op.drop_index("ix_central_contacts_hub_at", table_name="central_contacts")
    op.drop_table("central_contacts")
