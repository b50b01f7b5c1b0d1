"""family records staff can trust: an expected baby, who recorded consent, merges that can be undone

Revision ID: 0012_records
Revises: 0011_bookings
Create Date: 2026-12-07 05:00:00

- families.due_date: a baby the family is expecting (Start for Life starts before birth). Not a
  member: no figure counts it as a child until staff record the birth.
- families.consent_by: the staff member who recorded consent at the desk (null when the family
  agreed at the kiosk, or before this version).
- family_merges: one row per merge, with what the merge changed so that it can be undone exactly
  (device-local: the records it changed sync as usual).
- family_not_duplicates: pairs of records staff said are not one family, left off the list of
  likely duplicates (device-local).

Plain ADD COLUMNs and one new table: no table is rebuilt, so the visits' roll-up triggers stay.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012_records"
down_revision = "0011_bookings"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("families", sa.Column("due_date", sa.Date(), nullable=True))
    op.add_column("families", sa.Column("consent_by", sa.Uuid(), nullable=True))
    op.create_table(
        "family_merges",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("hub_id", sa.Uuid(), nullable=False),
        sa.Column("keep_id", sa.Uuid(), nullable=False),
        sa.Column("duplicate_id", sa.Uuid(), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=True),
        sa.Column("merged_at", sa.DateTime(), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.Column("undone_by", sa.Uuid(), nullable=True),
        sa.Column("undo", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_family_merges")),
    )
    op.create_index(op.f("ix_family_merges_keep_id"), "family_merges", ["keep_id"])
    op.create_index(op.f("ix_family_merges_duplicate_id"), "family_merges", ["duplicate_id"])
    op.create_table(
        "family_not_duplicates",
        sa.Column("a_id", sa.Uuid(), nullable=False),
        sa.Column("b_id", sa.Uuid(), nullable=False),
        sa.Column("hub_id", sa.Uuid(), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("a_id", "b_id", name=op.f("pk_family_not_duplicates")),
    )


def downgrade() -> None:
    op.drop_table("family_not_duplicates")
    op.drop_index(op.f("ix_family_merges_duplicate_id"), table_name="family_merges")
    op.drop_index(op.f("ix_family_merges_keep_id"), table_name="family_merges")
    op.drop_table("family_merges")
    op.drop_column("families", "consent_by")
    op.drop_column("families", "due_date")
