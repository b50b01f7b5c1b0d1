"""roll-ups: visit_months and visit_hour_months, the per-month twins of visit_days and visit_hours

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03 17:10:00

A year's counts (the totals, by reason, by month, by hour of day) summed a row per hub, site,
day, reason and activity, or per hub, site, day and hour: about 30 times the rows of the same
breakdowns kept per local month. The twins hold the same sums per month (`day` is the 1st), as
visit_area_months does for the areas; the days at a period's ragged ends are still read from the
daily tables (docs/measures.md). Filled from the visits; the triggers are made again with the
twins in them.
"""

from __future__ import annotations

from alembic import op

from hubdesk.measures import rollup
from hubdesk.storage.models import VISIT_ROLLUP

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    third = rollup.third_layout(VISIT_ROLLUP.visits)
    rollup.relayout(op.get_bind(), third, VISIT_ROLLUP)


def downgrade() -> None:
    third = rollup.third_layout(VISIT_ROLLUP.visits)
    rollup.relayout(op.get_bind(), VISIT_ROLLUP, third)
