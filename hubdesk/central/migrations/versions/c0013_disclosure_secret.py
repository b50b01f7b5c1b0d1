"""the key of the dashboard's disclosure control (keyed random rounding)

Revision ID: c0013
Revises: c0012
Create Date: 2026-12-08 14:00:00

Every figure the dashboard publishes is rounded at random to a multiple of 5, the draw fixed by an
HMAC under this secret (hubdesk.measures.disclosure; docs/measures.md, "Disclosure control"). It is
made here, once, at random, and never leaves the database.
"""

from __future__ import annotations

import secrets

import sqlalchemy as sa
from alembic import op

revision = "c0013"
down_revision = "c0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    table = op.create_table(
        "service_secrets",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("value", sa.String(length=128), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_service_secrets")),
    )
    op.bulk_insert(table, [{"name": "disclosure", "value": secrets.token_hex(32)}])


def downgrade() -> None:
    op.drop_table("service_secrets")
