"""the kiosk on a touch screen: sign-out numbers, rooms for a quiet word, children to confirm

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07 09:00:00

- visits.leave_code: the short number a party is given on the kiosk's "you are signed in" screen
  and taps to sign out, so the sign-out screen shows no names (device-local: it never syncs).
- sites.rooms: the rooms of a site a family can say they will be in when they ask to speak to
  someone (one per line); alerts.room: the room they chose; alerts.withdrawn_at: when the kiosk
  could not reach the desk in time and told the family to come to the front desk instead.
- members.to_confirm: a child a returning family added at the kiosk, for staff to check at the
  desk.

Plain ADD COLUMNs: no table is rebuilt, so the visits' roll-up triggers stay as they are.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("visits", sa.Column("leave_code", sa.Integer(), nullable=True))
    op.add_column("sites", sa.Column("rooms", sa.Text(), nullable=True))
    op.add_column("alerts", sa.Column("room", sa.String(length=120), nullable=True))
    op.add_column("alerts", sa.Column("withdrawn_at", sa.DateTime(), nullable=True))
    op.add_column(
        "members",
        sa.Column("to_confirm", sa.Boolean(), nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    # SQLite drops a column in place (3.35+); the visits' triggers do not read leave_code.
    op.drop_column("members", "to_confirm")
    op.drop_column("alerts", "withdrawn_at")
    op.drop_column("alerts", "room")
    op.drop_column("sites", "rooms")
    op.drop_column("visits", "leave_code")
