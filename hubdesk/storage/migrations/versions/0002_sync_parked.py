"""sync: parked inbound events

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 14:05:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_parked",
        sa.Column(
            "server_id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=False,
            nullable=False,
        ),
        sa.Column("event_id", sa.Uuid(), nullable=False),
        sa.Column("device_id", sa.Uuid(), nullable=False),
        sa.Column("entity", sa.String(length=20), nullable=False),
        sa.Column("entity_id", sa.Uuid(), nullable=False),
        sa.Column("op", sa.String(length=20), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("footfall", sa.JSON(), nullable=False),
        sa.Column("sealed", sa.Text(), nullable=True),
        sa.Column("reason", sa.String(length=40), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("parked_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("server_id", name=op.f("pk_sync_parked")),
        sa.UniqueConstraint("event_id", name=op.f("uq_sync_parked_event_id")),
    )


def downgrade() -> None:
    op.drop_table("sync_parked")
