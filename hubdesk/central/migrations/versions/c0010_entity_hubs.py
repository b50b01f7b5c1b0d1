"""entity hubs: every record belongs to one hub, and only that hub's devices may touch it

Revision ID: c0010
Revises: c0009
Create Date: 2026-12-08 10:00:00

A device of one hub could push an event about another hub's visit and the service moved the
visit (issue 21). `entity_hubs` says which hub each record id belongs to; ingest refuses, as a
conflict, an event about a record of another hub or one naming such a record in a footfall field.
Filled from what the service already holds: hubs, sites and devices by the hub they were made
in, every other record by the hub of its first event.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "c0010"
down_revision = "c0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "entity_hubs",
        sa.Column("entity_id", sa.Uuid(), nullable=False),
        sa.Column("entity", sa.String(length=20), nullable=False),
        sa.Column("hub_id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("entity_id", name=op.f("pk_entity_hubs")),
    )
    op.execute("INSERT INTO entity_hubs (entity_id, entity, hub_id) SELECT id, 'hub', id FROM hubs")
    op.execute(
        "INSERT INTO entity_hubs (entity_id, entity, hub_id) SELECT id, 'site', hub_id FROM sites"
    )
    op.execute(
        "INSERT INTO entity_hubs (entity_id, entity, hub_id) "
        "SELECT id, 'device', hub_id FROM devices"
    )
    # every other record: the hub of the first event about it
    op.execute(
        "INSERT INTO entity_hubs (entity_id, entity, hub_id) "
        "SELECT e.entity_id, e.entity, e.hub_id FROM events e "
        "JOIN (SELECT entity_id, MIN(id) AS first FROM events GROUP BY entity_id) f "
        "ON e.id = f.first "
        "WHERE NOT EXISTS (SELECT 1 FROM entity_hubs h WHERE h.entity_id = e.entity_id)"
    )


def downgrade() -> None:
    op.drop_table("entity_hubs")
