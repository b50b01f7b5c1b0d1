"""events by entity: find every earlier event about a record when it is erased

Revision ID: c0003
Revises: c0002
Create Date: 2026-11-23 15:45:00
"""

from __future__ import annotations

from alembic import op

revision = "c0003"
down_revision = "c0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.create_index("ix_events_entity_op", ["entity_id", "op"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index("ix_events_entity_op")
