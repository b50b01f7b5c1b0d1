"""dashboard roll-ups: central_family_years, each family's visits at a hub over twelve local months

Revision ID: c0008
Revises: c0007
Create Date: 2026-12-03 17:40:00

The dashboard opens on the last twelve months. Reach over a year grouped about two six-month
window rows per family (~700,000 rows at 10,000,000 visits from 100 hubs, two seconds on
PostgreSQL). A family year (in this layout, `rollup.fifth_layout`; c0009 adds areas) holds one
row per hub and family for the twelve local months from
every month, so reach over exactly such a year, for whole hubs, sums the rows by hub as they
are, and in all groups them by family from the index (docs/measures.md, "The last twelve months
on the dashboard"). Filled from central_family_months; the triggers are made again with the
years in them. The device has no family years: its aims are met without them, and each would
cost a sign-in twelve more upserts.
"""

from __future__ import annotations

from alembic import op

from hubdesk.central.models import VISIT_ROLLUP
from hubdesk.measures import rollup

revision = "c0008"
down_revision = "c0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    fourth = rollup.fourth_layout(VISIT_ROLLUP.visits, "central_")
    rollup.relayout(op.get_bind(), fourth, rollup.fifth_layout(VISIT_ROLLUP.visits, "central_"))


def downgrade() -> None:
    fourth = rollup.fourth_layout(VISIT_ROLLUP.visits, "central_")
    rollup.relayout(op.get_bind(), rollup.fifth_layout(VISIT_ROLLUP.visits, "central_"), fourth)
