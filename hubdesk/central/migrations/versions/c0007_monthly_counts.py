"""dashboard roll-ups: central_visit_months and central_visit_hour_months

Revision ID: c0007
Revises: c0006
Create Date: 2026-12-03 17:10:00

The same change as the device's 0009 (hubdesk.measures.rollup): the per-month twins of
central_visit_days and central_visit_hours, so that a year's totals, reasons, months and hours
read twelve months of rows per hub instead of a row per day. Filled from the visits; the
triggers are made again with the twins in them.
"""

from __future__ import annotations

from alembic import op

from hubdesk.central.models import VISIT_ROLLUP
from hubdesk.measures import rollup

revision = "c0007"
down_revision = "c0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    visits = VISIT_ROLLUP.visits
    third = rollup.third_layout(visits, "central_")
    rollup.relayout(op.get_bind(), third, rollup.fourth_layout(visits, "central_"))


def downgrade() -> None:
    visits = VISIT_ROLLUP.visits
    fourth = rollup.fourth_layout(visits, "central_")
    rollup.relayout(op.get_bind(), fourth, rollup.third_layout(visits, "central_"))
