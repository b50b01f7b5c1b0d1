"""dashboard sessions kept on the service; enrolment codes remember who redeemed them

Revision ID: c0011
Revises: c0010
Create Date: 2026-12-08 11:00:00

Dashboard sign-out left the session cookie valid for up to 8 hours (a signed cookie the service
could not take back); sessions are now rows that sign-out deletes and that end after an idle
time. An enrolment whose reply was lost used the code up: the code now keeps the hash of the
random key the device sent, so the same device can retry with it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "c0011"
down_revision = "c0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("enrolment_codes", schema=None) as batch_op:
        batch_op.add_column(sa.Column("request_hash", sa.String(length=64), nullable=True))
    op.create_table(
        "dashboard_sessions",
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("token_hash", name=op.f("pk_dashboard_sessions")),
    )
    with op.batch_alter_table("dashboard_sessions", schema=None) as batch_op:
        batch_op.create_index("ix_dashboard_sessions_user_id", ["user_id"], unique=False)


def downgrade() -> None:
    op.drop_table("dashboard_sessions")
    with op.batch_alter_table("enrolment_codes", schema=None) as batch_op:
        batch_op.drop_column("request_hash")
