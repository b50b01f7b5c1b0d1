"""record clocks: each record's hybrid logical clock stamp, so that sync never orders changes by
a device's wall clock alone

Revision ID: 0010_hlc
Revises: 0010
Create Date: 2026-12-08 12:00:00

A kiosk a day ahead signed a party in; the desk, with the right clock, signed them out; the kiosk
and the service kept them in for ever (issue 21). Every change now carries a stamp of the device's
hybrid logical clock (`hubdesk.domain.hlc`), and this table keeps, per record, the stamp of the
change it was last set from. Self-contained: one new table, nothing else changes. Records written
before it have no row and are ordered by their `updated_at` (`hlc.legacy`).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_hlc"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "record_clocks",
        sa.Column("entity_id", sa.Uuid(), nullable=False),
        sa.Column("hlc", sa.String(length=60), nullable=False),
        sa.PrimaryKeyConstraint("entity_id", name=op.f("pk_record_clocks")),
    )


def downgrade() -> None:
    op.drop_table("record_clocks")
