"""measures: postcode lookup, and the areas of a visit's postcode

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 14:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "postcode_areas",
        sa.Column("postcode", sa.String(length=8), nullable=False),
        sa.Column("district", sa.String(length=4), nullable=False),
        sa.Column("ward_code", sa.String(length=9), nullable=True),
        sa.Column("ward_name", sa.String(length=120), nullable=True),
        sa.Column("lsoa_code", sa.String(length=9), nullable=True),
        sa.Column("imd_decile", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("postcode", name=op.f("pk_postcode_areas")),
    )
    op.create_index(
        op.f("ix_postcode_areas_district"), "postcode_areas", ["district"], unique=False
    )
    with op.batch_alter_table("visits", schema=None) as batch_op:
        batch_op.add_column(sa.Column("ward_code", sa.String(length=9), nullable=True))
        batch_op.add_column(sa.Column("lsoa_code", sa.String(length=9), nullable=True))
        batch_op.add_column(sa.Column("imd_decile", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("visits", schema=None) as batch_op:
        batch_op.drop_column("imd_decile")
        batch_op.drop_column("lsoa_code")
        batch_op.drop_column("ward_code")
    op.drop_index(op.f("ix_postcode_areas_district"), table_name="postcode_areas")
    op.drop_table("postcode_areas")
