"""dashboard roll-ups: central_family_windows, each family's visits over six local months

Revision ID: c0006
Revises: c0005
Create Date: 2026-12-03 14:30:00

The same change as the device's 0007 (hubdesk.measures.rollup): one row per hub, family, area
and window of six local months starting at every month, so that reach over a year reads about two
rows per family instead of one per family and month. Filled from central_family_months (already
filled from the visits); the triggers are made again with the windows in them. A few minutes
at 10,000,000 visits from 100 hubs (7,000,000 window rows; not timed on its own).
"""

from __future__ import annotations

from alembic import op

from hubdesk.central.models import VISIT_ROLLUP
from hubdesk.measures import rollup

revision = "c0006"
down_revision = "c0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    visits = VISIT_ROLLUP.visits
    second = rollup.second_layout(visits, "central_")
    rollup.relayout(op.get_bind(), second, rollup.third_layout(visits, "central_"))


def downgrade() -> None:
    visits = VISIT_ROLLUP.visits
    third = rollup.third_layout(visits, "central_")
    rollup.relayout(op.get_bind(), third, rollup.second_layout(visits, "central_"))
