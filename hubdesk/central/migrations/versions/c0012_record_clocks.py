"""projections ordered by the devices' hybrid logical clocks, not their wall clocks

Revision ID: c0012
Revises: c0011
Create Date: 2026-12-08 12:30:00

Visits, contacts, sites and hubs' reach areas keep the clock stamp of the change they were last
set from (`hubdesk.domain.hlc`); a change is projected only if its stamp sorts after it. Rows made
before this have none and are ordered by their `updated_at` (`hlc.legacy`), as before.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "c0012"
down_revision = "c0011"
branch_labels = None
depends_on = None

TABLES = ("central_visits", "central_contacts", "sites", "central_hub_areas")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("hlc", sa.String(length=60), nullable=True))


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("hlc")
