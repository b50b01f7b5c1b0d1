"""the hubs' public offer: the sessions the directory and the calendar feeds publish

Revision ID: c0016
Revises: c0015
Create Date: 2026-12-07 10:40:00

directory_sessions: each session a hub has made public (hubdesk.central.directory), projected from
its activity events with the fields a service directory needs. Nothing personal.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "c0016"
down_revision = "c0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "directory_sessions",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("hub_id", sa.Uuid(), nullable=False),
        sa.Column("site_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=False),
        sa.Column("cancelled", sa.Boolean(), nullable=False),
        sa.Column("public", sa.Boolean(), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("min_age", sa.Integer(), nullable=True),
        sa.Column("max_age", sa.Integer(), nullable=True),
        sa.Column("cost_pence", sa.Integer(), nullable=False),
        sa.Column("booking", sa.Boolean(), nullable=False),
        sa.Column("access", sa.Text(), nullable=True),
        sa.Column("contact", sa.String(length=120), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("hlc", sa.String(length=60), nullable=True),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_directory_sessions")),
    )
    op.create_index(
        "ix_directory_sessions_hub_start", "directory_sessions", ["hub_id", "starts_at"]
    )
    op.create_index(
        "ix_directory_sessions_site_start", "directory_sessions", ["site_id", "starts_at"]
    )


def downgrade() -> None:
    op.drop_table("directory_sessions")
