"""roll-ups, second layout: visit_hours, visit_area_months, family-ordered keys, WITHOUT ROWID

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23 19:30:00

- The local hour leaves visit_days for visit_hours: reports only ever break the hour down on its
  own, and keying visit_days by it made that table about ten times bigger.
- visit_area_months: the areas of the whole months of a period, so a year's area tables read
  twelve months of rows, not every day's.
- The family tables' keys put the family right after the hub and the day, so one month of a
  hub's family rows is read in family order and reach needs no sort.
- Every roll-up is a WITHOUT ROWID table: its rows live in the key's B-tree (one tree per
  trigger upsert instead of two; a period is read in order with no lookup per row).

hubdesk.measures.rollup.relayout drops, makes and fills from the visits every table whose
layout changed, either way.
"""

from __future__ import annotations

from alembic import op

from hubdesk.measures import rollup
from hubdesk.storage.models import VISIT_ROLLUP

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    visits = VISIT_ROLLUP.visits
    rollup.relayout(op.get_bind(), rollup.first_layout(visits), rollup.second_layout(visits))


def downgrade() -> None:
    visits = VISIT_ROLLUP.visits
    rollup.relayout(op.get_bind(), rollup.second_layout(visits), rollup.first_layout(visits))
