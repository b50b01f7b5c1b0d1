"""Here to Help as a work queue: a follow-up assigned to a member of staff, and an unregistered
caller's name and number to call back

Revision ID: 0013_help_queue
Revises: 0012_records
Create Date: 2026-12-07 05:00:00

- contacts.assigned_staff_id: the member of staff who is to do the follow-up (null: whoever
  logged it).
- contacts.caller_name, contacts.caller_phone: who called and the number to call back, when the
  caller is not a registered family. Personal data: sealed when synced, blanked by erasure and
  retention, in subject access.

Plain ADD COLUMNs: no table is rebuilt.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013_help_queue"
down_revision = "0012_records"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("contacts", sa.Column("assigned_staff_id", sa.Uuid(), nullable=True))
    op.add_column("contacts", sa.Column("caller_name", sa.String(length=120), nullable=True))
    op.add_column("contacts", sa.Column("caller_phone", sa.String(length=40), nullable=True))


def downgrade() -> None:
    # SQLite drops a column in place (3.35+): no index reads these.
    op.drop_column("contacts", "caller_phone")
    op.drop_column("contacts", "caller_name")
    op.drop_column("contacts", "assigned_staff_id")
