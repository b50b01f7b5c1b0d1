"""bookings: a family's places at a session, separate from attendance (issue 20)

Revision ID: 0011_bookings
Revises: 0010_hlc
Create Date: 2026-12-07 05:00:00

Booking a session no longer signs anyone in: a booking holds places (or a place on the waiting
list); marking it "came" on the day is the sign-in. Self-contained: one new table.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011_bookings"
down_revision = "0010_hlc"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "bookings",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("hub_id", sa.Uuid(), nullable=False),
        sa.Column("activity_id", sa.Uuid(), nullable=False),
        sa.Column("family_id", sa.Uuid(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("people", sa.Integer(), nullable=False),
        sa.Column("member_ids", sa.Text(), nullable=True),
        sa.Column("over_capacity", sa.Boolean(), nullable=False),
        sa.Column("override_reason", sa.Text(), nullable=True),
        sa.Column("offered_at", sa.DateTime(), nullable=True),
        sa.Column("came_at", sa.DateTime(), nullable=True),
        sa.Column("visit_id", sa.Uuid(), nullable=True),
        sa.Column("staff_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"], ["activities.id"], name=op.f("fk_bookings_activity_id_activities")
        ),
        sa.ForeignKeyConstraint(
            ["family_id"], ["families.id"], name=op.f("fk_bookings_family_id_families")
        ),
        sa.ForeignKeyConstraint(["hub_id"], ["hubs.id"], name=op.f("fk_bookings_hub_id_hubs")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bookings")),
    )
    op.create_index(op.f("ix_bookings_activity_id"), "bookings", ["activity_id"])
    op.create_index(op.f("ix_bookings_family_id"), "bookings", ["family_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_bookings_family_id"), table_name="bookings")
    op.drop_index(op.f("ix_bookings_activity_id"), table_name="bookings")
    op.drop_table("bookings")
