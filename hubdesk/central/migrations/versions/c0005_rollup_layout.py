"""dashboard roll-ups, second layout: central_visit_hours, central_visit_area_months, family keys

Revision ID: c0005
Revises: c0004
Create Date: 2026-11-23 19:30:00

The same change as the device's 0006 (hubdesk.measures.rollup): the local hour leaves
central_visit_days for central_visit_hours (the table was about ten times bigger than the
reasons and activities need, and a year's trend read all of it); central_visit_area_months holds
the areas of whole months; the family tables' keys put the family after the hub and the day.
Only the tables whose layout changed are made again and filled from the visits (on PostgreSQL
the WITHOUT ROWID storage of SQLite does not apply): a few minutes at 10,000,000 visits.
"""

from __future__ import annotations

from alembic import op

from hubdesk.central.models import VISIT_ROLLUP
from hubdesk.measures import rollup

revision = "c0005"
down_revision = "c0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    first = rollup.first_layout(VISIT_ROLLUP.visits, "central_")
    second = rollup.second_layout(VISIT_ROLLUP.visits, "central_")
    rollup.relayout(op.get_bind(), first, second)


def downgrade() -> None:
    first = rollup.first_layout(VISIT_ROLLUP.visits, "central_")
    second = rollup.second_layout(VISIT_ROLLUP.visits, "central_")
    rollup.relayout(op.get_bind(), second, first)
