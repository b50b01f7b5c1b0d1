"""The hub's public offer: sessions staff mark public, with what a service directory needs

Revision ID: 0015_public_offer
Revises: 0014_family_voice
Create Date: 2026-12-07 10:30:00

- activities.public: the session is in the hub's public offer (the central service publishes it
  as Open Referral UK and in the iCalendar feeds).
- activities.offer_description, offer_min_age, offer_max_age (years), offer_cost_pence (null or
  0: free), offer_booking (booking needed), offer_access (accessibility notes), offer_contact
  and offer_email (a hub contact, never a person's own details).

None of these is personal: they travel in clear like the rest of the timetable. Plain ADD
COLUMNs: no table is rebuilt.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015_public_offer"
down_revision = "0014_family_voice"
branch_labels = None
depends_on = None

COLUMNS: tuple[sa.Column[object], ...] = (
    sa.Column("public", sa.Boolean(), nullable=False, server_default=sa.false()),
    sa.Column("offer_description", sa.Text(), nullable=True),
    sa.Column("offer_min_age", sa.Integer(), nullable=True),
    sa.Column("offer_max_age", sa.Integer(), nullable=True),
    sa.Column("offer_cost_pence", sa.Integer(), nullable=True),
    sa.Column("offer_booking", sa.Boolean(), nullable=False, server_default=sa.false()),
    sa.Column("offer_access", sa.Text(), nullable=True),
    sa.Column("offer_contact", sa.String(length=120), nullable=True),
    sa.Column("offer_email", sa.String(length=254), nullable=True),
)


def upgrade() -> None:
    for column in COLUMNS:
        op.add_column("activities", column)


def downgrade() -> None:
    # SQLite drops a column in place (3.35+): no index reads these.
    for column in reversed(COLUMNS):
        op.drop_column("activities", column.name)
